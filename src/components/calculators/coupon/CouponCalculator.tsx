/** 再購入クーポンの損益分岐 island: customers, repurchase rates, order value, margin, discount -> profit and break-even. */
import { lazy, Suspense, useId, useMemo } from "react";
import { couponBreakEven, profitByRate, type CouponInput } from "../../../lib/coupon";
import {
  comparedOutputs,
  couponOutputs,
  couponParams,
  MAX_CUSTOMERS,
  MAX_YEN,
} from "../../../lib/coupon/params";
import { formatNumber, formatYen } from "../../../lib/format";
import { CalcFooter } from "../shared/CalcFooter";
import { Notices } from "../shared/Notices";
import { NumberField } from "../shared/NumberField";
import type { Placement } from "../shared/placement";
import { ResultSummary } from "../shared/ResultSummary";
import { StaleNotice } from "../shared/StaleNotice";
import { useCalculator } from "../shared/useCalculator";
import type { CouponComparisonKit } from "./CouponComparison";
import { CouponTable } from "./CouponTable";
import { breakevenText, breakevenValue, pct, signedYen } from "./format";
import "../shared/calculators.css";

const CouponComparison = lazy(() =>
  import("./CouponComparison").then((m) => ({ default: m.CouponComparison })),
);

const OUT = couponOutputs;

/** Handed to the comparison, which loads on demand and imports none of these itself. */
const COMPARISON_KIT: CouponComparisonKit = {
  couponBreakEven,
  NumberField,
  Result,
  formatYen,
  signedYen,
  breakevenText,
  breakevenValue,
  outputs: comparedOutputs,
  maxYen: MAX_YEN,
};
const PERCENT = { integer: false, decimals: 2, min: 0, max: 100, unit: "%" } as const;

export function CouponCalculator(props: Placement) {
  const calc = useCalculator(couponParams, props);
  const { values, notices, set, generation, shareUrl, stale, ValidityProvider, Heading } = calc;
  const resultsId = useId();
  const input: CouponInput = {
    n: values.n,
    base: values.base,
    lift: values.lift,
    aov: values.aov,
    margin: values.margin,
    discount: values.discount,
  };
  const r = couponBreakEven(input);
  const rows = useMemo(() => profitByRate(input), [JSON.stringify(input)]);

  const getText = async () => {
    const { couponText } = await import("./coupon-text");
    return couponText({
      inputs: [
        ["クーポンを渡すお客様の数", `${formatNumber(values.n)}人`],
        ["1回あたりの値引き額", formatYen(values.discount)],
        ["クーポンなしの再購入率", pct(values.base)],
        ["クーポンありの再購入率", pct(values.lift)],
        ["平均注文額", formatYen(values.aov)],
        ["粗利率", pct(values.margin)],
      ],
      outputs: [
        ["クーポンなしの粗利", formatYen(r.profitBase)],
        ["クーポンありの粗利(値引き後)", formatYen(r.profitCoupon)],
        ["クーポンで増える粗利", signedYen(r.gain)],
        ["元が取れる再購入率(損益分岐点)", breakevenText(r.breakevenTenths)],
      ],
      link: calc.canShare ? shareUrl() : undefined,
    });
  };

  return (
    <ValidityProvider>
      <form
        className={props.urlSync === false ? "calc" : "calc calc-page"}
        aria-label="再購入クーポンの損益分岐"
        // Set once the values from the URL are in (tests wait for it; the server render has the defaults).
        data-restored={calc.restored || undefined}
        onSubmit={(e) => e.preventDefault()}
      >
        <Notices notices={notices} />
        <ResultSummary detailsId={resultsId} stale={stale}>
          クーポンで粗利 {signedYen(r.gain)}・元が取れる再購入率 {breakevenText(r.breakevenTenths)}
        </ResultSummary>
        <StaleNotice stale={stale} />
        <fieldset key={generation}>
          <legend>クーポンの条件</legend>
          <div className="calc-fields">
            <NumberField
              name="n"
              label="クーポンを渡すお客様の数"
              unit="人"
              value={values.n}
              min={1}
              max={MAX_CUSTOMERS}
              onValue={(n) => set({ n })}
            />
            <NumberField
              name="discount"
              label="1回あたりの値引き額"
              unit="円"
              value={values.discount}
              min={0}
              max={MAX_YEN}
              hint="例: 300、500円"
              onValue={(discount) => set({ discount })}
            />
            <NumberField
              name="base"
              label="クーポンなしの再購入率"
              {...PERCENT}
              value={values.base}
              hint="これまでの実績(例: 8、7.5)"
              onValue={(base) => set({ base })}
            />
            <NumberField
              name="lift"
              label="クーポンありの再購入率"
              {...PERCENT}
              value={values.lift}
              hint="見込み。過去のクーポンの結果があればその値"
              onValue={(lift) => set({ lift })}
            />
            <NumberField
              name="aov"
              label="平均注文額"
              unit="円"
              value={values.aov}
              min={1}
              max={MAX_YEN}
              hint="例: 4000、¥4,980(税込)"
              onValue={(aov) => set({ aov })}
            />
            <NumberField
              name="margin"
              label="粗利率"
              {...PERCENT}
              value={values.margin}
              hint="原価・送料・手数料を引いた残りの割合"
              onValue={(margin) => set({ margin })}
            />
          </div>
        </fieldset>

        <section
          id={resultsId}
          className="calc-results"
          aria-label="計算結果"
          data-stale={stale || undefined}
        >
          <Result
            name={OUT.profitBase.name}
            label="クーポンなしの粗利"
            value={String(r.profitBase)}
            text={formatYen(r.profitBase)}
          />
          <Result
            name={OUT.profitCoupon.name}
            label="クーポンありの粗利(値引き後)"
            value={String(r.profitCoupon)}
            text={formatYen(r.profitCoupon)}
          />
          <Result
            name={OUT.gain.name}
            label="クーポンで増える粗利"
            value={String(r.gain)}
            text={signedYen(r.gain)}
          />
          <Result
            name={OUT.breakeven.name}
            label="元が取れる再購入率(損益分岐点)"
            value={breakevenValue(r.breakevenTenths)}
            text={breakevenText(r.breakevenTenths)}
          />
          <p className="calc-hint">
            {r.breakevenTenths === null
              ? "値引き額が1回の粗利以上のため、再購入率がいくら上がっても元が取れません。"
              : r.gain >= 0
                ? `見込みの再購入率 ${values.lift}% は損益分岐点を超えているため、クーポンで粗利が増えます。`
                : `見込みの再購入率 ${values.lift}% は損益分岐点に届かないため、クーポンで粗利が減ります。`}
          </p>
        </section>

        <CouponTable
          rows={rows}
          caption={`クーポンありの再購入率ごとの粗利(${values.base}%から20ポイント上まで)`}
        />

        {values.cmp === "off" ? (
          <p className="calc-no-print">
            <button type="button" className="calc-button" onClick={() => set({ cmp: "on" })}>
              別の値引き額と並べて比べる
            </button>
          </p>
        ) : (
          <Suspense fallback={<p className="calc-hint">比較の表を準備しています。</p>}>
            <CouponComparison calc={calc} input={input} first={r} Heading={Heading} kit={COMPARISON_KIT} />
          </Suspense>
        )}

        <div className="calc-formula">
          <Heading>計算の前提</Heading>
          <ul>
            <li>
              1回の粗利は「平均注文額 ×
              粗利率」です。送料・決済手数料・楽天への手数料やクーポンの原資のうち、粗利率に含めなかった費用は計算に入りません。
            </li>
            <li>
              クーポンを渡したお客様のうち、再購入率の割合が期間中に1回だけ買い直すとみなします。平均注文額はクーポンの有無で変わらないと仮定します。
            </li>
            <li>
              クーポンありで買い直した人は全員クーポンを1回使います。クーポンがなくても買ったはずの人の分も値引きされるため、その分が損になります。
            </li>
            <li>
              元が取れる再購入率は「クーポンなしの再購入率 × 1回の粗利 ÷(1回の粗利 −
              値引き額)」です。見込みの再購入率がこれを超えれば、クーポンで粗利が増えます。
            </li>
            <li>
              金額は正確に計算してから、最後に1円未満を四捨五入します。損益分岐点は小数第1位までに四捨五入します。
            </li>
          </ul>
        </div>

        <CalcFooter
          calc={calc}
          getText={getText}
          embed={{ title: "再購入クーポンの損益分岐(楽天ROOM・CRM 実務ガイド)", height: 1500 }}
          embedded={props.embedded}
        />
      </form>
    </ValidityProvider>
  );
}

/** One named result: data-value carries the raw value of the contract ("9.8", "none", "-1200"). */
export function Result({
  name,
  label,
  value,
  text,
}: {
  name: string;
  label: string;
  value: string;
  text: string;
}) {
  return (
    <div className="calc-result">
      <span className="calc-result-label">{label}</span>
      <output name={name} data-value={value}>
        {text}
      </output>
    </div>
  );
}
