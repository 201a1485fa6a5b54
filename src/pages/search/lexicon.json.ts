/** /search/lexicon.json: glossary terms, readings and aliases for the browser search (keeps zod out of its bundle). */
import { terms } from "../../lib/glossary/terms";

export function GET(): Response {
  const data = terms.map(({ term, reading, aliases }) => ({ term, reading, aliases }));
  return new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json" } });
}
