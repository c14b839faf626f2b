/**
 * The build's worker processes (build/build-worker.ts), on a machine of more than two cores:
 * they write a town's pages beside the build's own process, and the memory each run needs is
 * handed back when its process ends.
 * A worker answers each request in turn; requests and answers cross as structured clones.
 */
import { fork } from "node:child_process";
import os, { availableParallelism } from "node:os";
import path from "node:path";
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
 * Workers run at a lower priority than the build's own process and take the cores it leaves:
 * the build reads the content at full speed while they start.
 */
const WORKER_NICENESS = 10;

export type Request = { data: WorkerData } | { plan: RunPlan };
export type Answer = { done: true } | { error: string };
/** What a worker says once, when it has started: then it answers each request in turn. */
export const READY = "ready";

export interface Worker {
  /** Resolves once the worker has started and can answer; rejects if it stopped first. */
  ready: Promise<void>;
  /** Sends a request; resolves with the answer, rejects with the worker's error. */
  ask(request: Request): Promise<Answer>;
  /** Lets the worker end, or ends it if it is still busy. */
  stop(): Promise<void>;
}

/**
 * One worker per core beyond two: the build's own process writes pages too, and Pagefind
 * indexes the merchant pages beside it while the product pages are written. On two cores, one
 * worker made the build slower: 6.5 s instead of 6.0 s for 1,000 merchants, 52 s instead of
 * 47 s for 10,000. COMPTOIR_WORKERS changes it, for the tests.
 */
export const WORKER_COUNT = process.env.COMPTOIR_WORKERS
  ? Number(process.env.COMPTOIR_WORKERS)
  : Math.max(0, availableParallelism() - 2);

/** Workers take about a second to start: start them before they are needed. */
export function startWorkers(count = WORKER_COUNT): Worker[] {
  return Array.from({ length: count }, startWorker);
}

export async function stopWorkers(workers: Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.stop()));
}

/**
 * Gives each job to the next worker free, until none is left, without waiting for workers
 * still starting. Returns one promise a job, for its answer. The first error stops the
 * sharing: the jobs not yet given reject with it.
 */
export function shareOut<Job>(workers: Worker[], jobs: Job[], request: (job: Job) => Request): Promise<Answer>[] {
  const answers = jobs.map(() => {
    let settle!: { resolve: (answer: Answer) => void; reject: (error: unknown) => void };
    const answer = new Promise<Answer>((resolve, reject) => (settle = { resolve, reject }));
    // Handled here too: a caller may wait on some of the jobs only.
    answer.catch(() => {});
    return { answer, ...settle };
  });
  let next = 0;
  for (const worker of workers) {
    (async () => {
      // A worker still starting takes no job: the others may be done with them all meanwhile.
      await worker.ready;
      while (next < jobs.length) {
        const index = next++;
        const job = answers[index]!;
        try {
          job.resolve(await worker.ask(request(jobs[index]!)));
        } catch (error) {
          job.reject(error);
          throw error;
        }
      }
    })().catch((error: unknown) => {
      for (const { reject } of answers.slice(next)) reject(error);
      next = jobs.length;
    });
  }
  return answers.map(({ answer }) => answer);
}

/** Waits for every task to end, then throws the first error, if any. */
export async function settleAll(tasks: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(tasks)).find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
}

function startWorker(): Worker {
  const child = fork(path.join(import.meta.dirname, "build-worker.ts"), {
    // tsx, so that the worker reads TypeScript, whatever runs this process (a test runner).
    execArgv: ["--import", import.meta.resolve("tsx"), `--max-old-space-size=${WORKER_HEAP_MEGABYTES}`],
    serialization: "advanced",
  });
  // Below this process: while the workers start, it reads the content at full speed.
  if (child.pid) os.setPriority(child.pid, WORKER_NICENESS);
  let exited = false;
  const exit = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      exited = true;
      resolve(code);
    }),
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    exit.then((code) => reject(new Error(`a build worker stopped as it started (code ${code})`)), () => {});
  });
  // A worker that stops before it is asked anything is reported by the next question.
  ready.catch(() => {});

  return {
    ready,
    ask: async (request) => {
      await ready;
      return new Promise<Answer>((resolve, reject) => {
        const fail = (code: number | null) => reject(new Error(`a build worker stopped (code ${code})`));
        if (exited) return fail(child.exitCode);
        child.once("exit", fail);
        child.once("message", (answer: Answer) => {
          child.off("exit", fail);
          if ("error" in answer) reject(new Error(answer.error));
          else resolve(answer);
        });
        child.send(request);
      });
    },
    stop: async () => {
      if (exited) return;
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill(), 5000);
      await exit;
      clearTimeout(timer);
    },
  };
}
