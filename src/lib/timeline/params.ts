/** Query parameters of /tools/crm-timeline/: names, defaults, bounds and Japanese descriptions (one place only). */
import { parseDateInput } from "../input";
import { choiceParam, defineParams, intParam, schemaFrom, timeParam, type ParamSpec } from "../url-state";
import type { ClosedRange, WeekdayCode } from "./business";
import {
  BASE_DATES,
  CLOSED_DAY_RULES,
  DEFAULT_BASES,
  MAIL_STEPS,
  type BaseDate,
  type ClosedDayRule,
  type MailStep,
} from "./events";
import {
  formatRanges,
  formatSales,
  parseRanges,
  parseSales,
  parseWeekdays,
  SALE_NAME_MAX,
  salesRewritten,
} from "./lists";
import type { SalePeriod } from "./sales";

/** Earliest and latest order date accepted (inside the national-holiday list, with room for later events). */
export const ORDER_RANGE = { min: "2000-01-01", max: "2049-12-31" } as const;

/** One documented parameter (the shared url-state spec). */
export type ParamDef<T> = ParamSpec<T>;

/** Integer day-count parameters with their bounds and defaults. */
export const DAY_PARAMS = {
  ship: {
    min: 0,
    max: 30,
    default: 1,
    label: "発送(営業日後)",
  },
  transit: { min: 0, max: 30, default: 2, label: "配送日数" },
  usage: {
    min: 0,
    max: 60,
    default: 2,
    label: "使い方メール(到着後)",
  },
  review: {
    min: 0,
    max: 60,
    default: 5,
    label: "レビュー依頼(到着後)",
  },
  couponAfter: {
    min: 0,
    max: 90,
    default: 7,
    label: "クーポン開始(到着後)",
  },
  coupon: {
    min: 1,
    max: 90,
    default: 14,
    label: "クーポン有効日数",
  },
  cycle: {
    min: 0,
    max: 365,
    default: 30,
    label: "使い切り周期",
  },
  lapse: {
    min: 0,
    max: 730,
    default: 90,
    label: "休眠判定(注文後)",
  },
  saleWarn: {
    min: 0,
    max: 30,
    default: 3,
    label: "セール前の警告日数",
  },
} as const;
export type DayParam = keyof typeof DAY_PARAMS;

/** Japanese names of the base dates and closed-day rules, for the form, the notices and the copied text. */
export const BASE_LABELS: Record<BaseDate, string> = {
  order: "注文日",
  ship: "発送日",
  arrival: "到着予定日",
};
export const CLOSED_RULE_LABELS: Record<ClosedDayRule, string> = {
  send: "そのまま送る",
  prev: "前の営業日に送る",
  next: "次の営業日に送る",
};
/** The mails whose base date can be chosen, with the label of their setting. */
export const MAIL_LABELS: Record<MailStep, string> = {
  thanks: "購入後フォローメール(お礼)",
  usage: "使い方メール",
  review: "レビュー依頼メール",
  coupon: "再購入クーポン",
  cycle: "リピート(補充)リマインド",
  lapse: "休眠顧客フォローメール",
};

/** The day-count parameter of each mail whose base date can be chosen (thanks has none: it goes out on its base day). */
export const MAIL_DAYS: Record<Exclude<MailStep, "thanks">, DayParam> = {
  usage: "usage",
  review: "review",
  coupon: "couponAfter",
  cycle: "cycle",
  lapse: "lapse",
};

/** Every value the page reads from the URL. */
export interface TimelineParams extends Record<DayParam, number>, Record<`${MailStep}Base`, BaseDate> {
  /** Order date, or "" when absent (the page then uses today's date in Asia/Tokyo). */
  order: string;
  closed: WeekdayCode[];
  holidays: ClosedRange[];
  sales: SalePeriod[];
  /** Mails on closed days. */
  onClosed: ClosedDayRule;
  /** Sending window (times of the mails in the .ics file), "HH:MM". */
  sendFrom: string;
  sendTo: string;
  /** The customer's next purchase, or "" for none: later steps are cancelled. */
  rebuy: string;
}

/** Value read with a parser, failing the schema when the text does not parse (no zod: this ships to the browser). */
const parsedSchema = <T>(parse: (s: string) => T | null) => schemaFrom((s) => parse(s) ?? undefined);

/** An order date inside ORDER_RANGE, in any form the shared date parser reads; null otherwise. */
export function readOrderDate(text: string): string | null {
  const r = parseDateInput(text);
  return r.ok && r.value >= ORDER_RANGE.min && r.value <= ORDER_RANGE.max ? r.value : null;
}

/** ParamDef of one day-count parameter. */
function dayParamDef(name: DayParam): ParamDef<number> {
  const p = DAY_PARAMS[name];
  return intParam({ name, label: p.label, default: p.default, min: p.min, max: p.max });
}

/** ParamDefs of all day-count parameters, keyed by name. */
function dayParamDefs(): Record<DayParam, ParamDef<number>> {
  const names = Object.keys(DAY_PARAMS) as DayParam[];
  return Object.fromEntries(names.map((n) => [n, dayParamDef(n)])) as Record<DayParam, ParamDef<number>>;
}

/** The base-date choice of one mail: `reviewBase=ship`. */
function baseParamDef(step: MailStep): ParamDef<BaseDate> {
  return choiceParam({
    name: `${step}Base`,
    label: `${MAIL_LABELS[step]}の起点`,
    values: BASE_DATES,
    default: DEFAULT_BASES[step],
  });
}

/** Base-date choices of every mail, keyed `thanksBase` … `lapseBase`. */
function baseParamDefs(): Record<`${MailStep}Base`, ParamDef<BaseDate>> {
  return Object.fromEntries(MAIL_STEPS.map((s) => [`${s}Base`, baseParamDef(s)])) as Record<
    `${MailStep}Base`,
    ParamDef<BaseDate>
  >;
}

/** Definitions in the order the parameters table lists them. */
export const TIMELINE_PARAMS = {
  order: {
    name: "order",
    label: "注文日",
    default: "",
    fallbackText: "日本時間の今日の日付",
    schema: parsedSchema(readOrderDate),
    format: (v: string) => v,
  } satisfies ParamDef<string>,
  ...dayParamDefs(),
  ...baseParamDefs(),
  onClosed: choiceParam({
    name: "onClosed",
    label: "休業日に当たったメール",
    values: CLOSED_DAY_RULES,
    default: "send",
  }),
  sendFrom: timeParam({ name: "sendFrom", label: "送信時間帯の開始", default: "10:00" }),
  sendTo: timeParam({ name: "sendTo", label: "送信時間帯の終了", default: "12:00" }),
  rebuy: {
    name: "rebuy",
    label: "再購入日",
    default: "",
    schema: parsedSchema(readOrderDate),
    format: (v: string) => v,
  } satisfies ParamDef<string>,
  closed: {
    name: "closed",
    label: "定休日(曜日)",
    default: ["sat", "sun"],
    schema: parsedSchema((s) => {
      const v = parseWeekdays(s);
      return v && v.length < 7 ? v : null;
    }),
    format: (v: WeekdayCode[]) => v.join(","),
  } satisfies ParamDef<WeekdayCode[]>,
  holidays: {
    name: "holidays",
    label: "休業期間",
    default: [],
    schema: parsedSchema(parseRanges),
    format: formatRanges,
  } satisfies ParamDef<ClosedRange[]>,
  sales: {
    name: "sales",
    label: "セール期間",
    default: [],
    schema: parsedSchema(parseSales),
    format: formatSales,
    warn: (raw: string) =>
      salesRewritten(raw)
        ? `URLのパラメーター「sales」(セール期間)のセール名を、${SALE_NAME_MAX}文字までに縮めるか使えない文字を空白に置き換えて読みました。`
        : undefined,
  } satisfies ParamDef<SalePeriod[]>,
};

/** Parse (bad values -> defaults + notices), serialize and the documentation rows of the page's parameters. */
export const timelineParams = defineParams(TIMELINE_PARAMS, (v) =>
  v.sendFrom < v.sendTo
    ? undefined
    : {
        reset: ["sendFrom", "sendTo"],
        message: `URLのパラメーター「sendFrom」「sendTo」(送信時間帯)は開始が終了より前でないため、既定値(${TIMELINE_PARAMS.sendFrom.default}〜${TIMELINE_PARAMS.sendTo.default})で計算しています。`,
      },
);

/** Defaults of every parameter (order "" = today in Asia/Tokyo, decided by the page at run time). */
export const TIMELINE_DEFAULTS: TimelineParams = timelineParams.defaults;
