/** Japanese number input: full-width digits, commas, spaces, 円 ¥ 個 etc. and 万 -> a number, or a Japanese message. */
import { formatNumber } from "../format";
import { fail, ok, type InputResult } from "./result";

export interface NumberInputOptions {
  /** Reject fractions (default true: prices, quantities and points are whole numbers). */
  integer?: boolean;
  /** Smallest accepted value (inclusive). */
  min?: number;
  /** Largest accepted value (inclusive). */
  max?: number;
  /** Most decimal places accepted when `integer` is false (e.g. 2 for percentages). */
  decimals?: number;
}

/** Currency marks that may stand before the number. */
const PREFIX = /^(?:¥|\\)/u;
/** Units that may follow the number (longest first). */
const SUFFIX = /(?:ポイント|ﾎﾟｲﾝﾄ|円|個|点|件|人|本|つ|pt|p|%|％|日|yen)$/iu;
/** The tax note Rakuten's item pages print after a price: (税込), (税込み) — full-width brackets become ASCII by NFKC. */
const TAX_NOTE = /\(税込み?\)$/u;
/** Characters used to group digits or pad the text. */
const SEPARATORS = /[\s,、，'_]/gu;
/** Minus signs people type (hyphen, U+2212, full-width hyphen after NFKC, long vowel mark). */
const MINUS = /^[-−‐‑–—ー]/u;

/** Normalises the text: NFKC (full-width to ASCII), separators and a (税込) note removed, currency mark and unit stripped. */
export function normalizeNumberText(raw: string): string {
  let s = raw.normalize("NFKC").replace(SEPARATORS, "").replace(TAX_NOTE, "");
  s = s.replace(PREFIX, "");
  s = s.replace(SUFFIX, "");
  s = s.replace(PREFIX, "");
  s = s.replace(MINUS, "-");
  return s;
}

/** Reads "12万", "1.5万", "12万3400" as well as plain decimals; NaN when the text is not a number. */
function toNumber(s: string): number {
  const man = /^(-?)(\d+(?:\.\d+)?)万(\d{0,4})$/u.exec(s);
  if (man) {
    const [, sign, head = "0", tail = ""] = man;
    const value = Number(head) * 10000 + (tail ? Number(tail) : 0);
    return sign ? -value : value;
  }
  if (!/^-?(?:\d+(?:\.\d*)?|\.\d+)$/u.test(s)) return Number.NaN;
  return Number(s);
}

/** Parses a number typed by a Japanese user: "５，０００円" -> 5000. Never throws. */
export function parseNumberInput(raw: string, options: NumberInputOptions = {}): InputResult<number> {
  const { integer = true, min, max, decimals } = options;
  const s = normalizeNumberText(raw);
  if (s === "") return fail("数値を入力してください。");
  const value = toNumber(s);
  if (!Number.isFinite(value)) return fail("数字で入力してください(例: 5000、５，０００円)。");
  if (integer && !Number.isInteger(value)) return fail("小数ではなく整数で入力してください。");
  if (decimals !== undefined && (s.split(".")[1]?.length ?? 0) > decimals)
    return fail(`小数は第${decimals}位までで入力してください。`);
  if (min !== undefined && value < min) return fail(`${formatNumber(min)}以上で入力してください。`);
  if (max !== undefined && value > max) return fail(`${formatNumber(max)}以下で入力してください。`);
  return ok(value === 0 ? 0 : value);
}
