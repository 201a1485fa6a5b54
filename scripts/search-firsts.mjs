/**
 * `node scripts/search-firsts.mjs save <file>` writes every question's first result over the built site (OUT_DIR or
 * dist); `node scripts/search-firsts.mjs diff <before> <after>` lists the questions whose first result changed, with
 * whether it is now right or wrong: in full for the gated set, training and tuning batches, and for held-out batches
 * only as how many changed (not which way), so checking a change neither shows a held-out question nor chooses by it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { canonical, isAnswer, questionSets, rankers } from "../tests/search/eval.mjs";

const [command, a, b] = process.argv.slice(2);
const keyOf = (set, q) => `${set.name}\t${q}`;
const heldOut = (set) => set.batch !== undefined && !set.training && !set.tuning;

if (command === "save" && a) {
  const { questionSearch } = await rankers(process.env.OUT_DIR);
  const firsts = {};
  for (const set of questionSets())
    for (const { q } of set.questions) firsts[keyOf(set, q)] = (await questionSearch(q))[0] ?? "";
  writeFileSync(a, JSON.stringify(firsts));
} else if (command === "diff" && a && b) {
  const [before, after] = [a, b].map((f) => JSON.parse(readFileSync(f, "utf8")));
  let heldChanged = 0;
  let net = 0;
  for (const set of questionSets())
    for (const { q, answers } of set.questions) {
      const key = keyOf(set, q);
      // A question only one file has (a batch added or renamed in between) is not a change.
      if (!(key in before) || !(key in after) || before[key] === after[key]) continue;
      if (heldOut(set)) {
        heldChanged++;
        continue;
      }
      const change =
        Number(isAnswer(after[key] ?? "", answers)) - Number(isAnswer(before[key] ?? "", answers));
      net += change;
      const mark = change > 0 ? "+" : change < 0 ? "-" : "=";
      console.log(
        `${mark} ${set.name}: ${q}\n    ${canonical(before[key] ?? "")} -> ${canonical(after[key] ?? "")}`,
      );
    }
  console.log(`seen sets: net ${net}; held-out: ${heldChanged} first results changed (direction not shown)`);
} else {
  console.error("usage: node scripts/search-firsts.mjs save <file> | diff <before> <after>");
  process.exit(2);
}
