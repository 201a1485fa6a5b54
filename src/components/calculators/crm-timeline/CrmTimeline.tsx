/**
 * Island of /tools/crm-timeline/: inputs synced with the URL, the timeline as a list or month calendar, .ics export.
 * Rendered at build time with placeholders instead of dates (the default order date is "today" in Asia/Tokyo, which
 * only the browser knows); the dates appear after hydration. The calendar, the .ics export and the copied text load
 * on demand.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useState } from "react";
import { closedReason } from "../../../lib/timeline/business";
import { tokyoToday } from "../../../lib/timeline/dates";
import {
  BASE_DATES,
  CLOSED_DAY_RULES,
  EVENT_IDS,
  EVENT_TITLES,
  MAIL_STEPS,
} from "../../../lib/timeline/events";
import { conditionRows, conditionsText } from "../../../lib/timeline/conditions";
import { formatJaDate, WEEKDAY_JA } from "../../../lib/timeline/format";
import type { TimelineFacts } from "../../../lib/timeline/from-facts";
import { setHolidayData } from "../../../lib/timeline/holidays";
import {
  BASE_LABELS,
  CLOSED_RULE_LABELS,
  DAY_PARAMS,
  MAIL_LABELS,
  TIMELINE_PARAMS,
  timelineParams,
  type DayParam,
  type TimelineParams,
} from "../../../lib/timeline/params";
import { coverageWarning, planTimeline, type TimelinePlan } from "../../../lib/timeline/plan";
import { saleWarningText } from "../../../lib/timeline/sales";
import { CalcFooter } from "../shared/CalcFooter";
import { Notices } from "../shared/Notices";
import { NumberField } from "../shared/NumberField";
import type { Placement } from "../shared/placement";
import { ReportedMark } from "../shared/ReportedMark";
import { ResultSummary } from "../shared/ResultSummary";
import { StaleNotice } from "../shared/StaleNotice";
import { useCalculator } from "../shared/useCalculator";
import { MailDays } from "./MailDays";
import { OrderField, RebuyField } from "./OrderField";
import { PeriodRows } from "./PeriodRows";
import { TimelineList } from "./TimelineList";
import { WeekdayFields } from "./WeekdayFields";
import type { CalendarKit } from "./TimelineCalendar";
import type { SettingsKit } from "./AdvancedSettings";
import { SelectField } from "../shared/SelectField";
import { useReportInvalid } from "../shared/validity";
import "../shared/calculators.css";
import "./crm-timeline.css";

const AdvancedSettings = lazy(() =>
  import("./AdvancedSettings").then((m) => ({ default: m.AdvancedSettings })),
);
const TimelineCalendar = lazy(() =>
  import("./TimelineCalendar").then((m) => ({ default: m.TimelineCalendar })),
);

/** Handed to the calendar view, which loads on demand and imports none of these itself. */
const CALENDAR_KIT: CalendarKit = { closedReason, weekdays: WEEKDAY_JA };

/** Handed to the finer settings, which load on demand and import none of these themselves. */
const SETTINGS_KIT: Omit<SettingsKit, "rebuyHint"> = {
  SelectField,
  RebuyField,
  useReportInvalid,
  mailSteps: MAIL_STEPS,
  mailLabels: MAIL_LABELS,
  baseOptions: BASE_DATES.map((b) => ({ value: b, label: BASE_LABELS[b] })),
  ruleOptions: CLOSED_DAY_RULES.map((r) => ({ value: r, label: CLOSED_RULE_LABELS[r] })),
};

/** Results summarised in the polite live region and the sticky summary. */
const SUMMARY_IDS = ["ship", "arrival", "review", "coupon-start", "coupon-end"];

/** "1/6(火)": month/day and weekday, short enough for the sticky summary on a phone. */
function shortDay(iso: string): string {
  return formatJaDate(iso).replace(/^\d+年(\d+)月(\d+)日/, "$1/$2");
}

/** Order, ship, arrival, review and coupon dates as short items; "—" before they are known (same size, no shift). */
function summaryItems(plan: TimelinePlan | null): string[] {
  const date = (id: string) => {
    if (!plan?.ok) return "—";
    const e = plan.events.find((x) => x.id === id);
    return e ? `${shortDay(e.date)}${e.cancelled ? "停止" : ""}` : "—";
  };
  const couponEnd = plan?.ok ? plan.events.find((x) => x.id === "coupon-end") : undefined;
  return [
    `注文 ${plan?.ok ? shortDay(plan.order) : "—"}`,
    `発送 ${date("ship")}`,
    `到着 ${date("arrival")}`,
    `レビュー ${date("review")}`,
    `クーポン ${date("coupon-start").replace(/\(.\)/, "")}〜${couponEnd ? shortDay(couponEnd.date).replace(/\(.\)$/, "") : "—"}`,
  ];
}

/** The default events without dates: what the list shows until the browser knows today's date and the URL. */
const PENDING_EVENTS = EVENT_IDS.map((id) => ({ id, date: "", title: EVENT_TITLES[id] }));

/** True when a finer setting (base dates, closed-day rule, window, repurchase) differs from its default. */
const hasAdvanced = (v: TimelineParams) =>
  (
    [
      "thanksBase",
      "usageBase",
      "reviewBase",
      "couponBase",
      "cycleBase",
      "lapseBase",
      "onClosed",
      "sendFrom",
      "sendTo",
      "rebuy",
    ] as const
  ).some((k) => v[k] !== timelineParams.defaults[k]);

export interface CrmTimelineProps extends TimelineFacts, Placement {}

export function CrmTimeline(props: CrmTimelineProps) {
  const { saleNames, reviewRule, notes, texts, embedded } = props;
  setHolidayData(props.holidays);
  // "" at build time and in the first (hydrating) render, so both render the same markup; then today in Tokyo.
  const [today, setToday] = useState("");
  useEffect(() => setToday(tokyoToday(new Date())), []);
  // A link always carries the order date shown, so it shows the same dates tomorrow.
  const pin = useCallback((v: TimelineParams) => (v.order || !today ? v : { ...v, order: today }), [today]);
  const calc = useCalculator(timelineParams, props, pin);
  const { values, notices, set, generation, shareUrl, restored, stale, ValidityProvider, Heading } = calc;
  const resultsId = useId();
  const [view, setView] = useState<"list" | "calendar">("list");
  // Open when the reader opens it, or when the link already sets a finer setting.
  const [advanced, setAdvanced] = useState<boolean | undefined>();
  const showAdvanced = advanced ?? (restored && hasAdvanced(values));
  const ready = restored && today !== "";
  const plan = useMemo(() => (ready ? planTimeline(values, today) : null), [ready, values, today]);
  const listNotes = useMemo(
    () => ({
      ...notes,
      review: (
        <>
          {notes.review}
          {reviewRule.reported && <ReportedMark />}
        </>
      ),
    }),
    [notes, reviewRule.reported],
  );

  const dayField = (name: DayParam, unit = "日後") => {
    const p = DAY_PARAMS[name];
    return (
      <NumberField
        name={name}
        label={p.label}
        value={values[name]}
        min={p.min}
        max={p.max}
        unit={unit}
        onValue={(v) => set({ [name]: v })}
      />
    );
  };

  const shown = plan?.ok ? plan.events.filter((e) => SUMMARY_IDS.includes(e.id)) : [];
  const summary = !plan
    ? texts.loading
    : plan.ok
      ? `${formatJaDate(plan.order)}の注文: ${shown.map((e) => `${e.title} ${formatJaDate(e.date)}${e.cancelled ? "(送らない)" : ""}`).join("、")}`
      : plan.error;
  const coverage = plan?.ok ? coverageWarning(plan.uncovered) : "";
  const window = `${values.sendFrom}〜${values.sendTo}`;

  const getText = async () => {
    const { timelineText } = await import("./timeline-text");
    return timelineText({
      order: plan ? formatJaDate(plan.order) : "",
      conditions: conditionRows(pin(values)),
      events: plan?.ok ? plan.events : [],
      error: plan && !plan.ok ? plan.error : "",
      window,
      formatDate: formatJaDate,
      holidays: texts.holidayText,
      warnings: plan?.ok ? [coverage, ...plan.warnings.map(saleWarningText)].filter(Boolean) : [],
      link: calc.canShare ? shareUrl() : undefined,
    });
  };

  return (
    <ValidityProvider>
      <div
        className={props.urlSync === false ? "calc tl-root" : "calc calc-page tl-root"}
        // Set once the URL's values and today's date are in (tests wait for it; the server render has no dates).
        data-restored={ready || undefined}
      >
        <Notices notices={notices} />
        <ResultSummary detailsId={resultsId} stale={stale} items={summaryItems(plan)} />
        <StaleNotice stale={stale} />
        <form className="tl-form" onSubmit={(e) => e.preventDefault()} noValidate key={generation}>
          <fieldset>
            <legend>注文と発送</legend>
            <div className="calc-fields">
              <OrderField
                label={TIMELINE_PARAMS.order.label}
                hint={texts.orderHint}
                value={values.order}
                today={today}
                onValue={(order) => set({ order })}
              />
              {dayField("ship", "営業日後")}
              {dayField("transit")}
            </div>
          </fieldset>
          <WeekdayFields
            legend={TIMELINE_PARAMS.closed.label}
            hint={texts.weekdaysHint}
            value={values.closed}
            onValue={(closed) => set({ closed })}
          />
          <PeriodRows
            legend={TIMELINE_PARAMS.holidays.label}
            hint={texts.holidaysHint}
            addLabel="休業期間を追加"
            value={values.holidays.map((r) => ({ ...r, name: "" }))}
            onValue={(periods) => set({ holidays: periods.map(({ start, end }) => ({ start, end })) })}
          />
          <MailDays values={values} set={set} />
          <details
            className="tl-advanced"
            open={showAdvanced}
            onToggle={(e) => setAdvanced(e.currentTarget.open)}
          >
            <summary>{texts.advanced}</summary>
            {showAdvanced && (
              <Suspense fallback={<p className="calc-hint">設定欄を準備しています。</p>}>
                <AdvancedSettings
                  values={values}
                  set={set}
                  kit={{ ...SETTINGS_KIT, rebuyHint: texts.rebuyHint }}
                />
              </Suspense>
            )}
          </details>
          <PeriodRows
            legend={TIMELINE_PARAMS.sales.label}
            hint={texts.salesHint}
            addLabel="セール期間を追加"
            nameSuggestions={saleNames}
            value={values.sales}
            onValue={(sales) => set({ sales })}
          />
          <fieldset>
            <legend>セールの警告</legend>
            <div className="calc-fields">{dayField("saleWarn", "日前まで")}</div>
          </fieldset>
        </form>

        <section
          id={resultsId}
          className="calc-results tl-results"
          aria-labelledby={`${resultsId}-title`}
          data-stale={stale || undefined}
        >
          <Heading id={`${resultsId}-title`}>タイムライン</Heading>
          <p className="tl-summary" aria-live="polite">
            {summary}
          </p>
          <p className="tl-print-only tl-conditions">{conditionsText(values)}</p>
          {plan?.ok && plan.rebuyIgnored && <p className="tl-warnings">{texts.rebuyIgnored}</p>}
          {coverage && <p className="tl-warnings">{coverage}</p>}
          {plan?.ok && plan.warnings.length > 0 && (
            <ul className="tl-warnings" aria-label="セールとの関係についての注意">
              {plan.warnings.map((w, i) => (
                <li key={i}>{saleWarningText(w)}</li>
              ))}
            </ul>
          )}
          {plan?.ok !== false && (
            <>
              <div className="tl-views calc-no-print">
                <div role="group" aria-label="表示の切り替え" className="tl-toggle">
                  <button
                    type="button"
                    className="calc-button"
                    aria-pressed={view === "list"}
                    onClick={() => setView("list")}
                  >
                    一覧で表示
                  </button>
                  <button
                    type="button"
                    className="calc-button"
                    aria-pressed={view === "calendar"}
                    onClick={() => setView("calendar")}
                  >
                    カレンダーで表示
                  </button>
                </div>
                <button
                  type="button"
                  className="calc-button"
                  disabled={!plan}
                  onClick={() => {
                    if (plan?.ok)
                      void import("../../../lib/timeline/plan-ics").then((m) =>
                        m.downloadIcs(plan, values, {
                          ...notes,
                          review: reviewRule.reported ? `${notes.review}(非公式)` : notes.review,
                        }),
                      );
                  }}
                >
                  予定をカレンダー用ファイル(.ics)で保存
                </button>
              </div>
              <div className={view === "calendar" && plan ? "tl-print-only" : undefined}>
                <TimelineList
                  events={plan ? plan.events : PENDING_EVENTS}
                  notes={listNotes}
                  window={window}
                />
              </div>
              {view === "calendar" && plan && (
                <div className="calc-no-print">
                  <Suspense fallback={<p className="calc-hint">カレンダーを表示しています。</p>}>
                    <TimelineCalendar
                      events={plan.events}
                      sales={values.sales}
                      calendar={{ closedWeekdays: values.closed, closedRanges: values.holidays }}
                      kit={CALENDAR_KIT}
                    />
                  </Suspense>
                </div>
              )}
            </>
          )}
          <p className="calc-hint tl-holidays">
            {texts.holidayData}
            <a href={texts.holidayLink.href} rel="noopener noreferrer">
              {texts.holidayLink.text}
            </a>
            {texts.holidayLinkAfter}
          </p>
        </section>

        <CalcFooter
          calc={calc}
          getText={getText}
          embed={{ title: "購入後CRMタイムライン(楽天ROOM・CRM 実務ガイド)", height: 2400 }}
          embedded={embedded}
        />
      </div>
    </ValidityProvider>
  );
}
