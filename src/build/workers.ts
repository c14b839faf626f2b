/**
 * The build's worker processes (build/build-worker.ts), one per core: they read a town's
 * merchant folders and write its pages side by side, and the memory each job needs is handed
 * back when its process ends. A worker answers each request in turn; requests and answers
 * cross as structured clones.
 */
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { FolderReader } from "../content/load.ts";
import type { MerchantFolder, TownFacts } from "../content/merchant-folder.ts";
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
 * A worker's heap limit. Without one, Node lets a heap grow towards 4 GB before it collects in
 * earnest: two workers writing a 10,000-merchant town reached 1 GB each.
 */
export const WORKER_HEAP_MEGABYTES = 768;

/**
 * The space of a worker's new objects, four times Node's default: rendering a page makes
 * mostly short-lived objects, and the collector runs less often. A 1,000-merchant build took
 * about a tenth less CPU time (median of four: 13.2 s of user time against 14.6 s).
 */
const WORKER_YOUNG_MEGABYTES = 64;

/** Merchant folders read per request: few enough that the readers finish together. */
const FOLDERS_PER_REQUEST = 25;

export type Request = { read: { root: string; slugs: string[]; town: TownFacts } } | { data: WorkerData } | { plan: RunPlan };
export type Answer = { read: MerchantFolder[] } | { done: true } | { error: string };

export interface Worker {
  /** Sends a request; resolves with the answer, rejects with the worker's error. */
  ask(request: Request): Promise<Answer>;
  /** Lets the worker end, or ends it if it is still busy. */
  stop(): Promise<void>;
}

/** One worker per core. They take about a second to start: start them before they are needed. */
export function startWorkers(count = availableParallelism()): Worker[] {
  return Array.from({ length: count }, startWorker);
}

export async function stopWorkers(workers: Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.stop()));
}

/**
 * Gives each job to the next worker free, until none is left; resolves with the answers in
 * the order of the jobs. The first error stops the sharing and rejects.
 */
export async function shareOut<Job>(workers: Worker[], jobs: Job[], request: (job: Job) => Request): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  await Promise.all(
    workers.map(async (worker) => {
      while (next < jobs.length) {
        const index = next++;
        answers[index] = await worker.ask(request(jobs[index]!)).catch((error: unknown) => {
          next = jobs.length;
          throw error;
        });
      }
    }),
  );
  return answers;
}

/** Reads merchant folders over `workers`, a few dozen per request (see content/load.ts). */
export function readInWorkers(workers: Worker[], foldersPerRequest = FOLDERS_PER_REQUEST): FolderReader {
  return async (root, slugs, town) => {
    const chunks = Array.from({ length: Math.ceil(slugs.length / foldersPerRequest) }, (_, i) =>
      slugs.slice(i * foldersPerRequest, (i + 1) * foldersPerRequest),
    );
    const answers = await shareOut(workers, chunks, (chunk) => ({ read: { root, slugs: chunk, town } }));
    return answers.flatMap((answer) => {
      if (!("read" in answer)) throw new Error("A build worker did not answer with the folders it read");
      return answer.read;
    });
  };
}

function startWorker(): Worker {
  const child = fork(path.join(import.meta.dirname, "build-worker.ts"), {
    // tsx, so that the worker reads TypeScript, whatever runs this process (a test runner).
    execArgv: ["--import", import.meta.resolve("tsx"), `--max-old-space-size=${WORKER_HEAP_MEGABYTES}`, `--max-semi-space-size=${WORKER_YOUNG_MEGABYTES}`],
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
        if (exited) return fail(child.exitCode);
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
