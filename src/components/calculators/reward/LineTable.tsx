/** Per-line results of a cart, as a compact table (shown when the cart has more than one line); fits 360 px. */
import { memo } from "react";
import { formatNumber, formatYen } from "../../../lib/format";
import { resolveRate, type LineResult, type RewardRules } from "../../../lib/reward";

/** Name of a rate choice for display: "食品(4%)" for a genre, "4%" for a plain rate. */
export function rateLabel(rules: RewardRules, rate: string, pct: number): string {
  const genre = resolveRate(rules, rate)?.genre;
  return genre ? `${genre.name}(${pct}%)` : `${pct}%`;
}

export function LineTable({
  lines,
  keys,
  rules,
}: {
  lines: LineResult[];
  keys: number[];
  rules: RewardRules;
}) {
  return (
    <div className="calc-table-wrap calc-line-table">
      <table>
        <caption>商品ごとの報酬(ポイント)</caption>
        <thead>
          <tr>
            <th scope="col">商品</th>
            <th scope="col">通常</th>
            <th scope="col">ボーナス</th>
            <th scope="col">小計</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <LineRow key={keys[i] ?? i} index={i} line={l} rules={rules} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One row; memoised so a cart edit re-renders only the rows whose result changed. */
const LineRow = memo(function LineRow({
  index,
  line: l,
  rules,
}: {
  index: number;
  line: LineResult;
  rules: RewardRules;
}) {
  return (
    <tr data-line={index + 1}>
      <th scope="row">
        商品{index + 1}
        <span className="calc-cell-note">
          {rateLabel(rules, l.rate, l.ratePct)} {formatYen(l.price)}×{formatNumber(l.qty)}
        </span>
      </th>
      <td>
        {formatNumber(l.normal)}
        {l.normalCapped && <span className="calc-cell-note">上限</span>}
      </td>
      <td>
        {formatNumber(l.bonus)}
        {l.bonusCapped && <span className="calc-cell-note">上限</span>}
      </td>
      <td>{formatNumber(l.total)}</td>
    </tr>
  );
});
