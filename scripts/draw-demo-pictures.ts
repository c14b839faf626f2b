/**
 * Draws the demo pictures that the listings name but that do not exist yet: flat illustrations
 * built from simple shapes in SVG, rasterised with sharp. Nothing is downloaded, no font is used,
 * and every choice comes from a PRNG seeded with the merchant slug and the file name, so the same
 * content always gives byte-identical files.
 *
 *   npx tsx scripts/draw-demo-pictures.ts [--content <dir>] [--force] [--only <slug>] [--dry-run]
 *
 * Merchant photos are 960×720 JPEG, product photos 640×480 JPEG, logos 320×320 PNG (the format
 * follows the extension the listing asks for).
 */
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { cleanText, readFrontMatter, readYaml } from "../src/content/yaml.ts";

// ---------------------------------------------------------------------------------------------
// Seeded randomness and colours

interface Rng {
  next(): number;
  range(min: number, max: number): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

function seeded(seedText: string): Rng {
  // FNV-1a hash of the seed text, then a counter whose every step is scrambled by a
  // multiply-xorshift finaliser, so that seeds differing by one letter give unrelated series.
  let state = 2166136261;
  for (const char of seedText) {
    state ^= char.codePointAt(0) ?? 0;
    state = Math.imul(state, 16777619) >>> 0;
  }
  const next = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => Math.floor(min + (max - min + 1) * next()),
    pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (probability) => next() < probability,
  };
}

function mix(from: string, to: string, amount: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [a, b] = [rgb(from), rgb(to)];
  return `#${a.map((value, i) => Math.round(value + ((b[i] ?? 0) - value) * amount).toString(16).padStart(2, "0")).join("")}`;
}

const lighten = (colour: string, amount: number) => mix(colour, "#ffffff", amount);
const darken = (colour: string, amount: number) => mix(colour, "#1e1a28", amount);

const CREAM = "#fbf3e4";
const WOOD = "#c58b52";
const SKY = "#9fd3ee";

// ---------------------------------------------------------------------------------------------
// SVG building blocks

type Attrs = Record<string, string | number | undefined>;

const num = (value: number) => (Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10));

function el(tag: string, attrs: Attrs, children = ""): string {
  const written = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === "number" ? num(value) : value}"`)
    .join("");
  return children ? `<${tag}${written}>${children}</${tag}>` : `<${tag}${written}/>`;
}

const rect = (x: number, y: number, width: number, height: number, fill: string, extra: Attrs = {}) =>
  el("rect", { x, y, width, height, fill, ...extra });
const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}) => el("circle", { cx, cy, r, fill, ...extra });
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attrs = {}) =>
  el("ellipse", { cx, cy, rx, ry, fill, ...extra });
const shape = (d: string, fill: string, extra: Attrs = {}) => el("path", { d, fill, ...extra });
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra: Attrs = {}) =>
  el("line", { x1, y1, x2, y2, stroke, "stroke-width": width, "stroke-linecap": "round", ...extra });
const stroked = (d: string, stroke: string, width: number, extra: Attrs = {}) =>
  el("path", { d, fill: "none", stroke, "stroke-width": width, "stroke-linecap": "round", "stroke-linejoin": "round", ...extra });

/** A closed polygon path through the given points. */
function poly(points: readonly (readonly [number, number])[]): string {
  return `M${points.map(([x, y]) => `${num(x)} ${num(y)}`).join("L")}Z`;
}

/** Draws `content` (made in its own box around 0,0) at x,y, scaled and turned. */
function place(x: number, y: number, scale: number, content: string, rotate = 0, flip = false): string {
  const turn = rotate ? ` rotate(${num(rotate)})` : "";
  const size = Math.round(scale * 1000) / 1000;
  return el("g", { transform: `translate(${num(x)} ${num(y)})${turn} scale(${flip ? -size : size} ${size})` }, content);
}

/** Draws a thing (which stands on its line y = 90) so that it stands on `baseY`. */
const stand = (x: number, baseY: number, scale: number, content: string, flip = false) => place(x, baseY - 90 * scale, scale, content, 0, flip);

/** One picture being drawn: its randomness and the gradients it defines. */
class Drawing {
  private readonly definitions: string[] = [];
  private readonly ids = new Map<string, string>();

  constructor(readonly rng: Rng) {}

  /** A gradient along the vector 0,0 → x2,y2 of the shape's box; same stops, same definition. */
  linear(stops: readonly string[], x2 = 0, y2 = 1): string {
    return this.define(`l${stops.join()}/${x2}/${y2}`, (id) =>
      el("linearGradient", { id, x1: 0, y1: 0, x2, y2 }, stopList(stops)),
    );
  }

  /** A round gradient lit from the upper left, the usual way to make a fruit or a bowl look round. */
  radial(light: string, dark: string, fx = 0.35, fy = 0.3): string {
    return this.define(`r${light}${dark}/${fx}/${fy}`, (id) =>
      el("radialGradient", { id, cx: 0.5, cy: 0.5, r: 0.6, fx, fy }, stopList([light, dark])),
    );
  }

  clipCircle(cx: number, cy: number, r: number): string {
    return this.define(`c${cx}/${cy}/${r}`, (id) => el("clipPath", { id }, circle(cx, cy, r, "#000000")));
  }

  svg(width: number, height: number, viewWidth: number, viewHeight: number, body: string): string {
    return el(
      "svg",
      { xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${viewWidth} ${viewHeight}` },
      `<defs>${this.definitions.join("")}</defs>${body}`,
    );
  }

  private define(key: string, make: (id: string) => string): string {
    let id = this.ids.get(key);
    if (!id) {
      id = `g${this.ids.size}`;
      this.ids.set(key, id);
      this.definitions.push(make(id));
    }
    return `url(#${id})`;
  }
}

function stopList(stops: readonly string[]): string {
  return stops.map((colour, i) => el("stop", { offset: stops.length === 1 ? 0 : i / (stops.length - 1), "stop-color": colour })).join("");
}

/** A soft shadow under something that stands on a surface. */
const groundShadow = (cx: number, cy: number, rx: number, ry = rx * 0.16) => ellipse(cx, cy, rx, ry, "#000000", { opacity: 0.16 });

// ---------------------------------------------------------------------------------------------
// Things: each is drawn in a 200×200 box centred on 0,0, standing on the line y = 90

interface Look {
  /** The merchant's colour. */
  accent: string;
  /** Normalised words describing the picture, for details such as the colour of a jam. */
  words: string;
}

type Thing = (d: Drawing, look: Look) => string;

function strawberry(d: Drawing, x: number, y: number, scale: number, rotate = 0): string {
  const body = shape("M0 -36C30 -44 48 -18 38 10C30 34 12 52 0 56C-12 52 -30 34 -38 10C-48 -18 -30 -44 0 -36Z", d.radial("#ff7a74", "#c4112c"));
  const seeds = [[-18, -16], [1, -21], [19, -15], [-26, 4], [-7, -1], [12, 2], [28, 6], [-16, 22], [3, 20], [18, 26], [-3, 40]]
    .map(([sx, sy]) => ellipse(sx ?? 0, sy ?? 0, 2.2, 3.4, "#ffe39a"))
    .join("");
  const leaves = [-70, -35, 0, 35, 70]
    .map((angle) => place(0, -36, 1, ellipse(0, -11, 7, 14, "#3a8f35"), angle + 180))
    .join("");
  return place(x, y, scale, body + seeds + leaves + line(0, -40, 3, -58, "#2f7d2c", 5), rotate);
}

const punnet: Thing = (d, look) => {
  if (/\b(plants?|fraisiers?)\b/.test(look.words)) {
    const leaves = [-70, -40, -10, 20, 50].map((a) => place(0, 20, 1, ellipse(0, -40, 20, 34, "#3f8a3a") + line(0, -10, 0, -66, "#2f6f2c", 2), a)).join("");
    return groundShadow(0, 90, 60) + potWith(d, 0, 1, leaves + strawberry(d, -34, 10, 0.32, 20) + strawberry(d, 30, 4, 0.3, -20) + flowerHead(8, -44, 8, "#ffffff"), "#2f2f33");
  }
  const fruit: string[] = [];
  const rows: [number, number][] = [[-12, 5], [4, 6], [18, 5]];
  rows.forEach(([y, count], row) => {
    for (let i = 0; i < count; i += 1) {
      const x = -68 + (136 / (count - 1)) * i + (row % 2) * 6;
      fruit.push(strawberry(d, x, y - 18, 0.36, d.rng.range(-30, 30)));
    }
  });
  const back = ellipse(0, 8, 80, 12, "#7a4a22");
  const front = shape(poly([[-84, 6], [84, 6], [70, 90], [-70, 90]]), d.linear(["#f2e2bf", "#d9bd88"]));
  const slats = [-40, 0, 40].map((x) => line(x, 10, x * 0.85, 88, "#c6a36b", 3)).join("");
  return groundShadow(0, 90, 80) + back + fruit.join("") + front + slats + rect(-84, 4, 168, 9, "#e8d3a6", { rx: 4 });
};

function jarOf(d: Drawing, fill: string, lid: string, label: string, decoration = ""): string {
  const glass = shape("M-38 -30H38Q46 -30 46 -20V78Q46 90 34 90H-34Q-46 90 -46 78V-20Q-46 -30 -38 -30Z", d.linear([lighten(fill, 0.15), fill, darken(fill, 0.2)], 1, 0));
  const shine = rect(-36, -18, 8, 90, "#ffffff", { rx: 4, opacity: 0.35 });
  const cap = rect(-42, -50, 84, 22, lid, { rx: 6 }) + rect(-42, -36, 84, 6, darken(lid, 0.25), { rx: 3 });
  const tag = rect(-30, 10, 60, 42, label, { rx: 6 }) + decoration;
  return groundShadow(0, 90, 56) + glass + shine + tag + cap;
}

function jamColour(words: string): string {
  if (/abricot|orange|mangue|peche|rhubarbe/.test(words)) return "#e8781e";
  if (/mure|cassis|myrtille|prune|figue/.test(words)) return "#5b1f4a";
  if (/caramel|chataigne|pommeau/.test(words)) return "#a3561c";
  if (/citron|miel/.test(words)) return "#e9b422";
  return "#b8122c";
}

const jamJar: Thing = (d, { words }) => {
  const fill = jamColour(words);
  const gingham = [0, 1, 2, 3, 4, 5, 6]
    .map((i) => rect(-42 + i * 12, -50, 6, 22, "#ffffff", { opacity: 0.45 }))
    .join("");
  const cloth = shape("M-52 -34L-44 -56H44L52 -34Q0 -26 -52 -34Z", "#d8322f") + gingham + line(-46, -34, 46, -34, "#7a4a22", 3);
  const fruitMark = /fraise/.test(words) ? strawberry(d, 0, 28, 0.28) : circle(0, 31, 11, fill);
  return jarOf(d, fill, "#d8322f", CREAM, fruitMark) + cloth;
};

const honeyJar: Thing = (d) => {
  const comb = [[-1, 0], [1, 0], [0, 1.5]]
    .map(([cx, cy]) => shape(hexagon((cx ?? 0) * 9, 24 + (cy ?? 0) * 6, 7), "#f6b91e", { stroke: "#b9780c", "stroke-width": 2 }))
    .join("");
  const drip = shape("M-42 -30H42V-22Q30 -22 28 -12Q26 -2 22 -12Q20 -22 0 -22Q-10 -22 -12 -6Q-14 6 -16 -6Q-18 -22 -42 -22Z", "#f0a81a");
  const dipper = place(66, 24, 1, line(0, -70, 0, 40, "#9a6432", 6) + ellipse(0, 50, 14, 20, "#b7793e") + [40, 50, 60].map((y) => line(-14, y, 14, y, "#7f4f24", 2)).join(""), 24);
  return jarOf(d, "#e79d12", "#8b5a2b", CREAM, comb) + drip + dipper;
};

function hexagon(cx: number, cy: number, r: number): string {
  return poly([0, 1, 2, 3, 4, 5].map((i) => [cx + r * Math.cos((Math.PI / 3) * i), cy + r * Math.sin((Math.PI / 3) * i)] as const));
}

const loaves: Thing = (d) => {
  const crust = d.radial("#e9b26a", "#a8621f", 0.4, 0.25);
  const boule = ellipse(-30, 40, 62, 46, crust) + [-14, 0, 14].map((dx) => stroked(`M${-56 + dx * 2} ${22 + dx} Q${-30 + dx} ${4 + dx} ${-4 + dx * 2} ${22 + dx}`, "#f4d29a", 5)).join("");
  const baguetteBody = rect(-95, -12, 190, 34, d.linear(["#eab46c", "#b06a24"]), { rx: 17 });
  const cuts = [-60, -25, 10, 45].map((x) => stroked(`M${x} -4 Q${x + 14} 0 ${x + 26} -6`, "#f6dba6", 5)).join("");
  const baguette = place(24, 34, 1, baguetteBody + cuts, -22);
  return groundShadow(0, 90, 92) + boule + baguette;
};

const breton: Thing = (d) => {
  const cake = ellipse(0, 70, 78, 20, "#a35e1f") + rect(-78, 40, 156, 30, d.linear(["#c97a2c", "#9b561a"])) + ellipse(0, 40, 78, 20, d.radial("#f0c36d", "#c98733"));
  const cross = [-45, -15, 15, 45].map((x) => stroked(`M${x - 20} 30 L${x + 20} 50`, "#a9681f", 3) + stroked(`M${x + 20} 30 L${x - 20} 50`, "#a9681f", 3)).join("");
  const croissant = place(40, -18, 0.7, [-3, -2, -1, 0, 1, 2, 3].map((i) => ellipse(i * 16, Math.abs(i) * 7, 14 - Math.abs(i) * 2, 22 - Math.abs(i) * 3, d.radial("#f1be6e", "#b8701f"))).join(""), -10);
  return groundShadow(0, 90, 86) + rect(-92, 78, 184, 12, "#e6e2dc", { rx: 6 }) + cake + cross + croissant;
};

/** A cupped oyster (creuse), or the round flat one (plate). */
function oyster(d: Drawing, x: number, y: number, scale: number, rotate: number, flat = false): string {
  const shell = flat
    ? circle(0, 0, 36, d.linear(["#b0a089", "#7a6a55"])) + [14, 24].map((r) => circle(0, 0, r + 8, "none", { stroke: "#8e7e66", "stroke-width": 2 })).join("")
    : shape("M-40 -6C-44 -26 -18 -34 4 -30C28 -30 46 -18 44 0C44 20 20 30 -4 28C-30 28 -38 14 -40 -6Z", d.linear(["#9d9483", "#6b6357"]));
  const inner = flat
    ? circle(0, 0, 26, d.radial("#fdfcf7", "#d6d8cf", 0.4, 0.4)) + circle(4, 4, 10, "#c8c6b4")
    : ellipse(2, -1, 32, 19, d.radial("#fdfcf7", "#cfd6d6", 0.4, 0.4)) + ellipse(6, 2, 14, 8, "#bfc3b8");
  return place(x, y, scale, shell + inner, rotate);
}

function lemonHalf(x: number, y: number, scale: number): string {
  const segments = [0, 60, 120, 180, 240, 300].map((a) => place(0, 0, 1, ellipse(0, -11, 4, 9, "#fff3a6"), a)).join("");
  return place(x, y, scale, circle(0, 0, 24, "#f2c318") + circle(0, 0, 20, "#fde15c") + segments);
}

const oysterTray: Thing = (d, { words }) => {
  if (/\b(bourriches?|vrac|douzaines?)\b/.test(words)) {
    const basket = shape("M-86 0H86L72 88H-72Z", d.linear(["#d8a865", "#9c6a34"])) + [24, 48, 72].map((y) => line(-82 + y * 0.16, y, 82 - y * 0.16, y, "#8a5a2c", 3)).join("");
    const top = [[-52, -4, -10], [-14, -12, 15], [26, -6, -20], [58, 0, 10], [-30, 6, 5], [12, 6, -8]].map(([x, y, r]) => oyster(d, x ?? 0, y ?? 0, 0.6, r ?? 0)).join("");
    return groundShadow(0, 90, 90) + top + basket + ellipse(-60, 4, 22, 6, "#5f8f4a");
  }
  const tray = ellipse(0, 52, 96, 40, d.linear(["#d9dde2", "#9aa3ad"])) + ellipse(0, 48, 86, 33, "#e9f3f5");
  const weed = [-70, -30, 20, 60].map((x) => ellipse(x, 50, 22, 8, "#5f8f4a", { opacity: 0.8 })).join("");
  const flat = /\bplates?\b/.test(words);
  const shells = [[-52, 38, -10], [-8, 30, 15], [38, 36, -20], [-30, 62, 8], [22, 64, -5]]
    .map(([x, y, r]) => oyster(d, x ?? 0, y ?? 0, flat ? 0.56 : 0.62, r ?? 0, flat))
    .join("");
  return groundShadow(0, 90, 96) + tray + weed + shells + lemonHalf(66, 66, 0.8);
};

/** Clams and cockles: small ribbed shells heaped in a bowl. */
function clamBowl(d: Drawing): string {
  const bowl = shape("M-84 20Q-80 90 0 90Q80 90 84 20Z", d.linear(["#f4efe2", "#c9bfa8"], 1, 0)) + ellipse(0, 20, 84, 14, "#e8e0cc");
  const shells = [[-56, 10], [-28, 2], [0, 8], [28, 0], [56, 10], [-42, 22], [-14, 20], [14, 22], [42, 20], [-2, -8]]
    .map(([x, y], i) => place(x ?? 0, (y ?? 0) - 12, 1.15, shape("M-16 6Q-18 -14 0 -16Q18 -14 16 6Z", i % 2 ? "#d9c7a6" : "#b99f7a") + [-8, 0, 8].map((rx) => line(rx * 0.5, -12, rx, 4, "#8e7a5a", 1.5)).join(""), (i * 37) % 40 - 20))
    .join("");
  return groundShadow(0, 90, 86) + shells + bowl;
}

const musselPot: Thing = (d, { words }) => {
  if (/\b(palourdes?|coques|praires?|bigorneaux?)\b/.test(words)) return clamBowl(d);
  const pot = shape("M-70 -4H70L62 78Q60 90 46 90H-46Q-60 90 -62 78Z", d.linear(["#2f3b4f", "#1c2433"], 1, 0));
  const mussels = [[-48, -8, -30], [-22, -16, 20], [6, -10, -10], [32, -16, 35], [52, -6, -25], [-34, 4, 60], [18, 2, -60]]
    .map(([x, y, r]) => place(x ?? 0, y ?? 0, 1, ellipse(0, 0, 16, 9, "#20263a") + ellipse(2, -2, 10, 4, "#e9924a") + ellipse(-6, -4, 5, 2, "#5b6a8c"), r ?? 0))
    .join("");
  const handles = rect(-86, 8, 18, 10, "#1c2433", { rx: 5 }) + rect(68, 8, 18, 10, "#1c2433", { rx: 5 });
  return groundShadow(0, 90, 84) + mussels + pot + handles + rect(-72, -8, 144, 10, "#3c4a63", { rx: 5 }) + lemonHalf(-62, 72, 0.7);
};

const fishOnIce: Thing = (d) => {
  const ice = [-70, -40, -10, 20, 50, 80].map((x, i) => rect(x - 14, 66 - (i % 2) * 6, 28, 22, "#e8f6fb", { rx: 6, opacity: 0.95 })).join("");
  const fish = (y: number, flip: boolean) =>
    place(0, y, 1, shape("M-70 0C-40 -30 30 -30 56 -4L84 -24L78 0L84 24L56 4C30 30 -40 30 -70 0Z", d.linear(["#6f8fb0", "#c9d6e2", "#eef2f5"])) + circle(-48, -4, 5, "#1e2430") + stroked("M-34 -14Q-28 0 -34 14", "#5a6f87", 3), 0, flip);
  return groundShadow(0, 90, 92) + ice + fish(22, false) + fish(56, true) + lemonHalf(-70, 78, 0.6);
};

function apple(d: Drawing, x: number, y: number, scale: number, green = false): string {
  const skin = green ? d.radial("#c8e26a", "#6f9e2a") : d.radial("#ff8a6a", "#b3202b");
  const body = shape("M0 -26C16 -40 44 -30 42 0C40 30 18 42 0 36C-18 42 -40 30 -42 0C-44 -30 -16 -40 0 -26Z", skin);
  return place(x, y, scale, body + line(0, -24, 4, -42, "#6b4424", 4) + place(10, -38, 1, ellipse(8, 0, 12, 6, "#4f9a3a"), -20));
}

function bottle(d: Drawing, x: number, glass: string, label: string, cap: string, tall = 1): string {
  const h = 150 * tall;
  const body = shape(`M-26 90V${90 - h * 0.62}Q-26 ${90 - h * 0.74} -10 ${90 - h * 0.8}V${90 - h}H10V${90 - h * 0.8}Q26 ${90 - h * 0.74} 26 ${90 - h * 0.62}V90Z`, d.linear([lighten(glass, 0.2), glass, darken(glass, 0.3)], 1, 0));
  const top = rect(-12, 90 - h - 12, 24, 14, cap, { rx: 3 });
  const tag = rect(-22, 90 - h * 0.5, 44, h * 0.3, label, { rx: 4 }) + rect(-22, 90 - h * 0.5 + 6, 44, 5, darken(label, 0.25));
  const shine = rect(-20, 90 - h * 0.58, 5, h * 0.5, "#ffffff", { rx: 2.5, opacity: 0.3 });
  return place(x, 0, 1, body + tag + shine + top);
}

const ciderBottles: Thing = (d, { accent, words }) => {
  const juice = /\bjus\b/.test(words) ? "#e7a33a" : "#8a5a1c";
  return groundShadow(0, 90, 90) + bottle(d, -34, "#3f6e3a", CREAM, accent, 1.05) + bottle(d, 20, juice, "#f2dca8", "#8b5a2b", 0.95) + apple(d, 62, 64, 0.6) + apple(d, -74, 68, 0.55, true) + apple(d, 80, 78, 0.45);
};

function glassOf(d: Drawing, x: number, drink: string, foam: boolean): string {
  const glass = shape("M-24 -10H24L18 88H-18Z", "#ffffff", { opacity: 0.35 });
  const liquid = shape("M-22 8H22L18 86H-18Z", d.linear([lighten(drink, 0.2), drink]));
  const head = foam ? ellipse(0, 4, 25, 10, "#fff8ea") + circle(-12, 0, 8, "#fff8ea") + circle(8, -2, 9, "#fff8ea") : "";
  return place(x, 0, 1, glass + liquid + head);
}

function beerColour(words: string): string {
  if (/\b(stout|porter|noire|du)\b/.test(words)) return "#2a160c";
  if (/\b(ambree?s?|ruz|rousse)\b/.test(words)) return "#b5521c";
  if (/\bipa\b/.test(words)) return "#d9781e";
  if (/\bfraises?\b/.test(words)) return "#d8404f";
  return "#e8b13a";
}

const beer: Thing = (d, { accent, words }) =>
  groundShadow(0, 90, 80) + bottle(d, -30, "#6a3b12", CREAM, accent, 1) + bottle(d, 16, "#6a3b12", lighten(accent, 0.6), accent, 0.9) + glassOf(d, 62, beerColour(words), true);

const wine: Thing = (d) => {
  const stemGlass = place(50, 0, 1, shape("M-26 -20Q-26 30 0 34Q26 30 26 -20Z", "#ffffff", { opacity: 0.4 }) + shape("M-24 6Q-20 30 0 32Q20 30 24 6Z", "#8e1b3a") + rect(-2, 32, 4, 48, "#e9eef0") + ellipse(0, 84, 20, 6, "#e9eef0"));
  return groundShadow(0, 90, 86) + bottle(d, -34, "#2a3b23", CREAM, "#7b1730", 1.15) + bottle(d, -2, "#5a1326", "#efe3c8", "#2b2b2b", 1.05) + stemGlass;
};

function carrot(x: number, y: number, rotate: number): string {
  return place(x, y, 1, shape("M-9 0L9 0L1 70Z", "#ef7d22") + [-6, 0, 6].map((dx) => place(0, 0, 1, ellipse(0, -14, 4, 16, "#4e9a3d"), dx * 4)).join("") + line(-6, 18, 4, 18, "#c4611a", 2) + line(-4, 34, 3, 34, "#c4611a", 2), rotate);
}

function cabbage(d: Drawing, x: number, y: number, scale: number): string {
  return place(x, y, scale, circle(0, 0, 34, d.radial("#b6dd7c", "#4c8b35")) + stroked("M0 30Q-6 0 0 -30M0 20Q-18 8 -26 -10M0 20Q18 8 26 -10", "#d9f0b0", 3));
}

function tomato(d: Drawing, x: number, y: number, scale: number): string {
  return place(x, y, scale, circle(0, 0, 20, d.radial("#ff7d62", "#c8231f")) + [0, 72, 144, 216, 288].map((a) => place(0, -16, 1, ellipse(0, -5, 3, 7, "#3d8a34"), a)).join(""));
}

function leek(x: number, y: number, rotate: number): string {
  return place(x, y, 1, rect(-8, -20, 16, 90, "#f5f2e2", { rx: 8 }) + shape("M-8 -10L-20 -80L-2 -30L10 -90L8 -10Z", "#4f8a3a") + [-4, 0, 4].map((dx) => line(dx, 70, dx * 2, 80, "#d9cfae", 2)).join(""), rotate);
}

/** Six of one vegetable in a heap, when the words name a single vegetable. */
function vegetablePile(d: Drawing, words: string): string | null {
  const spots: [number, number][] = [[-52, 66], [0, 70], [52, 66], [-26, 34], [26, 34], [0, 2]];
  const pile = (draw: (x: number, y: number) => string) => groundShadow(0, 90, 90) + spots.map(([x, y]) => draw(x, y)).join("");
  if (/\btomates?\b/.test(words)) return pile((x, y) => tomato(d, x, y, 1.25));
  if (/\b(oignons?|echalotes?)\b/.test(words)) {
    return pile((x, y) => shape(`M${x} ${y - 30}Q${x + 30} ${y - 4} ${x + 22} ${y + 14}Q${x} ${y + 26} ${x - 22} ${y + 14}Q${x - 30} ${y - 4} ${x} ${y - 30}Z`, d.radial("#e7a3b8", "#9c4a6a")) + line(x, y - 30, x + 2, y - 42, "#b58a5a", 3));
  }
  if (/\bpommes? de terre\b/.test(words)) {
    return pile((x, y) => ellipse(x, y, 28, 20, d.radial("#e2c08a", "#a8804a")) + circle(x - 8, y - 4, 2, "#8a6a3a") + circle(x + 10, y + 4, 2, "#8a6a3a"));
  }
  // Carrots and leeks lie on their side, tops to the left.
  if (/\bcarottes?\b/.test(words)) return groundShadow(0, 90, 90) + [10, 28, 46, 64].map((y, i) => place(-40 + i * 6, y, 1.5, carrot(0, 0, 0), -84 + i * 4)).join("");
  if (/\bpoireaux?\b/.test(words)) return groundShadow(0, 90, 96) + [30, 50, 70].map((y, i) => place(-10 + i * 8, y, 1.2, leek(0, 0, 0), -96 + i * 4)).join("");
  if (/\bchou fleur\b/.test(words)) {
    const leaves = [-60, -30, 30, 60].map((a) => place(0, 50, 1, ellipse(0, -30, 26, 50, "#4f8a3a"), a)).join("");
    const florets = [[-30, 30], [0, 20], [30, 30], [-16, 46], [16, 46], [0, 40]].map(([x, y]) => circle(x ?? 0, y ?? 0, 22, d.radial("#fbf8ec", "#ddd5bd"))).join("");
    return groundShadow(0, 90, 80) + leaves + florets;
  }
  if (/\b(courges?|butternut|potirons?)\b/.test(words)) {
    return groundShadow(0, 90, 90) + place(0, 40, 1, shape("M-70 10Q-76 -30 -40 -30Q-10 -30 0 -18Q20 -50 60 -30Q90 -10 70 30Q50 50 0 34Q-60 50 -70 10Z", d.radial("#f3c27a", "#d4862e")) + rect(-84, -4, 16, 10, "#7a5a2a", { rx: 3 }), -8);
  }
  return null;
}

const vegetableCrate: Thing = (d, { words }) => {
  const single = vegetablePile(d, words);
  if (single) return single;
  const crateFill = d.linear([WOOD, "#a06a36"]);
  const crateFront = [0, 1, 2].map((i) => rect(-88, 22 + i * 23, 176, 19, crateFill, { rx: 2 })).join("");
  const produce =
    leek(-58, -6, -14) + leek(-40, -10, 8) + carrot(28, -18, 24) + carrot(44, -16, 38) + carrot(60, -12, 50) +
    cabbage(d, -8, 4, 1) + tomato(d, 40, 14, 0.9) + tomato(d, 68, 12, 0.8) + cabbage(d, -70, 16, 0.7);
  return groundShadow(0, 90, 94) + rect(-84, 8, 168, 20, "#7b4e26") + produce + crateFront + rect(-92, 18, 10, 72, "#8c5a2c") + rect(82, 18, 10, 72, "#8c5a2c");
};

function flowerHead(x: number, y: number, r: number, petal: string): string {
  const petals = [0, 60, 120, 180, 240, 300].map((a) => place(x, y, 1, ellipse(0, -r, r * 0.62, r, petal), a)).join("");
  return petals + circle(x, y, r * 0.55, "#f6c530");
}

function potWith(d: Drawing, x: number, scale: number, plant: string, clay = "#c96a3c"): string {
  const pot = shape("M-40 20H40L32 90H-32Z", d.linear([lighten(clay, 0.1), darken(clay, 0.15)], 1, 0)) + rect(-46, 10, 92, 16, darken(clay, 0.08), { rx: 4 });
  return place(x, 90 - 90 * scale, scale, plant + pot);
}

const flowerPots: Thing = (d, { accent, words }) => {
  const petals = [accent, "#f28cb1", "#fbd14b", "#ffffff", "#b07ad8", "#ef6b4a"];
  if (/\bcouronnes?\b/.test(words)) {
    const sprigs = Array.from({ length: 18 }, (_, i) => place(0, 10, 1, ellipse(0, -58, 12, 22, i % 2 ? "#2f6f3a" : "#3f8a4a"), i * 20)).join("");
    const berries = [0, 60, 120, 180, 240, 300].map((a) => place(0, 10, 1, circle(0, -62, 7, "#c8232f"), a + 10)).join("");
    return groundShadow(0, 90, 80) + sprigs + berries + place(0, 10, 1, shape("M-14 -70L0 -80L14 -70L0 -58Z", "#d8322f"));
  }
  if (/\bhortensias?\b/.test(words)) {
    const heads = [[-34, -40, "#7fa6e0"], [20, -56, "#a98ad8"], [36, -14, "#7fa6e0"], [-10, -6, "#f2a6c8"]]
      .map(([x, y, colour]) => circle(Number(x), Number(y), 34, String(colour)) + [-12, 0, 12].map((dx) => circle(Number(x) + dx, Number(y) + (dx % 24), 6, lighten(String(colour), 0.35))).join(""))
      .join("");
    return groundShadow(0, 90, 70) + potWith(d, 0, 0.9, place(0, 0, 1, ellipse(-46, 0, 16, 30, "#3f8a3a") + ellipse(46, 0, 16, 30, "#3f8a3a") + heads), "#5b7fa6");
  }
  if (/\bbouquets?\b/.test(words)) {
    const heads = Array.from({ length: 7 }, (_, i) => flowerHead(-40 + (i % 4) * 26 + (i > 3 ? 13 : 0), -50 + (i > 3 ? 26 : 0) + d.rng.range(-6, 6), 14, petals[i % petals.length] ?? accent)).join("");
    const wrap = shape("M-60 -20L60 -20L12 88H-12Z", "#f1e6cf") + shape("M-60 -20L-20 -10L-6 88H-12Z", "#e2d3b3") + rect(-20, 40, 40, 10, accent, { rx: 4 });
    return groundShadow(0, 92, 50) + [-30, -10, 10, 30].map((x) => line(x * 0.3, 60, x, -30, "#3f8a3a", 4)).join("") + heads + wrap;
  }
  const bunch = (seed: number) => {
    const stems: string[] = [];
    const heads: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const fx = -36 + i * 18 + d.rng.range(-5, 5);
      const fy = -60 + d.rng.range(-20, 20) + Math.abs(i - 2) * 10;
      stems.push(stroked(`M${num(fx * 0.4)} 12Q${num(fx * 0.7)} ${num(fy / 2)} ${num(fx)} ${num(fy)}`, "#3f8a3a", 4));
      stems.push(place(fx * 0.6, fy / 3, 1, ellipse(8, 0, 10, 4, "#4f9a3a"), -30));
      heads.push(flowerHead(fx, fy, 12, petals[(seed + i) % petals.length] ?? accent));
    }
    return stems.join("") + heads.join("");
  };
  return groundShadow(0, 90, 92) + potWith(d, -44, 0.85, bunch(0)) + potWith(d, 46, 0.68, bunch(3), "#b85b3a");
};

const pottedPlant: Thing = (d) => {
  const leaves = [-60, -35, -12, 12, 35, 60].map((a, i) => place(0, 12, 1, ellipse(0, -46, 13, 44 - (i % 2) * 8, i % 2 ? "#4f9a3a" : "#3b7d35"), a)).join("");
  return groundShadow(0, 90, 60) + potWith(d, 0, 1, leaves, d.rng.pick(["#c96a3c", "#e7dccb", "#5b7fa6"]));
};

const bicycle: Thing = (_d, { accent }) => {
  const wheel = (cx: number) =>
    circle(cx, 48, 38, "none", { stroke: "#2b2b33", "stroke-width": 7 }) +
    [0, 30, 60, 90, 120, 150].map((a) => place(cx, 48, 1, line(0, -34, 0, 34, "#9aa0a8", 1.5), a)).join("") +
    circle(cx, 48, 5, "#6c717a");
  const frame = stroked("M-58 48L-14 -6L40 -6L0 48ZM-58 48L0 48M40 -6L58 48M-14 -6L-20 -20", accent, 7);
  const parts = ellipse(-22, -22, 16, 5, "#3a2a22") + stroked("M34 -24Q40 -12 40 -6M26 -26H46", "#2b2b33", 6) + circle(0, 48, 8, "#6c717a");
  const basket = rect(52, -30, 34, 22, "#c79a5a", { rx: 4 }) + line(58, -28, 58, -10, "#8e6a3a", 2) + line(70, -28, 70, -10, "#8e6a3a", 2);
  return groundShadow(0, 88, 100) + wheel(-58) + wheel(58) + frame + parts + basket;
};

const books: Thing = (d, { accent }) => {
  const colours = [accent, "#2f5d8a", "#e2a63b", "#6f9a5a", "#b94a48", "#7c5c9c"];
  let y = 90;
  const stack: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const h = d.rng.range(16, 24);
    const w = d.rng.range(130, 170);
    const x = d.rng.range(-12, 12) - w / 2;
    y -= h;
    const cover = colours[(i + d.rng.int(0, 5)) % colours.length] ?? accent;
    stack.push(rect(x, y, w, h, cover, { rx: 3 }) + rect(x + w - 14, y + 3, 12, h - 6, "#f7f0dc") + rect(x + 14, y + 3, 6, h - 6, lighten(cover, 0.35)));
  }
  const upright = rect(64, -40, 26, 130, "#2f5d8a", { rx: 3 }) + rect(68, -20, 18, 8, CREAM) + rect(86, -30, 22, 120, "#e2a63b", { rx: 3 });
  return groundShadow(0, 90, 98) + stack.join("") + upright + rect(-20, y - 40, 36, 40, "#ffffff", { rx: 6, opacity: 0.9 }) + ellipse(-2, y - 40, 18, 5, "#6b3f1f");
};

const jewellery: Thing = (d, { accent, words }) => {
  const gold = d.linear(["#f6dc8a", "#b8862c"]);
  if (/\b(bagues?|joncs?|bracelets?)\b/.test(words)) {
    return groundShadow(0, 90, 70) + ellipse(0, 74, 74, 16, lighten(accent, 0.3)) + ellipse(0, 20, 50, 50, "none", { stroke: gold, "stroke-width": 14 }) + (/\bbagues?\b/.test(words) ? shape("M0 -46L14 -30L0 -16L-14 -30Z", "#5fb7c9") : "");
  }
  if (/\b(boucles?|creoles?|broches?)\b/.test(words)) {
    const drop = (x: number) => line(x, -60, x, -30, "#d8b050", 3) + circle(x, -62, 5, gold) + shape(`M${x} -30C${x + 30} -20 ${x + 24} 30 ${x} 40C${x - 24} 30 ${x - 30} -20 ${x} -30Z`, d.linear(["#fbf6ec", "#d8cdb8"]), { stroke: "#c9a24a", "stroke-width": 3 });
    return groundShadow(0, 90, 80) + ellipse(0, 74, 84, 16, lighten(accent, 0.3)) + drop(-36) + drop(36);
  }
  const cushion = ellipse(0, 70, 92, 24, d.linear([lighten(accent, 0.2), darken(accent, 0.25)]));
  const beads = Array.from({ length: 15 }, (_, i) => {
    const t = (i / 14) * Math.PI;
    return circle(-62 * Math.cos(t), -20 + 52 * Math.sin(t), 5, i % 2 ? "#f0d9a0" : "#e0b44f");
  }).join("");
  const pendant = shape("M0 34L10 48L0 64L-10 48Z", "#5fb7c9") + circle(0, 30, 4, "#e0b44f");
  const ring = circle(58, 56, 18, "none", { stroke: d.linear(["#f6dc8a", "#b8862c"]), "stroke-width": 6 }) + shape("M58 30L66 38L58 46L50 38Z", "#e0487a");
  const earrings = [-62, -44].map((x) => line(x, 40, x, 52, "#d8b050", 2) + circle(x, 58, 6, "#7fc4d6")).join("");
  return groundShadow(0, 92, 92) + cushion + stroked("M-62 -20Q0 -60 62 -20", "#e0b44f", 2) + beads + pendant + ring + earrings;
};

const ceramics: Thing = (d, { accent, words }) => {
  const glaze = d.rng.pick(["#5f93a8", "#8fb29a", "#d9a05b", "#3f5f7f", "#c96f5a"]);
  const glazed = (dark: number) => d.linear([lighten(glaze, 0.25), glaze, darken(glaze, dark)], 1, 0);
  if (/\b(saladiers?|coupelles?|assiettes?)\b/.test(words)) {
    const flat = /\bassiettes?\b/.test(words);
    return groundShadow(0, 90, 96) + shape(flat ? "M-90 60Q-60 88 0 88Q60 88 90 60Z" : "M-90 0Q-84 88 0 88Q84 88 90 0Z", glazed(0.3)) + ellipse(0, flat ? 60 : 0, 90, flat ? 14 : 18, lighten(glaze, 0.5)) + ellipse(0, flat ? 62 : 3, 76, flat ? 10 : 13, glaze);
  }
  if (/\b(tasses?|mugs?|bols?|bolees?|pichets?)\b/.test(words)) {
    const handle = /\b(tasses?|mugs?|bolees?|pichets?)\b/.test(words) ? stroked("M46 0Q82 4 74 36Q68 56 44 52", glaze, 12) : "";
    const cup = /\bbols?\b/.test(words) ? "M-70 -10Q-66 88 0 88Q66 88 70 -10Z" : "M-50 -40H50L46 76Q44 88 30 88H-30Q-44 88 -46 76Z";
    return groundShadow(0, 90, 80) + handle + shape(cup, glazed(0.3)) + ellipse(0, /\bbols?\b/.test(words) ? -10 : -40, /\bbols?\b/.test(words) ? 70 : 50, 12, lighten(glaze, 0.5)) + stroked("M-40 30Q0 44 40 30", lighten(glaze, 0.4), 4);
  }
  const vase = shape("M-22 -70H22Q18 -50 30 -20Q50 20 36 60Q30 90 0 90Q-30 90 -36 60Q-50 20 -30 -20Q-18 -50 -22 -70Z", d.linear([lighten(glaze, 0.25), glaze, darken(glaze, 0.25)], 1, 0)) + ellipse(0, -70, 22, 5, darken(glaze, 0.4));
  const bowl = (x: number, colour: string, s: number) =>
    place(x, 90 - 40 * s, s, shape("M-50 0Q-46 40 0 40Q46 40 50 0Z", d.linear([lighten(colour, 0.2), darken(colour, 0.2)], 1, 0)) + ellipse(0, 0, 50, 10, lighten(colour, 0.55)) + ellipse(0, 2, 42, 6, colour));
  return groundShadow(0, 90, 96) + place(-46, 0, 1, vase) + bowl(38, accent, 0.9) + bowl(62, "#efe6d6", 0.5) + stroked("M-60 10Q-46 0 -32 10", "#ffffff", 2, { opacity: 0.5 });
};

const soaps: Thing = (d, { accent, words }) => {
  const bar = (x: number, y: number, colour: string) =>
    shape(poly([[x - 40, y], [x + 20, y - 14], [x + 48, y], [x - 12, y + 14]]), lighten(colour, 0.3)) +
    shape(poly([[x - 40, y], [x - 12, y + 14], [x - 12, y + 32], [x - 40, y + 18]]), darken(colour, 0.1)) +
    shape(poly([[x - 12, y + 14], [x + 48, y], [x + 48, y + 18], [x - 12, y + 32]]), colour);
  const bubbles = [[40, -40, 14], [62, -60, 9], [20, -66, 7], [70, -24, 6]].map(([x, y, r]) => circle(x ?? 0, y ?? 0, r ?? 0, "#ffffff", { opacity: 0.7, stroke: "#bfe3f0", "stroke-width": 2 })).join("");
  const lavender = [0, 1, 2].map((i) => line(-70 + i * 8, 60, -58 + i * 14, -30, "#5f8a4a", 3) + [0, 1, 2, 3, 4].map((j) => ellipse(-58 + i * 14 - j * 2, -30 + j * 11, 4, 6, "#9b7cc8")).join("")).join("");
  if (/\b(shampo\w*|baumes?|deodorants?)\b/.test(words)) {
    const puck = (x: number, y: number, colour: string) => ellipse(x, y + 16, 42, 14, darken(colour, 0.15)) + rect(x - 42, y, 84, 16, darken(colour, 0.15)) + ellipse(x, y, 42, 14, colour);
    return groundShadow(0, 90, 92) + lavender + puck(10, 58, "#cfe6c4") + puck(20, 26, accent) + bubbles;
  }
  return groundShadow(0, 90, 92) + lavender + bar(0, 42, d.rng.pick(["#f4c7c3", "#cfe6c4", "#f5e3b3"])) + bar(6, 10, accent) + bubbles;
};

/** A galette complète (buckwheat, ham, egg, cheese) or, for sweet words, a crêpe folded in four. */
const crepes: Thing = (d, { words }) => {
  const plate = ellipse(0, 70, 96, 26, "#dfe3e8") + ellipse(0, 66, 84, 21, "#ffffff");
  const bolee = place(70, 0, 1, shape("M-30 10Q-28 60 0 62Q28 60 30 10Z", d.linear(["#f4efe2", "#c9bfa8"], 1, 0)) + ellipse(0, 10, 30, 7, "#e2a13a") + stroked("M28 22Q44 24 40 38Q36 48 26 44", "#c9bfa8", 5));
  const sweet = /\b(crepes? (au |beurre|sucre|caramel|chocolat|confiture|miel|citron)|sucree?s?|froment|caramel|chocolat|dessert)/.test(words) && !/\bgalettes?\b/.test(words);
  if (!sweet) {
    const galette = shape("M-66 60L0 34L66 60L0 82Z", d.linear(["#b8793a", "#8a5526"])) + shape("M-40 60L0 44L40 60L0 74Z", "#f7e6c4") + ellipse(0, 59, 15, 9, "#fbfaf5") + circle(0, 59, 7, "#f4b21c");
    return groundShadow(0, 92, 96) + plate + galette + bolee;
  }
  const quarter = (x: number, rotate: number) =>
    place(x, 62, 1, shape("M0 0L70 0A70 70 0 0 0 0 -40Z", d.linear(["#f2c777", "#d99a43"])) + [[20, -8], [40, -14], [28, -22], [52, -6]].map(([cx, cy]) => ellipse(cx ?? 0, cy ?? 0, 5, 2.5, "#c98530", { opacity: 0.6 })).join(""), rotate);
  const topping = /caramel/.test(words)
    ? stroked("M-40 52Q-20 40 0 54T40 50", "#a8561a", 5)
    : /chocolat/.test(words)
      ? stroked("M-40 52Q-20 40 0 54T40 50", "#5a2f1b", 5)
      : [[-20, 48], [-6, 44], [8, 50], [22, 46], [-12, 54], [14, 56]].map(([cx, cy]) => circle(cx ?? 0, cy ?? 0, 2, "#ffffff")).join("") + rect(-8, 36, 18, 10, "#fbe7a1", { rx: 3 });
  return groundShadow(0, 92, 96) + plate + quarter(-60, 0) + quarter(-20, 6) + topping + bolee;
};

const shoe: Thing = (d) => {
  const leather = d.linear(["#a8612e", "#6b3a1a"]);
  const body = shape("M-80 40Q-82 -10 -56 -16Q-40 -18 -34 0Q-4 14 40 22Q76 30 82 52Q84 66 70 70H-76Q-84 66 -80 40Z", leather);
  const sole = rect(-82, 64, 166, 14, "#2e2420", { rx: 6 });
  const laces = [-26, -14, -2].map((x) => line(x, 6 + (x + 26) * 0.4, x + 10, 2 + (x + 26) * 0.4, "#f3e6cf", 3)).join("");
  const hammer = place(20, 92, 1, rect(-60, -10, 100, 10, "#9a6432", { rx: 4 }) + rect(40, -22, 16, 34, "#7f8890", { rx: 3 }), -8);
  return groundShadow(0, 90, 92) + body + sole + laces + hammer;
};

const tools: Thing = (_d, { accent }) => {
  const hammer = place(-40, 40, 1, rect(-6, -60, 12, 110, "#9a6432", { rx: 5 }) + rect(-30, -78, 60, 22, "#6f7880", { rx: 4 }), -20);
  const wrench = place(22, 36, 1, rect(-7, -60, 14, 110, "#a7afb7", { rx: 7 }) + circle(0, -64, 18, "#a7afb7") + rect(-6, -86, 12, 22, "#f3ead8"), 25);
  const screwdriver = place(68, 40, 1, rect(-9, -10, 18, 50, accent, { rx: 7 }) + rect(-3, -70, 6, 62, "#b9c0c6"), 10);
  return groundShadow(0, 90, 92) + hammer + wrench + screwdriver;
};

const woodwork: Thing = (d) => {
  const plank = rect(-96, 56, 192, 30, d.linear(["#dcae74", "#b07a42"]), { rx: 3 }) + [64, 72, 80].map((y) => stroked(`M-90 ${y}Q-20 ${y - 6} 30 ${y}T90 ${y}`, "#9c6a36", 2, { opacity: 0.6 })).join("");
  const stool = rect(-64, -10, 80, 12, "#c58b52", { rx: 4 }) + line(-56, 2, -64, 56, "#9c6a36", 8) + line(8, 2, 16, 56, "#9c6a36", 8) + line(-30, 2, -30, 56, "#8a5a2c", 6);
  const saw = place(46, 16, 1, shape("M-40 -10L50 -24L54 14L-40 10Z", "#c3cbd2") + rect(-64, -14, 28, 28, "#b84a2c", { rx: 8 }) + rect(-58, -6, 16, 12, "#f3ead8", { rx: 4 }), -6);
  return groundShadow(0, 90, 98) + stool + saw + plank;
};

/** A stack of folded cloth: plaids, towels, scarves. */
function foldedCloth(colours: readonly string[], striped: boolean): string {
  return colours.map((colour, i) => {
    const y = 60 - i * 30;
    const stripe = striped ? rect(-70, y + 8, 140, 5, "#c2402f") : rect(-70, y + 4, 140, 4, lighten(colour, 0.3));
    return rect(-74, y, 148, 28, colour, { rx: 10 }) + stripe + rect(60, y + 4, 14, 20, darken(colour, 0.1), { rx: 6 });
  }).join("");
}

const clothes: Thing = (_d, { accent, words }) => {
  if (/\bbonnets?\b/.test(words)) {
    const ribs = [-40, -24, -8, 8, 24, 40].map((x) => line(x, -10, x, 60, darken(accent, 0.2), 3)).join("");
    return groundShadow(0, 90, 70) + shape("M-56 60Q-60 -50 0 -50Q60 -50 56 60Z", accent) + ribs + rect(-62, 50, 124, 34, darken(accent, 0.15), { rx: 8 }) + circle(0, -52, 14, lighten(accent, 0.4));
  }
  if (/\b(plaids?|torchons?|echarpes?|housses?|tapis|linge)\b/.test(words)) {
    const colours = /\btorchons?\b/.test(words) ? ["#efe6d2", "#e8dcc4", "#f4eddf"] : [accent, lighten(accent, 0.4), darken(accent, 0.2)];
    return groundShadow(0, 90, 86) + foldedCloth(colours, /\btorchons?\b/.test(words));
  }
  const garment = /\b(cires?)\b/.test(words) ? "#f2c230" : /\b(cabans?|vareuses?)\b/.test(words) ? (/vareuse/.test(words) ? "#3f6f9f" : "#24324f") : "";
  if (garment) {
    const coat = shape("M-30 -52Q0 -40 30 -52L66 -30L60 60L44 58L40 84H-40L-44 58L-60 60L-66 -30Z", garment) + line(0, -44, 0, 84, darken(garment, 0.25), 3) + [-20, 10, 40].map((y) => circle(8, y, 4, darken(garment, 0.35))).join("");
    return groundShadow(0, 92, 80) + stroked("M0 -88Q12 -88 10 -78Q8 -70 0 -70V-62M-56 -40L0 -62L56 -40", "#8a8f96", 4) + coat;
  }
  const hook = stroked("M0 -88Q12 -88 10 -78Q8 -70 0 -70V-62", "#8a8f96", 4) + stroked("M-56 -40L0 -62L56 -40", "#8a8f96", 5);
  const stripes = Array.from({ length: 6 }, (_, i) => rect(-40, -18 + i * 16, 80, 7, "#1f3f73")).join("");
  const shirt = shape("M-26 -52Q0 -40 26 -52L64 -30L52 -6L40 -14V84H-40V-14L-52 -6L-64 -30Z", "#fbfaf6") + stripes + shape("M-14 -50Q0 -38 14 -50", "none", { stroke: "#d6d0c4", "stroke-width": 3 });
  const spool = place(70, 62, 1, rect(-14, -22, 28, 44, accent, { rx: 4 }) + rect(-20, -28, 40, 8, "#d8b98a", { rx: 3 }) + rect(-20, 20, 40, 8, "#d8b98a", { rx: 3 }));
  return groundShadow(0, 92, 86) + hook + place(0, 0, 1, shirt) + spool;
};

const pharmacy: Thing = (d, { accent }) => {
  const flask = place(-30, 0, 1, shape("M-12 -50H12V-20Q40 -6 40 40Q40 90 0 90Q-40 90 -40 40Q-40 -6 -12 -20Z", d.linear(["#c9822f", "#7a4617"], 1, 0)) + rect(-14, -68, 28, 20, "#2f3b4f", { rx: 4 }) + rect(-26, 30, 52, 30, CREAM, { rx: 4 }) + shape("M-6 36H6V42H12V50H6V56H-6V50H-12V42H-6Z", accent));
  const mortar = place(52, 40, 1, shape("M-34 0Q-32 46 0 48Q32 46 34 0Z", "#e7e2d6") + ellipse(0, 0, 34, 8, "#cfc8b6") + rect(4, -40, 10, 46, "#bdb5a2", { rx: 5 }));
  const leaves = [[-80, 70, -40], [-72, 82, 20], [82, 84, 60]].map(([x, y, r]) => place(x ?? 0, y ?? 0, 1, ellipse(0, 0, 7, 16, "#5f9a4a"), r ?? 0)).join("");
  return groundShadow(0, 90, 92) + flask + mortar + leaves;
};

const artwork: Thing = (d, { accent }) => {
  const frame = rect(-70, -80, 130, 110, "#b88a4e", { rx: 3 }) + rect(-60, -70, 110, 90, "#e8f2f5");
  const scene = shape("M-60 0Q-30 -30 0 -10T50 -20V20H-60Z", "#6fa36b") + circle(26, -46, 10, "#f5c04a") + rect(-60, 6, 110, 14, "#5b8fc2");
  const easel = line(-40, 30, -60, 90, "#8a5a2c", 6) + line(30, 30, 50, 90, "#8a5a2c", 6);
  const brushes = place(76, 56, 1, rect(-14, 0, 28, 34, accent, { rx: 4 }) + [-6, 0, 6].map((x, i) => line(x, 0, x * 2, -46 + i * 6, "#9a6432", 3) + circle(x * 2, -48 + i * 6, 4, d.rng.pick(["#e0487a", "#3f8fd0", "#f5c04a"]))).join(""));
  return groundShadow(0, 90, 90) + easel + frame + scene + brushes;
};

const toys: Thing = (_d, { accent }) => {
  const block = (x: number, y: number, colour: string) => rect(x, y, 40, 40, colour, { rx: 4 }) + rect(x + 10, y + 10, 20, 20, lighten(colour, 0.35), { rx: 10 });
  const top = place(60, 50, 1, shape("M-30 -10Q0 -30 30 -10L0 40Z", accent) + rect(-3, -34, 6, 18, "#8a5a2c"));
  return groundShadow(0, 90, 94) + block(-84, 50, "#e8573f") + block(-40, 50, "#3f8fd0") + block(-62, 10, "#f3c23c") + top;
};

const coffee: Thing = (_d) => {
  const cup = shape("M-44 10H44L38 70Q34 86 0 86Q-34 86 -38 70Z", "#fbfaf6") + ellipse(0, 10, 44, 10, "#6b3f1f") + stroked("M42 26Q66 28 60 48Q56 60 40 58", "#fbfaf6", 8);
  const steam = [-14, 6].map((x) => stroked(`M${x} -6Q${x - 10} -24 ${x} -40T${x} -70`, "#ffffff", 4, { opacity: 0.7 })).join("");
  return groundShadow(0, 92, 70) + ellipse(0, 88, 64, 9, "#e4ded2") + cup + steam;
};

const eggs: Thing = (d) => {
  const box = shape("M-90 40H90L80 86H-80Z", "#c9b89a") + [-60, -20, 20, 60].map((x) => ellipse(x, 40, 18, 6, "#a99674")).join("");
  const shells = [-60, -20, 20, 60].map((x, i) => ellipse(x, 14, 17, 24, d.radial(i % 2 ? "#fbf6ee" : "#f0d6b4", i % 2 ? "#d9cfc0" : "#c99b6c"))).join("");
  return groundShadow(0, 90, 94) + shells + box;
};

const charcuterie: Thing = (d, { words }) => {
  if (/\b(entrecotes?|roti|boeuf|steaks?|cotes?|colis)\b/.test(words)) {
    const meat = shape("M-70 20Q-80 -30 -20 -36Q50 -44 72 0Q84 40 30 52Q-50 64 -70 20Z", d.radial("#d8555a", "#8e1f2a")) + stroked("M-40 -6Q0 10 40 -10M-30 20Q10 30 50 14", "#f3d0c4", 5);
    return groundShadow(0, 90, 96) + rect(-96, 66, 192, 22, "#b57d44", { rx: 10 }) + place(0, 20, 1, meat) + place(70, 60, 0.8, ellipse(0, 0, 10, 22, "#5f9a4a"), 60);
  }
  if (/\b(pates?|terrines?|rillettes)\b/.test(words)) {
    const terrine = shape("M-70 0H70L60 80H-60Z", d.linear(["#f4ede0", "#cfc4ae"], 1, 0)) + rect(-66, -8, 132, 14, "#9a5a36", { rx: 5 }) + ellipse(-20, -6, 10, 3, "#6f9a4a");
    return groundShadow(0, 90, 86) + terrine + place(70, 50, 0.5, loaves(d, { accent: "", words: "" }));
  }
  const board = rect(-96, 60, 192, 24, "#b57d44", { rx: 10 }) + rect(76, 66, 30, 10, "#b57d44", { rx: 5 });
  const sausage = place(-30, 34, 1, rect(-60, -18, 120, 36, d.linear(["#9b3b2e", "#5e1e18"]), { rx: 18 }) + [-40, -10, 20, 44].map((x) => circle(x, -4, 3, "#f1dccb")).join(""), -4);
  const slices = [30, 52, 74].map((x) => circle(x, 48, 15, "#8e2e24") + circle(x - 4, 44, 2.5, "#f1dccb") + circle(x + 5, 50, 2.5, "#f1dccb")).join("");
  return groundShadow(0, 90, 98) + board + sausage + slices;
};

const cheeseWheel: Thing = (d, { words }) => {
  if (/\bbeurre\b/.test(words)) {
    const paper = shape("M-80 20L-20 0L80 20L20 44Z", "#f6f1e2") + shape("M-80 20L20 44V84L-80 60Z", "#ece4cd") + shape("M20 44L80 20V62L20 84Z", "#fbf7ea");
    const butter = shape("M-60 14L-16 -2L60 14L16 32Z", "#fbe38f") + shape("M-60 14L16 32V60L-60 42Z", "#f1cf63") + shape("M16 32L60 14V42L16 60Z", "#f8dc7a");
    return groundShadow(0, 90, 90) + paper + place(0, -4, 1, butter) + shape("M-80 60L20 84L30 90L-88 66Z", "#d9cfb4");
  }
  const rind = d.linear(["#e9b84a", "#c88b22"]);
  const wheel = ellipse(-16, 62, 74, 22, "#c88b22") + rect(-90, 20, 148, 42, rind) + ellipse(-16, 20, 74, 22, "#f8d979");
  const wedgeCut = shape("M-16 20L58 20Q56 32 44 38Z", "#f4cc5d");
  const wedge = place(58, 56, 1, shape("M-30 30L40 10L40 34L-30 54Z", "#f1c552") + shape("M-30 30L40 10L10 0Z", "#fbe39a") + circle(10, 34, 5, "#e2ad36") + circle(26, 26, 4, "#e2ad36"));
  return groundShadow(0, 90, 96) + rect(-96, 80, 192, 10, "#b57d44", { rx: 5 }) + wheel + wedgeCut + wedge;
};

const goatCheese: Thing = (d) => {
  const crottin = (x: number, y: number, ash: boolean) =>
    rect(x - 26, y - 22, 52, 30, ash ? "#5c5c5c" : "#efe9da", { rx: 8, stroke: "#cfc6b0", "stroke-width": 2 }) + ellipse(x, y - 22, 26, 8, ash ? "#7a7a78" : "#fbf8f0", { stroke: "#cfc6b0", "stroke-width": 2 });
  const board = ellipse(0, 78, 96, 16, "#b57d44");
  const log = place(20, 8, 1, rect(-50, -16, 100, 34, d.linear(["#f8f4ea", "#d9d0bc"]), { rx: 16, stroke: "#c9bfa6", "stroke-width": 2 }) + ellipse(50, 1, 10, 17, "#fbfaf3", { stroke: "#c9bfa6", "stroke-width": 2 }), -6);
  return groundShadow(0, 90, 96) + board + log + crottin(-50, 70, false) + crottin(6, 74, true) + crottin(58, 72, false) + place(-70, 40, 1, ellipse(0, 0, 10, 22, "#5f9a4a"), -50);
};

const basket: Thing = (d, { accent }) => {
  const weave = d.linear(["#d8a865", "#9c6a34"]);
  const body = shape("M-84 10H84L68 88H-68Z", weave) + [28, 46, 64].map((y) => line(-80 + (y - 10) * 0.2, y, 80 - (y - 10) * 0.2, y, "#8a5a2c", 3)).join("");
  const handle = stroked("M-70 10Q0 -110 70 10", "#9c6a34", 9);
  const contents = place(30, -6, 0.7, rect(-95, -12, 190, 34, d.linear(["#eab46c", "#b06a24"]), { rx: 17 }), -60) + apple(d, 30, -4, 0.55) + apple(d, 52, 2, 0.5, true) + place(-30, -50, 0.5, jamJar(d, { accent, words: "" }));
  return groundShadow(0, 90, 92) + handle + contents + body + rect(-90, 2, 180, 14, accent, { rx: 7 });
};

const candles: Thing = (_d, { accent }) => {
  const candle = (x: number, height: number, colour: string) =>
    rect(x - 14, 80 - height, 28, height, colour, { rx: 3 }) + line(x, 80 - height, x, 72 - height, "#3a2f2a", 2) +
    ellipse(x, 60 - height, 7, 13, "#f7b733") + ellipse(x, 63 - height, 3.5, 7, "#fff3c4");
  const holder = ellipse(0, 84, 90, 10, "#5b5f66") + rect(-80, 78, 160, 8, "#6c7178", { rx: 4 });
  return groundShadow(0, 92, 92) + holder + candle(-44, 90, "#f3ead2") + candle(0, 130, lighten(accent, 0.5)) + candle(44, 70, "#f3ead2");
};

/** A round stained-glass panel: coloured pieces held in dark lead lines. */
const stainedGlass: Thing = (_d, { accent, words }) => {
  const colours = ["#2f6fb0", "#e0a526", accent, "#3f9a6a", "#c2405e", "#7fb8e0"];
  if (/\b(suspensions?|lampes?|tiffany)\b/.test(words)) {
    const panes = [-3, -2, -1, 0, 1, 2].map((i) => shape(poly([[i * 14, -60], [(i + 1) * 14, -60], [(i + 1) * 30, 20], [i * 30, 20]]), colours[(i + 6) % colours.length] ?? accent, { stroke: "#2b2b30", "stroke-width": 4 })).join("");
    const top = /\bsuspensions?\b/.test(words) ? line(0, -100, 0, -60, "#2b2b30", 3) : rect(-6, 20, 12, 56, "#5b4a3a") + ellipse(0, 84, 40, 8, "#5b4a3a");
    return groundShadow(0, 92, 60) + top + panes + circle(0, 26, 10, "#fff3c4");
  }
  const pieces = Array.from({ length: 12 }, (_, i) => {
    const a0 = (i / 12) * Math.PI * 2;
    const a1 = ((i + 1) / 12) * Math.PI * 2;
    const ring = (r: number, a: number) => [r * Math.cos(a), -10 + r * Math.sin(a)] as const;
    return shape(poly([ring(30, a0), ring(78, a0), ring(78, a1), ring(30, a1)]), colours[i % colours.length] ?? accent, { stroke: "#2b2b30", "stroke-width": 4, "stroke-linejoin": "round" });
  }).join("");
  const chain = line(0, -88, 0, -100, "#8a8f96", 3);
  return groundShadow(0, 92, 60) + chain + pieces + circle(0, -10, 30, "#f4d35e", { stroke: "#2b2b30", "stroke-width": 4 }) + circle(0, -10, 80, "none", { stroke: "#2b2b30", "stroke-width": 6 });
};

const leatherBag: Thing = (d, { words }) => {
  const leather = d.linear(["#b8713a", "#7a4320"]);
  if (/\b(portefeuilles?|porte cartes?)\b/.test(words)) {
    const wallet = rect(-76, -10, 152, 96, leather, { rx: 10 }) + rect(-76, -10, 152, 40, "#8e4f26", { rx: 10 }) + stroked("M-66 2H66M-66 76H66", "#f3e0c4", 2, { "stroke-dasharray": "5 5" }) + rect(-60, -26, 60, 24, "#e9e3d6", { rx: 3 });
    return groundShadow(0, 90, 84) + place(0, 0, 1, wallet, -4);
  }
  if (/\bceintures?\b/.test(words)) {
    return groundShadow(0, 90, 84) + ellipse(0, 50, 78, 34, "none", { stroke: leather, "stroke-width": 18 }) + ellipse(0, 50, 56, 22, "none", { stroke: "#8e4f26", "stroke-width": 16 }) + rect(50, 28, 30, 40, "none", { stroke: "#d8b050", "stroke-width": 6, rx: 4 });
  }
  const strap = stroked("M-56 -4Q-50 -96 0 -96Q50 -96 56 -4", "#7a4320", 10);
  const bag = rect(-80, -10, 160, 100, leather, { rx: 18 }) + shape("M-80 8Q-80 -10 -62 -10H62Q80 -10 80 8V40Q0 60 -80 40Z", "#8e4f26");
  const stitches = stroked("M-70 34Q0 52 70 34", "#f3e0c4", 2, { "stroke-dasharray": "6 6" });
  const buckle = rect(-12, 36, 24, 22, "none", { stroke: "#d8b050", "stroke-width": 4, rx: 3 });
  return groundShadow(0, 92, 90) + strap + bag + stitches + buckle;
};

const armchair: Thing = (d, { accent }) => {
  const fabric = d.linear([lighten(accent, 0.15), darken(accent, 0.15)]);
  const motif = [[-30, -50], [0, -64], [30, -50], [-16, -24], [16, -24]].map(([x, y]) => circle(x ?? 0, y ?? 0, 5, lighten(accent, 0.6))).join("");
  const back = rect(-52, -90, 104, 100, fabric, { rx: 30 }) + motif;
  const seat = rect(-60, 10, 120, 34, fabric, { rx: 12 }) + rect(-86, -20, 30, 74, fabric, { rx: 14 }) + rect(56, -20, 30, 74, fabric, { rx: 14 });
  const legs = [-74, 74].map((x) => line(x, 54, x * 1.05, 88, "#7a4f2a", 8)).join("");
  return groundShadow(0, 90, 92) + legs + back + seat;
};

const appleCrate: Thing = (d) => {
  const crate = [0, 1, 2].map((i) => rect(-86, 30 + i * 20, 172, 16, d.linear([WOOD, "#a06a36"]), { rx: 2 })).join("");
  const fruit = [-62, -30, 2, 34, 64, -46, -14, 18, 50].map((x, i) => apple(d, x, i < 5 ? 24 : 6, 0.5, i % 4 === 3)).join("");
  return groundShadow(0, 90, 92) + rect(-82, 18, 164, 20, "#7b4e26") + fruit + crate;
};

// ---------------------------------------------------------------------------------------------
// Scenery shared by the 800×600 scenes

const W = 800;
const H = 600;

function sky(d: Drawing, horizon: number, tint = SKY): string {
  return rect(0, 0, W, horizon + 4, d.linear([tint, lighten(tint, 0.65)]));
}

function cloud(x: number, y: number, scale: number): string {
  return place(x, y, scale, ellipse(0, 0, 60, 20, "#ffffff", { opacity: 0.9 }) + circle(-18, -12, 22, "#ffffff", { opacity: 0.9 }) + circle(16, -16, 28, "#ffffff", { opacity: 0.9 }));
}

function clouds(d: Drawing, maxY: number): string {
  return Array.from({ length: d.rng.int(1, 3) }, () => cloud(d.rng.range(60, 740), d.rng.range(40, maxY), d.rng.range(0.6, 1.1))).join("");
}

/** A wavy band of land across the whole width, from `y` down to the bottom of the picture. */
function hill(d: Drawing, y: number, height: number, colour: string): string {
  const bumps = d.rng.int(2, 4);
  let path = `M0 ${num(y)}`;
  for (let i = 0; i < bumps; i += 1) {
    const x0 = (W / bumps) * i;
    const x1 = x0 + W / bumps;
    path += `Q${num((x0 + x1) / 2)} ${num(y - height * d.rng.range(0.4, 1.2))} ${num(x1)} ${num(y + height * d.rng.range(-0.3, 0.3))}`;
  }
  return shape(`${path}V${H}H0Z`, colour);
}

/** Rows of a field meeting at a vanishing point on the horizon; `plant` draws one plant at x,y,size. */
function fieldRows(horizon: number, rows: number, rowColour: string, plant: (x: number, y: number, size: number, row: number) => string): string {
  const out: string[] = [];
  for (let i = -rows; i <= rows; i += 1) {
    const bottomX = W / 2 + i * 150;
    const topX = W / 2 + i * 14;
    out.push(shape(poly([[topX - 4, horizon], [topX + 4, horizon], [bottomX + 46, H], [bottomX - 46, H]]), rowColour));
    for (let step = 1; step <= 9; step += 1) {
      const t = (step / 9) ** 1.6;
      out.push(plant(topX + (bottomX - topX) * t, horizon + (H - horizon) * t, 4 + 40 * t, i));
    }
  }
  return out.join("");
}

function tree(x: number, y: number, scale: number, crown: string, fruit?: string): string {
  const dots = fruit ? [[-22, -70], [14, -86], [26, -58], [-6, -50], [-30, -94]].map(([fx, fy]) => circle(fx ?? 0, fy ?? 0, 6, fruit)).join("") : "";
  return place(x, y, scale, rect(-7, -40, 14, 40, "#7b5230") + circle(0, -76, 46, crown) + circle(-26, -60, 28, crown) + circle(26, -62, 30, crown) + dots);
}

function polytunnel(d: Drawing, x: number, y: number, scale: number): string {
  const hoops = [-60, -20, 20, 60].map((hx) => stroked(`M${hx} 0V-40`, "#c9d3d6", 3)).join("");
  return place(x, y, scale, shape("M-90 0V-40Q-90 -100 0 -100Q90 -100 90 -40V0Z", d.linear(["#f4f8f8", "#c9d8d9"]), { opacity: 0.95 }) + hoops + shape("M-90 -40Q-90 -100 0 -100Q90 -100 90 -40", "none", { stroke: "#b4c2c4", "stroke-width": 3 }) + rect(-18, -44, 36, 44, "#7f9a84", { opacity: 0.6 }));
}

function boat(x: number, y: number, scale: number, hull: string): string {
  const body = shape("M-90 0H90L70 34H-76Z", hull) + rect(-90, -6, 180, 8, lighten(hull, 0.5));
  const cabin = rect(-20, -46, 56, 40, "#f6f3ea", { rx: 4 }) + rect(-12, -38, 16, 14, "#7fb2d2") + rect(10, -38, 16, 14, "#7fb2d2");
  const mast = line(-44, -6, -44, -110, "#5b4632", 4) + line(-44, -100, 6, -46, "#5b4632", 2);
  return place(x, y, scale, mast + cabin + body + ellipse(0, 38, 80, 6, "#1d4a6b", { opacity: 0.3 }));
}

/** The Albert-Louppe bridge, three concrete arches, far away across the water. */
function bridge(x: number, y: number, scale: number): string {
  const arches = [0, 1, 2].map((i) => stroked(`M${i * 120} 60Q${i * 120 + 60} -30 ${i * 120 + 120} 60`, "#d9dee2", 7)).join("");
  return place(x, y, scale, rect(-10, -6, 380, 8, "#e5e9ec") + arches, 0);
}

function goat(x: number, y: number, scale: number, flip: boolean): string {
  const legs = [-22, -10, 14, 24].map((lx) => line(lx, 10, lx, 40, "#6d6458", 5)).join("");
  const body = ellipse(0, 0, 36, 20, "#f4f0e6") + place(32, -22, 1, ellipse(0, 0, 10, 16, "#f4f0e6"), 30) + ellipse(40, -30, 9, 14, "#f4f0e6") + stroked("M36 -42Q30 -56 22 -54", "#8a7a62", 3) + circle(43, -32, 2, "#333333");
  return place(x, y, scale, legs + body, 0, flip);
}

function beehive(x: number, y: number, scale: number, colour: string): string {
  const boxes = [0, 1, 2].map((i) => rect(-40, -30 - i * 30, 80, 28, i % 2 ? lighten(colour, 0.3) : colour, { rx: 2 })).join("");
  return place(x, y, scale, rect(-34, -2, 6, 12, "#6b4a2c") + rect(28, -2, 6, 12, "#6b4a2c") + boxes + shape("M-50 -92H50L40 -106H-40Z", "#7c8790") + rect(-16, -12, 32, 5, "#2d2a26"));
}

function bee(x: number, y: number): string {
  return ellipse(x, y, 6, 4, "#f2b705") + line(x, y - 4, x, y + 4, "#2d2a26", 2) + ellipse(x - 2, y - 6, 4, 3, "#ffffff", { opacity: 0.8 });
}

// ---------------------------------------------------------------------------------------------
// Landscapes: where a producer works, with its produce in the foreground

type Landscape = (d: Drawing, look: Look, thing: Thing) => string;

const strawberryField: Landscape = (d, look, thing) => {
  const horizon = d.rng.int(230, 290);
  const tunnels = d.rng.chance(0.6) ? [100, 270].map((x) => polytunnel(d, d.rng.chance(0.5) ? x : W - x, horizon + 8, 0.5)).join("") : "";
  const rows = fieldRows(horizon, d.rng.int(4, 7), "#4f8f3c", (x, y, size) => (d.rng.chance(0.6) ? circle(x + d.rng.range(-size, size) * 0.5, y - size * 0.2, Math.max(1.5, size * 0.14), "#d8223a") : ""));
  return sky(d, horizon) + clouds(d, 120) + hill(d, horizon - 30, 30, "#7aa5b8") + rect(0, horizon - 14, W, 16, "#5d9cc4") + rect(0, horizon, W, H - horizon, "#d9c08a") + tunnels + rows + stand(d.rng.pick([170, 630]), 560, 1.3, thing(d, look));
};

const seaView: Landscape = (d, look, thing) => {
  const horizon = 300;
  const waves = Array.from({ length: 12 }, () => {
    const x = d.rng.range(0, 760);
    const y = d.rng.range(horizon + 20, 520);
    return line(x, y, x + d.rng.range(20, 60), y, "#ffffff", 3, { opacity: 0.35 });
  }).join("");
  const shore = shape(`M0 520Q200 490 420 530T${W} 520V${H}H0Z`, "#d8c9a3") + [90, 160, 620, 700].map((x) => ellipse(x, 548, 40, 20, "#8f8a82")).join("");
  return (
    sky(d, horizon) + clouds(d, 160) + circle(d.rng.range(120, 680), 90, 36, "#fff1b8") +
    hill(d, horizon - 20, 40, "#5f8f7a") + (/\b(pont|louppe|iroise)\b/.test(look.words) || d.rng.chance(0.4) ? bridge(40, horizon - 80, 0.9) : "") +
    rect(0, horizon, W, H - horizon, d.linear(["#4e9cc9", "#2a6f9e"])) + waves +
    boat(d.rng.range(260, 540), 420, 1.1, look.accent) + boat(d.rng.range(100, 700), 340, 0.35, "#d9483b") +
    shore + stand(d.rng.pick([200, 600]), 575, 0.9, thing(d, look))
  );
};

const oysterPark: Landscape = (d, look, thing) => {
  const horizon = 260;
  const tables: string[] = [];
  for (let row = 0; row < 5; row += 1) {
    const t = (row + 1) / 5;
    const y = 300 + t * t * 200;
    const h = 6 + 18 * t;
    for (let x = -40 + row * 30; x < W; x += 60 + 180 * t) {
      tables.push(line(x + 4, y, x + 4, y + h * 1.2, "#4a3f36", 2) + rect(x, y - h, 40 + 140 * t, h, "#3f4a3f", { rx: 2 }) + rect(x, y - h, 40 + 140 * t, h * 0.3, "#6a7a5a"));
    }
  }
  const puddles = Array.from({ length: 6 }, () => ellipse(d.rng.range(40, 760), d.rng.range(330, 560), d.rng.range(40, 90), 6, "#bfe0ee", { opacity: 0.7 })).join("");
  return (
    sky(d, horizon, "#a8d4ea") + clouds(d, 140) + hill(d, horizon - 10, 24, "#6e9582") +
    rect(0, horizon, W, 40, "#5ea0c6") + rect(0, horizon + 40, W, H - horizon - 40, d.linear(["#b9ab8c", "#8d7f63"])) +
    puddles + tables.join("") + stand(d.rng.pick([180, 620]), 575, 0.9, thing(d, look))
  );
};

const orchard: Landscape = (d, look, thing) => {
  const horizon = 330;
  const trees: string[] = [];
  for (let row = 0; row < 3; row += 1) {
    const scale = 0.5 + row * 0.35;
    const y = horizon + 10 + row * 70;
    for (let x = d.rng.range(-20, 60); x < W + 60; x += 170 * scale + 60) trees.push(tree(x, y, scale, row === 2 ? "#4f8f3c" : "#5e9c47", "#d8322f"));
  }
  return sky(d, horizon) + clouds(d, 150) + hill(d, horizon, 40, "#86b86a") + rect(0, horizon + 20, W, H, "#79ad5b") + trees.join("") + stand(d.rng.pick([200, 600]), 580, 1.1, thing(d, look));
};

const vegetableField: Landscape = (d, look, thing) => {
  const horizon = 270;
  const rows = fieldRows(horizon, 5, "#7a5a3a", (x, y, size, row) => (row % 2 ? circle(x, y - size * 0.3, size * 0.32, "#5aa046") : ellipse(x, y - size * 0.4, size * 0.12, size * 0.45, "#3f8a3a")));
  return sky(d, horizon) + clouds(d, 140) + hill(d, horizon - 10, 30, "#7fa86a") + rect(0, horizon, W, H, "#9c7650") + polytunnel(d, d.rng.pick([150, 650]), horizon + 30, 1.2) + rows + stand(d.rng.pick([190, 610]), 580, 1.1, thing(d, look));
};

const apiary: Landscape = (d, look, thing) => {
  const horizon = 300;
  const flowers = Array.from({ length: 60 }, () => circle(d.rng.range(0, W), d.rng.range(horizon + 20, H), d.rng.range(2, 5), d.rng.pick(["#ffffff", "#f5d33a", "#d57bd0", "#f08a6b"]))).join("");
  const hives = [[200, 440, 1], [400, 410, 0.8], [580, 440, 1]].map(([x, y, s], i) => beehive(x ?? 0, y ?? 0, s ?? 1, i === 1 ? look.accent : d.rng.pick(["#f4efe2", "#7fb0d0", "#f3c64a"]))).join("");
  const bees = Array.from({ length: 8 }, () => bee(d.rng.range(150, 650), d.rng.range(250, 380))).join("");
  return sky(d, horizon) + clouds(d, 140) + tree(90, horizon + 10, 1, "#4f8f3c") + tree(720, horizon + 20, 0.8, "#5e9c47") + hill(d, horizon, 30, "#8cc06e") + rect(0, horizon + 20, W, H, "#86b866") + flowers + hives + bees + stand(680, 580, 0.8, thing(d, look));
};

const farmyard: Landscape = (d, look, thing) => {
  const horizon = 320;
  const barn = place(d.rng.pick([200, 580]), horizon + 20, 1, rect(-130, -120, 260, 120, "#b9b2a6") + shape("M-150 -120L0 -200L150 -120Z", "#4a5563") + rect(-40, -80, 80, 80, "#8a3b2e") + rect(-100, -90, 36, 30, "#7fa6c4") + rect(64, -90, 36, 30, "#7fa6c4"));
  const fence = Array.from({ length: 14 }, (_, i) => rect(i * 60, 440, 10, 60, "#a57a4a")).join("") + rect(0, 452, W, 8, "#a57a4a") + rect(0, 476, W, 8, "#a57a4a");
  const herd = [[120, 400, 0.9], [330, 410, 1], [520, 390, 0.7]].map(([x, y, s]) => goat(x ?? 0, y ?? 0, s ?? 1, d.rng.chance(0.5))).join("");
  return sky(d, horizon) + clouds(d, 140) + hill(d, horizon, 30, "#8cbf6c") + rect(0, horizon + 20, W, H, "#7fb462") + barn + herd + fence + stand(d.rng.pick([180, 620]), 580, 1.1, thing(d, look));
};

const garden: Landscape = (d, look, thing) => {
  const horizon = 300;
  const frame = [-100, -50, 0, 50, 100].map((x) => line(x, 0, x, x === 0 ? -170 : -130 + Math.abs(x) * 0.2, "#9fb3b6", 3)).join("");
  const glasshouse = place(d.rng.pick([190, 610]), horizon + 30, 1, shape("M-140 0V-110L0 -170L140 -110V0Z", "#e6f2f3", { opacity: 0.9 }) + frame + line(-140, -110, 140, -110, "#9fb3b6", 3));
  const rows = fieldRows(horizon + 30, 4, "#6b8f3a", (x, y, size, row) => circle(x, y - size * 0.3, size * 0.3, ["#f28cb1", "#fbd14b", "#ffffff", "#e8573f", look.accent][(row + 10) % 5] ?? "#ffffff"));
  return sky(d, horizon) + clouds(d, 140) + hill(d, horizon, 30, "#8cbf6c") + rect(0, horizon + 20, W, H, "#8a6a48") + glasshouse + rows + stand(d.rng.pick([180, 620]), 580, 1.1, thing(d, look));
};

// ---------------------------------------------------------------------------------------------
// Shop fronts

const GRANITE = "#a9a397";
const WALLS = ["#efe3c8", "#f4f1ea", "#cfe0e6", "#f1d9a0", "#efcfc4", GRANITE];
const TRIMS = ["#2f6f9f", "#3f7f5f", "#b8452e", "#5b6770", "#7a4f8a"];

/** Shutter and door colour: the one the alt text names, if it names one. */
function trimColour(d: Drawing, words: string): string {
  if (/\brouges?\b/.test(words)) return "#b8452e";
  if (/\bbleu/.test(words)) return "#2f6f9f";
  if (/\bverte?s?\b/.test(words)) return "#3f7f5f";
  if (/\bjaunes?\b/.test(words)) return "#e0a526";
  if (/\bgris/.test(words)) return "#5b6770";
  return d.rng.pick(TRIMS);
}

function upperWindow(x: number, y: number, trim: string): string {
  const shutter = (sx: number) => rect(sx, y, 30, 90, trim) + [20, 45, 70].map((sy) => line(sx + 4, y + sy, sx + 26, y + sy, darken(trim, 0.2), 2)).join("");
  return shutter(x - 34) + shutter(x + 64) + rect(x - 4, y - 4, 68, 98, "#f4f1ea") + rect(x, y, 60, 90, "#5d86a3") + line(x + 30, y, x + 30, y + 90, "#f4f1ea", 4) + line(x, y + 40, x + 60, y + 40, "#f4f1ea", 4) + rect(x - 8, y + 92, 76, 8, "#d6d0c4");
}

function awning(x: number, width: number, top: number, colour: string): string {
  const stripes = 8;
  const drop = 64;
  const spread = width * 0.05;
  const step = width / stripes;
  const lowStep = (width + 2 * spread) / stripes;
  const scallops: string[] = [];
  const cloth: string[] = [];
  for (let i = 0; i < stripes; i += 1) {
    const fill = i % 2 ? "#fbf7ee" : colour;
    const low = x - spread + i * lowStep;
    // The scallops go under the stripes, so only their lower halves show.
    scallops.push(circle(low + lowStep / 2, top + drop, lowStep / 2, fill));
    cloth.push(shape(poly([[x + i * step, top], [x + (i + 1) * step, top], [low + lowStep, top + drop], [low, top + drop]]), fill));
  }
  return scallops.join("") + cloth.join("") + rect(x - 6, top - 8, width + 12, 10, darken(colour, 0.3), { rx: 4 });
}

function displayWindow(d: Drawing, look: Look, thing: Thing, x: number, y: number, width: number, height: number): string {
  const inside = rect(x, y, width, height, d.linear([lighten(look.accent, 0.8), "#f6e7c8"]));
  const shelf = rect(x, y + height * 0.45, width, 8, "#b9895a");
  const small = [0.25, 0.75].map((t) => place(x + width * t, y + height * 0.45 - 90 * 0.28, 0.28, thing(d, look))).join("");
  const big = [0.2, 0.5, 0.8].map((t) => place(x + width * t, y + height - 8 - 90 * 0.38, 0.38, thing(d, look))).join("");
  const glare = shape(poly([[x + width * 0.55, y], [x + width * 0.7, y], [x + width * 0.4, y + height], [x + width * 0.25, y + height]]), "#ffffff", { opacity: 0.18 });
  return inside + shelf + small + rect(x, y + height - 10, width, 10, "#b9895a") + big + glare + rect(x, y, width, height, "none", { stroke: darken(look.accent, 0.35), "stroke-width": 10 });
}

function door(x: number, y: number, colour: string): string {
  return rect(x, y, 110, 200, colour) + rect(x + 14, y + 14, 82, 100, "#86a9c0") + rect(x + 14, y + 126, 82, 60, darken(colour, 0.15)) + circle(x + 94, y + 120, 5, "#e0c27a") + rect(x - 6, y + 200, 122, 10, "#b3aca0");
}

function pavement(): string {
  return rect(0, 530, W, 70, "#b8b3ab") + rect(0, 530, W, 6, "#9c968c") + [0, 1, 2, 3, 4, 5, 6, 7].map((i) => line(i * 110 + 40, 540, i * 110 + 20, 600, "#a29c93", 2)).join("");
}

function aBoard(x: number, thing: string): string {
  return shape(poly([[x - 40, 560], [x - 26, 420], [x + 26, 420], [x + 40, 560]]), "#8a5a2c") + rect(x - 26, 432, 52, 92, "#2e3a36") + place(x, 470, 0.18, thing);
}

/** The ground floor of a shop: display windows under awnings, a door, a plant, maybe a board. */
function shopGround(d: Drawing, look: Look, thing: Thing, trim: string): string {
  const layout = d.rng.pick(["window-door", "door-centre", "wide-window"] as const);
  const shopWindow = (x: number, width: number) => displayWindow(d, look, thing, x, 360, width, 160) + awning(x, width, 306, look.accent);
  switch (layout) {
    case "door-centre":
      return shopWindow(70, 250) + shopWindow(480, 250) + door(345, 320, trim) + stand(330, 530, 0.4, pottedPlant(d, look)) + stand(470, 530, 0.4, pottedPlant(d, look));
    case "wide-window":
      return shopWindow(70, 500) + door(620, 320, trim) + stand(745, 530, 0.4, flowerPots(d, look));
    default:
      return shopWindow(70, 380) + door(500, 320, trim) + aBoard(680, thing(d, look)) + stand(640, 530, 0.5, pottedPlant(d, look));
  }
}

/** Granite blocks here and there on a stone wall. */
function stones(d: Drawing, wall: string): string {
  return Array.from({ length: 26 }, () => {
    const x = d.rng.range(0, W - 60);
    const y = d.rng.range(96, 240);
    return rect(x, y, d.rng.range(40, 80), d.rng.range(22, 34), d.rng.chance(0.5) ? lighten(wall, 0.12) : darken(wall, 0.08), { rx: 4 });
  }).join("");
}

const shopFront: Landscape = (d, look, thing) => {
  const wall = d.rng.pick(WALLS);
  const trim = trimColour(d, look.words);
  const granite = wall === GRANITE;
  const roof = shape(poly([[-20, 92], [820, 92], [770, 24], [30, 24]]), "#4a5563") + [44, 64].map((y) => line(20, y, 780, y, "#5c6776", 2)).join("") + rect(d.rng.pick([120, 620]), 0, 44, 40, "#8f8a82");
  const quoins = granite ? "" : [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => rect(i % 2 ? 0 : -12, 92 + i * 48, 40, 44, "#b9b2a6") + rect(i % 2 ? 760 : 772, 92 + i * 48, 40, 44, "#b9b2a6")).join("");
  const windows = (d.rng.chance(0.5) ? [150, 370, 590] : [230, 510]).map((x) => upperWindow(x, 116, trim)).join("");
  const signWidth = d.rng.range(200, 320);
  const fascia = rect(40, 246, 720, 58, darken(look.accent, 0.2)) + rect(400 - signWidth / 2, 254, signWidth, 42, CREAM, { rx: 6 }) + place(400, 275, 0.17, thing(d, look));
  const facade = rect(0, 92, W, 440, wall) + (granite ? stones(d, wall) : "") + quoins + windows + fascia + rect(40, 304, 720, 226, look.accent) + shopGround(d, look, thing, trim);
  const scene = rect(0, 0, W, 100, d.linear([SKY, lighten(SKY, 0.5)])) + roof + facade + pavement();
  // Half the shops are drawn mirrored, so that the doors are not all on the same side.
  return d.rng.chance(0.5) ? el("g", { transform: `translate(${W} 0) scale(-1 1)` }, scene) : scene;
};

/** The farm shop: a wooden shed with its sliding door open and crates on a trestle table. */
const farmShed: Landscape = (d, look, thing) => {
  const horizon = 330;
  const trim = trimColour(d, look.words);
  const planks = Array.from({ length: 22 }, (_, i) => line(110 + i * 26, 160, 110 + i * 26, 460, "#6d4a2c", 2)).join("");
  const shed = rect(100, 150, 600, 310, "#9c6a3e") + planks + shape(poly([[70, 160], [730, 160], [640, 80], [160, 80]]), "#5b6770");
  const opening = rect(300, 250, 220, 210, "#3a2a20") + rect(310, 260, 200, 200, d.linear(["#5a4030", "#2e2018"])) + rect(520, 250, 110, 210, trim) + line(520, 250, 630, 460, darken(trim, 0.25), 4) + line(630, 250, 520, 460, darken(trim, 0.25), 4);
  const shutters = rect(150, 230, 40, 80, trim) + rect(190, 230, 60, 80, "#6f9fc0") + rect(250, 230, 40, 80, trim);
  const table = rect(120, 470, 560, 16, "#c49a6c") + line(150, 486, 140, 570, "#8a6a44", 8) + line(650, 486, 660, 570, "#8a6a44", 8);
  const crates = [230, 400, 570].map((x) => place(x, 470 - 90 * 0.75, 0.75, thing(d, look))).join("");
  return sky(d, horizon) + clouds(d, 80) + hill(d, horizon - 40, 30, "#86b86a") + rect(0, horizon, W, H, "#c9b48a") + shed + shutters + opening + groundShadow(400, 575, 300, 14) + table + crates;
};

// ---------------------------------------------------------------------------------------------
// Still lifes, product close-ups and logos

function stillLife(companion: Thing): Landscape {
  const still: Landscape = (d, look, thing) => {
  const wall = lighten(d.rng.pick([look.accent, "#9fc2cf", "#e6c88f", "#c9d8b6"]), 0.55);
  const pattern = d.rng.pick(["tiles", "planks", "shelf"] as const);
  const back: string[] = [rect(0, 0, W, 400, d.linear([wall, darken(wall, 0.08)]))];
  if (pattern === "tiles") {
    for (let x = 0; x < W; x += 50) back.push(line(x, 0, x, 400, darken(wall, 0.08), 2));
    for (let y = 0; y < 400; y += 50) back.push(line(0, y, W, y, darken(wall, 0.08), 2));
  } else if (pattern === "planks") {
    for (let x = 0; x < W; x += 64) back.push(line(x, 0, x, 400, darken(wall, 0.12), 3));
  } else {
    back.push(rect(60, 150, 680, 12, "#a8784a") + [150, 300, 500, 650].map((x) => place(x, 150 - 90 * 0.4, 0.4, (x === 300 ? companion : thing)(d, look))).join(""));
  }
  const linen = d.rng.chance(0.5);
  const table = linen
    ? rect(0, 400, W, 200, lighten(look.accent, 0.7)) + [0, 1, 2, 3, 4, 5, 6, 7].map((i) => rect(i * 100 + 20, 400, 40, 200, lighten(look.accent, 0.55))).join("")
    : rect(0, 400, W, 200, d.linear([WOOD, "#9a6434"])) + [460, 520, 580].map((y) => line(0, y, W, y, "#8a5a2c", 3)).join("");
  const main = place(d.rng.range(380, 460), 540 - 90 * 1.9, 1.9, thing(d, look));
  const side = place(d.rng.range(120, 170), 500 - 90 * 0.9, 0.9, companion(d, look), 0, d.rng.chance(0.5));
  return back.join("") + rect(0, 396, W, 8, darken(wall, 0.3), { opacity: 0.3 }) + table + side + main;
  };
  return still;
}

function productCloseUp(d: Drawing, look: Look, thing: Thing, backdrop: string): string {
  const wall = rect(0, 0, W, H, d.linear([lighten(backdrop, 0.55), lighten(backdrop, 0.25)]));
  const surface = rect(0, 470, W, 130, lighten(backdrop, 0.15));
  return wall + surface + circle(400, 300, 230, "#ffffff", { opacity: 0.25 }) + place(400, 520 - 90 * 2.25, 2.25, thing(d, look));
}

function logoBadge(d: Drawing, look: Look, thing: Thing): string {
  const dots = Array.from({ length: 24 }, (_, i) => {
    const a = (i / 24) * Math.PI * 2;
    return circle(100 + 89 * Math.cos(a), 100 + 89 * Math.sin(a), 2.2, CREAM);
  }).join("");
  const clip = d.clipCircle(100, 100, 78);
  return circle(100, 100, 98, look.accent) + dots + circle(100, 100, 80, darken(look.accent, 0.25)) + circle(100, 100, 78, CREAM) + el("g", { "clip-path": clip }, place(100, 96, 0.62, thing(d, look)));
}

// ---------------------------------------------------------------------------------------------
// What to draw: subjects found in the words of a listing

interface Subject {
  name: string;
  /** Matched against normalised text: lower case, no accents, punctuation turned into spaces. */
  words: RegExp;
  thing: Thing;
  /** Colour behind the close-up of a product. */
  backdrop: string;
  /** Where such a thing is made or grown, for producers' photos. */
  landscape?: Landscape;
  /** What stands beside it on a table. */
  companion?: Thing;
}

function either(a: Landscape, b: Landscape): Landscape {
  const oneOrOther: Landscape = (d, look, thing) => (d.rng.chance(0.5) ? a : b)(d, look, thing);
  return oneOrOther;
}

const SUBJECTS: readonly Subject[] = [
  {
    name: "confiture",
    words: /\b(confitures?|gelees?|compotes?|marmelades?|caramels?|pate a tartiner|coulis|sirops?)\b/,
    thing: jamJar, backdrop: "#f2b8a6", companion: punnet,
  },
  {
    name: "miel",
    words: /\b(miels?|apicult\w*|ruchers?|ruches?|abeilles?|hydromel|pollen)\b/,
    thing: honeyJar, backdrop: "#f5d27a", landscape: apiary,
  },
  {
    name: "fraise",
    words: /\b(plants? de fraisiers?|fraises?|fraisiers?|fraiseraie|gariguettes?|ciflorettes?|mara des bois|framboises?|fruits rouges)\b/,
    thing: punnet, backdrop: "#f7c6cc", landscape: strawberryField, companion: jamJar,
  },
  {
    name: "huitre",
    words: /\b(huitres?|ostreicult\w*)\b/,
    thing: oysterTray, backdrop: "#a9cfe0", landscape: either(oysterPark, seaView), companion: musselPot,
  },
  {
    name: "moule",
    words: /\b(moules?|mytilicult\w*|coquillages?|palourdes?|coques|praires?|crustaces?|crabes?|homards?|langoustines?|fruits de mer|ormeaux?)\b/,
    thing: musselPot, backdrop: "#b7d6e6", landscape: seaView, companion: oysterTray,
  },
  {
    name: "poisson",
    words: /\b(poissons?|poissonner\w*|maquereaux?|sardines?|lieus?|daurades?|pecheurs?|filets?)\b/,
    thing: fishOnIce, backdrop: "#b9dbe8", landscape: seaView, companion: musselPot,
  },
  {
    name: "chevre",
    words: /\b(fromages? (frais )?de chevre|chevres?|chevrier\w*|faisselles?|crottins?)\b/,
    thing: goatCheese, backdrop: "#b9cf9a", landscape: farmyard, companion: jamJar,
  },
  {
    name: "fromage",
    words: /\b(fromages?|fromager\w*|tommes?|cremerie|affineurs?|affinage|beurre|laits?|laitier\w*|yaourts?)\b/,
    thing: cheeseWheel, backdrop: "#f3dfa2", landscape: farmyard, companion: wine,
  },
  {
    name: "charcuterie",
    words: /\b(boucher\w*|charcut\w*|viandes?|entrecotes?|rotis?|boeuf|porc|agneau|veau|steaks?|pates? de campagne|pates? en croute|chipolatas?|saucisses?|saucissons?|jambons?|terrines?|rillettes|volailler\w*|andouilles?)\b/,
    thing: charcuterie, backdrop: "#ecc3b2", landscape: farmyard, companion: loaves,
  },
  {
    name: "oeuf",
    words: /\b(oeufs?|poules?|poulaillers?)\b/,
    thing: eggs, backdrop: "#f1e2bf", landscape: farmyard,
  },
  {
    name: "biere",
    words: /\b(bieres?|brasser\w*|brasseurs?|houblons?|ipa|malt|stout|blondes?|ambrees?|tireuses?)\b/,
    thing: beer, backdrop: "#f0cf8e", companion: loaves,
  },
  {
    name: "cidre",
    words: /\b(cidres?|cidrer\w*|chouchen|pommeau|jus de pommes?|jus|lambig|poires?)\b/,
    thing: ciderBottles, backdrop: "#e9d59a", landscape: orchard, companion: appleCrate,
  },
  {
    name: "vin",
    words: /\b(vins?|caves? a vins?|cavistes?|champagnes?|whiskys?|rhums?|spiritueux|aperitifs?|muscadet)\b/,
    thing: wine, backdrop: "#e4c3c9", companion: cheeseWheel,
  },
  {
    name: "legumes",
    words: /\b(legumes?|maraich\w*|pommes? de terre|carottes?|poireaux?|tomates?|choux?|salades?|artichauts?|courges?|potirons?|oignons?|echalotes?|navets?|radis|haricots?|courgettes?|primeurs?|potager|paniers? de (legumes|saison))\b/,
    thing: vegetableCrate, backdrop: "#d6e7b8", landscape: vegetableField, companion: pottedPlant,
  },
  {
    name: "pomme",
    words: /\b(pommes?(?! de terre)|vergers?|pommiers?|fruits?)\b/,
    thing: appleCrate, backdrop: "#f2d3a3", landscape: orchard, companion: ciderBottles,
  },
  {
    name: "pain",
    words: /\b(pains?|baguettes?|boulang\w*|levain|fournils?|miches?|farines?|meunier\w*)\b/,
    thing: loaves, backdrop: "#f0d9b0", companion: breton,
  },
  {
    name: "gateau",
    words: /\b(croissants?|viennoiseries?|kouign\w*|gateaux?|patisser\w*|far|tartes?|palets?|sables?|biscuits?|brioches?|chocolat\w*)\b/,
    thing: breton, backdrop: "#f3dcc0", companion: coffee,
  },
  {
    name: "crepe",
    words: /\b(crepe\w*|galettes?(?! de chaise)|bilig|ble noir|sarrasin|restaurants?|plats?|cuisine|bistrot|snack|traiteur|repas)\b/,
    thing: crepes, backdrop: "#f2d9a8", companion: ciderBottles,
  },
  {
    name: "cafe",
    words: /\b(cafes?|torrefact\w*|thes?|infusions?)\b/,
    thing: coffee, backdrop: "#e4cdb5", companion: breton,
  },
  {
    name: "sante",
    words: /\b(pharmac\w*|herboris\w*|tisanes?|parapharm\w*|huiles? essentielles?|medicaments?|sante|naturopath\w*|medicinales?)\b/,
    thing: pharmacy, backdrop: "#cfe6d6", companion: pottedPlant,
  },
  {
    name: "fleur",
    words: /\b((?<!choux )fleurs?|fleurist\w*|bouquets?|couronnes?|roses?|tulipes?|horticult\w*|hortensias?)\b/,
    thing: flowerPots, backdrop: "#f5d0de", landscape: garden, companion: pottedPlant,
  },
  {
    name: "plante",
    words: /\b(plants?|plantes?|jardineries?|pepinier\w*|semis|aromatiques)\b/,
    thing: pottedPlant, backdrop: "#d3e8c6", landscape: garden, companion: flowerPots,
  },
  {
    name: "velo",
    words: /\b(velos?|cycles?|bicyclettes?|vtt|cyclis\w*)\b/,
    thing: bicycle, backdrop: "#cfe0ea", companion: tools,
  },
  {
    name: "livre",
    words: /\b(albums?|livres?|librair\w*|bd|bandes? dessinees?|romans?|bouquin\w*|papeter\w*|carnets?|cartes postales)\b/,
    thing: books, backdrop: "#e6dcc8", companion: coffee,
  },
  {
    name: "illustration",
    words: /\b(illustrat\w*|affiches?|tableaux?|peintures?|peintres?|gravures?|dessins?|posters?|aquarelles?|cadres?|galeries?|estampes?|photograph\w*)\b/,
    thing: artwork, backdrop: "#e3dcef", companion: books,
  },
  {
    name: "jeu",
    words: /\b(jeux|jeu|jouets?|puzzles?|ludique)\b/,
    thing: toys, backdrop: "#d9e6f2", companion: books,
  },
  {
    name: "bijou",
    words: /\b(bijou\w*|colliers?|bagues?|boucles? d oreilles?|bracelets?|pendentifs?|joaill\w*|orfevr\w*)\b/,
    thing: jewellery, backdrop: "#eed9e0", companion: ceramics,
  },
  {
    name: "ceramique",
    words: /\b(ceramiqu\w*|poter\w*|potiers?|potieres?|bols?|vases?|tasses?|mugs?|faiences?|gres|assiettes?|emaux|tournage)\b/,
    thing: ceramics, backdrop: "#dce6e3", companion: flowerPots,
  },
  {
    name: "bougie",
    words: /\b(bougies?|bougeoirs?|chandeliers?)\b/,
    thing: candles, backdrop: "#efe1c6", companion: soaps,
  },
  {
    name: "savon",
    words: /\b(savon\w*|cosmeti\w*|soins?|baumes?|shampo\w*|parfums?)\b/,
    thing: soaps, backdrop: "#e7dcf0", companion: pottedPlant,
  },
  {
    name: "vitrail",
    words: /\b(vitra(il|ux)|verrier\w*|attrape soleil|tiffany)\b/,
    thing: stainedGlass, backdrop: "#d7e4f0", companion: artwork,
  },
  {
    name: "maroquinerie",
    words: /\b(maroquin\w*|cuirs?|portefeuilles?|besaces?|sacs?|ceintures?|porte cartes?)\b/,
    thing: leatherBag, backdrop: "#ecd9c6", companion: shoe,
  },
  {
    name: "chaussure",
    words: /\b(chaussures?|cordonn\w*|bottes?|semelles?|talons?|ressemelage)\b/,
    thing: shoe, backdrop: "#e8d6c4", companion: tools,
  },
  {
    name: "vetement",
    words: /\b(vetements?|couture\w*|couturier\w*|retouches?|textiles?|tricot\w*|laines?|pulls?|robes?|marinieres?|mode|tabliers?|tissus?|mercerie|chemises?|vareuses?|cires?|cabans?|bonnets?|torchons?|lin|plaids?|echarpes?|tissage|tisse\w*|metiers? a tisser)\b/,
    thing: clothes, backdrop: "#dde3ee", companion: soaps,
  },
  {
    name: "tapisserie",
    words: /\b(tapiss\w*|fauteuils?|chaises?|assises?|canapes?)\b/,
    thing: armchair, backdrop: "#e6dccd", companion: woodwork,
  },
  {
    name: "bois",
    words: /\b(menuis\w*|ebenist\w*|meubles?|tabourets?|charpent\w*|etablis?|tourneurs?|bibliotheques? en)\b/,
    thing: woodwork, backdrop: "#eadcc6", companion: tools,
  },
  {
    name: "outil",
    words: /\b(quincaill\w*|outils?|bricol\w*|reparations?|depannage|serrur\w*|cles|droguerie|secateurs?|couteaux?|affutage|forg\w*|crochets?|ferronn\w*)\b/,
    thing: tools, backdrop: "#dfe3e6", companion: woodwork,
  },
  {
    name: "epicerie",
    words: /\b(epicer\w*|vrac|terroir|paniers? garnis?|alimentation|superette|produits locaux)\b/,
    thing: basket, backdrop: "#efe0c2", companion: jamJar,
  },
];

/** What each category usually shows, its most typical subject first. */
const CATEGORY_SUBJECTS: Record<string, readonly string[]> = {
  boulangeries: ["pain", "gateau"],
  "fruits-legumes": ["legumes", "fraise", "pomme"],
  "produits-de-la-mer": ["huitre", "moule", "poisson"],
  epiceries: ["epicerie", "fromage", "charcuterie", "miel", "confiture", "chevre", "oeuf", "cafe"],
  boissons: ["cidre", "biere", "vin"],
  restauration: ["crepe", "cafe"],
  "maison-jardin": ["fleur", "plante", "bois", "outil", "tapisserie", "bougie"],
  "mode-beaute": ["vetement", "savon", "bijou", "maroquinerie", "chaussure"],
  "artisanat-art": ["ceramique", "bijou", "illustration", "vitrail", "bois", "maroquinerie", "bougie"],
  "livres-loisirs": ["livre", "jeu", "velo", "illustration"],
  services: ["outil", "velo", "chaussure", "vetement"],
  sante: ["sante", "savon"],
};

const byName = (name: string): Subject | undefined => SUBJECTS.find((subject) => subject.name === name);
const FALLBACK = byName("epicerie") as Subject;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The subjects a text names, the earliest named first: in French the head noun comes first
 * ("confiture de fraises", "crêpe beurre sucre"). The order of SUBJECTS breaks ties.
 */
function subjectsIn(text: string): Subject[] {
  return SUBJECTS.map((subject, order) => ({ subject, order, at: text.search(subject.words) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ subject }) => subject);
}

/**
 * The first text, in order of trust, that names a known subject decides; then the categories;
 * then the loosest texts (a summary mentions many things, the first of which may be a detail).
 */
function findSubject(texts: readonly string[], categories: readonly string[], loose: readonly string[] = []): Subject {
  const inText = (text: string) => subjectsIn(text)[0];
  for (const text of texts) {
    const found = inText(text);
    if (found) return found;
  }
  for (const category of categories) {
    const found = byName(CATEGORY_SUBJECTS[category]?.[0] ?? "");
    if (found) return found;
  }
  for (const text of loose) {
    const found = inText(text);
    if (found) return found;
  }
  return FALLBACK;
}

const SHED_WORDS = /\b(hangars?|granges?|cabanes?|stands?|marche|ferme|chalet|kiosque|camion)\b/;
const FRONT_WORDS = /\b(devantures?|facades?|vitrines?|boutiques?|magasins?|enseignes?|entree|rue|place)\b/;
const INSIDE_WORDS = /\b(ateliers?|interieur|rayons?|etageres?|comptoirs?|fournil|cuisine|panier|etals?|caves?|etablis?|mains|casiers?|coin|cuves?|clayettes?|tour|metier|pinceaux|table a dessin)\b/;
const OUTDOOR_WORDS = /\b(champs?|rangs?|serres?|tunnels?|vergers?|pommiers?|ruches?|ruchers?|rade|port|bateaux?|mer|plage|greves?|estran|parcs?|prairies?|pres|paturages?|troupeau|plein air|plein champ|potager|cultures?|parcelles?|coteaux?|baie|elorn|maree|vue|paysage|ciel|tracteurs?|terrasse|pont|anse|jardin)\b/;

function merchantScene(subject: Subject, merchant: Merchant, words: string, index: number): Landscape {
  const still = stillLife(subject.companion ?? pottedPlant);
  const outside = subject.landscape ?? subjectsIn(words).find((named) => named.landscape)?.landscape ?? seaView;
  if (SHED_WORDS.test(words) && !/\b(boutiques?|magasins?|vitrines?)\b/.test(words)) return farmShed;
  if (FRONT_WORDS.test(words)) return shopFront;
  // "Shelves of bowls in front of a window open on the rade" is an inside picture.
  if (INSIDE_WORDS.test(words)) return still;
  if (OUTDOOR_WORDS.test(words)) return outside;
  if (index === 0) return merchant.kind === "producteur" ? (subject.landscape ?? farmShed) : shopFront;
  if (index % 2 === 0) return subject.landscape ?? still;
  return still;
}

// ---------------------------------------------------------------------------------------------
// Reading the listings, tolerating ones that do not validate yet

interface Merchant {
  slug: string;
  name: string;
  kind: string;
  categories: string[];
  keywords: string[];
  summary: string;
  /** Everything the listing says (name, keywords, summary, description, product names), normalised. */
  vocabulary: string;
  accent: string;
}

type Role = "photo" | "product" | "logo";

interface Job {
  merchant: Merchant;
  folder: string;
  file: string;
  role: Role;
  /** Position among the merchant's photos. */
  index: number;
  /** Normalised file name and alt text. */
  words: string;
  /** Normalised product name and description, for product photos. */
  product: string;
}

const IMAGE_EXTENSIONS = [".jpg", ".jpeg", ".png", ".webp", ".avif"];
const SIZES: Record<Role, { width: number; height: number }> = {
  photo: { width: 960, height: 720 },
  product: { width: 640, height: 480 },
  logo: { width: 320, height: 320 },
};
const ACCENTS = ["#d8432f", "#2f6f9f", "#3f8f5f", "#e08a1e", "#8a4f9a", "#1f7f8a", "#c2405e", "#5b7f2f", "#b5651d", "#34558b", "#c79a1c", "#2b7a6f"];
const MAX_BYTES = 60_000;

const asText = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** A picture reference as `{ src, alt }`, or a bare file name typed by mistake. */
function pictureOf(value: unknown): { src: string; alt: string } | null {
  if (typeof value === "string") return { src: value, alt: "" };
  const record = asRecord(value);
  const src = asText(record.src).trim();
  return src ? { src, alt: asText(record.alt) } : null;
}

interface Listing {
  jobs: Job[];
  skipped: string[];
}

async function readListing(folder: string, slug: string): Promise<Listing> {
  const skipped: string[] = [];
  const indexFile = path.join(folder, "index.md");
  const front = readFrontMatter(indexFile, cleanText(await readFile(indexFile, "utf8")));
  if (!front.ok) return { jobs: [], skipped: [`${slug}/index.md ne se lit pas encore (${front.problems[0]?.message ?? "erreur"})`] };
  const data = asRecord(front.source.data);

  const merchant: Merchant = {
    slug,
    name: asText(data.name),
    kind: asText(data.kind),
    categories: asList(data.categories).map(asText),
    keywords: asList(data.keywords).map(asText),
    summary: asText(data.summary),
    vocabulary: normalise([data.name, data.summary, front.source.body, ...asList(data.keywords)].map(asText).join(" ")),
    accent: seeded(`accent:${slug}`).pick(ACCENTS),
  };
  const jobs: Job[] = [];
  const add = (picture: { src: string; alt: string } | null, role: Role, index: number, product = "") => {
    if (!picture) return;
    const { src } = picture;
    if (path.basename(src) !== src || src.startsWith(".") || !IMAGE_EXTENSIONS.includes(path.extname(src).toLowerCase())) {
      skipped.push(`${slug}: « ${src} » n'est pas un nom d'image simple (${IMAGE_EXTENSIONS.join(", ")})`);
      return;
    }
    // A file named twice is drawn once, for its first use.
    if (jobs.some((job) => job.file === src)) return;
    jobs.push({ merchant, folder, file: src, role, index, words: normalise(`${src.replace(/\.[^.]+$/, "")} ${picture.alt}`), product: normalise(product) });
  };

  asList(data.photos).forEach((photo, i) => add(pictureOf(photo), "photo", i));
  add(pictureOf(data.logo), "logo", 0);

  const productsFile = path.join(folder, "products.yaml");
  const productsText = await readFile(productsFile, "utf8").catch(() => null);
  if (productsText !== null) {
    const products = readYaml(productsFile, cleanText(productsText));
    if (!products.ok) skipped.push(`${slug}/products.yaml ne se lit pas encore (${products.problems[0]?.message ?? "erreur"})`);
    else {
      const list = Array.isArray(products.source.data) ? products.source.data : asList(asRecord(products.source.data).products);
      list.forEach((item, i) => {
        const product = asRecord(item);
        merchant.vocabulary += ` ${normalise(asText(product.name))}`;
        add(pictureOf(product.photo), "product", i, `${asText(product.name)} ${asText(product.id)}`);
      });
    }
  }
  return { jobs, skipped };
}

// ---------------------------------------------------------------------------------------------
// Drawing and writing one picture

/**
 * What an alt text shows, if it overrides the merchant's own subject. An alt text describes a
 * whole scene ("shelves of jars, tins of sardines and pots of jam", "a bench, files and a
 * torch"): a thing it names counts only when it is the one thing named and the listing or its
 * categories deal in such things.
 */
function shownSubject(words: string, merchant: Merchant, merchantSubject: Subject): Subject | undefined {
  const named = [...new Set(subjectsIn(words))];
  if (named.includes(merchantSubject)) return merchantSubject;
  const [only] = named;
  if (!only || named.length > 1) return undefined;
  const usual = merchant.categories.some((category) => CATEGORY_SUBJECTS[category]?.includes(only.name));
  return usual || only.words.test(merchant.vocabulary) ? only : undefined;
}

/** The SVG of one picture, and the subject chosen for it (for the log). */
function drawJob(job: Job): { svg: string; subject: string } {
  const { merchant } = job;
  const d = new Drawing(seeded(`${merchant.slug}/${job.file}`));
  const merchantTexts = [normalise(merchant.name), normalise(merchant.keywords.join(" "))];
  const loose = [normalise(merchant.summary)];
  const { width, height } = SIZES[job.role];

  const merchantSubject = findSubject(merchantTexts, merchant.categories, loose);
  const shown = shownSubject(job.words, merchant, merchantSubject);
  if (job.role === "logo") {
    const subject = shown ?? merchantSubject;
    const look = { accent: merchant.accent, words: job.words };
    return { svg: d.svg(width, height, 200, 200, logoBadge(d, look, subject.thing)), subject: subject.name };
  }
  if (job.role === "product") {
    const subject = findSubject([job.product, shown ? job.words : "", ...merchantTexts], merchant.categories, loose);
    const look = { accent: merchant.accent, words: job.product };
    return { svg: d.svg(width, height, W, H, productCloseUp(d, look, subject.thing, subject.backdrop)), subject: subject.name };
  }
  const subject = shown ?? merchantSubject;
  const look = { accent: merchant.accent, words: job.words };
  const scene = merchantScene(subject, merchant, job.words, job.index);
  return { svg: d.svg(width, height, W, H, scene(d, look, subject.thing)), subject: `${subject.name}, ${scene.name}` };
}

async function encode(svg: string, file: string): Promise<Buffer> {
  const image = () => sharp(Buffer.from(svg));
  switch (path.extname(file).toLowerCase()) {
    case ".png":
      return image().png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer();
    case ".webp":
      return image().webp({ quality: 70, effort: 6 }).toBuffer();
    case ".avif":
      return image().avif({ quality: 50 }).toBuffer();
    default: {
      // Step the quality down until the file fits the budget; flat drawings rarely need it.
      let buffer: Buffer = Buffer.alloc(0);
      for (const quality of [70, 62, 54, 46]) {
        buffer = await image().flatten({ background: "#ffffff" }).jpeg({ quality, mozjpeg: true }).toBuffer();
        if (buffer.length <= MAX_BYTES) break;
      }
      return buffer;
    }
  }
}

// ---------------------------------------------------------------------------------------------

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} Ko`;

async function exists(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: "content" },
      force: { type: "boolean", default: false },
      only: { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  const merchantsDir = path.join(values.content, "merchants");
  const slugs = (await readdir(merchantsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && (!values.only || entry.name === values.only))
    .map((entry) => entry.name)
    .sort();

  let written = 0;
  let writtenBytes = 0;
  let kept = 0;
  let setBytes = 0;
  const skipped: string[] = [];

  for (const slug of slugs) {
    const folder = path.join(merchantsDir, slug);
    if ((await exists(path.join(folder, "index.md"))) === null) {
      skipped.push(`${slug}: pas encore d'index.md`);
      continue;
    }
    const listing = await readListing(folder, slug);
    skipped.push(...listing.skipped);
    for (const job of listing.jobs) {
      const target = path.join(folder, job.file);
      const size = await exists(target);
      if (size !== null && !values.force) {
        kept += 1;
        setBytes += size;
        continue;
      }
      const { svg, subject } = drawJob(job);
      if (values["dry-run"]) {
        console.log(`  ${slug}/${job.file} : ${subject}`);
        continue;
      }
      const buffer = await encode(svg, job.file);
      await writeFile(target, buffer);
      written += 1;
      writtenBytes += buffer.length;
      setBytes += buffer.length;
      console.log(`  ${slug}/${job.file} : ${subject} (${kilobytes(buffer.length)})${buffer.length > MAX_BYTES ? ", plus de 60 Ko" : ""}`);
    }
  }

  for (const reason of skipped) console.warn(`  ignoré : ${reason}`);
  console.log(`${written} image(s) dessinée(s), ${kilobytes(writtenBytes)} ; ${kept} déjà présente(s) ; ensemble des images citées : ${(setBytes / 1024 / 1024).toFixed(2)} Mo.`);
}

await main();
