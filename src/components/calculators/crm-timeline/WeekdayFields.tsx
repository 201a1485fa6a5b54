/** The shop's weekly closing days as seven checkboxes; at least one weekday must stay open. */
import { useId, useState } from "react";
import { WEEKDAY_CODES, type WeekdayCode } from "../../../lib/timeline/business";
import { WEEKDAY_JA } from "../../../lib/timeline/format";

interface Props {
  legend: string;
  hint: string;
  value: readonly WeekdayCode[];
  onValue: (closed: WeekdayCode[]) => void;
}

export function WeekdayFields({ legend, hint, value, onValue }: Props) {
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  return (
    <fieldset aria-describedby={`${id}-hint${error ? ` ${id}-msg` : ""}`}>
      <legend>{legend}</legend>
      <div className="tl-weekdays">
        {WEEKDAY_CODES.map((code, i) => (
          <label key={code}>
            <input
              type="checkbox"
              name="closed"
              value={code}
              checked={value.includes(code)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                const closed = WEEKDAY_CODES.filter((c) => (c === code ? on : value.includes(c)));
                if (closed.length === WEEKDAY_CODES.length) {
                  setError("すべての曜日を定休日にはできません。発送する曜日を1つ以上残してください。");
                  return;
                }
                setError(undefined);
                onValue(closed);
              }}
            />
            {WEEKDAY_JA[i]}曜日
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="calc-hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-msg`} className="calc-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
