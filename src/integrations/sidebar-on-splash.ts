/** Starlight route middleware: pages on the splash template (the home page) keep the sidebar and its phone menu button. */
import { defineRouteMiddleware } from "@astrojs/starlight/route-data";

export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (route.entry.data.template === "splash") route.hasSidebar = true;
});
