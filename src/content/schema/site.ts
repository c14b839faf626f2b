import { z } from "zod";
import { coordinate, email, phone, text, webLink } from "./fields.ts";

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const OSM_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">les contributeurs d’OpenStreetMap</a>';

const organisation = (what: string) =>
  z
    .object({
      name: text({ description: `Nom de ${what}.`, example: "Mairie de Plougastel-Daoulas" }),
      address: text({
        description: `Adresse postale de ${what}.`,
        example: "1 place du Calvaire, 29470 Plougastel-Daoulas",
      }),
      phone: phone({ description: `Téléphone de ${what}.`, example: "02 98 37 57 57" }).optional(),
      email: email({ description: `Adresse e-mail de ${what}.`, example: "contact@example.fr" }).optional(),
      website: webLink({ description: `Site web de ${what}.`, example: "https://www.netlify.com" }).optional(),
    })
    .strict();

const latitude = coordinate({ description: "Latitude en degrés décimaux.", example: 48.372, min: -90, max: 90 });
const longitude = coordinate({ description: "Longitude en degrés décimaux (négative à l'ouest de Greenwich).", example: -4.37, min: -180, max: 180 });

export const siteSchema = z
  .object({
    name: text({ description: "Nom du site, affiché en haut de chaque page.", example: "Comptoir de Plougastel" }),
    tagline: text({
      description: "Phrase d'accroche de la page d'accueil.",
      example: "Les commerces, producteurs, artisans et créateurs de Plougastel-Daoulas",
    }),
    town: text({ description: "Nom de la commune.", example: "Plougastel-Daoulas" }),
    baseUrl: webLink({
      description: "Adresse publique du site en production, sans barre finale.",
      example: "https://comptoir-plougastel.fr",
    }).transform((url) => url.replace(/\/+$/, "")),
    language: z.literal("fr").meta({ description: "Langue du site.", examples: ["fr"] }),
    currency: z.literal("EUR").meta({ description: "Monnaie des prix.", examples: ["EUR"] }),
    timezone: z
      .literal("Europe/Paris")
      .default("Europe/Paris")
      .meta({ description: "Fuseau horaire de la commune.", examples: ["Europe/Paris"] }),
    contact: z
      .object({
        email: email({ description: "Adresse e-mail de l'équipe du site.", example: "bonjour@example.fr" }),
        phone: phone({ description: "Téléphone de l'équipe du site.", example: "02 98 40 00 00" }).optional(),
      })
      .strict(),
    publisher: organisation("l'éditeur du site").extend({
      director: text({
        description: "Directeur ou directrice de la publication (mentions légales).",
        example: "Claire Le Gall",
      }),
    }),
    host: organisation("l'hébergeur"),
    map: z
      .object({
        center: z.object({ latitude, longitude }).strict(),
        zoom: z.number().int().min(1).max(19).meta({ description: "Zoom de la carte à l'ouverture (1 à 19).", examples: [13] }),
        bounds: z
          .object({
            south: latitude,
            west: longitude,
            north: latitude,
            east: longitude,
          })
          .strict()
          .meta({ description: "Limites de la commune : tout commerce doit s'y trouver." }),
        tiles: z
          .object({
            url: text({ description: "Modèle d'adresse des tuiles de la carte.", example: OSM_TILES }),
            attribution: text({ description: "Mention des sources de la carte (HTML).", example: OSM_ATTRIBUTION, max: 500 }),
          })
          .strict()
          .default({ url: OSM_TILES, attribution: OSM_ATTRIBUTION }),
      })
      .strict(),
    snipcart: z
      .object({
        publicApiKey: text({
          description:
            "Clé API publique Snipcart (tableau de bord Snipcart, Account > API Keys). Une clé qui commence par DEMO- est un exemple : le panier s'affiche mais aucune commande n'aboutit. Sans clé, pas de panier. La variable d'environnement SNIPCART_PUBLIC_API_KEY la remplace.",
          example: "DEMO-remplacez-par-votre-cle-publique",
        }),
      })
      .strict()
      .optional()
      .meta({ description: "Panier et paiement en ligne avec Snipcart (voir docs/snipcart.md)." }),
  })
  .strict();

export type Site = z.output<typeof siteSchema>;
