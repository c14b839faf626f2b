/** The dev server (`npm start`'s command) on a free port, for tests and the benchmark. */
import { spawn, type ChildProcess } from "node:child_process";
import { utimes } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { PROJECT_ROOT } from "./build.ts";

export interface DevServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startDevServer(contentDir: string, outputDir: string): Promise<DevServer> {
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(
    path.join(PROJECT_ROOT, "node_modules/.bin/tsx"),
    ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--serve", `--port=${port}`, `--output=${outputDir}`],
    { cwd: PROJECT_ROOT, env: { ...process.env, COMPTOIR_CONTENT: contentDir }, detached: true },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const started = Date.now();
  const waitFor = async (ready: () => boolean, what: string, step?: () => Promise<void>) => {
    while (!ready()) {
      if (child.exitCode !== null || Date.now() - started > 120_000) throw new Error(`The dev server ${what}:\n${output}`);
      await step?.();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const count = (text: string) => output.split(text).length - 1;
  await waitFor(() => output.includes("Server at") && output.includes("Watching"), "did not start");
  // Eleventy prints "Watching…" before its file watcher has finished listing the folders, and an
  // edit made in between is never seen. Touch a watched file until the watcher reports it, then
  // let that rebuild finish: from then on, every edit a test makes is seen.
  const now = () => new Date();
  await waitFor(() => output.includes("File changed:"), "never saw a file change", async () => {
    await utimes(path.join(contentDir, "site.yaml"), now(), now());
    await new Promise((resolve) => setTimeout(resolve, 400));
  });
  await waitFor(() => count("Wrote ") >= 2, "did not rebuild after a file change");
  // And its search index, written half a second after it: nothing then runs beside the first edit.
  await waitFor(() => count("Index de recherche écrit") >= 2, "did not index the site after a rebuild");
  return {
    url: `http://localhost:${port}`,
    output: () => output,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

/** Polls `url` until its body satisfies `done`; returns the milliseconds it took. */
export async function waitForPage(url: string, done: (body: string) => boolean, timeout = 60_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const body = await fetch(url).then((response) => response.text()).catch(() => "");
    if (done(body)) return performance.now() - started;
    if (performance.now() - started > timeout) throw new Error(`${url} did not change within ${timeout} ms:\n${body.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
