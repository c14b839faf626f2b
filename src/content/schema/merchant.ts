import { z } from "zod";
import { choice, email, flag, phone, picture, postcode, slug, text, webLink, coordinate } from "./fields.ts";
import { closures, openingHours } from "../hours/fields.ts";

export const MERCHANT_KINDS = ["commerce", "producteur", "artisan", "créateur"] as const;
export const PAYMENT_METHODS = ["especes", "carte", "cheque", "sans-contact", "virement", "titres-restaurant", "cheques-vacances"] as const;
export const SOCIAL_NETWORKS = ["facebook", "instagram", "linkedin", "youtube", "tiktok", "mastodon", "pinterest"] as const;

const socialLinks = z
  .partialRecord(z.enum(SOCIAL_NETWORKS), webLink({ description: "Adresse de la page.", example: "https://www.instagram.com/lafraiseraie" }))
  .meta({ description: "Pages sur les réseaux sociaux, par réseau.", examples: [{ instagram: "https://www.instagram.com/lafraiseraie" }] });

const services = z
  .object({
    clickAndCollect: flag({ description: "true si l'on peut commander puis retirer sur place.", example: true }).default(false),
    delivery: z
      .object({
        area: text({ description: "Où la livraison est possible.", example: "Plougastel-Daoulas et Loperhet", max: 200 }),
        conditions: text({ description: "Jours, tarifs, minimum de commande.", example: "Le vendredi après-midi, gratuite dès 30 €", max: 300 }),
      })
      .strict()
      .optional()
      .meta({ description: "Livraison à domicile, si elle est proposée." }),
    onlineOrdering: flag({
      description: "true si les produits se commandent et se paient sur ce site (panier).",
      example: true,
    }).default(false),
    phoneOrders: flag({ description: "true si l'on peut commander par téléphone.", example: true }).default(false),
    onlineShop: webLink({ description: "Boutique en ligne du commerçant, s'il en a une.", example: "https://boutique.example.fr" }).optional(),
  })
  .strict()
  .default({ clickAndCollect: false, onlineOrdering: false, phoneOrders: false })
  .meta({ description: "Comment commander et se faire livrer." });

export const merchantSchema = z
  .object({
    name: text({ description: "Nom du commerce tel qu'il apparaît sur la devanture.", example: "La Fraiseraie du Passage", max: 80 }),
    kind: choice(MERCHANT_KINDS, { description: "Type d'activité.", example: "producteur" }),
    categories: z
      .array(slug({ description: "Identifiant d'une catégorie de content/categories.yaml.", example: "fruits-legumes" }))
      .min(1, "indiquez au moins une catégorie (voir content/categories.yaml)")
      .meta({ description: "Catégories où la fiche apparaît.", examples: [["fruits-legumes"]] }),
    summary: text({ description: "Une ou deux phrases qui présentent le commerce.", example: "Fraises de Plougastel cultivées en pleine terre, en vente à la ferme.", max: 300 }),
    address: z
      .object({
        street: text({ description: "Numéro et rue, ou lieu-dit.", example: "12 route du Passage", max: 120 }),
        postcode: postcode({ description: "Code postal, entre guillemets.", example: "29470" }),
        city: text({ description: "Commune.", example: "Plougastel-Daoulas", max: 80 }),
      })
      .strict()
      .meta({ description: "Adresse où les clients viennent." }),
    location: z
      .object({
        latitude: coordinate({ description: "Latitude (autour de 48,37 à Plougastel).", example: 48.3652, min: -90, max: 90 }),
        longitude: coordinate({ description: "Longitude (autour de -4,37 à Plougastel, négative).", example: -4.3821, min: -180, max: 180 }),
      })
      .strict()
      .meta({ description: "Position sur la carte : clic droit « Afficher l'adresse » sur openstreetmap.org donne les deux nombres." }),
    phone: phone({ description: "Téléphone du commerce.", example: "02 98 40 12 34" }).optional(),
    email: email({ description: "Adresse e-mail du commerce.", example: "contact@lafraiseraie.fr" }).optional(),
    website: webLink({ description: "Site web du commerce.", example: "https://lafraiseraie.fr" }).optional(),
    social: socialLinks.optional(),
    services,
    payment: z
      .array(choice(PAYMENT_METHODS, { description: "Moyen de paiement.", example: "carte" }))
      .default([])
      .meta({ description: "Moyens de paiement acceptés.", examples: [["especes", "carte"]] }),
    accessibility: text({ description: "Accès pour les personnes à mobilité réduite, stationnement, etc.", example: "Entrée de plain-pied, place réservée devant la boutique.", max: 300 }).optional(),
    keywords: z
      .array(text({ description: "Mot-clé.", example: "sans gluten", max: 40 }))
      .default([])
      .meta({ description: "Mots que les habitants tapent pour trouver ce commerce et qui n'apparaissent pas ailleurs.", examples: [["sans gluten", "bio"]] }),
    logo: picture("du logo").optional().meta({ description: "Logo du commerce, de préférence carré." }),
    photos: z.array(picture("de la photo")).default([]).meta({ description: "Photos du commerce, la première est mise en avant." }),
    hours: openingHours().optional(),
    closures: closures(),
    published: flag({ description: "false pour préparer une fiche sans la montrer sur le site.", example: true }).default(true),
  })
  .strict();

export type MerchantFrontMatter = z.output<typeof merchantSchema>;
export type MerchantKind = (typeof MERCHANT_KINDS)[number];
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];
