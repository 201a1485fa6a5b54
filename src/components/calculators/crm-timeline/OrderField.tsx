/** The order date field: blank means today in Asia/Tokyo; other text goes through the shared Japanese date parser. */
import { parseDateInput } from "../../../lib/input";
import { DateField } from "../shared/DateField";
import { formatJaDate } from "../../../lib/timeline/format";
import { ORDER_RANGE } from "../../../lib/timeline/params";

interface Props {
  label: string;
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

export default function OrderField({ label, value, today, onValue }: Props) {
  const date = value || today;
  return (
    <DateField
      label={label}
      name="order"
      value={value}
      onValue={onValue}
      parse={readOrder}
      placeholder={today}
      hint={`例: 2026-01-05、2026/1/5、2026年1月5日。空欄なら日本時間の今日。(計算に使う注文日: ${date ? formatJaDate(date) : "読み込み中"})`}
    />
  );
}
