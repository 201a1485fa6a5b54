/**
 * `node --test` reporter: the time each test file took (its top-level tests and suites, which run one after the other),
 * longest first, so the order in scripts/test.mjs can follow the measurements.
 */
export default async function* fileTimes(source) {
  const seconds = new Map();
  for await (const event of source) {
    if (
      (event.type === "test:pass" || event.type === "test:fail") &&
      event.data.nesting === 0 &&
      event.data.file
    ) {
      const file = event.data.file.replace(`${process.cwd()}/`, "");
      seconds.set(file, (seconds.get(file) ?? 0) + (event.data.details.duration_ms ?? 0) / 1000);
    }
  }
  const rows = [...seconds].sort((a, b) => b[1] - a[1]);
  yield `\nファイルごとの時間 (秒):\n${rows.map(([f, s]) => `${s.toFixed(1).padStart(7)}  ${f}`).join("\n")}\n`;
}
