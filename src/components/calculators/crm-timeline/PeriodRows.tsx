/** The closure and sale rows: only a button until the first row is added (the row editor loads on demand). */
import { lazy, Suspense, useState } from "react";
import { MAX_PERIODS } from "../../../lib/timeline/lists";
import { checkRangeRows, rowsOfPeriods } from "../../../lib/timeline/rows";
import type { SalePeriod } from "../../../lib/timeline/sales";
import { useReportInvalid } from "../shared/validity";
import type { RowsKit } from "./RangeRows";

/** Handed to the row editor, which loads on demand and imports none of these itself. */
const KIT: RowsKit = { checkRangeRows, rowsOfPeriods, useReportInvalid, maxPeriods: MAX_PERIODS };

const RangeRows = lazy(() => import("./RangeRows").then((m) => ({ default: m.RangeRows })));

interface Props {
  legend: string;
  hint: string;
  addLabel: string;
  value: readonly SalePeriod[];
  onValue: (periods: SalePeriod[]) => void;
  nameSuggestions?: readonly string[];
}

export function PeriodRows(props: Props) {
  const [adding, setAdding] = useState(false);
  const skeleton = (button: boolean) => (
    <fieldset className="tl-ranges">
      <legend>{props.legend}</legend>
      <p className="calc-hint">{props.hint}</p>
      {button && (
        <div>
          <button type="button" className="calc-button" onClick={() => setAdding(true)}>
            {props.addLabel}
          </button>
        </div>
      )}
    </fieldset>
  );
  if (!adding && props.value.length === 0) return skeleton(true);
  return (
    <Suspense fallback={skeleton(false)}>
      <RangeRows {...props} startWithRow={adding && props.value.length === 0} kit={KIT} />
    </Suspense>
  );
}
