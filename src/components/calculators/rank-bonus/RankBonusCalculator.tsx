/** ランク別比較 island: monthly referred sales, average price and rate -> the month's reward at every ROOM rank. */
import { useMemo } from "react";
import type { Rank } from "../../../lib/facts";
import { formatPoints, formatSigned, formatYen } from "../../../lib/format";
import { rankGains } from "../../../lib/rank";
import { MAX_AVG, MAX_SALES, rankOutputName, rankParamsFor } from "../../../lib/rank/params";
import { bonusRate, resolveRate } from "../../../lib/reward";
import { CopyLinkButton } from "../shared/CopyLinkButton";
import { Notices } from "../shared/Notices";
import { NumberField } from "../shared/NumberField";
import { ReportedMark } from "../shared/ReportedMark";
import { ResetButton } from "../shared/ResetButton";
import { SelectField } from "../shared/SelectField";
import { useRulesCalculator, type RulesCalculatorProps } from "../reward/useRulesCalculator";
import { RankChart } from "./RankChart";
import "../shared/calculators.css";

/** One sentence on what reaching `rank` would change compared with the current rank. */
function gainSentence(rank: Rank, gain: number, current: Rank): string {
  if (rank === current) return "現在のランクです。";
  if (gain > 0) return `${current}から${rank}に上がると、月に${formatPoints(gain)}増えます。`;
  if (gain < 0) return `${current}から${rank}に下がると、月に${formatPoints(-gain)}減ります。`;
  return `${current}と${rank}では報酬は変わりません。`;
}

export default function RankBonusCalculator(props: RulesCalculatorProps) {
  const { rules, shareHref } = props;
  const { values, notices, set, reset, shareUrl, rateChoices, rankChoices, FormulaHeading, urlSync } =
    useRulesCalculator(props, rankParamsFor);
  const ratePct = resolveRate(rules, values.rate)?.rate ?? 0;
  const gains = useMemo(
    () => rankGains(rules, { sales: values.sales, avg: values.avg, ratePct }, values.rank),
    [rules, values.sales, values.avg, ratePct, values.rank],
  );
  const noBonus = rules.ranks.filter((r) => bonusRate(rules, r) === 0);
  const best = gains[0];
  const units = values.avg > 0 ? values.sales / values.avg : 0;
  return (
    <form
      className={urlSync ? "calc calc-page" : "calc"}
      aria-label="ランク別比較"
      onSubmit={(e) => e.preventDefault()}
    >
      <Notices notices={notices} />
      <fieldset>
        <legend>条件</legend>
        <div className="calc-fields">
          <NumberField
            label="紹介経由の月間売上"
            unit="円"
            value={values.sales}
            min={0}
            max={MAX_SALES}
            hint="あなたの投稿から売れた商品の合計金額(例: 30万、300,000円)"
            onValue={(sales) => set({ sales })}
          />
          <NumberField
            label="平均商品単価"
            unit="円"
            value={values.avg}
            min={1}
            max={MAX_AVG}
            onValue={(avg) => set({ avg })}
          />
          <SelectField
            label="ジャンル・料率"
            value={values.rate}
            options={rateChoices}
            onValue={(rate) => set({ rate })}
          />
          <SelectField
            label="現在のランク"
            value={values.rank}
            options={rankChoices}
            onValue={(rank) => set({ rank: rank as Rank })}
          />
        </div>
      </fieldset>

      <section className="calc-results" aria-label="ランク別の月間報酬">
        <div className="calc-table-wrap">
          <table>
            <caption>
              ランク別の月間報酬(約{units.toLocaleString("ja-JP", { maximumFractionDigits: 1 })}個分)
            </caption>
            <thead>
              <tr>
                <th scope="col">ランク</th>
                <th scope="col">1個あたり</th>
                <th scope="col">月間報酬</th>
                <th scope="col">現在との差</th>
              </tr>
            </thead>
            <tbody>
              {gains.map((g) => (
                <tr key={g.rank} aria-current={g.rank === values.rank ? "true" : undefined}>
                  <th scope="row">
                    {g.rank}
                    {g.rank === values.rank ? "(現在)" : ""}
                  </th>
                  <td>{formatPoints(g.perUnit)}</td>
                  <td>
                    <output name={rankOutputName(g.rank)} data-value={String(g.total)}>
                      {formatPoints(g.total)}
                    </output>
                  </td>
                  <td>{formatSigned(g.gain)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="rank-gains">
          {gains
            .filter((g) => g.rank !== values.rank && g.gain !== 0)
            .map((g) => (
              <li key={g.rank}>{gainSentence(g.rank, g.gain, values.rank)}</li>
            ))}
        </ul>
        {best && best.rank !== values.rank && (
          <p aria-live="polite">
            最上位の{best.rank}ランクなら、月に{formatPoints(best.total)}({formatYen(best.total)}
            分の楽天キャッシュ)になります。
          </p>
        )}
      </section>

      <RankChart gains={gains} current={values.rank} />

      <div className="calc-formula">
        {/* Top level on the tool page, under the lesson's own heading when embedded. */}
        <FormulaHeading>計算のしかた</FormulaHeading>
        <p>
          月間売上を平均単価で割って売れた個数とみなし、1個あたりの報酬(通常報酬は上限
          {formatPoints(rules.normalCap.value)}、ランクボーナスは別枠で上限
          {formatPoints(rules.bonusCap.value)}
          {rules.bonusCap.reported && <ReportedMark />}
          )を掛けます。端数は最後に1回だけ切り捨てます。
          {noBonus.length > 1 &&
            `${noBonus.join("・")}ランクにはボーナスがないため、これらは同じ金額になります。`}
        </p>
      </div>

      <div className="calc-actions">
        {(urlSync || shareHref) && <CopyLinkButton getUrl={shareUrl} />}
        <ResetButton onReset={reset} />
      </div>
    </form>
  );
}
