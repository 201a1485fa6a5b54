/** Build time: the site's search lexicon data (glossary terms, the katakana words of every page, synonym groups and readings), computed once per build. */
import { getCollection } from "astro:content";
import { terms } from "../../lib/glossary/terms";
import { katakanaWords, type LexiconData } from "../../lib/search/lexicon";
import { synonymGroups, wordReadings } from "../../lib/search/synonyms";

let text: Promise<string> | undefined;
let data: Promise<LexiconData> | undefined;

/** The text the lexicon reads: every page's title, description and body, and the glossary terms. */
export function siteText(): Promise<string> {
  text ??= (async () => {
    const docs = await getCollection("docs");
    // Glossary definitions are rendered from terms.ts, not from the page body.
    return [
      ...docs.map((d) => `${d.data.title}\n${d.data.description ?? ""}\n${d.body ?? ""}`),
      JSON.stringify(terms),
    ].join("\n");
  })();
  return text;
}

/** What /search/lexicon.json serves and what the build uses for heading keywords. */
export function siteLexiconData(): Promise<LexiconData> {
  data ??= (async () => {
    const all = await siteText();
    return {
      terms: terms.map(({ id, term, reading, aliases }) => ({ id, term, reading, aliases })),
      words: katakanaWords(all).sort(),
      groups: synonymGroups.map((g) => [...g]),
      readings: { ...wordReadings },
    };
  })();
  return data;
}
