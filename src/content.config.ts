/** Content collections: Starlight docs (with the extra fields our guides use) and UI string overrides. */
import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { docsLoader, i18nLoader } from "@astrojs/starlight/loaders";
import { docsSchema, i18nSchema } from "@astrojs/starlight/schema";
import { PAGE_KINDS } from "./lib/search/page-kind.ts";

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /**
         * What the page is, for search ranking and navigation: an overview (hub), a lesson, a calculator (tool),
         * the glossary, an FAQ, a rule or law (rules), a worked example that applies several lessons to one shop
         * (case), texts to copy and adapt (template), or a utility page outside the guides (page: 404, search).
         * Required, so behaviour never has to be guessed from a URL.
         */
        kind: z.enum(PAGE_KINDS),
        /** Date the facts on this page were last checked against their sources (YYYY-MM-DD). */
        verified: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
        /**
         * For an overview page (hub) whose title does not say so: what it lists, in the words a reader asks for it
         * by (現場の実務 lists 事例). Search reads them with the title.
         */
        lists: z.array(z.string()).optional(),
        /**
         * Sections that give another page's lesson in brief and link to it: heading id → that page's path. Search
         * ranks them a little below the page they sum up.
         */
        summaries: z.record(z.string(), z.string()).optional(),
        /**
         * Heading ids of the sections that hold a text to copy and adapt (a request to a ROOM user), on a page that is
         * no template page. Search answers a question asking for an example (文面の例, テンプレ) with them too.
         */
        examples: z.array(z.string()).optional(),
        /** ids from src/lib/facts/sources.ts that this page draws on. */
        sources: z.array(z.string()).optional(),
      }),
    }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
