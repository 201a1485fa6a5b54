/** Descriptions of the timeline's URL parameters for the developer notes (server side only). */
import { MAX_CLOSURE_DAYS, MAX_PERIODS, SALE_NAME_MAX } from "./lists";
import { DAY_PARAMS, type DayParam, MAIL_LABELS, ORDER_RANGE } from "./params";
import { MAIL_STEPS } from "./events";

/** What each day count means. */
export const DAY_DOCS: Record<DayParam, string> = {
  ship: "注文日の何営業日後に発送するか(0 = 当日が営業日なら当日)",
  transit: "発送から到着までの日数(暦日)",
  usage: "起点の日(既定は到着予定日)の何日後に使い方メールを送るか",
  review: "起点の日(既定は到着予定日)の何日後にレビュー依頼メールを送るか",
  couponAfter: "起点の日(既定は到着予定日)の何日後に再購入クーポンを有効にするか",
  coupon: "クーポンの有効日数(開始日を含む)",
  cycle: "商品を使い切るまでの日数(起点は既定で到着予定日)。0 でリマインドなし",
  lapse: "起点の日(既定は注文日)の何日後に休眠フォローを送るか。0 で送らない",
  saleWarn: "クーポンがセール開始の何日前までに切れると警告するか",
};

/** Descriptions by parameter name. */
export const timelineParamDocs: Record<string, string> = {
  order: `注文日(YYYY-MM-DD、${ORDER_RANGE.min.slice(0, 4)}〜${ORDER_RANGE.max.slice(0, 4)}年)。省略時は日本時間の今日`,
  ...Object.fromEntries(
    (Object.keys(DAY_PARAMS) as DayParam[]).map((d) => {
      const p = DAY_PARAMS[d];
      return [d, `${DAY_DOCS[d]}(${p.min}〜${p.max}の整数)`];
    }),
  ),
  ...Object.fromEntries(
    MAIL_STEPS.map((s) => [
      `${s}Base`,
      `${MAIL_LABELS[s]}を数える起点: order(注文日)/ ship(発送日)/ arrival(到着予定日)`,
    ]),
  ),
  onClosed:
    "メールの日が休業日に当たったとき: send(そのまま送る)/ prev(前の営業日。注文日より前なら次の営業日)/ next(次の営業日)",
  sendFrom: "メールを送る時間帯の開始(HH:MM)。カレンダー用ファイルのメールの予定の開始時刻",
  sendTo: "メールを送る時間帯の終了(HH:MM、開始より後)。カレンダー用ファイルのメールの予定の終了時刻",
  rebuy: "お客様がもう一度買った日(YYYY-MM-DD)。この日より後のメールとクーポンは送らない扱いにします",
  closed: "発送しない曜日をカンマ区切りで(sun,mon,tue,wed,thu,fri,sat)。空で定休日なし",
  holidays: `店舗の休業日・休業期間をカンマ区切りで(例: 2026-12-29..2027-01-04,2026-08-13)。1件${MAX_CLOSURE_DAYS}日まで、${MAX_PERIODS}件まで`,
  sales: `自分で入力するセール期間。開始..終了:名前 をカンマ区切りで(例: 2026-12-04..2026-12-11:スーパーSALE)。名前は${SALE_NAME_MAX}文字まで、「,」「:」は使えません。${MAX_PERIODS}件まで`,
};
