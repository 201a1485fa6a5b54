/**
 * On every page: registers the Workbox service worker once the page has loaded, so precaching never competes with
 * the first visit, and offers a new version when one is waiting. Kept tiny: it ships with every page.
 */
import { withBase } from "../../lib/base";

/** Shows the update prompt (loaded only when a new version is actually waiting). */
function offer(worker: ServiceWorker): void {
  void import("./update-prompt").then((m) => m.offerUpdate(worker));
}

/** Offers a version that is already waiting, and any that finishes installing while this page is open. */
function watch(reg: ServiceWorkerRegistration): void {
  if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
  reg.addEventListener("updatefound", () => {
    const worker = reg.installing;
    worker?.addEventListener("statechange", () => {
      // With no controller this is the first install, which simply takes over: nothing to ask.
      if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
    });
  });
}

function register(): void {
  navigator.serviceWorker.register(withBase("/sw.js"), { scope: withBase("/") }).then(
    (reg: ServiceWorkerRegistration | undefined) => reg && watch(reg),
    () => {
      /* no worker (blocked, private mode): the site still works online */
    },
  );
}

const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
// Not inside someone else's frame (embedded calculators), and not when the reader asked the browser to save data.
if (import.meta.env.PROD && "serviceWorker" in navigator && window.top === window && !saveData) {
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
