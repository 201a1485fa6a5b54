/** Astro integration adding `client:interaction`: hydrate an island when the reader first touches it. */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";

declare module "astro" {
  interface AstroClientDirectives {
    /** Hydrate on the first focusin, pointerover, touchstart or keydown inside the island. */
    "client:interaction"?: boolean;
  }
}

/** Registers the directive; add `interactionDirective()` to `integrations` in astro.config.mjs. */
export default function interactionDirective(): AstroIntegration {
  return {
    name: "interaction-directive",
    hooks: {
      "astro:config:setup": ({ addClientDirective }) => {
        addClientDirective({
          name: "interaction",
          entrypoint: fileURLToPath(new URL("./interaction-directive-client.ts", import.meta.url)),
        });
      },
    },
  };
}
