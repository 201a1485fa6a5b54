/**
 * /search/lexicon.json: glossary terms, readings and aliases, and the katakana words of the guides, for the
 * browser search (keeps zod out of its bundle; lets hiragana typed for any katakana word of the site find it).
 */
import { siteLexiconData } from "../../components/search/site-lexicon";

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(await siteLexiconData()), {
    headers: { "Content-Type": "application/json" },
  });
}
