/**
 * A build worker (see build/workers.ts): receives the build's data once, then writes the
 * Eleventy runs it is sent, one at a time, until the build lets it go.
 */
import { Bundles } from "./browser-bundles.ts";
import { Pictures } from "./pictures.ts";
import { preloadEleventy, runEleventy, runOf, type BuildData } from "./render.ts";
import { READY, type Answer, type Request } from "./workers.ts";

// While the build reads the content. An error shows again in the first run.
preloadEleventy().catch(() => {});

let data: BuildData | null = null;
let output = "";

async function answer(request: Request): Promise<Answer> {
  if ("data" in request) {
    const shared = request.data;
    data = { content: shared.content, pictures: new Pictures(shared.pictures), bundles: new Bundles(shared.bundles), cart: shared.cart };
    output = shared.output;
    return { done: true };
  }
  if (!data) throw new Error("A run was sent before the build's data");
  await runEleventy(data, runOf(data.content, request.plan), output);
  return { done: true };
}

/**
 * Tells the build, unless it has let go of this worker already: it may have written every page
 * itself before this worker was ready, or stopped at an error elsewhere. A message it can no
 * longer receive is dropped, not thrown.
 */
function tell(message: Answer | typeof READY): void {
  if (process.connected) process.send?.(message, undefined, undefined, () => {});
}

process.on("message", (request: Request) => {
  answer(request).then(tell, (error: unknown) => tell({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
tell(READY);
