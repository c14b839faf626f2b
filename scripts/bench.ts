/**
 * `npm run bench`: builds synthetic towns of 100, 1,000 and 10,000 merchants (10 products
 * each), measures each phase, peak memory and output size, builds the same pages with Hugo
 * and with bare Eleventy and Pagefind (scripts/bench-floor.ts) in the same run, and writes the
 * figures to BENCHMARKS.md.
 * Each size is built --runs times by each, in turns, and the medians are kept: a shared
 * machine's speed changes from one minute to the next.
 * Options: --sizes 100,1000 (default 100,1000,10000), --products 10, --runs 3, --out BENCHMARKS.md.
 * Installs Debian's hugo package when it is missing (needs root, as on CI machines).
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeHugoSite } from "../src/bench/hugo.ts";
import { generateTown } from "../src/bench/town.ts";
import { loadContent } from "../src/content/load.ts";
import { log } from "../src/log.ts";
import { temporaryFolder } from "../test/support/build.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000,10000" },
    products: { type: "string", default: "10" },
    runs: { type: "string", default: "3" },
    out: { type: "string", default: "BENCHMARKS.md" },
  },
});

/** Linux's memory page, in bytes: /proc gives resident sets in pages. */
const PAGE_SIZE = Number(execFileSync("getconf", ["PAGESIZE"], { encoding: "utf8" }));

interface Timed {
  seconds: number;
  /** The largest sum, over time, of the resident sets of the command and all its descendants. */
  peakKilobytes: number;
}

/** Runs a command, sampling the memory of its whole process tree (build workers, Pagefind) every 100 ms. */
async function timed(command: string, args: string[]): Promise<Timed> {
  const started = performance.now();
  const child = spawn(command, args, {
    stdio: ["ignore", "pipe", "pipe"],
    // Node's default heap is kept: a build must fit in it.
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let peakKilobytes = 0;
  const sampler = setInterval(() => {
    peakKilobytes = Math.max(peakKilobytes, treeKilobytes(child.pid ?? -1));
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${output}`);
  return { seconds: (performance.now() - started) / 1000, peakKilobytes };
}

/** The resident memory of a process and its descendants, from /proc. */
function treeKilobytes(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name, which may hold spaces: state, ppid, …, rss (24th field) in pages.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, (Number(fields[21]) * PAGE_SIZE) / 1024);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += rss.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function ensureHugo(): string {
  if (!existsSync("/usr/bin/hugo")) {
    log.info("Hugo est absent : installation du paquet Debian hugo");
    execFileSync("apt-get", ["install", "-y", "hugo"], { stdio: "inherit" });
  }
  return execFileSync("/usr/bin/hugo", ["version"], { encoding: "utf8" }).trim();
}

const megabytes = (kilobytes: number) => `${Math.round(kilobytes / 1024)} Mo`;
const seconds = (value: number) => `${value.toFixed(1)} s`;
const folderBytes = (folder: string) => Number(execFileSync("du", ["-sb", folder], { encoding: "utf8" }).split("\t")[0]);

/** The run of median total time. */
function median<T>(runs: T[], seconds: (run: T) => number): T {
  return [...runs].sort((a, b) => seconds(a) - seconds(b))[Math.floor(runs.length / 2)]!;
}

interface OurRun extends Timed {
  phases: { phase: string; milliseconds: number }[];
}

const hugoVersion = ensureHugo();
const rows: string[] = [];
/** Every run's total time, by size: the spread says how far to trust the medians. */
const spreads: string[] = [];
// Every town stays on disk until the end: ext4 is slow to create files for minutes after
// many were deleted, which would slow the next size's builds, ours and Hugo's alike.
const roots: string[] = [];
for (const size of values.sizes.split(",").map(Number)) {
  const root = await temporaryFolder(`bench-${size}`);
  roots.push(root);
  const content = path.join(root, "content");
  await generateTown({ merchants: size, productsPerMerchant: Number(values.products), seed: 1, outDir: content, settingsDir: "content" });
  const loaded = await loadContent(content);
  if (!loaded.content) throw new Error("the generated town does not load");
  const pages = await writeHugoSite(loaded.content, path.join(root, "hugo"));

  const ours: OurRun[] = [];
  const hugo: Timed[] = [];
  const floor: Timed[] = [];
  for (let run = 1; run <= Number(values.runs); run += 1) {
    log.info(`${size} commerçants, essai ${run} : construction Comptoir…`);
    const timingsFile = path.join(root, `timings-${run}.json`);
    // What `npm run build` runs.
    const timing = await timed(process.execPath, ["--import", "tsx", "scripts/build.ts", "--content", content, "--output", path.join(root, `_site-${run}`), "--timings", timingsFile]);
    const report = JSON.parse(await readFile(timingsFile, "utf8")) as { phases: OurRun["phases"] };
    ours.push({ ...timing, phases: report.phases });

    log.info(`${size} commerçants, essai ${run} : construction Hugo…`);
    hugo.push(await timed("/usr/bin/hugo", ["--quiet", "-s", path.join(root, "hugo"), "-d", path.join(root, `hugo-public-${run}`)]));

    log.info(`${size} commerçants, essai ${run} : Eleventy et Pagefind seuls…`);
    floor.push(await timed(process.execPath, ["--import", "tsx", "scripts/bench-floor.ts", "--pages", String(pages), "--indexed", String(size), "--output", path.join(root, `floor-${run}`)]));
  }

  const typical = median(ours, (run) => run.seconds);
  const hugoSeconds = median(hugo, (run) => run.seconds).seconds;
  const floorSeconds = median(floor, (run) => run.seconds).seconds;
  const phase = (prefix: string) => (typical.phases.find((entry) => entry.phase.startsWith(prefix))?.milliseconds ?? 0) / 1000;
  const range = (runs: Timed[]) => runs.map((run) => run.seconds.toFixed(1)).join(" / ");
  const peak = Math.max(...ours.map((run) => run.peakKilobytes));
  rows.push(
    `| ${size.toLocaleString("fr-FR")} | ${(size * Number(values.products)).toLocaleString("fr-FR")} | ${seconds(phase("Contenu lu"))} | ${seconds(phase("Pages écrites"))} | ${seconds(phase("Photos"))} | ${seconds(phase("Index de recherche"))} | ${seconds(typical.seconds)} | ${megabytes(peak)} | ${megabytes(folderBytes(path.join(root, "_site-1")) / 1024)} | ${pages.toLocaleString("fr-FR")} | ${seconds(hugoSeconds)} | ${(typical.seconds / hugoSeconds).toFixed(1)} × | ${seconds(floorSeconds)} | ${(floorSeconds / hugoSeconds).toFixed(1)} × |`,
  );
  spreads.push(`- ${size.toLocaleString("fr-FR")} merchants: Comptoir ${range(ours)} s; Hugo ${range(hugo)} s; Eleventy and Pagefind alone ${range(floor)} s`);
  log.info(rows.at(-1)!);
  log.info(spreads.at(-1)!);
}
await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));

const cpu = os.cpus()[0]?.model ?? "inconnu";
const eleventy = JSON.parse(await readFile("node_modules/@11ty/eleventy/package.json", "utf8")) as { version: string };
const pagefind = JSON.parse(await readFile("node_modules/pagefind/package.json", "utf8")) as { version: string };
await writeFile(
  values.out,
  `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Each town is generated by
\`scripts/generate-town.ts\` (seed 1, ${values.products} products per merchant, four photos shared across
merchants), then built by \`npm run build\` (check, Eleventy, pictures, Pagefind) and, in the same run,
by Hugo from the same text as one Markdown page per merchant and per product with minimal templates.
"Eleventy and Pagefind alone" is our stack with nothing of ours, for as many pages: Node and
tsx, Eleventy writing one-line pages from a list, then Pagefind indexing as many of them as there
are merchants into one bundle, where the build writes two (\`scripts/bench-floor.ts\`).
Each size is built ${values.runs} times by each, in turns; the table shows the median run, and
"Comptoir / Hugo" divides our median whole build by Hugo's. Times are wall-clock. "Peak
memory" is the largest, over the runs, of the total resident sets of the build's processes
(the build, any workers, Pagefind), sampled every 100 ms. A town of more than 2,500 merchant
and product pages is written in several Eleventy runs, the merchant pages first, and Pagefind
indexes them while the product pages are written: the "Eleventy render" and "Pagefind" columns
overlap, and the total is less than their sum. Worker processes write pages too on machines of
more than two cores only (src/build/render.ts, src/build/workers.ts).

Machine: ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version};
Eleventy ${eleventy.version}; Pagefind ${pagefind.version}; ${hugoVersion}.

| merchants | products | load and validate | Eleventy render | pictures | Pagefind | total | peak memory | output | Hugo pages | Hugo | Comptoir / Hugo | Eleventy and Pagefind alone | alone / Hugo |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Every run, in turns:

${spreads.join("\n")}
`,
);
log.info(`Résultats écrits dans ${values.out}`);
