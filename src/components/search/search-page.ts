/** Browser glue for /search/: reads ?q=, runs the question search and renders the answer, notices and result list. */
import { ANSWER_LABEL, MESSAGES } from "../../lib/search/messages.ts";
import type { SearchHit, SearchResult } from "../../lib/search/index.ts";
import { hitHref } from "./href.ts";
import type { SearchReply, SearchRequest } from "./worker-messages.ts";

/**
 * Runs question searches in a web worker (search-worker.ts): Pagefind's start-up, the lexicon and the scoring stay
 * off the main thread, which only renders. Where a module worker cannot start, the search runs on the main thread.
 */
function workerSearch(): (query: string, quick: boolean) => Promise<SearchResult> {
  const waiting = new Map<number, (reply: SearchReply) => void>();
  let next = 0;
  let worker: Worker | undefined;
  const onMainThread = (query: string, quick: boolean) =>
    import("./client.ts").then((m) => m.runSearch(query, { quick }));
  try {
    worker = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" });
  } catch {
    return onMainThread;
  }
  const failed = () => {
    worker = undefined;
    for (const resolve of waiting.values()) resolve({ id: -1 });
  };
  worker.addEventListener("error", failed);
  worker.addEventListener("message", (e: MessageEvent<SearchReply>) => waiting.get(e.data.id)?.(e.data));
  return (query, quick) => {
    if (!worker) return onMainThread(query, quick);
    const request: SearchRequest = { id: next++, query, quick, lang: document.documentElement.lang };
    return new Promise<SearchReply>((resolve) => {
      waiting.set(request.id, resolve);
      worker?.postMessage(request);
    }).then((reply) => {
      waiting.delete(request.id);
      return reply.result ?? onMainThread(query, quick);
    });
  };
}

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
  if (hit.also.length) {
    // Other places on the same page that answer nearly as well: the reader need not scroll the page to find them.
    const also = el("ul", "result-also");
    also.setAttribute("aria-label", MESSAGES.also);
    for (const other of hit.also) {
      const link = el("a", "", other.section);
      link.href = hitHref(hit, other.url);
      const item = el("li", "");
      item.append(link);
      also.append(item);
    }
    li.append(also);
  }
  return li;
}

/**
 * Notices above the results (server-rendered, shown or hidden here): how romaji was read, and what the site
 * deliberately leaves out with Rakuten's page for it.
 */
function renderNotices(r: SearchResult, box: HTMLElement): void {
  const reading = box.querySelector<HTMLElement>(".search-reading");
  if (reading) {
    reading.textContent = r.reading ? MESSAGES.reading(r.query, r.reading) : "";
    reading.hidden = !r.reading;
  }
  for (const p of box.querySelectorAll<HTMLElement>(".search-scope"))
    p.hidden = p.dataset["scope"] !== r.outOfScope;
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
  const search = workerSearch();
  const render = (r: SearchResult) => {
    renderNotices(r, notices);
    renderAnswer(r, answer);
    list.replaceChildren(...r.hits.map(renderHit));
    // Suggestions (server-rendered) when nothing matches.
    suggestions.hidden = r.hits.length > 0;
    status.textContent = r.hits.length ? MESSAGES.results(q, r.hits.length) : MESSAGES.noMatch(q);
  };
  // First results from the heading keywords (no word index to load), then the full search replaces them when it
  // differs; data-settled marks the final list.
  const quick = await search(q, true);
  if (quick.hits.length) render(quick);
  const full = await search(q, false);
  const same =
    full.hits.length === quick.hits.length &&
    full.hits.every((h, i) => h.url === quick.hits[i]?.url) &&
    full.answer?.text === quick.answer?.text;
  if (!same || !quick.hits.length) render(full);
  list.dataset["settled"] = "1";
}
