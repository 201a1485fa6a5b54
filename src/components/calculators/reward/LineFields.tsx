/** The inputs of one cart line: rate or genre, unit price, quantity, and a remove button for extra lines. */
import { memo } from "react";
import type { LineInput } from "../../../lib/reward";
import { MAX_PRICE, MAX_QTY } from "../../../lib/reward/params";
import { NumberField } from "../shared/NumberField";
import { SelectField, type SelectGroup } from "../shared/SelectField";

interface Props {
  index: number;
  line: LineInput;
  /** Rate and genre options (the same array for every line, so memoisation holds). */
  rateOptions: SelectGroup[];
  onChange: (index: number, patch: Partial<LineInput>) => void;
  onRemove?: (index: number) => void;
  /** Name of the cart when two carts are compared: its lines are "比べるカート 1行目" (never "商品1"). */
  prefix?: string;
}

/** One line as a fieldset "商品N"; memoised so typing in one line does not re-render the others. */
export const LineFields = memo(function LineFields({
  index,
  line,
  rateOptions,
  onChange,
  onRemove,
  prefix = "",
}: Props) {
  const n = index + 1;
  const name = prefix ? `${prefix} ${n}行目` : `商品${n}`;
  return (
    <fieldset className="calc-line" data-line={prefix ? undefined : n}>
      <legend>{name}</legend>
      <div className="calc-fields">
        <SelectField
          label="ジャンル・料率"
          value={line.rate}
          options={rateOptions}
          onValue={(rate) => onChange(index, { rate })}
        />
        <NumberField
          label="価格(1個)"
          unit="円"
          value={line.price}
          min={0}
          max={MAX_PRICE}
          hint="例: 5000、¥1,980(税込)"
          onValue={(price) => onChange(index, { price })}
        />
        <NumberField
          label="数量"
          unit="個"
          value={line.qty}
          min={1}
          max={MAX_QTY}
          onValue={(qty) => onChange(index, { qty })}
        />
      </div>
      {onRemove && (
        <button type="button" className="calc-button calc-no-print" onClick={() => onRemove(index)}>
          {name}を削除
        </button>
      )}
    </fieldset>
  );
});
