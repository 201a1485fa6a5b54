/** Browser glue for /search/: reads ?q=, runs the question search and renders the answer, notices and result list. */
import { ANSWER_LABEL, MESSAGES, OUT_OF_SCOPE, SUGGESTIONS } from "../../lib/search/messages.ts";
import { basePath, hitHref, loadSearch, runSearch, type SearchHit, type SearchResult } from "./client.ts";

/** An element with text content only (never HTML). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = "",
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text) e.textContent = text;
  return e;
}

/** One result: link to the best section with the page title, the section heading and a marked excerpt. */
function renderHit(hit: SearchHit): HTMLLIElement {
  const li = el("li", "");
  const a = el("a", "result-link");
  a.href = hitHref(hit);
  a.append(el("span", "result-title", hit.title));
  if (hit.section) a.append(el("span", "result-section", hit.section));
  li.append(a);
  const p = el("p", "result-excerpt");
  // The excerpt is escaped text from our own pages with only <mark> added by the search core.
  p.innerHTML = hit.excerpt;
  li.append(p);
  return li;
}

/** Notices above the results: how romaji was read, and what the site deliberately leaves out (with Rakuten's page). */
function renderNotices(r: SearchResult, box: HTMLElement): void {
  const parts: HTMLElement[] = [];
  if (r.reading) parts.push(el("p", "search-reading", MESSAGES.reading(r.query, r.reading)));
  if (r.outOfScope) {
    const { text, link } = OUT_OF_SCOPE[r.outOfScope];
    const p = el("p", "search-scope", text);
    const a = el("a", "", `${link.publisher}「${link.title}」`);
    a.href = link.url;
    a.rel = "noopener";
    p.append(" ", `${MESSAGES.officialLink}: `, a);
    parts.push(p);
  }
  box.replaceChildren(...parts);
  box.hidden = parts.length === 0;
}

/** The direct answer: the best hit's answer sentence or figure, with a link to where it is written. */
function renderAnswer(r: SearchResult, box: HTMLElement): void {
  if (!r.answer) {
    box.replaceChildren();
    box.hidden = true;
    return;
  }
  const { hit } = r.answer;
  const a = el("a", "answer-link", hit.section ? `${hit.title} › ${hit.section}` : hit.title);
  a.href = hitHref(hit);
  box.replaceChildren(
    el("h2", "answer-label", ANSWER_LABEL[r.answer.kind]),
    el("p", "answer-text", r.answer.text),
    a,
  );
  box.hidden = false;
}

/** Suggestions when nothing matches: what to try and where else to look. */
function renderSuggestions(box: HTMLElement, show: boolean): void {
  if (!show) {
    box.replaceChildren();
    box.hidden = true;
    return;
  }
  const list = el("ul", "");
  for (const s of SUGGESTIONS) {
    const a = el("a", "", s.label);
    a.href = `${basePath}${s.path}`;
    const li = el("li", "");
    li.append(a);
    list.append(li);
  }
  box.replaceChildren(el("p", "", MESSAGES.noMatchHelp), list);
  box.hidden = false;
}

export async function runSearchPage(): Promise<void> {
  const q = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  const input = document.getElementById("search-page-q") as HTMLInputElement | null;
  const list = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  const notices = document.getElementById("search-notices");
  const answer = document.getElementById("search-answer");
  const suggestions = document.getElementById("search-suggestions");
  if (!input || !list || !status || !notices || !answer || !suggestions) return;
  input.value = q;
  if (!q) return;
  status.textContent = MESSAGES.searching(q);
  // Pagefind in its web worker: loading the index and searching leave the page's main thread free.
  void loadSearch({ worker: true });
  const render = (r: SearchResult) => {
    renderNotices(r, notices);
    renderAnswer(r, answer);
    list.replaceChildren(...r.hits.map(renderHit));
    renderSuggestions(suggestions, r.hits.length === 0);
    status.textContent = r.hits.length ? MESSAGES.results(q, r.hits.length) : MESSAGES.noMatch(q);
  };
  // First results from the heading keywords (no word index to load), then the full search replaces them when it
  // differs; data-settled marks the final list.
  const quick = await runSearch(q, { quick: true });
  if (quick.hits.length) render(quick);
  const full = await runSearch(q);
  const same =
    full.hits.length === quick.hits.length &&
    full.hits.every((h, i) => h.url === quick.hits[i]?.url) &&
    full.answer?.text === quick.answer?.text;
  if (!same || !quick.hits.length) render(full);
  list.dataset["settled"] = "1";
}
