/** Browser side of `client:interaction`: loads and hydrates the island on the first interaction inside it. */
import type { ClientDirective } from "astro";

/** Events that mean the reader is about to use the island (all bubble, so they reach <astro-island>). */
const EVENTS = ["focusin", "pointerover", "touchstart", "keydown"] as const;

const interaction: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const name of EVENTS) el.removeEventListener(name, start);
    const hydrate = await load();
    await hydrate();
  };
  for (const name of EVENTS) el.addEventListener(name, start, { passive: true });
  // Focus already inside (e.g. restored by the browser): hydrate right away.
  if (el.contains(document.activeElement)) void start();
};

export default interaction;
