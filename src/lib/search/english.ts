/** English word forms and question words typed in a Japanese search box (calculators, sells, how much). */

const ENGLISH_WORD = /^[a-z]{4,}$/;

/**
 * Base forms an English word may come from, most likely first (calculators -> calculator, sells -> sell,
 * studies -> study, started -> start, used -> use, posting -> post). Short words are left alone (bus, has).
 */
export function englishBases(word: string): string[] {
  if (!ENGLISH_WORD.test(word)) return [];
  const bases: string[] = [];
  if (word.endsWith("ies")) bases.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) bases.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) bases.push(word.slice(0, -1));
  if (word.endsWith("ed")) bases.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith("ing")) bases.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return bases.filter((b) => b.length >= 3);
}

/** The lexicon entry of an English word's base form, if one is known. */
export function englishBaseOf<T>(word: string, phrases: ReadonlyMap<string, T>): T | undefined {
  for (const base of englishBases(word)) {
    const entry = phrases.get(base);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * English phrasing read as what it asks: "how much" and "how long" ask an amount or a span, not a method ("how many
 * days after" asks a time, 何日後; "how many days" a span); "when" before a subject ("when an item sells") sets a
 * condition, not a time; "post purchase" is one word (購入後), and "follow-up mail" is フォローメール.
 */
export function readEnglishPhrasing(text: string): string {
  return text
    .replace(/\bhow many (?:days|weeks|months) (?:after|later)\b/g, "何日後")
    .replace(/\bhow many (?=(?:days|weeks|months)\b)/g, "how long ")
    .replace(/\bhow (?=(?:much|many|long|often|soon)\b)/g, "")
    .replace(
      /(?<=\S )when (?=(?:a|an|the|i|we|my|our|your|their|one|someone|somebody|something|they|it|customers?|users?|people|products?|items?|orders?)\b)/g,
      "",
    )
    .replace(/\b(?:per|a|each|every) month\b/g, "monthly")
    .replace(/\b(post|after) (?=purchase\b)/g, "$1-")
    .replace(/\bfollow-? ?up (?:e-?)?mails?\b/g, "フォローメール");
}
