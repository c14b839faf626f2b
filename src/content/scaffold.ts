/**
 * New listings for `npm run new`: every field of the schema written out with its description
 * as a comment, required fields filled in, optional ones shown commented out with an example.
 * A new listing starts unpublished, so nothing half-filled reaches the site by mistake.
 */
import { stringify } from "yaml";
import { describeFields, type FieldReference } from "./reference.ts";
import { merchantSchema, type MerchantKind } from "./schema/merchant.ts";
import { productSchema } from "./schema/product.ts";
import type { Site } from "./schema/site.ts";

/** `Crêperie Ty Gwenn` → `creperie-ty-gwenn`: the folder name and the page address. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export interface NewMerchant {
  name: string;
  kind: MerchantKind;
  category: string;
  site: Site;
}

interface Node {
  key: string;
  field: FieldReference;
  children: Node[];
  isList: boolean;
}

/** Rebuilds the nesting from the flat field paths (`services.delivery.area`, `photos[].alt`). */
function tree(fields: FieldReference[]): Node[] {
  const roots: Node[] = [];
  const byPath = new Map<string, Node>();
  for (const field of fields) {
    const isList = field.path.endsWith("[]") || field.kind === "liste de blocs";
    const path = field.path.replace(/\[\]$/, "");
    const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("[]."));
    const parentPath = cut === -1 ? "" : path.slice(0, cut).replace(/\[\]$/, "");
    const key = path.slice(cut === -1 ? 0 : path.lastIndexOf(".") + 1);
    const node: Node = { key, field, children: [], isList };
    byPath.set(path, node);
    (parentPath ? byPath.get(parentPath)?.children : roots)?.push(node);
  }
  return roots;
}

const scalar = (value: unknown) =>
  stringify(value, { lineWidth: 0, collectionStyle: "flow", flowCollectionPadding: true }).trim();

interface RenderOptions {
  indent: string;
  /** Inside a block that is commented out as a whole. */
  commented: boolean;
  /** Descriptions are left out of list examples, where they would break the item apart. */
  describe: boolean;
  prefix: string;
}

function render(nodes: Node[], values: Record<string, unknown>, options: RenderOptions): string[] {
  const { indent, commented, describe, prefix } = options;
  const lines: string[] = [];
  for (const node of nodes) {
    const path = prefix ? `${prefix}.${node.key}` : node.key;
    const given = values[path];
    // In an example item every field is shown; elsewhere optional fields start commented out.
    const optional = !node.field.required && node.field.defaultValue === undefined && given === undefined;
    const off = commented || (describe && optional);
    const mark = off ? "# " : "";
    if (describe && node.field.description) lines.push(`${indent}# ${node.field.description}`);

    if (node.children.length > 0 && node.isList) {
      const item = render(node.children, values, { indent: "", commented: false, describe: false, prefix: `${path}[]` });
      if (!describe) {
        lines.push(`${indent}${node.key}:`, ...item.map((line, i) => `${indent}  ${i === 0 ? "- " : "  "}${line}`));
        continue;
      }
      // A list of blocks starts absent (empty by default), with one example item commented out
      // under its key: removing the # of every line gives a valid list.
      lines.push(`${indent}# ${node.key}:`);
      item.forEach((line, i) => lines.push(`${indent}#   ${i === 0 ? "- " : "  "}${line}`));
    } else if (node.children.length > 0) {
      lines.push(`${indent}${mark}${node.key}:`);
      lines.push(...render(node.children, values, { indent: `${indent}  `, commented: off, describe, prefix: path }));
    } else {
      const value = given ?? (off || node.field.defaultValue === undefined ? node.field.example : node.field.defaultValue);
      lines.push(`${indent}${mark}${node.key}: ${scalar(value)}`);
    }
  }
  return lines;
}

export function merchantTemplate({ name, kind, category, site }: NewMerchant): string {
  const values: Record<string, unknown> = {
    name,
    kind,
    categories: [category],
    "address.city": site.town,
    "location.latitude": site.map.center.latitude,
    "location.longitude": site.map.center.longitude,
    published: false,
  };
  const header = [
    "# Fiche d'un commerce. Les lignes qui commencent par # sont des commentaires :",
    "# retirez le # d'un champ facultatif pour l'utiliser. Voir CONTRIBUTING.md.",
    "# La fiche reste hors du site tant que published vaut false : passez-le à true quand elle est prête.",
  ];
  const body = render(tree(describeFields(merchantSchema)), values, { indent: "", commented: false, describe: true, prefix: "" });
  return ["---", ...header, ...body, "---", `Présentez ${name} en quelques phrases : son histoire, ce qu'on y trouve, ce qui le rend unique.`, ""].join("\n");
}

export function productTemplate(id: string, name: string): string {
  const values: Record<string, unknown> = { id, name };
  const lines = render(tree(describeFields(productSchema)), values, { indent: "  ", commented: false, describe: true, prefix: "" });
  const first = lines.findIndex((line) => !line.trimStart().startsWith("#"));
  return [...lines.slice(0, first), lines[first]?.replace(/^ {2}/, "- "), ...lines.slice(first + 1), ""].join("\n");
}
