/** The day counts of the mails and the coupon; each mail's label names the date it is counted from. */
import type { BaseDate } from "../../../lib/timeline/events";
import { DAY_PARAMS, MAIL_DAYS, type DayParam, type TimelineParams } from "../../../lib/timeline/params";
import { NumberField } from "../shared/NumberField";

/** Short base names for the labels: 「レビュー依頼(到着後)」. */
export const SHORT_BASE: Record<BaseDate, string> = { order: "注文", ship: "発送", arrival: "到着" };
/** Day-field labels without their base: the base comes from the chosen base date. */
const DAY_LABEL: Partial<Record<DayParam, string>> = {
  usage: "使い方メール",
  review: "レビュー依頼",
  couponAfter: "クーポン開始",
  lapse: "休眠判定",
};
const UNIT: Partial<Record<DayParam, string>> = { coupon: "日間", cycle: "日" };

interface Props {
  values: TimelineParams;
  set: (patch: Partial<TimelineParams>) => void;
}

export function MailDays({ values, set }: Props) {
  const field = (name: DayParam, base?: BaseDate) => {
    const p = DAY_PARAMS[name];
    return (
      <NumberField
        key={name}
        name={name}
        label={base && DAY_LABEL[name] ? `${DAY_LABEL[name]}(${SHORT_BASE[base]}後)` : p.label}
        value={values[name]}
        min={p.min}
        max={p.max}
        unit={UNIT[name] ?? "日後"}
        onValue={(v) => set({ [name]: v })}
      />
    );
  };
  return (
    <fieldset>
      <legend>メールとクーポン</legend>
      <div className="calc-fields">
        {field(MAIL_DAYS.usage, values.usageBase)}
        {field(MAIL_DAYS.review, values.reviewBase)}
        {field(MAIL_DAYS.coupon, values.couponBase)}
        {field("coupon")}
        {field(MAIL_DAYS.cycle)}
        {field(MAIL_DAYS.lapse, values.lapseBase)}
      </div>
    </fieldset>
  );
}
