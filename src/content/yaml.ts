/**
 * YAML reading that keeps positions, so every problem can name its line and column, and that
 * never changes a value in silence.
 *
 * Two parsers read each file. js-yaml gives the values, about fifteen times faster than
 * `yaml`, which keeps the positions: `yaml` reads a file again only when a problem must be
 * placed in it, or when js-yaml refuses it (the syntax problem then comes from `yaml`, whose
 * error codes the hints below know). js-yaml reads with the schema below, written to give the
 * same values as `yaml`'s YAML 1.2 core schema and keepLeadingZeros; a test holds them equal.
 */
import matter from "gray-matter";
import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from "yaml";
import type { ContentProblem } from "./problems.ts";

export type FieldPath = readonly PropertyKey[];

export interface YamlSource {
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of its nearest ancestor that exists. */
  locate(path: FieldPath): { line: number; column: number };
  /** Position of the key `key` inside the mapping at `path` (for keys that should not be there). */
  locateKey(path: FieldPath, key: string): { line: number; column: number };
}

export type YamlResult = { ok: true; source: YamlSource } | { ok: false; problems: ContentProblem[] };

/** Byte-order marks and Windows line endings are read as if they were not there. */
export function cleanText(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Numbers written with a leading zero: postcodes and phone numbers, kept as the text typed. */
const LEADING_ZERO = /^[-+]?0\d/;

/**
 * A js-yaml type for plain values that `yaml` reads as `tag`: the first of `forms` whose test
 * passes reads the text. js-yaml keeps one type per tag, hence the forms.
 */
function coreType(tag: string, forms: [RegExp, (text: string) => unknown][]): Type {
  const formOf = (text: string | null) =>
    text === null || LEADING_ZERO.test(text) ? undefined : forms.find(([test]) => test.test(text));
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    resolve: (text: string | null) => formOf(text) !== undefined,
    construct: (text: string) => formOf(text)![1](text),
  });
}

/** `yaml`'s core schema (its schema/core/*.js), as js-yaml types: the same tests, the same values. */
const CORE_AS_YAML_READS = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: (text: string | null) => text === null || /^(?:~|[Nn]ull|NULL)?$/.test(text),
      construct: () => null,
    }),
    coreType("bool", [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === "t" || text[0] === "T"]]),
    coreType("int", [
      [/^0o[0-7]+$/, (text) => parseInt(text.slice(2), 8)],
      [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
      [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.slice(2), 16)],
    ]),
    coreType("float", [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) =>
        text.slice(-3).toLowerCase() === "nan" ? NaN : text.startsWith("-") ? -Infinity : Infinity],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
    ]),
  ],
});

/** The values of a YAML text as js-yaml reads them, or undefined when it refuses the text. */
export function quickValues(text: string): { data: unknown } | undefined {
  try {
    // An empty document is null, as `yaml` reads it.
    return { data: load(text, { schema: CORE_AS_YAML_READS }) ?? null };
  } catch {
    return undefined;
  }
}

export function readYaml(file: string, text: string): YamlResult {
  const quick = quickValues(text);
  if (quick) return { ok: true, source: { file, data: quick.data, ...positions(text) } };

  const read = readDocument(text);
  // Only the first syntax error is reported: the ones after it are most often its echoes.
  const [firstError] = read.document.errors;
  if (firstError) return { ok: false, problems: [syntaxProblem(file, text, firstError, read.lineCounter)] };
  return { ok: true, source: { file, data: read.document.toJS(), ...positions(text, read) } };
}

/** The values of a YAML text as `yaml` reads them: what quickValues must match. */
export function yamlValues(text: string): unknown {
  return readDocument(text).document.toJS();
}

function readDocument(text: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length === 0) keepLeadingZeros(document);
  return { document, lineCounter };
}

/** Where things are in `text`, from `yaml`'s reading of it, made on the first question. */
function positions(text: string, read?: ReturnType<typeof readDocument>): Pick<YamlSource, "locate" | "locateKey"> {
  const parsed = () => (read ??= readDocument(text));
  const position = (offset: number) => {
    const { line, col } = parsed().lineCounter.linePos(offset);
    return { line, column: col };
  };
  const nodeAt = (path: FieldPath): Node | null => {
    const { document } = parsed();
    for (let length = path.length; length >= 0; length -= 1) {
      const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
      if (node && typeof node === "object" && "range" in node && node.range) return node as Node;
    }
    return null;
  };
  return {
    locate(path) {
      const node = nodeAt(path);
      return position(node?.range?.[0] ?? 0);
    },
    locateKey(path, key) {
      const node = nodeAt(path);
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        if (pair && isScalar(pair.key) && pair.key.range) return position(pair.key.range[0]);
      }
      return position(node?.range?.[0] ?? 0);
    },
  };
}

export interface FrontMatterSource extends YamlSource {
  body: string;
}

export type FrontMatterResult = { ok: true; source: FrontMatterSource } | { ok: false; problems: ContentProblem[] };

export function readFrontMatter(file: string, text: string): FrontMatterResult {
  const whole = (message: string): FrontMatterResult => ({
    ok: false,
    problems: [{ severity: "error", file, line: 1, column: 1, field: "", message }],
  });

  if (!text.startsWith("---\n")) {
    return whole(
      "le fichier doit commencer par une ligne --- suivie des champs de la fiche, puis une autre ligne --- (voir CONTRIBUTING.md)",
    );
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return whole(
      "l'en-tête ouvert par --- à la ligne 1 n'est jamais fermé : ajoutez une ligne --- après le dernier champ, avant la description",
    );
  }

  let yaml: YamlResult | undefined;
  const parsed = matter(text, {
    engines: {
      // gray-matter's `matter` starts right after the opening `---`, so its line 1 is the
      // file's line 1 and positions need no shifting.
      yaml: (frontMatter: string) => {
        yaml = readYaml(file, frontMatter);
        return yaml.ok ? (yaml.source.data as object) : {};
      },
    },
  });

  if (!yaml) return whole("l'en-tête entre les deux lignes --- est vide : ajoutez les champs de la fiche");
  if (!yaml.ok) return yaml;
  return { ok: true, source: { ...yaml.source, body: parsed.content } };
}

/**
 * YAML reads `01000` or `0298123456` as numbers and drops the leading zero. Such values are
 * always postcodes or phone numbers, so they are kept as the text the volunteer typed.
 */
function keepLeadingZeros(document: Document): void {
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === "number" && node.source && /^[-+]?0\d/.test(node.source)) {
        node.value = node.source;
      }
    },
  });
}

const SYNTAX_HINTS: Partial<Record<YAMLError["code"], string>> = {
  TAB_AS_INDENT:
    "une tabulation sert de retrait : en YAML, les retraits se font avec des espaces (deux par niveau)",
  BAD_INDENT:
    "le retrait de cette ligne ne correspond pas à celui des lignes voisines : alignez-la avec des espaces sur les autres champs du même niveau",
  DUPLICATE_KEY: "ce champ apparaît deux fois : gardez une seule ligne",
  MISSING_CHAR:
    "un caractère manque (un guillemet ou un crochet non fermé, ou les deux-points après le nom du champ)",
  BLOCK_AS_IMPLICIT_KEY:
    "le retrait de cette ligne est incorrect : alignez-la avec des espaces sur les autres champs du même niveau",
  MULTILINE_IMPLICIT_KEY:
    "une ligne ne ressemble pas à « champ: valeur » : vérifiez les deux-points et le retrait, ou mettez le texte entre guillemets",
  UNEXPECTED_TOKEN:
    "caractère inattendu : si la valeur contient « : » ou « # », mettez-la entre guillemets",
  BAD_SCALAR_START:
    "une valeur ne peut pas commencer par ce caractère : mettez-la entre guillemets",
  BAD_DQ_ESCAPE: "une barre oblique inverse \\ dans un texte entre guillemets doit être doublée (\\\\)",
};

const COLON_IN_VALUE =
  "la valeur contient « : » : mettez tout le texte entre guillemets (exemple : summary: \"Ouvert : du mardi au samedi\")";

function syntaxProblem(file: string, text: string, error: YAMLError, lineCounter: LineCounter): ContentProblem {
  let { line, col } = lineCounter.linePos(error.pos[0]);
  const lines = text.split("\n");
  const current = lines[line - 1] ?? "";
  const [before, after] = [current.slice(0, col - 1), current.slice(col - 1)];
  let hint =
    SYNTAX_HINTS[error.code] ?? "la mise en forme YAML est incorrecte ici : comparez avec un exemple de CONTRIBUTING.md";

  let field = "";
  const key = /^\s*(?:- )?([^\s:#][^:#]*):\s+$/.exec(before);
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" && key) {
    if (after.includes(":")) {
      // `summary: Pain: au levain` reads as a mapping inside a value: the fix is quoting.
      hint = COLON_IN_VALUE;
      field = key[1] ?? "";
    } else {
      // The value runs on into the next line, whose indentation is the real mistake.
      const next = lines[line] ?? "";
      line += 1;
      col = next.length - next.trimStart().length + 1;
    }
  }
  // The key written on that line, when there is one: the field the volunteer is looking for.
  field ||= /^\s*(?:- )?([^\s:#'"\[{][^:#]*?)\s*:(?:\s|$)/.exec(lines[line - 1] ?? "")?.[1] ?? "";
  return { severity: "error", file, line, column: col, field, message: hint };
}
