import { describe, expect, it } from "vitest";
import { namesOtherOrdinal, ordinals } from "../../../src/lib/search/ordinals";

describe("ordinals", () => {
  it("reads each counter's ordinal numbers, full-width, typed in kana and as ranges", () => {
    const found = ordinals("５日目と3〜4週目、2かいめ");
    expect([...(found.get("日") ?? [])]).toEqual([5]);
    expect([...(found.get("週") ?? [])]).toEqual([3, 4]);
    expect([...(found.get("回") ?? [])]).toEqual([2]);
    // A count (5日間) or a day after (3日後) is no ordinal.
    expect(ordinals("5日間で3日後").size).toBe(0);
  });
  it("a heading names another ordinal only for a counter the question names, with none of its numbers", () => {
    const asked = ordinals("ロードマップ 5日目");
    expect(namesOtherOrdinal(asked, "2日目: ルール")).toBe(true);
    expect(namesOtherOrdinal(asked, "5日目: 現場で使う")).toBe(false);
    expect(namesOtherOrdinal(asked, "4〜6日目")).toBe(false);
    expect(namesOtherOrdinal(asked, "2週目は何をする")).toBe(false);
    expect(namesOtherOrdinal(ordinals("ロードマップ"), "2日目: ルール")).toBe(false);
  });
});
