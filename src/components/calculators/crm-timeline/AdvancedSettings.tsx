/**
 * The timeline's finer settings (loaded when opened, or at once when a link sets them): the base date of each mail,
 * mails on closed days, the sending window and the repurchase day.
 */
import { useEffect, useState } from "react";
import type { BaseDate, ClosedDayRule, MailStep } from "../../../lib/timeline/events";
import type { TimelineParams } from "../../../lib/timeline/params";
import type { SelectField } from "../shared/SelectField";
import type { useReportInvalid } from "../shared/validity";
import type { RebuyField } from "./OrderField";

type Set = (patch: Partial<TimelineParams>) => void;

/**
 * What the settings use from the timeline, handed over by it: this lazily loaded module imports nothing the
 * timeline loads up front, so loading it on demand does not split the timeline's own chunks.
 */
export interface SettingsKit {
  SelectField: typeof SelectField;
  RebuyField: typeof RebuyField;
  useReportInvalid: typeof useReportInvalid;
  rebuyHint: string;
  mailSteps: readonly MailStep[];
  mailLabels: Record<MailStep, string>;
  baseOptions: { value: BaseDate; label: string }[];
  ruleOptions: { value: ClosedDayRule; label: string }[];
}

export function AdvancedSettings({
  values,
  set,
  kit,
}: {
  values: TimelineParams;
  set: Set;
  kit: SettingsKit;
}) {
  const { SelectField, RebuyField } = kit;
  const [from, setFrom] = useState(values.sendFrom);
  const [to, setTo] = useState(values.sendTo);
  useEffect(() => {
    setFrom(values.sendFrom);
    setTo(values.sendTo);
  }, [values.sendFrom, values.sendTo]);
  const bad = from >= to ? "終了は開始より後の時刻にしてください。" : undefined;
  kit.useReportInvalid(bad !== undefined);
  /** A time-of-day field (HH:MM, the browser's time picker). */
  const time = (name: string, label: string, value: string, onValue: (v: string) => void, error?: string) => (
    <div className="calc-field">
      <label htmlFor={`tl-${name}`}>{label}</label>
      <input
        id={`tl-${name}`}
        name={name}
        type="time"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `tl-${name}-error` : undefined}
        onChange={(e) => {
          if (/^\d{2}:\d{2}$/.test(e.currentTarget.value)) onValue(e.currentTarget.value);
        }}
      />
      {error && (
        <span id={`tl-${name}-error`} className="calc-error">
          {error}
        </span>
      )}
    </div>
  );
  const window = (f: string, t: string) => {
    setFrom(f);
    setTo(t);
    if (f < t) set({ sendFrom: f, sendTo: t });
  };
  return (
    <>
      <fieldset>
        <legend>メールを数える起点</legend>
        <p className="calc-hint">
          それぞれのメールを、注文日・発送日・到着予定日のどれから数えるかを選べます。
        </p>
        <div className="calc-fields">
          {kit.mailSteps.map((step) => (
            <SelectField
              key={step}
              name={`${step}Base`}
              label={`${kit.mailLabels[step]}の起点`}
              value={values[`${step}Base`]}
              options={kit.baseOptions}
              onValue={(b) => set({ [`${step}Base`]: b as BaseDate })}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>休業日と送信時間帯</legend>
        <div className="calc-fields">
          <SelectField
            name="onClosed"
            label="休業日に当たったメール"
            value={values.onClosed}
            options={kit.ruleOptions}
            hint="手作業で送る店舗は、前か次の営業日に移すと予定が立てやすくなります。注文日より前には移しません。"
            onValue={(r) => set({ onClosed: r as ClosedDayRule })}
          />
          {time("sendFrom", "送信時間帯(開始)", from, (f) => window(f, to))}
          {time("sendTo", "送信時間帯(終了)", to, (t) => window(from, t), bad)}
        </div>
        <p className="calc-hint">送信時間帯は、カレンダー用ファイル(.ics)のメールの予定の時刻になります。</p>
      </fieldset>
      <fieldset>
        <legend>再購入</legend>
        <div className="calc-fields">
          <RebuyField value={values.rebuy} hint={kit.rebuyHint} onValue={(rebuy) => set({ rebuy })} />
        </div>
      </fieldset>
    </>
  );
}
