/** The order date field: blank means today in Asia/Tokyo; other text goes through the shared Japanese date parser. */
import { useEffect, useId, useState } from "react";
import { parseDateInput } from "../../../lib/input";
import { formatJaDate } from "../../../lib/timeline/format";
import { ORDER_RANGE } from "../../../lib/timeline/params";

interface Props {
  label: string;
  /** Current valid order date, or "" for today. */
  value: string;
  today: string;
  onValue: (iso: string) => void;
}

/** Parses the field text: "" (today), an ISO date inside ORDER_RANGE, or a Japanese message. */
function readOrder(text: string): { ok: true; value: string } | { ok: false; message: string } {
  if (text.trim() === "") return { ok: true, value: "" };
  const r = parseDateInput(text);
  if (!r.ok) return r;
  if (r.value < ORDER_RANGE.min || r.value > ORDER_RANGE.max) {
    return {
      ok: false,
      message: `${ORDER_RANGE.min.slice(0, 4)}年から${ORDER_RANGE.max.slice(0, 4)}年までの日付を入力してください。`,
    };
  }
  return r;
}

export default function OrderField({ label, value, today, onValue }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const current = readOrder(text);
    if (!current.ok || current.value !== value) {
      setText(value);
      setError(undefined);
    }
  }, [value]);
  const shown = value || today;
  return (
    <div className="calc-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="order"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        placeholder={today}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const r = readOrder(next);
          if (r.ok) {
            setError(undefined);
            onValue(r.value);
          } else setError(r.message);
        }}
      />
      <span id={`${id}-hint`} className="calc-hint">
        例: 2026-01-05、2026/1/5、2026年1月5日。空欄なら日本時間の今日。(計算に使う注文日:{" "}
        {formatJaDate(shown)})
      </span>
      {error && (
        <span id={`${id}-error`} className="calc-error">
          {error}
        </span>
      )}
    </div>
  );
}
