/**
 * /search/kana-words.json: the site's kanji words by hiragana reading. The search loads it only for a question typed
 * without kana-kanji conversion, so other searches do not download it.
 */
import { siteKanaWords } from "../../components/search/site-kana-words";

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(await siteKanaWords()), {
    headers: { "Content-Type": "application/json" },
  });
}
