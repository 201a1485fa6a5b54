/**
 * The polite 「新しい版があります」 bar: the new version takes over and the page reloads only when the reader presses
 * 「更新する」, and the bar stays out of sight while a quiz is being answered.
 */

/** A quiz (or the review list) the reader is in the middle of; see LessonQuizSection and ReviewList. */
const ANSWERING = "[data-quiz-state='answering']";

function button(label: string): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  return b;
}

/** Shows the bar for `worker` (once per page). */
export function offerUpdate(worker: ServiceWorker): void {
  if (document.querySelector("[data-sw-update]")) return;
  const bar = document.createElement("div");
  bar.className = "sw-update";
  bar.dataset["swUpdate"] = "";
  bar.setAttribute("role", "region");
  bar.setAttribute("aria-label", "サイトの更新");
  const text = document.createElement("p");
  text.setAttribute("role", "status");
  const update = button("更新する");
  const later = button("あとで");
  later.className = "sw-update-later";
  bar.append(text, update, later);

  const busy = () => document.querySelector(ANSWERING) !== null;
  const sync = () => {
    bar.hidden = busy();
  };
  const observer = new MutationObserver(sync);
  observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-quiz-state"] });
  update.addEventListener("click", () => {
    if (busy()) return sync();
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), {
      once: true,
    });
    worker.postMessage({ type: "SKIP_WAITING" });
  });
  later.addEventListener("click", () => {
    observer.disconnect();
    bar.remove();
  });
  sync();
  document.body.append(bar);
  // Filled once in the page, so screen readers announce it as a status message.
  requestAnimationFrame(() => {
    text.textContent = "新しい版があります。更新すると、このページを読み込み直して最新の内容を表示します。";
  });
}
