/**
 * Side-by-side comparison for the reward tool (loaded on demand): the same cart at another rank (`cmp=rank`, `rank2`)
 * or another cart (`cmp=cart`, `cart2`, which starts as a copy of the first cart), with the difference.
 */
import { useCallback } from "react";
import type { Rank } from "../../../lib/facts";
import type { formatPoints, formatSigned } from "../../../lib/format";
import type { CartResult, LineInput, RewardRules } from "../../../lib/reward";
import type { comparedRewardOutputs, rewardParamsFor } from "../../../lib/reward/params";
import type { ResultOutput } from "../shared/ResultOutput";
import type { SelectField } from "../shared/SelectField";
import type { useRulesCalculator } from "../shared/useRulesCalculator";
import type { useStableKeys } from "../shared/useStableKeys";
import type { LineFields } from "./LineFields";
import type { useCartResult } from "./useCartResult";

/**
 * What the comparison uses from the calculator, handed over by it: this lazily loaded module imports nothing the
 * calculator loads up front, so loading it on demand does not split the calculator's own chunks.
 */
export interface RewardComparisonKit {
  LineFields: typeof LineFields;
  SelectField: typeof SelectField;
  ResultOutput: typeof ResultOutput;
  useStableKeys: typeof useStableKeys;
  useCartResult: typeof useCartResult;
  formatPoints: typeof formatPoints;
  formatSigned: typeof formatSigned;
  outputs: typeof comparedRewardOutputs;
  maxLines: number;
}

type Calc = ReturnType<typeof useRulesCalculator<ReturnType<typeof rewardParamsFor>["specs"]>>;

interface Props {
  calc: Calc;
  rules: RewardRules;
  /** The first cart's lines and result (total after the same-buyer cap when it applies). */
  lines: LineInput[];
  result: CartResult;
  total: number;
  Heading: "h2" | "h3";
  kit: RewardComparisonKit;
}

export function RewardComparison({ calc, rules, lines, result, total, Heading, kit }: Props) {
  const { LineFields, SelectField, ResultOutput, useStableKeys, useCartResult, formatPoints, formatSigned } =
    kit;
  const OUT = kit.outputs;
  const { values, set, generation, rateChoices, rankChoices } = calc;
  const byCart = values.cmp === "cart";
  const otherLines = byCart ? (values.cart2.length ? values.cart2 : lines) : lines;
  const otherRank = byCart ? values.rank : values.rank2;
  const other = useCartResult(rules, otherLines, otherRank, values.tax, values.rounding);
  const otherTotal =
    values.sameBuyer === "on" ? Math.min(other.total, rules.sameBuyerMonthlyCap.value) : other.total;
  const { keys, removeAt } = useStableKeys(otherLines.length, generation);

  const change = useCallback(
    (index: number, patch: Partial<LineInput>) =>
      set((v) => {
        const from = v.cart2.length ? v.cart2 : [{ rate: v.rate, price: v.price, qty: v.qty }, ...v.cart];
        return { cart2: from.map((l, i) => (i === index ? { ...l, ...patch } : l)) };
      }),
    [set],
  );
  const remove = useCallback(
    (index: number) => {
      removeAt(index);
      set((v) => {
        const from = v.cart2.length ? v.cart2 : [{ rate: v.rate, price: v.price, qty: v.qty }, ...v.cart];
        return { cart2: from.filter((_, i) => i !== index) };
      });
    },
    [set, removeAt],
  );

  const rows: [string, number, number][] = [
    ["通常報酬", result.normal, other.normal],
    ["ランクボーナス", result.bonus, other.bonus],
    ["合計", total, otherTotal],
  ];
  const nameB = byCart ? "比べるカート" : `${otherRank}ランク`;
  return (
    <section className="calc-compare" aria-label="2つの条件の比較">
      <Heading>2つの条件を並べて比べる</Heading>
      <div className="calc-fields">
        <SelectField
          label="比べ方"
          value={values.cmp}
          options={[
            { value: "rank", label: "同じカートを別のランクで" },
            { value: "cart", label: "別のカートと(同じランク)" },
          ]}
          onValue={(cmp) =>
            set((v) => ({
              cmp: cmp as "rank" | "cart",
              ...(cmp === "cart" && v.cart2.length === 0 ? { cart2: lines } : {}),
            }))
          }
        />
        {!byCart && (
          <SelectField
            label="比べるランク"
            value={values.rank2}
            options={rankChoices}
            onValue={(rank2) => set({ rank2: rank2 as Rank })}
          />
        )}
      </div>
      {byCart && (
        <div className="calc-lines" key={generation}>
          {otherLines.map((line, i) => (
            <LineFields
              key={keys[i]}
              index={i}
              line={line}
              prefix="比べるカート"
              rateOptions={rateChoices}
              onChange={change}
              {...(otherLines.length > 1 ? { onRemove: remove } : {})}
            />
          ))}
          {otherLines.length < kit.maxLines && (
            <button
              type="button"
              className="calc-button calc-no-print"
              onClick={() => {
                const first = otherLines[0] ?? { rate: values.rate, price: values.price, qty: 1 };
                set({ cart2: [...otherLines, { ...first, qty: 1 }] });
              }}
            >
              比べるカートに商品を追加
            </button>
          )}
        </div>
      )}
      <div className="calc-table-wrap">
        <table>
          <caption>
            1つ目の条件({values.rank}ランク)と{nameB}の比較(ポイント)
          </caption>
          <thead>
            <tr>
              <th scope="col">項目</th>
              <th scope="col">1つ目</th>
              <th scope="col">{byCart ? "比べるカート" : `${otherRank}ランク`}</th>
              <th scope="col">差</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, a, b]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{formatPoints(a)}</td>
                <td>{formatPoints(b)}</td>
                <td>{formatSigned(b - a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="calc-results">
        <ResultOutput
          name={OUT.normal.name}
          label={`${nameB}の通常報酬`}
          value={other.normal}
          text={formatPoints(other.normal)}
        />
        <ResultOutput
          name={OUT.bonus.name}
          label={`${nameB}のランクボーナス`}
          value={other.bonus}
          text={formatPoints(other.bonus)}
        />
        <ResultOutput
          name={OUT.total.name}
          label={`${nameB}の合計`}
          value={otherTotal}
          text={formatPoints(otherTotal)}
        />
        <ResultOutput
          name={OUT.diff.name}
          label="1つ目との差"
          value={otherTotal - total}
          text={`${formatSigned(otherTotal - total)}ポイント`}
        />
      </div>
      <p className="calc-no-print">
        <button type="button" className="calc-button" onClick={() => set({ cmp: "off" })}>
          比較をやめる
        </button>
      </p>
    </section>
  );
}
