/**
 * A render worker (see build/render.ts): receives the build's data once, then writes the runs
 * it is sent, one at a time, until the build disconnects.
 */
import { Bundles } from "./browser-bundles.ts";
import { Pictures } from "./pictures.ts";
import { runEleventy, runOf, type BuildData, type FromWorker, type ToWorker } from "./render.ts";

let data: BuildData | null = null;
let output = "";

const reply = (message: FromWorker) => process.send?.(message);

process.on("message", (message: ToWorker) => {
  if ("data" in message) {
    const shared = message.data;
    data = { content: shared.content, pictures: new Pictures(shared.pictures), bundles: new Bundles(shared.bundles), cart: shared.cart };
    output = shared.output;
    reply({ done: true });
    return;
  }
  if (!data) throw new Error("A run was sent before the build's data");
  runEleventy(data, runOf(data.content, message.plan), output).then(
    () => reply({ done: true }),
    (error: unknown) => reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
