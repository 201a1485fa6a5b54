/** Header search box as an ARIA combobox: instant results while typing, arrow keys to move, Enter to open. */
import { MESSAGES } from "../../lib/search/messages.ts";
import { runSearch, type SearchHit } from "./client.ts";
import { hitHref } from "./href.ts";

/** Results shown in the drop-down list. */
const MAX_OPTIONS = 6;

/** Wires the combobox behaviour onto the server-rendered form (idempotent). */
export function initHeaderSearch(form: HTMLFormElement): void {
  if (form.dataset.ready) return;
  form.dataset.ready = "1";
  const input = form.querySelector<HTMLInputElement>("input[role=combobox]");
  const list = form.querySelector<HTMLUListElement>("[role=listbox]");
  const status = form.querySelector<HTMLElement>("[role=status]");
  if (!input || !list || !status) return;
  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;

  const close = () => {
    seq++; // results still on their way must not reopen a list the person dismissed
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll<HTMLElement>("[role=option]").forEach((el, j) => {
      el.setAttribute("aria-selected", String(j === i));
    });
    if (i >= 0) {
      input.setAttribute("aria-activedescendant", `site-search-opt-${i}`);
      document.getElementById(`site-search-opt-${i}`)?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const go = (i: number) => {
    const hit = hits[i];
    if (hit) location.href = hitHref(hit);
  };
  const render = (q: string) => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const li = document.createElement("li");
        li.id = `site-search-opt-${i}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.dataset.href = hitHref(hit);
        const t = document.createElement("span");
        t.className = "opt-title";
        t.textContent = hit.title;
        li.append(t);
        if (hit.section) {
          const s = document.createElement("span");
          s.className = "opt-section";
          s.textContent = hit.section;
          li.append(s);
        }
        li.addEventListener("mousedown", (e) => {
          e.preventDefault();
          go(i);
        });
        return li;
      }),
    );
    const open = hits.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    active = -1;
    status.textContent = q ? (open ? MESSAGES.headerOptions(hits.length) : MESSAGES.headerNone) : "";
  };
  const update = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      hits = [];
      render("");
      return;
    }
    // First a quick pass (words as typed), then the full search with synonyms; the full result replaces
    // the list only while the person has not started moving through it.
    const quick = await runSearch(q, { quick: true });
    if (mine !== seq) return; // a newer keystroke superseded this one
    hits = quick.hits.slice(0, MAX_OPTIONS);
    render(q);
    document.dispatchEvent(
      new CustomEvent("site-search:results", { detail: { query: q, count: hits.length } }),
    );
    const full = (await runSearch(q)).hits.slice(0, MAX_OPTIONS);
    if (mine !== seq || active >= 0) return;
    const same = full.length === hits.length && full.every((h, i) => h.url === hits[i]?.url);
    if (!same) {
      hits = full;
      render(q);
    }
    document.dispatchEvent(
      new CustomEvent("site-search:settled", { detail: { query: q, count: hits.length } }),
    );
  };

  input.addEventListener("input", () => void update());
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && hits.length) {
      e.preventDefault();
      if (list.hidden) render(input.value.trim());
      setActive((active + 1) % hits.length);
    } else if (e.key === "ArrowUp" && hits.length) {
      e.preventDefault();
      setActive(active <= 0 ? hits.length - 1 : active - 1);
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      go(active);
    } else if (e.key === "Escape") {
      if (!list.hidden) e.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", () => close());
  if (input.value.trim()) void update();
}
