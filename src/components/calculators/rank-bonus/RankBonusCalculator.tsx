/** ランク別比較 island: monthly referred sales, average price and rate -> the month's reward at every ROOM rank. */
import { useId, useMemo } from "react";
import type { Rank } from "../../../lib/facts";
import { formatNumber, formatPoints, formatSigned, formatYen } from "../../../lib/format";
import { rankGains } from "../../../lib/rank";
import { MAX_AVG, MAX_SALES, rankOutputName, rankParamsFor } from "../../../lib/rank/params";
import { bonusRate, resolveRate } from "../../../lib/reward";
import { CalcFooter } from "../shared/CalcFooter";
import { Notices } from "../shared/Notices";
import { NumberField } from "../shared/NumberField";
import { ReportedMark } from "../shared/ReportedMark";
import { ResultSummary } from "../shared/ResultSummary";
import { SelectField } from "../shared/SelectField";
import { StaleNotice } from "../shared/StaleNotice";
import { useRulesCalculator, type RulesCalculatorProps } from "../shared/useRulesCalculator";
import { RankChart } from "./RankChart";
import "../shared/calculators.css";

/** One sentence on what reaching `rank` would change compared with the current rank. */
function gainSentence(rank: Rank, gain: number, current: Rank): string {
  if (rank === current) return "現在のランクです。";
  if (gain > 0) return `${current}から${rank}に上がると、月に${formatPoints(gain)}増えます。`;
  if (gain < 0) return `${current}から${rank}に下がると、月に${formatPoints(-gain)}減ります。`;
  return `${current}と${rank}では報酬は変わりません。`;
}

export function RankBonusCalculator(props: RulesCalculatorProps) {
  const { rules, embedded } = props;
  const calc = useRulesCalculator(props, rankParamsFor);
  const {
    values,
    notices,
    set,
    generation,
    shareUrl,
    stale,
    ValidityProvider,
    rateChoices,
    rankChoices,
    Heading,
  } = calc;
  const resultsId = useId();
  const ratePct = resolveRate(rules, values.rate)?.rate ?? 0;
  const gains = useMemo(
    () => rankGains(rules, { sales: values.sales, avg: values.avg, ratePct }, values.rank),
    [rules, values.sales, values.avg, ratePct, values.rank],
  );
  const noBonus = rules.ranks.filter((r) => bonusRate(rules, r) === 0);
  const best = gains[0];
  const current = gains.find((g) => g.rank === values.rank);
  const units = values.avg > 0 ? values.sales / values.avg : 0;
  const unitsText = units.toLocaleString("ja-JP", { maximumFractionDigits: 1 });

  const getText = async () => {
    const { rankText } = await import("./rank-text");
    const rate = resolveRate(rules, values.rate);
    return rankText({
      inputs: [
        ["紹介経由の月間売上", formatYen(values.sales)],
        ["平均商品単価", formatYen(values.avg)],
        ["ジャンル・料率", rate?.genre ? `${rate.genre.name}(${ratePct}%)` : `${ratePct}%`],
        ["紹介するユーザーの現在のランク", `${values.rank}ランク`],
      ],
      outputs: gains.map((g) => [
        `${g.rank}ランク${g.rank === values.rank ? "(現在)" : ""}`,
        `${formatPoints(g.total)}(現在との差 ${formatSigned(g.gain)}、1個あたり${formatPoints(g.perUnit)})`,
      ]),
      units: `約${unitsText}個`,
      normalCap: formatPoints(rules.normalCap.value),
      bonusCap: formatPoints(rules.bonusCap.value),
      bonusReported: rules.bonusCap.reported,
      link: calc.canShare ? shareUrl() : undefined,
    });
  };

  return (
    <ValidityProvider>
      <form
        className={props.urlSync === false ? "calc" : "calc calc-page"}
        aria-label="ランク別比較"
        // Set once the values from the URL are in (tests wait for it; the server render has the defaults).
        data-restored={calc.restored || undefined}
        onSubmit={(e) => e.preventDefault()}
      >
        <Notices notices={notices} />
        <ResultSummary detailsId={resultsId} stale={stale}>
          {current && `${current.rank}ランク(現在) ${formatPoints(current.total)}`}
          {best &&
            current &&
            best.rank !== current.rank &&
            ` / ${best.rank}ランク ${formatPoints(best.total)}(${formatSigned(best.gain)})`}
        </ResultSummary>
        <StaleNotice stale={stale} />
        <fieldset key={generation}>
          <legend>条件</legend>
          <div className="calc-fields">
            <NumberField
              label="紹介経由の月間売上"
              unit="円"
              value={values.sales}
              min={0}
              max={MAX_SALES}
              hint="ROOMユーザー1人の紹介から売れた、店舗の商品の1か月の売上(例: 30万、300,000円)"
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
              label="紹介するユーザーの現在のランク"
              value={values.rank}
              options={rankChoices}
              onValue={(rank) => set({ rank: rank as Rank })}
            />
          </div>
        </fieldset>

        <section
          id={resultsId}
          className="calc-results"
          aria-label="ランク別の月間報酬"
          data-stale={stale || undefined}
        >
          <div className="calc-table-wrap">
            <table>
              <caption>ランク別の月間報酬(約{unitsText}個分)</caption>
              <thead>
                <tr>
                  <th scope="col">ランク</th>
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
                      <span className="calc-cell-note">1個 {formatNumber(g.perUnit)}</span>
                    </th>
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
          <Heading>計算のしかた</Heading>
          <p>
            月間売上を平均単価で割って売れた個数とみなし、1個あたりの報酬(通常報酬は上限
            {formatPoints(rules.normalCap.value)}、ランクボーナスは別枠で上限
            {formatPoints(rules.bonusCap.value)}
            {rules.bonusCap.reported && <ReportedMark />}
            )を掛けます。端数は最後に1回だけ切り捨てます。表の「1個」は1個あたりの報酬(ポイント)です。
            {noBonus.length > 1 &&
              `${noBonus.join("・")}ランクにはボーナスがないため、これらは同じ金額になります。`}
          </p>
        </div>

        <CalcFooter
          calc={calc}
          getText={getText}
          embed={{ title: "ランク別比較(楽天ROOM・CRM 実務ガイド)", height: 1150 }}
          embedded={embedded}
        />
      </form>
    </ValidityProvider>
  );
}
