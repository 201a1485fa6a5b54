/** 報酬シミュレーター island: a cart of lines, rank, tax and rounding settings -> normal, bonus and total points. */
import { lazy, Suspense, useCallback, useId, useMemo } from "react";
import type { Rank } from "../../../lib/facts";
import { formatNumber, formatPoints, formatSigned, formatYen } from "../../../lib/format";
import {
  reducedGenreNames,
  sameBuyerCapped,
  type LineInput,
  type Rounding,
  type TaxBasis,
} from "../../../lib/reward";
import {
  comparedRewardOutputs,
  MAX_COMPARED_LINES,
  MAX_EXTRA_LINES,
  rewardOutputs,
  rewardParamsFor,
} from "../../../lib/reward/params";
import { CalcFooter } from "../shared/CalcFooter";
import { Notices } from "../shared/Notices";
import { ReportedMark } from "../shared/ReportedMark";
import { ResultOutput } from "../shared/ResultOutput";
import { ResultSummary } from "../shared/ResultSummary";
import { SelectField } from "../shared/SelectField";
import { StaleNotice } from "../shared/StaleNotice";
import { useRulesCalculator, type RulesCalculatorProps } from "../shared/useRulesCalculator";
import { useStableKeys } from "../shared/useStableKeys";
import { LineFields } from "./LineFields";
import { LineTable, rateLabel } from "./LineTable";
import type { TextRow } from "../shared/result-text";
import { useCartResult } from "./useCartResult";
import type { RewardComparisonKit } from "./RewardComparison";
import "../shared/calculators.css";

const RewardComparison = lazy(() =>
  import("./RewardComparison").then((m) => ({ default: m.RewardComparison })),
);

const { normal: NORMAL, bonus: BONUS, total: TOTAL, capCut: CAP_CUT } = rewardOutputs;

/** Handed to the comparison, which loads on demand and imports none of these itself. */
const COMPARISON_KIT: RewardComparisonKit = {
  LineFields,
  SelectField,
  ResultOutput,
  useStableKeys,
  useCartResult,
  formatPoints,
  formatSigned,
  outputs: comparedRewardOutputs,
  maxLines: MAX_COMPARED_LINES,
};

/** What the same-buyer cap removed, as shown: 「−1,200ポイント」 or 「0ポイント」. */
const capText = (cut: number) => (cut ? `−${formatPoints(cut)}` : formatPoints(0));

export function RewardCalculator(props: RulesCalculatorProps) {
  const { rules, embedded } = props;
  const calc = useRulesCalculator(props, rewardParamsFor);
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
  const lines: LineInput[] = useMemo(
    () => [{ rate: values.rate, price: values.price, qty: values.qty }, ...values.cart],
    [values.rate, values.price, values.qty, values.cart],
  );
  const { keys, removeAt } = useStableKeys(lines.length, generation);
  const result = useCartResult(rules, lines, values.rank, values.tax, values.rounding);
  const cap = rules.sameBuyerMonthlyCap;
  const capped = values.sameBuyer === "on" ? sameBuyerCapped(result.total, cap.value) : undefined;
  const total = capped ? capped.total : result.total;

  const changeLine = useCallback(
    (index: number, patch: Partial<LineInput>) => {
      if (index === 0) set(patch);
      else set((v) => ({ cart: v.cart.map((l, i) => (i === index - 1 ? { ...l, ...patch } : l)) }));
    },
    [set],
  );
  const removeLine = useCallback(
    (index: number) => {
      removeAt(index);
      set((v) => ({ cart: v.cart.filter((_, i) => i !== index - 1) }));
    },
    [set, removeAt],
  );
  const addLine = () => set({ cart: [...values.cart, { rate: values.rate, price: values.price, qty: 1 }] });

  const getText = async () => {
    const { rewardText } = await import("./reward-text");
    return rewardText({
      inputs: [
        ...result.lines.map((l, i): TextRow => [
          `商品${i + 1}`,
          `${rateLabel(rules, l.rate, l.ratePct)} ${formatYen(l.price)} × ${formatNumber(l.qty)}個`,
        ]),
        ["紹介するユーザーのROOMランク", `${values.rank}ランク`],
        ["価格の扱い", values.tax === "incl" ? "入力した価格のまま" : "税抜に換算"],
        ["端数の切り捨て", values.rounding === "unit" ? "1個ごと" : "商品の行ごと"],
        ["同一購入者の月間上限", capped ? `当てはめる(月${formatPoints(cap.value)})` : "当てはめない"],
      ],
      outputs: [
        ["通常報酬", formatPoints(result.normal)],
        [`ランクボーナス(${values.rank}ランク)`, formatPoints(result.bonus)],
        ...(capped ? [["同一購入者の月間上限で減る分", capText(capped.cut)] as const] : []),
        ["合計", formatPoints(total)],
      ],
      normalCap: formatPoints(rules.normalCap.value),
      bonusCap: formatPoints(rules.bonusCap.value),
      bonusReported: rules.bonusCap.reported,
      buyerCap: formatPoints(cap.value),
      link: calc.canShare ? shareUrl() : undefined,
    });
  };

  return (
    <ValidityProvider>
      <form
        className={props.urlSync === false ? "calc" : "calc calc-page"}
        aria-label="報酬シミュレーター"
        // Set once the values from the URL are in (tests wait for it; the server render has the defaults).
        data-restored={calc.restored || undefined}
        onSubmit={(e) => e.preventDefault()}
      >
        <Notices notices={notices} />
        <ResultSummary detailsId={resultsId} stale={stale}>
          合計 {formatPoints(total)}(通常 {formatPoints(result.normal)}・ボーナス {formatPoints(result.bonus)}
          {capped?.cut ? `・上限で −${formatPoints(capped.cut)}` : ""})
        </ResultSummary>
        <StaleNotice stale={stale} />
        <fieldset className="calc-cart" key={generation}>
          <legend>商品(カート)</legend>
          {/* Lines sit in a div, not directly in the fieldset: inserting into a fieldset rebuilds all its children. */}
          <div className="calc-lines">
            {lines.map((line, i) => (
              <LineFields
                key={keys[i]}
                index={i}
                line={line}
                rateOptions={rateChoices}
                onChange={changeLine}
                {...(i > 0 ? { onRemove: removeLine } : {})}
              />
            ))}
          </div>
          {values.cart.length < MAX_EXTRA_LINES && (
            <button type="button" className="calc-button calc-no-print" onClick={addLine}>
              商品を追加
            </button>
          )}
        </fieldset>

        <fieldset>
          <legend>条件</legend>
          <div className="calc-fields">
            <SelectField
              label="紹介するユーザーのROOMランク"
              value={values.rank}
              options={rankChoices}
              hint="商品を紹介するROOMユーザーのランクです。ランクが高い人ほどボーナスが上乗せされます。"
              onValue={(rank) => set({ rank: rank as Rank })}
            />
            <SelectField
              label="価格の扱い"
              value={values.tax}
              options={[
                { value: "incl", label: "入力した価格のまま計算" },
                { value: "excl", label: "税抜に換算して計算" },
              ]}
              hint={`報酬の対象額が税込か税抜かは公表されていません。既定は入力した価格のまま。税抜換算は消費税${rules.tax.standard}%(${reducedGenreNames(rules)}のジャンルは${rules.tax.reduced}%)と仮定します。`}
              onValue={(tax) => set({ tax: tax as TaxBasis })}
            />
            <SelectField
              label="端数の切り捨て"
              value={values.rounding}
              options={[
                { value: "unit", label: "1個ごとに切り捨て" },
                { value: "line", label: "商品の行ごとに切り捨て" },
              ]}
              hint="端数処理の方法は公表されていません。既定は1個ごとに切り捨ててから数量を掛けます。"
              onValue={(rounding) => set({ rounding: rounding as Rounding })}
            />
          </div>
          <div className="calc-check">
            <input
              id={`${resultsId}-cap`}
              type="checkbox"
              checked={values.sameBuyer === "on"}
              onChange={(e) => set({ sameBuyer: e.currentTarget.checked ? "on" : "off" })}
            />
            <label htmlFor={`${resultsId}-cap`}>
              同じ人が同じ月に全部買った場合の上限(月{formatPoints(cap.value)})を当てはめる
            </label>
          </div>
          <p className="calc-hint">
            同じ購入者からの報酬は月{formatPoints(cap.value)}までと報告されています
            {cap.reported && <ReportedMark />}
            {cap.source?.url && (
              <>
                (出典:{" "}
                <a href={cap.source.url} rel="noopener noreferrer">
                  {cap.source.publisher}「{cap.source.title}」
                </a>
                )
              </>
            )}
            。楽天の公式ページでは確認できていません。ランクボーナスも含めた合計にかかると仮定します。料率5%以上の商品は上限の対象外という未確認の話もありますが、このツールの料率は4%までなので、すべての商品に当てはめます。
          </p>
        </fieldset>

        <section
          id={resultsId}
          className="calc-results"
          aria-label="計算結果"
          data-stale={stale || undefined}
        >
          <ResultOutput
            name={NORMAL.name}
            label="通常報酬"
            value={result.normal}
            text={formatPoints(result.normal)}
          />
          <ResultOutput
            name={BONUS.name}
            label={`ランクボーナス(${values.rank}ランク)`}
            value={result.bonus}
            text={formatPoints(result.bonus)}
          />
          {capped && (
            <ResultOutput
              name={CAP_CUT.name}
              label="同一購入者の月間上限で減る分"
              value={capped.cut}
              text={capText(capped.cut)}
            />
          )}
          <ResultOutput name={TOTAL.name} label="合計" value={total} text={formatPoints(total)} />
          {capped && (
            <p className="calc-hint" role="status">
              {capped.cut
                ? `月${formatPoints(cap.value)}の上限がかかり、合計が${formatPoints(capped.cut)}減っています。`
                : `月${formatPoints(cap.value)}の上限にはかかっていません。`}
            </p>
          )}
          <p className="calc-hint">
            楽天キャッシュに換算すると {formatYen(total * rules.yenPerPoint.value)}(1ポイント=
            {formatYen(rules.yenPerPoint.value)})。
          </p>
        </section>

        {lines.length > 1 && <LineTable lines={result.lines} keys={keys} rules={rules} />}

        {values.cmp === "off" ? (
          <p className="calc-no-print">
            <button type="button" className="calc-button" onClick={() => set({ cmp: "rank" })}>
              別のランクやカートと並べて比べる
            </button>
          </p>
        ) : (
          <Suspense fallback={<p className="calc-hint">比較の表を準備しています。</p>}>
            <RewardComparison
              calc={calc}
              rules={rules}
              lines={lines}
              result={result}
              total={total}
              Heading={Heading}
              kit={COMPARISON_KIT}
            />
          </Suspense>
        )}

        <div className="calc-formula">
          <Heading>計算のしかた</Heading>
          <p>
            通常報酬は「価格 × 料率 ÷ 100」の小数点以下を切り捨てた値で、1個あたり
            {formatPoints(rules.normalCap.value)}が上限です{rules.normalCap.reported && <ReportedMark />}
            。ランクボーナスは「価格 × ランクのボーナス率 ÷ 100」を同じく切り捨て、通常報酬とは別に1個あたり
            {formatPoints(rules.bonusCap.value)}が上限です
            {rules.bonusCap.reported && <ReportedMark />}。どちらも数量を掛けて、全商品を合計します。
          </p>
        </div>

        <CalcFooter
          calc={calc}
          getText={getText}
          embed={{ title: "報酬シミュレーター(楽天ROOM・CRM 実務ガイド)", height: 1100 }}
          embedded={embedded}
        />
      </form>
    </ValidityProvider>
  );
}
