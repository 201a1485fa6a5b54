/** Build time: the site's kanji words by their hiragana reading (kuromoji over the site's text), for /search/kana-words.json. */
import { tokenize } from "kuromojin";
import { kanaWordsOf, withPhraseReadings, type ReadToken } from "../../lib/search/kana-words";
import { synonymGroups } from "../../lib/search/synonyms";
import { siteText } from "./site-lexicon";

/** Reading -> the site's spelling, for questions typed without kana-kanji conversion, and the synonym groups' phrases. */
export async function siteKanaWords(): Promise<Record<string, string>> {
  const own = kanaWordsOf(await readTokens(await siteText()));
  const phrases = new Map<string, ReadToken[]>();
  for (const word of new Set(synonymGroups.flat().map((w) => w.replace(/^[+?]/u, ""))))
    phrases.set(word, await readTokens(word));
  return withPhraseReadings(own, phrases);
}

/** The text's words with their readings, by kuromoji (IPADIC), line by line. */
async function readTokens(text: string): Promise<ReadToken[]> {
  const out: ReadToken[] = [];
  for (const line of text.split("\n"))
    for (const t of await tokenize(line))
      out.push({
        surface: t.surface_form,
        reading: t.reading ?? "",
        pos: t.pos,
        posDetail: t.pos_detail_1,
        basic: t.basic_form,
        conjugation: t.conjugated_type,
      });
  return out;
}
