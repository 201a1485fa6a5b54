/** Waiting for a page in Chromium to settle, for the browser tests and the bench: rendering updates, islands. */

/** Resolves after two rendering updates: what the last change scheduled is painted and React's effects have run. */
export const twoFrames = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Shows each island in turn (client:visible ones hydrate when seen), then waits until every island but those that
 * wait for a touch (client:interaction) has hydrated and the fonts have loaded. Resolves to false when an island has
 * not hydrated within 10 s.
 */
export async function hydrateIslands(page) {
  const islands = page.locator("astro-island");
  for (let i = 0, n = await islands.count(); i < n; i++) await islands.nth(i).scrollIntoViewIfNeeded();
  const hydrated = await page
    .waitForFunction(() => !document.querySelector('astro-island[ssr]:not([client="interaction"])'), null, {
      timeout: 10000,
    })
    .then(
      () => true,
      () => false,
    );
  await page.evaluate(() => document.fonts?.ready);
  return hydrated;
}
