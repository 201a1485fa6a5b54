/** The timeline's settings as label/value pairs and as one Japanese line, for the printed page and the copied text. */
import { formatIsoDate } from "../format";
import { WEEKDAY_CODES } from "./business";
import type { BaseDate } from "./events";
import { formatJaDate, WEEKDAY_JA } from "./format";
import { CLOSED_RULE_LABELS, type TimelineParams } from "./params";

/** Short names of the base dates: 「到着5日後」. */
const SHORT: Record<BaseDate, string> = { order: "注文", ship: "発送", arrival: "到着" };

/** Every setting that shapes the dates, as [label, value] (settings left at "none" read as such). */
export function conditionRows(v: TimelineParams): [string, string][] {
  const closed = WEEKDAY_CODES.flatMap((c, i) => (v.closed.includes(c) ? [WEEKDAY_JA[i]] : [])).join("");
  const range = (r: { start: string; end: string }) =>
    r.start === r.end ? formatJaDate(r.start) : `${formatJaDate(r.start)}〜${formatJaDate(r.end)}`;
  const rows: ([string, string] | false)[] = [
    ["発送", `${v.ship}営業日後`],
    ["配送", `${v.transit}日`],
    ["定休日", `${closed || "なし"}(祝日は休み)`],
    v.holidays.length > 0 && ["休業", v.holidays.map(range).join("、")],
    v.thanksBase !== "order" && ["購入後フォローメール(お礼)", `${SHORT[v.thanksBase]}日`],
    ["使い方メール", `${SHORT[v.usageBase]}${v.usage}日後`],
    ["レビュー依頼", `${SHORT[v.reviewBase]}${v.review}日後`],
    ["クーポン", `${SHORT[v.couponBase]}${v.couponAfter}日後から${v.coupon}日間`],
    ["補充リマインド", v.cycle ? `使い切り周期${v.cycle}日(${SHORT[v.cycleBase]}から)` : "なし"],
    ["休眠フォロー", v.lapse ? `${SHORT[v.lapseBase]}${v.lapse}日後` : "なし"],
    ["休業日のメール", CLOSED_RULE_LABELS[v.onClosed]],
    ["送信時間帯", `${v.sendFrom}〜${v.sendTo}`],
    v.rebuy !== "" && ["再購入日", formatIsoDate(v.rebuy)],
    v.sales.length > 0 && ["セール", v.sales.map((s) => `${s.name}(${range(s)})`).join("、")],
  ];
  return rows.filter((r): r is [string, string] => r !== false);
}

/** "条件: 発送 1営業日後 / 配送 2日 / …". */
export function conditionsText(v: TimelineParams): string {
  return `条件: ${conditionRows(v)
    .map(([label, value]) => `${label} ${value}`)
    .join(" / ")}`;
}
