/**
 * Reads a `_headers` file (the Netlify / Cloudflare Pages format) and answers which headers a path gets, so the local
 * servers send what those hosts send. Matching rules apply in file order; a repeated header is joined with ", " and
 * `! Name` drops what earlier rules set (Cloudflare Pages' rules, which the file is written for).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Rules of a `_headers` text: [{ path, match: RegExp, lines: [["set", name, value] | ["detach", name]] }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, match: pathPattern(line), lines: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line}" comes before any path`);
    if (line.startsWith("!")) rule.lines.push(["detach", line.slice(1).trim().toLowerCase()]);
    else {
      const colon = line.indexOf(":");
      if (colon < 1) throw new Error(`_headers: "${line}" is not "Name: value"`);
      rule.lines.push(["set", line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** A rule path as a RegExp: `*` matches anything (also "/"), `:name` one path segment. */
function pathPattern(path) {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\*/g, ".*").replace(/:\w+/g, "[^/]+")}$`);
}

/** Headers (lower-case name -> value) that `rules` give the URL path `path` ("/room/", "/embed/reward/"). */
export function headersFor(rules, path) {
  const out = new Map();
  for (const rule of rules) {
    if (!rule.match.test(path)) continue;
    for (const [op, name, value] of rule.lines) {
      if (op === "detach") out.delete(name);
      else out.set(name, out.has(name) ? `${out.get(name)}, ${value}` : value);
    }
  }
  return out;
}

/** The rules of `dir`/_headers, or none when the folder has no such file. */
export function readHeaders(dir) {
  const file = join(dir, "_headers");
  return existsSync(file) ? parseHeaders(readFileSync(file, "utf8")) : [];
}
