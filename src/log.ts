/**
 * The build's one logger: a `[comptoir]` prefix, phase lines on stdout, warnings and errors on
 * stderr, details only with `--verbose`.
 */
const PREFIX = "[comptoir]";

let verbose = process.argv.includes("--verbose");

/** Every phase measured in this process, in order, for `--timings` and the benchmark. */
export const timings: { phase: string; milliseconds: number }[] = [];

export const log = {
  setVerbose(value: boolean) {
    verbose = value;
  },
  info(message: string) {
    console.log(`${PREFIX} ${message}`);
  },
  detail(message: string) {
    if (verbose) console.log(`${PREFIX}   ${message}`);
  },
  warn(message: string) {
    console.warn(`${PREFIX} attention : ${message}`);
  },
  error(message: string) {
    console.error(`${PREFIX} erreur : ${message}`);
  },
  /** Records a phase measured elsewhere, for `--timings` and the benchmark. */
  record(phase: string, milliseconds: number) {
    timings.push({ phase, milliseconds });
  },
  /** Measures one phase, logs its duration and records it in `timings`. */
  async phase<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await run();
    const milliseconds = performance.now() - started;
    log.record(name, milliseconds);
    log.info(`${name} (${formatSeconds(milliseconds)})`);
    return result;
  },
};

export function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(2).replace(".", ",")} s`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("fr-FR")} ${count > 1 ? many : one}`;
}
