/**
 * Builds the demo town once for the whole run; tests that only read the built site share it
 * through `inject("demoSite")`. COMPTOIR_DEMO_CONTENT points the run at another town's content.
 */
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildInto, PROJECT_ROOT } from "./build.ts";
import path from "node:path";

declare module "vitest" {
  export interface ProvidedContext {
    demoSite: string;
  }
}

export default async function setup(project: TestProject) {
  const content = path.resolve(PROJECT_ROOT, process.env.COMPTOIR_DEMO_CONTENT ?? "content");
  project.provide("demoSite", await buildInto(content));
}
