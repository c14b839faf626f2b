/** A merchant's popup, built as DOM with text nodes only: content never becomes markup. */
import type { MapMerchant } from "../../build/map-data.ts";
import { fr } from "../../strings/fr.ts";

export function merchantPopup(merchant: MapMerchant): HTMLElement {
  const popup = element("div", "map-popup");

  const name = popup.appendChild(element("p", "map-popup__name"));
  const link = name.appendChild(element("a"));
  link.href = merchant.url;
  link.textContent = merchant.name;

  const categories = merchant.categories.map((category) => category.label).join(", ");
  const meta = popup.appendChild(element("p", "map-popup__meta"));
  meta.textContent = `${fr.kinds[merchant.kind].one} · ${categories}`;
  popup.appendChild(element("p", "map-popup__address")).textContent = merchant.address;

  const services: string[] = [];
  if (merchant.services.onlineOrdering) services.push(fr.merchant.onlineOrdering);
  if (merchant.services.clickAndCollect) services.push(fr.merchant.clickAndCollect);
  if (merchant.services.delivery) services.push(fr.merchant.delivery);
  if (services.length > 0) {
    const list = popup.appendChild(element("ul", "map-popup__services"));
    for (const service of services) list.appendChild(element("li")).textContent = service;
  }
  return popup;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}
