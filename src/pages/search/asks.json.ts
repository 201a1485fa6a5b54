/**
 * /search/asks.json: for each page section, the questions readers type that it answers (src/lib/search/asks/*.json,
 * and the training batches' questions in asks/batches/), validated, with the site's base on the page URLs and folded
 * for matching, each question once (asksToWire). The full search loads it.
 */
import { z } from "zod";
import { asksData, asksToWire, fitsAsk, type AsksFile } from "../../lib/search/asks";
import { withBase } from "../../lib/base";

const asksFile = z.strictObject({
  page: z.string().regex(/^(?:[a-z0-9-]+\/)*$/u),
  sections: z.record(
    z.string().min(1),
    z.array(z.string().min(2).refine(fitsAsk, "longer than a section question may be (fitsAsk)")),
  ),
});

const files = import.meta.glob<{ default: unknown }>(
  ["../../lib/search/asks/*.json", "../../lib/search/asks/batches/*.json"],
  { eager: true },
);

/** The validated files (a build error names the file that does not match). */
function asksFiles(): AsksFile[] {
  return Object.entries(files).map(([path, mod]) => {
    const parsed = asksFile.safeParse(mod.default);
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
    return parsed.data;
  });
}

export function GET(): Response {
  return new Response(JSON.stringify(asksToWire(asksData(asksFiles(), withBase))), {
    headers: { "Content-Type": "application/json" },
  });
}
