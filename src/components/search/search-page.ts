/** Browser glue for /search/: reads ?q=, queries Pagefind and renders the result list. */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  search: (q: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

const base = import.meta.env.BASE_URL.replace(/\/$/, "");

/** Loads the Pagefind bundle served with the site. */
async function loadPagefind(): Promise<Pagefind> {
  const url = `${base}/pagefind/pagefind.js`;
  return (await import(/* @vite-ignore */ url)) as Pagefind;
}

/** Renders one result: link to the best section, page title, section heading, excerpt with <mark>. */
function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement("li");
  const best = data.sub_results?.[0];
  const a = document.createElement("a");
  a.href = best?.url ?? data.url;
  a.textContent = data.meta.title ?? data.url;
  li.append(a);
  if (best && best.title !== data.meta.title) {
    const h = document.createElement("span");
    h.className = "section";
    h.textContent = ` › ${best.title}`;
    li.append(h);
  }
  const p = document.createElement("p");
  // Pagefind excerpts are text from our own pages with only <mark> added; keep only those tags.
  p.innerHTML = (best?.excerpt ?? data.excerpt).replace(/<(?!\/?mark>)[^>]*>/g, "");
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
  const pagefind = await loadPagefind();
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  list.replaceChildren(...data.map(renderResult));
  status.textContent = data.length
    ? `「${q}」の検索結果: ${search.results.length}件`
    : `「${q}」に一致するページは見つかりませんでした。言葉を短くするか、別の言い方でお試しください。`;
}
