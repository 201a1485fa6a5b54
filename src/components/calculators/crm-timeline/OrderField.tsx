/** The order date field: blank means today in Asia/Tokyo; other text goes through the shared Japanese date parser. */
import { parseDateInput } from "../../../lib/input";
import { DateField } from "../shared/DateField";
import { formatJaDate } from "../../../lib/timeline/format";
import { ORDER_RANGE } from "../../../lib/timeline/params";

interface Props {
  label: string;
  /** Accepted forms and what a blank means (from the page's texts). */
  hint: string;
  /** Current valid order date, or "" for today. */
  value: string;
  /** Today in Asia/Tokyo, or "" before the browser has said (build time, hydration). */
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

export function OrderField({ label, hint, value, today, onValue }: Props) {
  const date = value || today;
  return (
    <DateField
      label={label}
      name="order"
      value={value}
      onValue={onValue}
      parse={readOrder}
      placeholder={today}
      hint={`${hint}(計算に使う注文日: ${date ? formatJaDate(date) : "読み込み中"})`}
    />
  );
}

/** The repurchase day: blank for none; mails dated after it are shown as not sent. */
export function RebuyField({
  value,
  hint,
  onValue,
}: {
  value: string;
  hint: string;
  onValue: (iso: string) => void;
}) {
  return (
    <DateField
      label="再購入日"
      name="rebuy"
      value={value}
      onValue={onValue}
      parse={readOrder}
      hint={`${hint}${value ? `(読み取った日付: ${formatJaDate(value)})` : ""}`}
    />
  );
}
