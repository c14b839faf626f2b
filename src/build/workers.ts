/**
 * The build's worker processes (build/build-worker.ts): they read a big town's content, and
 * write its pages, so that the memory each job needs is handed back when its process ends.
 * A worker answers each request in turn; requests and answers cross as structured clones.
 */
import { fork } from "node:child_process";
import path from "node:path";
import type { LoadResult } from "../content/load.ts";
import type { Content } from "../content/model.ts";
import type { RunPlan } from "./render.ts";
import type { SiteData } from "./site-data.ts";

/** The build's data as it crosses to a worker: plain data, rebuilt into classes there. */
export interface WorkerData {
  content: Content;
  pictures: SiteData["pictures"]["processed"];
  bundles: SiteData["bundles"]["entries"];
  cart: SiteData["cart"];
  output: string;
}

/**
 * The heap limit of a worker that writes pages. Without one, Node lets a heap grow towards
 * 4 GB before it collects in earnest: two workers writing a 10,000-merchant town reached 1 GB
 * each. The worker that reads the content keeps Node's default: a town's model must fit.
 */
export const RENDER_HEAP_MEGABYTES = 768;

export type Request = { load: string } | { data: WorkerData } | { plan: RunPlan };
export type Answer = { loaded: LoadResult } | { done: true } | { error: string };

export interface Worker {
  /** Sends a request; resolves with the answer, rejects with the worker's error. */
  ask(request: Request): Promise<Answer>;
  /** Lets the worker end, or ends it if it is still busy. */
  stop(): Promise<void>;
}

export function startWorker({ heapMegabytes }: { heapMegabytes?: number } = {}): Worker {
  // The same Node flags as this process: under tsx, the worker reads TypeScript too.
  const child = fork(path.join(import.meta.dirname, "build-worker.ts"), {
    execArgv: [...process.execArgv, ...(heapMegabytes ? [`--max-old-space-size=${heapMegabytes}`] : [])],
    serialization: "advanced",
  });
  let exited = false;
  const exit = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      exited = true;
      resolve(code);
    }),
  );

  return {
    ask: (request) =>
      new Promise<Answer>((resolve, reject) => {
        const fail = (code: number | null) => reject(new Error(`a build worker stopped (code ${code})`));
        child.once("exit", fail);
        child.once("message", (answer: Answer) => {
          child.off("exit", fail);
          if ("error" in answer) reject(new Error(answer.error));
          else resolve(answer);
        });
        child.send(request);
      }),
    stop: async () => {
      if (exited) return;
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill(), 5000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Reads and checks the content in a worker, which then ends: reading leaves its peak memory behind. */
export async function loadInWorker(contentDir: string): Promise<LoadResult> {
  const worker = startWorker();
  try {
    const answer = await worker.ask({ load: contentDir });
    if (!("loaded" in answer)) throw new Error("The build worker did not answer with the content");
    return answer.loaded;
  } finally {
    await worker.stop();
  }
}
