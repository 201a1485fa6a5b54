/** Starlight route middleware: frontmatter links get the base path; the 404 page gets no canonical link or og:url. */
import { defineRouteMiddleware } from "@astrojs/starlight/route-data";
import { withBase } from "./lib/base";

export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  // Hero buttons come from frontmatter, which the compile-time link plugin (src/integrations/base-links.ts) never sees.
  // A copy, not the cached entry itself, so a page rendered twice (dev server) is not prefixed twice.
  const hero = route.entry.data.hero;
  if (hero?.actions.length) {
    const actions = hero.actions.map((a) => ({ ...a, link: withBase(a.link) }));
    route.entry = { ...route.entry, data: { ...route.entry.data, hero: { ...hero, actions } } };
  }
  if (route.id !== "404") return;
  // The 404 page has no address of its own.
  route.head = route.head.filter(
    ({ tag, attrs }) =>
      !(tag === "link" && attrs?.rel === "canonical") && !(tag === "meta" && attrs?.property === "og:url"),
  );
});
