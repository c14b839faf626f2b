/**
 * Loads Snipcart only when a visitor reaches for a buy or cart button (pointer over or down,
 * keyboard focus), never with the page: its script and stylesheet weigh more than a whole page
 * of the site. A click that comes before Snipcart is ready is held, then replayed once it is,
 * so the first tap on a phone still adds the product.
 *
 * This file never writes a price: Snipcart reads the buy buttons as the build wrote them.
 */

/** The part of Snipcart's v3 SDK this file uses. */
interface SnipcartSdk {
  api: { session: { setLanguage(language: string): Promise<unknown> | void } };
  events: { on(event: "item.added", callback: (item: { name: string }) => void): () => void };
  store: { subscribe(listener: () => void): () => void; getState(): { cart: { items: { count: number } } } };
}

declare global {
  interface Window {
    Snipcart?: SnipcartSdk;
  }
}

const TRIGGERS = ".snipcart-add-item, .snipcart-checkout";
/** Remembered between pages so the header shows the basket before Snipcart is loaded again. */
const COUNT_KEY = "comptoir-cart-count";
const ANNOUNCE_MS = 5000;

type State = "idle" | "loading" | "ready" | "failed";

const container = document.getElementById("snipcart");
if (container) start(container);

function start(container: HTMLElement) {
  // Read one by one: esbuild cannot lower destructuring for the Safari 14 target.
  const script = container.dataset.comptoirScript;
  const stylesheet = container.dataset.comptoirStylesheet;
  if (!script || !stylesheet) return;
  const status = createStatus();
  let state: State = "idle";
  let heldClick: HTMLElement | null = null;

  showCount(readCount());

  const load = () => {
    if (state !== "idle") return;
    state = "loading";
    document.addEventListener("snipcart.ready", onReady, { once: true });

    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = stylesheet;
    const tag = document.createElement("script");
    tag.src = script;
    tag.async = true;
    tag.addEventListener("error", () => {
      state = "failed";
      heldClick = null;
      say(container.dataset.comptoirLoadFailed ?? "");
    });
    document.head.append(link, tag);
  };

  const wake = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(TRIGGERS)) load();
  };
  for (const type of ["pointerover", "pointerdown", "focusin"]) {
    document.addEventListener(type, wake, { passive: true });
  }

  // Registered before Snipcart's own listeners exist, so it runs first while Snipcart is not ready.
  document.addEventListener(
    "click",
    (event) => {
      if (state === "ready") return;
      const trigger = event.target instanceof Element ? event.target.closest<HTMLElement>(TRIGGERS) : null;
      if (!trigger) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (state === "failed") return say(container.dataset.comptoirLoadFailed ?? "");
      heldClick = trigger;
      load();
    },
    { capture: true },
  );

  function onReady() {
    const snipcart = window.Snipcart;
    state = "ready";
    if (!snipcart) return;

    void snipcart.api.session.setLanguage("fr");
    const added = container.dataset.comptoirAdded ?? "";
    snipcart.events.on("item.added", (item) => say(`${added} ${item.name}`.trim()));
    snipcart.store.subscribe(() => saveCount(snipcart.store.getState().cart.items.count));

    const click = heldClick;
    heldClick = null;
    click?.click();
  }

  function say(message: string) {
    status.textContent = message;
    window.setTimeout(() => {
      if (status.textContent === message) status.textContent = "";
    }, ANNOUNCE_MS);
  }
}

/**
 * A live region present, empty, from the start: screen readers announce what is written in it
 * later, which they would not do for a region that appears with its message.
 */
function createStatus(): HTMLElement {
  const status = document.createElement("p");
  status.className = "cart-status";
  status.setAttribute("role", "status");
  document.body.append(status);
  return status;
}

function readCount(): number {
  try {
    return Number(window.localStorage.getItem(COUNT_KEY)) || 0;
  } catch {
    return 0; // Storage refused (private browsing): the count appears once Snipcart loads.
  }
}

function saveCount(count: number) {
  try {
    window.localStorage.setItem(COUNT_KEY, String(count));
  } catch {
    // Storage refused: nothing to remember, Snipcart keeps the cart itself.
  }
}

function showCount(count: number) {
  if (count <= 0) return;
  for (const element of document.querySelectorAll(".snipcart-items-count")) {
    element.textContent = String(count);
  }
}
