import { z } from "zod";
import { flag, picture, price, priceChange, slug, text } from "./fields.ts";

const option = z
  .object({
    name: text({ description: "Ce que le client choisit.", example: "Poids", max: 40 }),
    choices: z
      .array(
        z
          .object({
            // Snipcart reads a product's choices as `500 g|1 kg[+4.00]`: these signs would split them.
            label: text({ description: "Un choix possible.", example: "1 kg", max: 40 }).refine(
              (label) => !/[|[\]]/.test(label),
              "un choix ne peut pas contenir les signes | [ ] (le panier s'en sert pour séparer les choix et leurs prix)",
            ),
            priceChange: priceChange({
              description: "Différence de prix avec le prix de base, précédée de + ou -.",
              example: "+4,00",
            }).optional(),
          })
          .strict(),
      )
      .min(2, "une option propose au moins deux choix")
      .meta({ description: "Les choix, le premier étant celui du prix de base." }),
  })
  .strict();

export const productSchema = z
  .object({
    id: slug({ description: "Identifiant du produit, unique chez ce commerçant ; il forme l'adresse de sa page.", example: "fraises-gariguette" }),
    name: text({ description: "Nom du produit.", example: "Fraises gariguette", max: 100 }),
    description: text({ description: "Quelques phrases sur le produit.", example: "Cueillies le matin même, en pleine terre.", max: 1000 }),
    price: price({ description: "Prix en euros, avec une virgule pour les centimes.", example: "4,50" }),
    unit: text({ description: "Ce que le prix achète.", example: "la barquette de 500 g", max: 60 }),
    photo: picture("de la photo du produit").optional().meta({ description: "Photo du produit." }),
    options: z
      .array(option)
      .max(3, "trois options au plus par produit")
      .default([])
      .meta({ description: "Variantes au choix (poids, taille, parfum), avec leur différence de prix." }),
    weight: z
      .number()
      .int("le poids s'écrit en grammes, sans virgule")
      .positive("le poids doit être supérieur à zéro")
      .optional()
      .meta({ description: "Poids en grammes, utile au calcul de la livraison.", examples: [500] }),
    maxQuantity: z
      .number()
      .int()
      .min(1)
      .max(99)
      .optional()
      .meta({ description: "Quantité maximale par commande.", examples: [6] }),
    available: flag({ description: "false quand le produit est épuisé ou hors saison.", example: true }).default(true),
  })
  .strict();

export const productsSchema = z.array(productSchema);

export type Product = z.output<typeof productSchema>;
