/**
 * The timeline's longer UI sentences (Japanese), kept in one place. The page passes them to the island as props, like
 * the facts: sentences are content, and keeping them out of the island's code keeps it within its size budget.
 */
import { HOLIDAY_SOURCE, HOLIDAY_YEARS } from "./holidays";

export const TIMELINE_TEXTS = {
  loading: "注文日と設定を読み込んで、日付を計算しています。",
  orderHint: "例: 2026-01-05、2026/1/5、2026年1月5日。空欄なら日本時間の今日。",
  rebuyHint:
    "お客様がもう一度買った日。この日より後のメールとクーポンは「送らない」と表示し、.ics にも入れません。空欄なら再購入なし。",
  weekdaysHint: "国民の祝日と振替休日は、曜日に関係なく休みとして数えます。",
  holidaysHint: "年末年始・夏季休業など、発送しない日や期間を追加できます。",
  salesHint:
    "セールの日程は楽天からの告知を確認して、ご自身で入力してください。このサイトは予想の日程を載せません。",
  advanced: "メールの起点・休業日の扱い・送信時間帯・再購入日",
  rebuyIgnored: "再購入日が注文日より前のため、再購入日は使っていません。",
  /** Before and after the link to the holiday source. */
  holidayData: `祝日は${HOLIDAY_SOURCE.data}のデータ(${HOLIDAY_YEARS.first}年から${HOLIDAY_YEARS.last}年まで)で判定します。元になる祝日の決まりは`,
  holidayLinkAfter: "で確かめられます。",
  /** The same, as one sentence for the copied text. */
  holidayText: `祝日は${HOLIDAY_SOURCE.data}のデータ(${HOLIDAY_YEARS.first}〜${HOLIDAY_YEARS.last}年、${HOLIDAY_SOURCE.publisher}の「国民の祝日」にもとづく)で判定しています。`,
  holidayLink: { href: HOLIDAY_SOURCE.url, text: `${HOLIDAY_SOURCE.publisher}「${HOLIDAY_SOURCE.title}」` },
};
export type TimelineTexts = typeof TIMELINE_TEXTS;
