/** Editable rows of date ranges (shop closures, or named sale periods); each field has its own label and message. */
import { useEffect, useId, useRef, useState } from "react";
import type { checkRangeRows, rowsOfPeriods, RangeRowText } from "../../../lib/timeline/rows";
import type { SalePeriod } from "../../../lib/timeline/sales";
import type { useReportInvalid } from "../shared/validity";

/**
 * What the row editor uses from the timeline, handed over by it: this lazily loaded module imports nothing the
 * timeline loads up front, so loading it on demand does not split the timeline's own chunks.
 */
export interface RowsKit {
  checkRangeRows: typeof checkRangeRows;
  rowsOfPeriods: typeof rowsOfPeriods;
  useReportInvalid: typeof useReportInvalid;
  maxPeriods: number;
}

interface Props {
  legend: string;
  hint: string;
  addLabel: string;
  /** The current valid periods (from URL state). */
  value: readonly SalePeriod[];
  /** Called with the periods whenever every row is valid. */
  onValue: (periods: SalePeriod[]) => void;
  /** Show a name field with these suggestions (sale periods). */
  nameSuggestions?: readonly string[];
  /** Opened by the add button: start with one empty row. */
  startWithRow?: boolean;
  kit: RowsKit;
}

type Row = RangeRowText & { key: number };

/** Stable keys for rows, so React keeps focus in the row being edited. */
const keyed = (rows: RangeRowText[], next: () => number): Row[] => rows.map((r) => ({ ...r, key: next() }));
const signature = (periods: readonly SalePeriod[]) => JSON.stringify(periods);

export function RangeRows({
  legend,
  hint,
  addLabel,
  value,
  onValue,
  nameSuggestions,
  startWithRow,
  kit,
}: Props) {
  const { checkRangeRows, rowsOfPeriods, useReportInvalid, maxPeriods: MAX_PERIODS } = kit;
  const id = useId();
  const named = nameSuggestions !== undefined;
  const counter = useRef(0);
  const next = () => ++counter.current;
  const [rows, setRows] = useState<Row[]>(() =>
    keyed(startWithRow ? [{ start: "", end: "", name: "" }] : rowsOfPeriods(value), next),
  );
  const checked = checkRangeRows(rows, named);
  useReportInvalid(checked.periods === null);

  // Periods changed from outside (URL restore, reset): show them unless the rows already mean them.
  useEffect(() => {
    if (checked.periods === null || signature(checked.periods) !== signature(value)) {
      setRows(keyed(rowsOfPeriods(value), next));
    }
  }, [signature(value)]);

  const change = (nextRows: Row[]) => {
    setRows(nextRows);
    const r = checkRangeRows(nextRows, named);
    if (r.periods) onValue(r.periods);
  };
  const update = (i: number, patch: Partial<RangeRowText>) =>
    change(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const field = (i: number, key: keyof RangeRowText, label: string) => {
    const fid = `${id}-${i}-${key}`;
    const message = checked.errors[i]?.[key];
    return (
      <div className="calc-field">
        <label htmlFor={fid}>{label}</label>
        <input
          id={fid}
          name={`${named ? "sale" : "closure"}-${key}`}
          type="text"
          autoComplete="off"
          value={rows[i]?.[key] ?? ""}
          list={key === "name" ? `${id}-names` : undefined}
          maxLength={key === "name" ? 60 : 40}
          inputMode={key === "name" ? "text" : "numeric"}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${fid}-msg` : undefined}
          onChange={(ev) => update(i, { [key]: ev.currentTarget.value })}
        />
        {message && (
          <span id={`${fid}-msg`} className="calc-error">
            {message}
          </span>
        )}
      </div>
    );
  };

  return (
    <fieldset className="tl-ranges">
      <legend>{legend}</legend>
      <p className="calc-hint">{hint}</p>
      {nameSuggestions && (
        <datalist id={`${id}-names`}>
          {nameSuggestions.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      )}
      {rows.map((r, i) => (
        <div key={r.key} className="tl-range-row" role="group" aria-label={`${legend} ${i + 1}件目`}>
          {named && field(i, "name", "セール名")}
          {field(i, "start", "開始日")}
          {field(i, "end", "終了日(1日だけなら空欄)")}
          <button
            type="button"
            className="calc-button"
            onClick={() => change(rows.filter((_, j) => j !== i))}
          >
            {i + 1}件目を削除
          </button>
        </div>
      ))}
      {rows.length < MAX_PERIODS ? (
        <div>
          <button
            type="button"
            className="calc-button"
            onClick={() => setRows([...rows, { start: "", end: "", name: "", key: next() }])}
          >
            {addLabel}
          </button>
        </div>
      ) : (
        <p className="calc-hint">{MAX_PERIODS}件まで入力できます。</p>
      )}
    </fieldset>
  );
}
