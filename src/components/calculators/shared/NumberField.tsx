/** A labelled text field for numbers typed the Japanese way; shows an inline error tied to the field. */
import { useEffect, useId, useState } from "react";
import { useReportInvalid } from "./validity";
import { parseNumberInput, type NumberInputOptions } from "../../../lib/input";

interface Props extends NumberInputOptions {
  label: string;
  /** The current valid value (from URL state). */
  value: number;
  /** Called with each valid value as the user types. */
  onValue: (value: number) => void;
  /** Short hint shown under the field (e.g. accepted forms). */
  hint?: string;
  /** Unit shown after the field ("円", "個"). */
  unit?: string;
  /** `name` attribute, useful for tests and forms. */
  name?: string;
}

/** Text input with inputmode="numeric": keeps what the user typed, reports valid numbers, explains invalid ones. */
export function NumberField({ label, value, onValue, hint, unit, name, ...options }: Props) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | undefined>();
  useReportInvalid(error !== undefined);
  // A value changed from outside (URL restore, reset): show it unless the text already means it.
  useEffect(() => {
    const current = parseNumberInput(text, options);
    if (!current.ok || current.value !== value) {
      setText(String(value));
      setError(undefined);
    }
  }, [value]);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="calc-field">
      <label htmlFor={id}>{label}</label>
      <span className="calc-input-wrap">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setText(next);
            const r = parseNumberInput(next, options);
            if (r.ok) {
              setError(undefined);
              onValue(r.value);
            } else setError(r.message);
          }}
        />
        {unit && <span className="calc-unit">{unit}</span>}
      </span>
      {hint && (
        <span id={`${id}-hint`} className="calc-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="calc-error">
          {error}
        </span>
      )}
    </div>
  );
}
