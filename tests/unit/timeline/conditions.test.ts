/** The timeline's settings as the printed page and the copied text state them. */
import { describe, expect, it } from "vitest";
import { conditionRows, conditionsText } from "../../../src/lib/timeline/conditions";
import { TIMELINE_DEFAULTS, type TimelineParams } from "../../../src/lib/timeline/params";

const changed: TimelineParams = {
  ...TIMELINE_DEFAULTS,
  ship: 3,
  transit: 4,
  usage: 1,
  review: 10,
  couponAfter: 0,
  coupon: 30,
  cycle: 0,
  lapse: 0,
  thanksBase: "ship",
  usageBase: "order",
  reviewBase: "ship",
  couponBase: "order",
  lapseBase: "arrival",
  onClosed: "prev",
  sendFrom: "09:30",
  sendTo: "18:00",
  rebuy: "2026-02-01",
  closed: ["mon", "wed"],
  holidays: [
    { start: "2026-12-29", end: "2027-01-04" },
    { start: "2026-08-13", end: "2026-08-13" },
  ],
  sales: [{ name: "スーパーSALE", start: "2026-12-04", end: "2026-12-11" }],
};

describe("timeline conditions", () => {
  it("states every default setting, and leaves out the ones left unused", () => {
    expect(conditionRows(TIMELINE_DEFAULTS)).toEqual([
      ["発送", "1営業日後"],
      ["配送", "2日"],
      ["定休日", "日土(祝日は休み)"],
      ["使い方メール", "到着2日後"],
      ["レビュー依頼", "到着5日後"],
      ["クーポン", "到着7日後から14日間"],
      ["補充リマインド", "使い切り周期30日(到着から)"],
      ["休眠フォロー", "注文90日後"],
      ["休業日のメール", "そのまま送る"],
      ["送信時間帯", "10:00〜12:00"],
    ]);
  });

  it("states each changed setting with its base date, closed days, closed periods, rebuy date and sales", () => {
    expect(conditionRows(changed)).toEqual([
      ["発送", "3営業日後"],
      ["配送", "4日"],
      ["定休日", "月水(祝日は休み)"],
      ["休業", "2026年12月29日(火)〜2027年1月4日(月)、2026年8月13日(木)"],
      ["購入後フォローメール(お礼)", "発送日"],
      ["使い方メール", "注文1日後"],
      ["レビュー依頼", "発送10日後"],
      ["クーポン", "注文0日後から30日間"],
      ["補充リマインド", "なし"],
      ["休眠フォロー", "なし"],
      ["休業日のメール", "前の営業日に送る"],
      ["送信時間帯", "09:30〜18:00"],
      ["再購入日", "2026年2月1日"],
      ["セール", "スーパーSALE(2026年12月4日(金)〜2026年12月11日(金))"],
    ]);
  });

  it("says なし when no weekday is closed, and names each base and closed-day rule", () => {
    const rows = new Map(
      conditionRows({
        ...TIMELINE_DEFAULTS,
        closed: [],
        thanksBase: "arrival",
        cycleBase: "ship",
        lapse: 45,
        lapseBase: "ship",
        onClosed: "next",
      }),
    );
    expect(rows.get("定休日")).toBe("なし(祝日は休み)");
    expect(rows.get("購入後フォローメール(お礼)")).toBe("到着日");
    expect(rows.get("補充リマインド")).toBe("使い切り周期30日(発送から)");
    expect(rows.get("休眠フォロー")).toBe("発送45日後");
    expect(rows.get("休業日のメール")).toBe("次の営業日に送る");
  });

  it("joins the rows into one line for the copied text", () => {
    expect(conditionsText(TIMELINE_DEFAULTS)).toBe(
      "条件: 発送 1営業日後 / 配送 2日 / 定休日 日土(祝日は休み) / 使い方メール 到着2日後 / レビュー依頼 到着5日後 / " +
        "クーポン 到着7日後から14日間 / 補充リマインド 使い切り周期30日(到着から) / 休眠フォロー 注文90日後 / " +
        "休業日のメール そのまま送る / 送信時間帯 10:00〜12:00",
    );
  });
});
