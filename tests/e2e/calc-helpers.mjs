/** Helpers shared by the calculator browser tests: open a tool page hydrated, read its outputs. */
import { reusedTab } from "./harness.mjs";

/**
 * Opens `url` in `target` (a tab, or a browser context whose tab it borrows: see reusedTab), in `colorScheme` when given
 * (a tab keeps the scheme of the test before), and waits until every island on the page has hydrated (Astro drops the
 * `ssr` attribute) and read the URL.
 */
export async function openHydrated(target, url, { colorScheme } = {}) {
  const page = "goto" in target ? target : await reusedTab(target);
  if (colorScheme) await page.emulateMedia({ colorScheme });
  const dialogs = [];
  const errors = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: "load" });
  await page.locator("form.calc").scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => document.querySelector("astro-island") && !document.querySelector("astro-island[ssr]"),
  );
  // The island has read the URL (the server render shows the defaults until then).
  await page.locator(".calc[data-restored]").first().waitFor();
  return { page, dialogs, errors };
}

/** `{ name: data-value }` of every <output name> on the page. */
export function outputs(page) {
  return page.$$eval("output[name]", (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute("name"), e.getAttribute("data-value")])),
  );
}

/** Texts of the URL notices. */
export function notices(page) {
  return page.$$eval(".url-notices[role=status] li", (els) => els.map((e) => e.textContent ?? ""));
}

/**
 * In the page (pass to page.evaluate): every output's value and text, and every timeline step's date. The share-link
 * fixture is recorded (fixtures/record-share-links.mjs) and checked (calc-share-links.test.mjs) with this one function.
 */
export function snapshot() {
  const outputs = Object.fromEntries(
    [...document.querySelectorAll("output[name]")].map((o) => [
      o.getAttribute("name"),
      { value: o.getAttribute("data-value"), text: o.textContent },
    ]),
  );
  const steps = Object.fromEntries(
    [...document.querySelectorAll(".tl-list li[data-event]")].map((li) => [
      li.getAttribute("data-event"),
      li.querySelector("[data-value]")?.getAttribute("data-value") ??
        li.querySelector("time")?.dateTime ??
        "",
    ]),
  );
  return Object.keys(steps).length ? { outputs, steps } : { outputs };
}
