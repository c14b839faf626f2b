import { z } from "zod";
import { slug, text } from "./fields.ts";

export const categorySchema = z
  .object({
    slug: slug({ description: "Identifiant de la catégorie, utilisé dans les adresses et par les fiches.", example: "boulangeries" }),
    label: text({ description: "Nom affiché de la catégorie.", example: "Boulangeries et pâtisseries", max: 60 }),
    description: text({ description: "Une phrase qui dit ce qu'on y trouve.", example: "Pain, viennoiseries et gâteaux faits sur place.", max: 200 }),
    icon: text({ description: "Un emoji qui illustre la catégorie.", example: "🥖", max: 8 }),
    order: z.number().int().meta({ description: "Rang d'affichage (le plus petit en premier).", examples: [1] }),
  })
  .strict();

export const categoriesSchema = z.array(categorySchema).min(1, "ajoutez au moins une catégorie");

export type Category = z.output<typeof categorySchema>;
