/** Per-line results of a cart, as a table (shown when the cart has more than one line). */
import { memo } from "react";
import { formatNumber, formatPoints, formatYen } from "../../../lib/format";
import { resolveRate, type LineResult, type RewardRules } from "../../../lib/reward";

/** Name of a rate choice for display: "食品(4%)" for a genre, "4%" for a plain rate. */
function rateLabel(rules: RewardRules, rate: string, pct: number): string {
  const genre = resolveRate(rules, rate)?.genre;
  return genre ? `${genre.name}(${pct}%)` : `${pct}%`;
}

export function LineTable({ lines, rules }: { lines: LineResult[]; rules: RewardRules }) {
  return (
    <div className="calc-table-wrap calc-line-table">
      <table>
        <caption>商品ごとの報酬</caption>
        <thead>
          <tr>
            <th scope="col">商品</th>
            <th scope="col">ジャンル・料率</th>
            <th scope="col">価格×数量</th>
            <th scope="col">通常報酬</th>
            <th scope="col">ボーナス</th>
            <th scope="col">小計</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <LineRow key={i} index={i} line={l} rules={rules} />
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
      <th scope="row">商品{index + 1}</th>
      <td>{rateLabel(rules, l.rate, l.ratePct)}</td>
      <td>
        {formatYen(l.price)}×{formatNumber(l.qty)}
      </td>
      <td>
        {formatPoints(l.normal)}
        {l.normalCapped ? "(上限)" : ""}
      </td>
      <td>
        {formatPoints(l.bonus)}
        {l.bonusCapped ? "(上限)" : ""}
      </td>
      <td>{formatPoints(l.total)}</td>
    </tr>
  );
});
