/** The dev server (`npm start`'s command) on a free port, for tests and the benchmark. */
import { spawn, type ChildProcess } from "node:child_process";
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
  // "Watching…" follows the first build: an edit made before it could be missed by the watcher.
  while (!output.includes("Server at") || !output.includes("Watching")) {
    if (child.exitCode !== null || Date.now() - started > 120_000) throw new Error(`The dev server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
