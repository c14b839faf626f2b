/**
 * Real builds for tests: `npm run build`'s own script, run with tsx in a child process, into
 * a temporary folder.
 */
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a project script (`scripts/<name>.ts`) with tsx and returns its exit code and output. */
export async function runScript(name: string, args: string[], env: Record<string, string> = {}): Promise<BuildRun> {
  try {
    const { stdout, stderr } = await run(
      path.join(PROJECT_ROOT, "node_modules/.bin/tsx"),
      [path.join(PROJECT_ROOT, "scripts", `${name}.ts`), ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

/** The environment variable naming the folder of a test run's temporary folders (see global-setup.ts). */
export const TEMPORARY_ROOT = "COMPTOIR_TEST_TEMPORARY";

/** A new empty folder, inside the run's folder under vitest. */
export async function temporaryFolder(prefix: string): Promise<string> {
  return mkdtemp(path.join(process.env[TEMPORARY_ROOT] ?? tmpdir(), `comptoir-${prefix}-`));
}

/** Builds `contentDir` into a new temporary folder and returns the folder. Throws on failure. */
export async function buildInto(contentDir: string, env: Record<string, string> = {}): Promise<string> {
  const output = path.join(await temporaryFolder("site"), "_site");
  const result = await runScript("build", ["--content", contentDir, "--output", output], env);
  if (result.code !== 0) throw new Error(`Build of ${contentDir} failed:\n${result.stdout}\n${result.stderr}`);
  return output;
}
