/**
 * Builds the demo town once for the whole run; tests that only read the built site share it
 * through `inject("demoSite")`.
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
  project.provide("demoSite", await buildInto(path.join(PROJECT_ROOT, "content")));
}
