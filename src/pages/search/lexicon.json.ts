/**
 * /search/lexicon.json: glossary terms, readings and aliases, and the katakana words of the guides, for the
 * browser search (keeps zod out of its bundle; lets hiragana typed for any katakana word of the site find it).
 */
import { getCollection } from "astro:content";
import { terms } from "../../lib/glossary/terms";
import { katakanaWords } from "../../lib/search/lexicon";
import type { LexiconData } from "../../lib/search/lexicon";

export async function GET(): Promise<Response> {
  const docs = await getCollection("docs");
  // Glossary definitions are rendered from terms.ts, not from the page body.
  const text = [
    ...docs.map((d) => `${d.data.title}\n${d.data.description ?? ""}\n${d.body ?? ""}`),
    JSON.stringify(terms),
  ].join("\n");
  const data: LexiconData = {
    terms: terms.map(({ term, reading, aliases }) => ({ term, reading, aliases })),
    words: katakanaWords(text).sort(),
  };
  return new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json" } });
}
