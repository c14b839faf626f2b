/**
 * Builds the demo town once for the whole run; tests that only read the built site share it
 * through `inject("demoSite")`. COMPTOIR_DEMO_CONTENT points the run at another town's content.
 * Every temporary folder of the run lives in one, removed when the run ends.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildInto, PROJECT_ROOT, TEMPORARY_ROOT } from "./build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    demoSite: string;
  }
}

export default async function setup(project: TestProject) {
  // Set before the test processes start, which inherit it.
  const root = await mkdtemp(path.join(tmpdir(), "comptoir-tests-"));
  process.env[TEMPORARY_ROOT] = root;
  const content = path.resolve(PROJECT_ROOT, process.env.COMPTOIR_DEMO_CONTENT ?? "content");
  project.provide("demoSite", await buildInto(content));
  return () => rm(root, { recursive: true, force: true });
}
