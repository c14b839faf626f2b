/**
 * Merchant page: the live "open now" badge and today's row, in the town's time zone. The
 * schedule comes from the page (data-hours), precomputed by the build.
 */
import "./hours.css";
import { fr } from "../strings/fr.ts";
import { openingBadge, townDay, weekday, type Schedule } from "./lib/opening.ts";

const REFRESH_MS = 30_000;

for (const section of document.querySelectorAll<HTMLElement>("[data-hours]")) {
  const schedule = JSON.parse(section.dataset.hours ?? "") as Schedule;
  const badge = section.querySelector<HTMLElement>("[data-hours-badge]");
  const update = () => show(section, schedule, badge, new Date());
  update();
  setInterval(update, REFRESH_MS);
}

function show(section: HTMLElement, schedule: Schedule, badge: HTMLElement | null, now: Date): void {
  const today = townDay(now);

  for (const row of section.querySelectorAll<HTMLElement>("[data-weekday]")) {
    const isToday = Number(row.dataset.weekday) === weekday(today);
    row.classList.toggle("is-today", isToday);
    if (isToday) row.setAttribute("aria-current", "date");
    else row.removeAttribute("aria-current");

    const mark = row.querySelector(".hours__today");
    if (isToday && !mark) {
      const label = document.createElement("span");
      label.className = "hours__today";
      label.textContent = ` · ${fr.hours.today}`;
      row.querySelector("th")?.append(label);
    } else if (!isToday) {
      mark?.remove();
    }
  }

  // Closures and holidays already over since the build are no longer "to come".
  for (const item of section.querySelectorAll<HTMLElement>("[data-until]")) {
    item.hidden = (item.dataset.until ?? "") < today;
  }
  for (const list of section.querySelectorAll<HTMLElement>("ul")) {
    const empty = [...list.children].every((item) => (item as HTMLElement).hidden);
    list.hidden = empty;
    const title = list.previousElementSibling;
    if (title instanceof HTMLElement && title.tagName === "H3") title.hidden = empty;
  }

  if (!badge) return;
  const state = openingBadge(schedule, now);
  badge.hidden = !state;
  if (!state) return;
  if (badge.textContent !== state.text) badge.textContent = state.text;
  badge.classList.toggle("is-open", state.open);
  badge.classList.toggle("is-closed", !state.open);
}
