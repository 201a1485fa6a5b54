/** Starlight route middleware: the 404 page has no address of its own, so it gets no canonical link or og:url. */
import { defineRouteMiddleware } from "@astrojs/starlight/route-data";

export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (route.id !== "404") return;
  route.head = route.head.filter(
    ({ tag, attrs }) =>
      !(tag === "link" && attrs?.rel === "canonical") && !(tag === "meta" && attrs?.property === "og:url"),
  );
});
