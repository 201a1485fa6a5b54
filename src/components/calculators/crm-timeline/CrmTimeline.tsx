/**
 * Island of /tools/crm-timeline/: inputs synced with the URL, the timeline as a list or month calendar, .ics export.
 * Rendered at build time with placeholders instead of dates (the default order date is "today" in Asia/Tokyo, which
 * only the browser knows); the dates appear after hydration. The calendar view and the .ics export load on demand.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { WEEKDAY_CODES } from "../../../lib/timeline/business";
import { tokyoToday } from "../../../lib/timeline/dates";
import { EVENT_IDS, EVENT_TITLES } from "../../../lib/timeline/events";
import { formatJaDate, WEEKDAY_JA } from "../../../lib/timeline/format";
import type { TimelineFacts } from "../../../lib/timeline/from-facts";
import {
  DAY_PARAMS,
  TIMELINE_PARAMS,
  timelineParams,
  type DayParam,
  type TimelineParams,
} from "../../../lib/timeline/params";
import { eventNotes, planTimeline, type TimelinePlan } from "../../../lib/timeline/plan";
import { saleWarningText } from "../../../lib/timeline/sales";
import { CopyLinkButton } from "../shared/CopyLinkButton";
import { Notices } from "../shared/Notices";
import { NumberField } from "../shared/NumberField";
import { ReportedMark } from "../shared/ReportedMark";
import { ResetButton } from "../shared/ResetButton";
import { useUrlState } from "../shared/useUrlState";
import OrderField from "./OrderField";
import RangeRows from "./RangeRows";
import TimelineList from "./TimelineList";
import "../shared/calculators.css";
import "./crm-timeline.css";

const TimelineCalendar = lazy(() => import("./TimelineCalendar"));

/** Unit shown after each day-count field. */
const UNIT: Partial<Record<DayParam, string>> = {
  ship: "営業日後",
  coupon: "日間",
  saleWarn: "日前まで",
  lapse: "日後",
};
/** Results summarised in the polite live region. */
const SUMMARY_IDS = ["ship", "arrival", "review", "coupon-start", "coupon-end"];

type Notes = ReturnType<typeof eventNotes>;

/** Builds the .ics file of the plan (code loaded on first use) and saves it through a temporary object URL. */
async function saveIcs(plan: TimelinePlan & { ok: true }, sales: TimelineParams["sales"], notes: Notes) {
  const { planIcs, icsStamp } = await import("../../../lib/timeline/plan-ics");
  const text = planIcs(plan, sales, icsStamp(new Date()), notes);
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `crm-timeline-${plan.order}.ics`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The default events without dates: what the list shows until the browser knows today's date and the URL. */
const PENDING_EVENTS = EVENT_IDS.map((id) => ({ id, date: "", title: EVENT_TITLES[id] }));

/** One-line summary of the settings, printed instead of the form. */
function conditionsText(v: TimelineParams): string {
  const closed = WEEKDAY_CODES.flatMap((c, i) => (v.closed.includes(c) ? [WEEKDAY_JA[i]] : [])).join("");
  const parts = [
    `発送 ${v.ship}営業日後`,
    `配送 ${v.transit}日`,
    `定休日 ${closed || "なし"}(祝日は休み)`,
    v.holidays.length
      ? `休業 ${v.holidays.map((r) => `${formatJaDate(r.start)}〜${formatJaDate(r.end)}`).join("、")}`
      : "",
    `レビュー依頼 到着${v.review}日後`,
    `クーポン 到着${v.couponAfter}日後から${v.coupon}日間`,
  ];
  return `条件: ${parts.filter(Boolean).join(" / ")}`;
}

export default function CrmTimeline({ saleNames, reviewRule }: TimelineFacts) {
  const { values, notices, set, reset, shareUrl, restored } = useUrlState(timelineParams);
  // "" at build time and in the first (hydrating) render, so both render the same markup; then today in Tokyo.
  const [today, setToday] = useState("");
  useEffect(() => setToday(tokyoToday(new Date())), []);
  const [view, setView] = useState<"list" | "calendar">("list");
  const [closedError, setClosedError] = useState<string | undefined>();
  const ready = restored && today !== "";
  const plan = useMemo(() => (ready ? planTimeline(values, today) : null), [ready, values, today]);
  const notes = useMemo(() => eventNotes(reviewRule.text), [reviewRule.text]);
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

  const dayField = (name: DayParam) => {
    const p = DAY_PARAMS[name];
    return (
      <NumberField
        key={name}
        name={name}
        label={p.label}
        value={values[name]}
        min={p.min}
        max={p.max}
        unit={UNIT[name] ?? "日後"}
        hint={p.doc}
        onValue={(v) => set({ [name]: v })}
      />
    );
  };

  const summary = !plan
    ? "注文日と設定を読み込んで、日付を計算しています。"
    : plan.ok
      ? `${formatJaDate(plan.order)}の注文: ${plan.events
          .filter((e) => SUMMARY_IDS.includes(e.id))
          .map((e) => `${e.title} ${formatJaDate(e.date)}`)
          .join("、")}`
      : plan.error;

  return (
    <div className="calc calc-page tl-root">
      <Notices notices={notices} />
      <form className="tl-form" onSubmit={(e) => e.preventDefault()} noValidate>
        <fieldset>
          <legend>注文と発送</legend>
          <div className="calc-fields">
            <OrderField
              label={TIMELINE_PARAMS.order.label}
              value={values.order}
              today={today}
              onValue={(order) => set({ order })}
            />
            {dayField("ship")}
            {dayField("transit")}
          </div>
        </fieldset>
        <fieldset aria-describedby={`tl-closed-hint${closedError ? " tl-closed-msg" : ""}`}>
          <legend>{TIMELINE_PARAMS.closed.label}</legend>
          <div className="tl-weekdays">
            {WEEKDAY_CODES.map((code, i) => (
              <label key={code}>
                <input
                  type="checkbox"
                  name="closed"
                  value={code}
                  checked={values.closed.includes(code)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    const closed = WEEKDAY_CODES.filter((c) => (c === code ? on : values.closed.includes(c)));
                    if (closed.length === WEEKDAY_CODES.length) {
                      setClosedError(
                        "すべての曜日を定休日にはできません。発送する曜日を1つ以上残してください。",
                      );
                      return;
                    }
                    setClosedError(undefined);
                    set({ closed });
                  }}
                />
                {WEEKDAY_JA[i]}曜日
              </label>
            ))}
          </div>
          <p id="tl-closed-hint" className="calc-hint">
            国民の祝日と振替休日は、曜日に関係なく休みとして数えます。
          </p>
          {closedError && (
            <p id="tl-closed-msg" className="calc-error">
              {closedError}
            </p>
          )}
        </fieldset>
        <RangeRows
          legend={TIMELINE_PARAMS.holidays.label}
          hint="年末年始・夏季休業など、発送しない日や期間を追加できます。"
          addLabel="休業期間を追加"
          value={values.holidays.map((r) => ({ ...r, name: "" }))}
          onValue={(periods) => set({ holidays: periods.map(({ start, end }) => ({ start, end })) })}
        />
        <fieldset>
          <legend>到着後のメールとクーポン</legend>
          <div className="calc-fields">
            {dayField("usage")}
            {dayField("review")}
            {dayField("couponAfter")}
            {dayField("coupon")}
            {dayField("cycle")}
            {dayField("lapse")}
          </div>
        </fieldset>
        <RangeRows
          legend={TIMELINE_PARAMS.sales.label}
          hint="セールの日程は楽天からの告知を確認して、ご自身で入力してください。このサイトは予想の日程を載せません。"
          addLabel="セール期間を追加"
          nameSuggestions={saleNames}
          value={values.sales}
          onValue={(sales) => set({ sales })}
        />
        <fieldset>
          <legend>セールの警告</legend>
          <div className="calc-fields">{dayField("saleWarn")}</div>
        </fieldset>
        <div className="calc-actions">
          <CopyLinkButton getUrl={shareUrl} />
          <ResetButton onReset={reset} />
        </div>
      </form>

      <section className="calc-results tl-results" aria-labelledby="tl-results-title">
        <h2 id="tl-results-title">タイムライン</h2>
        <p className="tl-summary" aria-live="polite">
          {summary}
        </p>
        <p className="tl-print-only tl-conditions">{conditionsText(values)}</p>
        {plan?.ok && plan.warnings.length > 0 && (
          <ul className="tl-warnings" aria-label="セールとの関係についての注意">
            {plan.warnings.map((w) => (
              <li key={`${w.sale.name}-${w.sale.start}`}>{saleWarningText(w)}</li>
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
                    void saveIcs(plan, values.sales, {
                      ...notes,
                      review: reviewRule.reported ? `${notes.review}(非公式)` : notes.review,
                    });
                }}
              >
                予定をカレンダー用ファイル(.ics)で保存
              </button>
            </div>
            <div className={view === "calendar" && plan ? "tl-print-only" : undefined}>
              <TimelineList events={plan ? plan.events : PENDING_EVENTS} notes={listNotes} />
            </div>
            {view === "calendar" && plan && (
              <div className="calc-no-print">
                <Suspense fallback={<p className="calc-hint">カレンダーを表示しています。</p>}>
                  <TimelineCalendar
                    events={plan.events}
                    sales={values.sales}
                    calendar={{ closedWeekdays: values.closed, closedRanges: values.holidays }}
                  />
                </Suspense>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}
