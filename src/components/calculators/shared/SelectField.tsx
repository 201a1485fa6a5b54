/** A labelled select; options may be grouped. */
import { useId } from "react";

export interface SelectOption {
  value: string;
  label: string;
}
export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

interface Props {
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: (SelectOption | SelectGroup)[];
  hint?: string;
  name?: string;
}

/** Native <select> with its <label> and an optional hint tied by aria-describedby. */
export function SelectField({ label, value, onValue, options, hint, name }: Props) {
  const id = useId();
  return (
    <div className="calc-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {options.map((o) =>
          "options" in o ? (
            <optgroup key={o.label} label={o.label}>
              {o.options.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ),
        )}
      </select>
      {hint && (
        <span id={`${id}-hint`} className="calc-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
