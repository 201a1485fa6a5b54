/** Two discount levels side by side (loaded on demand): the first one and `discount2` with its own rate `lift2`. */
import type { couponBreakEven, CouponInput, CouponResult } from "../../../lib/coupon";
import type { comparedOutputs, couponParams } from "../../../lib/coupon/params";
import type { formatYen } from "../../../lib/format";
import type { NumberField } from "../shared/NumberField";
import type { useCalculator } from "../shared/useCalculator";
import type { Result } from "./CouponCalculator";
import type { breakevenText, breakevenValue, signedYen } from "./format";

type Calc = ReturnType<typeof useCalculator<(typeof couponParams)["specs"]>>;

/**
 * What the comparison uses from the calculator, handed over by it: this lazily loaded module imports nothing the
 * calculator loads up front, so loading it on demand does not split the calculator's own chunks.
 */
export interface CouponComparisonKit {
  couponBreakEven: typeof couponBreakEven;
  NumberField: typeof NumberField;
  Result: typeof Result;
  formatYen: typeof formatYen;
  signedYen: typeof signedYen;
  breakevenText: typeof breakevenText;
  breakevenValue: typeof breakevenValue;
  outputs: typeof comparedOutputs;
  maxYen: number;
}

interface Props {
  calc: Calc;
  input: CouponInput;
  first: CouponResult;
  Heading: "h2" | "h3";
  kit: CouponComparisonKit;
}

export function CouponComparison({ calc, input, first, Heading, kit }: Props) {
  const { couponBreakEven, NumberField, Result, formatYen, signedYen, breakevenText, breakevenValue } = kit;
  const OUT = kit.outputs;
  const { values, set, generation } = calc;
  const second = couponBreakEven({ ...input, discount: values.discount2, lift: values.lift2 });
  const rows: [string, string, string][] = [
    ["値引き額", formatYen(values.discount), formatYen(values.discount2)],
    ["再購入率(見込み)", `${values.lift}%`, `${values.lift2}%`],
    ["クーポンありの粗利", formatYen(first.profitCoupon), formatYen(second.profitCoupon)],
    ["クーポンで増える粗利", signedYen(first.gain), signedYen(second.gain)],
    ["元が取れる再購入率", breakevenText(first.breakevenTenths), breakevenText(second.breakevenTenths)],
  ];
  const better = second.gain === first.gain ? "" : second.gain > first.gain ? "2つ目" : "1つ目";
  return (
    <section className="calc-compare" aria-label="2つの値引き額の比較">
      <Heading>2つの値引き額を並べて比べる</Heading>
      <div className="calc-fields" key={generation}>
        <NumberField
          name="discount2"
          label="比べる値引き額"
          unit="円"
          value={values.discount2}
          min={0}
          max={kit.maxYen}
          onValue={(discount2) => set({ discount2 })}
        />
        <NumberField
          name="lift2"
          label="比べる値引き額での再購入率"
          unit="%"
          integer={false}
          decimals={2}
          min={0}
          max={100}
          value={values.lift2}
          hint="値引きを大きくしたときの見込み"
          onValue={(lift2) => set({ lift2 })}
        />
      </div>
      <div className="calc-table-wrap">
        <table>
          <caption>値引き額ごとの比較(クーポンなしの粗利は {formatYen(first.profitBase)})</caption>
          <thead>
            <tr>
              <th scope="col">項目</th>
              <th scope="col">1つ目</th>
              <th scope="col">2つ目</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, a, b]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{a}</td>
                <td>{b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="calc-results">
        <Result
          name={OUT.profitCoupon.name}
          label="2つ目の粗利"
          value={String(second.profitCoupon)}
          text={formatYen(second.profitCoupon)}
        />
        <Result
          name={OUT.gain.name}
          label="2つ目で増える粗利"
          value={String(second.gain)}
          text={signedYen(second.gain)}
        />
        <Result
          name={OUT.breakeven.name}
          label="2つ目で元が取れる再購入率"
          value={breakevenValue(second.breakevenTenths)}
          text={breakevenText(second.breakevenTenths)}
        />
        <p className="calc-hint">
          {better ? `粗利が多く残るのは${better}の値引き額です。` : "どちらの値引き額でも粗利は同じです。"}
        </p>
      </div>
      <p className="calc-no-print">
        <button type="button" className="calc-button" onClick={() => set({ cmp: "off" })}>
          比較をやめる
        </button>
      </p>
    </section>
  );
}
