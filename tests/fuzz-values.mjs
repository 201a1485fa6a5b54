/**
 * Values that try to break a calculator's URL parameters: markup, edges of numbers and dates, bidi marks, other digit
 * systems, prototype keys, very long text. Shared by the pure fuzz (tests/unit/url-state/hostile.property.test.ts)
 * and the browser fuzz (tests/e2e/fuzz.test.mjs).
 */
import fc from "fast-check";

/** Markup payloads: every one carries data-fuzz and would set window.__fuzzHit if it ever ran. */
export const PAYLOADS = [
  `<img src=x data-fuzz onerror="window.__fuzzHit=1">`,
  `"><script data-fuzz>window.__fuzzHit=1</script>`,
  `'><svg data-fuzz onload=window.__fuzzHit=1>`,
  `</output><img data-fuzz src=x onerror=alert(1)>`,
  `<iframe data-fuzz srcdoc="<script>parent.__fuzzHit=1</script>">`,
  `javascript:alert(1)//data-fuzz`,
  `{{constructor.constructor('window.__fuzzHit=1')()}}data-fuzz`,
];

/** Odd but harmless-looking values: numbers at the edges, broken dates, bidi marks, other digit systems. */
export const ODD = [
  "",
  " ",
  "-0",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "9007199254740993",
  "0x10",
  "1,000,000,000,000,000円",
  "１２３",
  "٣",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31",
  "2026-1-1",
  "２０２６－０１－０５",
  "\u202e2026-01-05",
  "2026-01-05\u200f",
  "2026-12-04..2026-12-01:逆順",
  "..",
  ",,,,",
  "sat,sat,sat,xyz",
  "__proto__",
  "constructor",
  "\u0000",
  "a".repeat(5000),
];

export const isoish = fc
  .tuple(
    fc.integer({ min: -1, max: 10000 }),
    fc.integer({ min: -1, max: 14 }),
    fc.integer({ min: -1, max: 40 }),
  )
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  );

export const valueArb = fc.oneof(
  { arbitrary: fc.constantFrom(...PAYLOADS), weight: 3 },
  { arbitrary: fc.constantFrom(...ODD), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 1 },
  { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String), weight: 2 },
  { arbitrary: isoish, weight: 2 },
  {
    arbitrary: fc
      .array(
        fc.oneof(
          isoish,
          fc.tuple(isoish, isoish).map(([a, b]) => `${a}..${b}`),
          fc.constantFrom(...PAYLOADS),
        ),
        {
          maxLength: 4,
        },
      )
      .map((xs) => xs.join(",")),
    weight: 2,
  },
);
