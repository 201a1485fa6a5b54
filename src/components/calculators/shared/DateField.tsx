/** A labelled text field for dates typed the Japanese way (2026/1/5, 2026年1月5日); reports ISO dates. */
import { useEffect, useId, useState } from "react";
import { useReportInvalid } from "./validity";
import { parseDateInput } from "../../../lib/input";
import { formatIsoDate } from "../../../lib/format";

type Parsed = { ok: true; value: string } | { ok: false; message: string };

interface Props {
  label: string;
  /** The current valid value (an ISO date, or whatever `parse` accepts). */
  value: string;
  onValue: (iso: string) => void;
  /** Reads the typed text; defaults to the shared Japanese date parser. */
  parse?: (text: string) => Parsed;
  /** Whole hint under the field; defaults to examples plus the date read. */
  hint?: string;
  placeholder?: string;
  name?: string;
}

/** Text input that accepts several date forms, shows the date in Japanese, and explains invalid input. */
export function DateField({ label, value, onValue, parse = parseDateInput, hint, placeholder, name }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | undefined>();
  useReportInvalid(error !== undefined);
  useEffect(() => {
    const current = parse(text);
    if (!current.ok || current.value !== value) {
      setText(value);
      setError(undefined);
    }
  }, [value]);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="calc-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const r = parse(next);
          if (r.ok) {
            setError(undefined);
            onValue(r.value);
          } else setError(r.message);
        }}
      />
      <span id={`${id}-hint`} className="calc-hint">
        {hint ?? `例: 2026-01-05、2026/1/5、2026年1月5日(読み取った日付: ${formatIsoDate(value)})`}
      </span>
      {error && (
        <span id={`${id}-error`} className="calc-error">
          {error}
        </span>
      )}
    </div>
  );
}
