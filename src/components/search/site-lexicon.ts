/** Build time: the site's search lexicon data (glossary terms, the katakana words of every page, synonym groups and readings), computed once per build. */
import { getCollection } from "astro:content";
import { terms } from "../../lib/glossary/terms";
import { katakanaWords, type LexiconData } from "../../lib/search/lexicon";
import { synonymGroups, wordReadings } from "../../lib/search/synonyms";

let data: Promise<LexiconData> | undefined;

/** What /search/lexicon.json serves and what the build uses for heading keywords. */
export function siteLexiconData(): Promise<LexiconData> {
  data ??= (async () => {
    const docs = await getCollection("docs");
    // Glossary definitions are rendered from terms.ts, not from the page body.
    const text = [
      ...docs.map((d) => `${d.data.title}\n${d.data.description ?? ""}\n${d.body ?? ""}`),
      JSON.stringify(terms),
    ].join("\n");
    return {
      terms: terms.map(({ term, reading, aliases }) => ({ term, reading, aliases })),
      words: katakanaWords(text).sort(),
      groups: synonymGroups.map((g) => [...g]),
      readings: { ...wordReadings },
    };
  })();
  return data;
}
