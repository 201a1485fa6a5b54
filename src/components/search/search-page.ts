/** Browser glue for /search/: reads ?q=, runs the question search and renders the result list. */
import { hitHref, runSearch, type SearchHit } from "./client.ts";

/** One result: link to the best section with the page title, the section heading and a marked excerpt. */
function renderHit(hit: SearchHit): HTMLLIElement {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = hitHref(hit);
  a.className = "result-link";
  const title = document.createElement("span");
  title.className = "result-title";
  title.textContent = hit.title;
  a.append(title);
  if (hit.section) {
    const section = document.createElement("span");
    section.className = "result-section";
    section.textContent = hit.section;
    a.append(section);
  }
  li.append(a);
  const p = document.createElement("p");
  p.className = "result-excerpt";
  // The excerpt is escaped text from our own pages with only <mark> added by the search core.
  p.innerHTML = hit.excerpt;
  li.append(p);
  return li;
}

export async function runSearchPage(): Promise<void> {
  const q = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  const input = document.getElementById("search-page-q") as HTMLInputElement | null;
  const list = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  if (!input || !list || !status) return;
  input.value = q;
  if (!q) return;
  status.textContent = `「${q}」を検索しています…`;
  const hits = await runSearch(q);
  list.replaceChildren(...hits.map(renderHit));
  status.textContent = hits.length
    ? `「${q}」の検索結果: ${hits.length}件`
    : `「${q}」に一致するページは見つかりませんでした。言葉を短くするか、別の言い方でお試しください。`;
}
