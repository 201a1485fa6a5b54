/** The time-of-day parameter (the CRM timeline's sending window). */
import { describe, expect, it } from "vitest";
import { readTime, timeParam } from "../../../src/lib/url-state/time";

describe("time of day", () => {
  it("reads HH:MM and H:MM, full-width digits and surrounding spaces, as HH:MM", () => {
    expect(readTime("9:05")).toBe("09:05");
    expect(readTime("０９：０５")).toBe("09:05");
    expect(readTime(" 10:00 ")).toBe("10:00");
    expect(readTime("00:00")).toBe("00:00");
    expect(readTime("23:59")).toBe("23:59");
  });

  it("rejects hours past 23, minutes past 59 and anything around the time", () => {
    for (const raw of ["24:00", "23:60", "12:99", "x10:00", "10:00x", "10:0", "1000", ""])
      expect(readTime(raw), raw).toBeNull();
  });

  it("is a parameter that writes what it reads and documents its form", () => {
    const spec = timeParam({ name: "from", label: "送信開始", default: "10:00" });
    expect(spec).toMatchObject({ name: "from", label: "送信開始", default: "10:00" });
    expect(spec.format("09:30")).toBe("09:30");
    expect(spec.accepts).toBe("HH:MM 形式の時刻(00:00〜23:59)");
    expect(spec.schema.safeParse("9:30")).toEqual({ success: true, data: "09:30" });
    expect(spec.schema.safeParse("25:00").success).toBe(false);
  });
});
