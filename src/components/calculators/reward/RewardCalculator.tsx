/** 報酬シミュレーター island: a cart of lines, rank, tax and rounding settings -> normal, bonus and total points. */
import { useCallback, useMemo, useRef } from "react";
import type { Rank } from "../../../lib/facts";
import { formatPoints, formatYen } from "../../../lib/format";
import {
  lineReward,
  reducedGenreNames,
  sumLines,
  type LineInput,
  type LineResult,
  type Rounding,
  type TaxBasis,
} from "../../../lib/reward";
import { MAX_EXTRA_LINES, rewardOutputs, rewardParamsFor } from "../../../lib/reward/params";
import { CopyLinkButton } from "../shared/CopyLinkButton";
import { Notices } from "../shared/Notices";
import { ReportedMark } from "../shared/ReportedMark";
import { ResetButton } from "../shared/ResetButton";
import { ResultOutput } from "../shared/ResultOutput";
import { SelectField } from "../shared/SelectField";
import { LineFields } from "./LineFields";
import { LineTable } from "./LineTable";
import { useRulesCalculator, type RulesCalculatorProps } from "./useRulesCalculator";
import "../shared/calculators.css";

const { normal: NORMAL, bonus: BONUS, total: TOTAL } = rewardOutputs;

export default function RewardCalculator(props: RulesCalculatorProps) {
  const { rules, shareHref } = props;
  const { values, notices, set, reset, shareUrl, rateChoices, rankChoices, FormulaHeading, urlSync } =
    useRulesCalculator(props, rewardParamsFor);
  const lines: LineInput[] = useMemo(
    () => [{ rate: values.rate, price: values.price, qty: values.qty }, ...values.cart],
    [values.rate, values.price, values.qty, values.cart],
  );
  // Line results are cached per line object: typing in one line recomputes (and re-renders) only that line.
  const cache = useRef(new WeakMap<LineInput, LineResult>());
  const settingsKey = `${values.rank}|${values.tax}|${values.rounding}`;
  const cacheKey = useRef(settingsKey);
  const result = useMemo(() => {
    if (cacheKey.current !== settingsKey) {
      cache.current = new WeakMap();
      cacheKey.current = settingsKey;
    }
    const settings = { tax: values.tax, rounding: values.rounding };
    return sumLines(
      lines.map((line) => {
        const hit = cache.current.get(line);
        if (hit) return hit;
        const computed = lineReward(rules, line, values.rank, settings);
        cache.current.set(line, computed);
        return computed;
      }),
    );
  }, [rules, lines, values.rank, values.tax, values.rounding, settingsKey]);

  const changeLine = useCallback(
    (index: number, patch: Partial<LineInput>) => {
      if (index === 0) set(patch);
      else set((v) => ({ cart: v.cart.map((l, i) => (i === index - 1 ? { ...l, ...patch } : l)) }));
    },
    [set],
  );
  const removeLine = useCallback(
    (index: number) => set((v) => ({ cart: v.cart.filter((_, i) => i !== index - 1) })),
    [set],
  );
  const addLine = () => set({ cart: [...values.cart, { rate: values.rate, price: values.price, qty: 1 }] });

  const cashYen = result.total * rules.yenPerPoint.value;
  return (
    <form
      className={urlSync ? "calc calc-page" : "calc"}
      aria-label="報酬シミュレーター"
      onSubmit={(e) => e.preventDefault()}
    >
      <Notices notices={notices} />
      <fieldset className="calc-cart">
        <legend>商品(カート)</legend>
        {lines.map((line, i) => (
          <LineFields
            key={i}
            index={i}
            line={line}
            rateOptions={rateChoices}
            onChange={changeLine}
            {...(i > 0 ? { onRemove: removeLine } : {})}
          />
        ))}
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
            label="あなたのROOMランク"
            value={values.rank}
            options={rankChoices}
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
      </fieldset>

      <section className="calc-results" aria-label="計算結果">
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
        <ResultOutput name={TOTAL.name} label="合計" value={result.total} text={formatPoints(result.total)} />
        <p className="calc-hint">
          楽天キャッシュに換算すると {formatYen(cashYen)}(1ポイント={formatYen(rules.yenPerPoint.value)})。
        </p>
      </section>

      {lines.length > 1 && <LineTable lines={result.lines} rules={rules} />}

      <div className="calc-formula">
        {/* Top level on the tool page, under the lesson's own heading when embedded. */}
        <FormulaHeading>計算のしかた</FormulaHeading>
        <p>
          通常報酬は「価格 × 料率 ÷ 100」の小数点以下を切り捨てた値で、1個あたり
          {formatPoints(rules.normalCap.value)}が上限です{rules.normalCap.reported && <ReportedMark />}
          。ランクボーナスは「価格 × ランクのボーナス率 ÷ 100」を同じく切り捨て、通常報酬とは別に1個あたり
          {formatPoints(rules.bonusCap.value)}が上限です
          {rules.bonusCap.reported && <ReportedMark />}。どちらも数量を掛けて、全商品を合計します。
        </p>
        <p>
          同じ購入者からの報酬には月{formatPoints(rules.sameBuyerMonthlyCap.value)}
          の上限があると報告されています{rules.sameBuyerMonthlyCap.reported && <ReportedMark />}
          。この計算では購入者を区別しないため、この上限は反映していません。
        </p>
      </div>

      <div className="calc-actions">
        {(urlSync || shareHref) && <CopyLinkButton getUrl={shareUrl} />}
        <ResetButton onReset={reset} />
      </div>
    </form>
  );
}
