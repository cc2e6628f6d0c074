import { describe, expect, it } from "vitest";
import { addDays, dateInTimeZone, formatWeekRange, isMonday, mondayOf, parseIsoDate, weekEndOf } from "@/lib/dates/week";

describe("parseIsoDate", () => {
  it("accepts real calendar dates", () => {
    expect(parseIsoDate("2017-11-27")?.toISOString()).toBe("2017-11-27T00:00:00.000Z");
    expect(parseIsoDate("2024-02-29")).not.toBeNull();
  });

  it.each(["2017-13-45", "2017-02-30", "2023-02-29", "2017-1-1", "20171127", "2017-11-27T00:00", "", "0000-01-01", "abcd-ef-gh"])(
    "rejects %j",
    (value) => {
      expect(parseIsoDate(value)).toBeNull();
    },
  );
});

describe("mondayOf", () => {
  it("maps every day of a week to its Monday", () => {
    const week = ["2017-11-27", "2017-11-28", "2017-11-29", "2017-11-30", "2017-12-01", "2017-12-02", "2017-12-03"];
    for (const day of week) expect(mondayOf(day)).toBe("2017-11-27");
    expect(mondayOf("2017-12-04")).toBe("2017-12-04");
  });

  it("crosses year boundaries in both directions", () => {
    expect(mondayOf("2026-01-01")).toBe("2025-12-29");
    expect(mondayOf("2026-01-04")).toBe("2025-12-29");
    expect(mondayOf("2021-01-03")).toBe("2020-12-28");
    expect(weekEndOf("2025-12-29")).toBe("2026-01-04");
  });

  it("handles leap days", () => {
    expect(mondayOf("2024-02-29")).toBe("2024-02-26");
    expect(addDays("2024-02-26", 6)).toBe("2024-03-03");
  });

  it("is not shifted by daylight-saving changes", () => {
    // EU clocks change on the last Sundays of March and October; the US on other Sundays.
    expect(mondayOf("2026-03-29")).toBe("2026-03-23");
    expect(mondayOf("2026-03-30")).toBe("2026-03-30");
    expect(mondayOf("2025-10-26")).toBe("2025-10-20");
    expect(mondayOf("2026-03-08")).toBe("2026-03-02");
    expect(addDays("2026-03-23", 7)).toBe("2026-03-30");
  });

  it("throws on a non-date", () => {
    expect(() => mondayOf("2017-13-45")).toThrow(RangeError);
  });
});

describe("isMonday", () => {
  it("knows Mondays", () => {
    expect(isMonday("2017-11-27")).toBe(true);
    expect(isMonday("2017-11-28")).toBe(false);
    expect(isMonday("not a date")).toBe(false);
  });
});

describe("dateInTimeZone", () => {
  it("uses the publication's calendar, not UTC's", () => {
    // 22:30 UTC on Sunday is already Monday in Minsk (UTC+3).
    const instant = new Date("2025-12-28T22:30:00Z");
    expect(dateInTimeZone(instant, "Europe/Minsk")).toBe("2025-12-29");
    expect(dateInTimeZone(instant, "UTC")).toBe("2025-12-28");
    expect(mondayOf(dateInTimeZone(instant))).toBe("2025-12-29");
  });

  it("survives the night the clocks go back", () => {
    expect(dateInTimeZone(new Date("2025-10-26T00:30:00Z"), "Europe/Vilnius")).toBe("2025-10-26");
    expect(dateInTimeZone(new Date("2025-10-26T23:30:00Z"), "Europe/Vilnius")).toBe("2025-10-27");
  });
});

/** ICU puts thin and no-break spaces around the dash; compare the words, not the space widths. */
function plain(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/g, " ");
}

describe("formatWeekRange", () => {
  it("writes the week in each language", () => {
    expect(plain(formatWeekRange("en", "2017-11-27"))).toBe("November 27 – December 3, 2017");
    expect(plain(formatWeekRange("be", "2017-11-27"))).toBe("27 лістапада – 3 снежня 2017");
    expect(plain(formatWeekRange("ru", "2017-11-27"))).toBe("27 ноября – 3 декабря 2017 г.");
  });

  it("names both years when a week spans New Year", () => {
    expect(plain(formatWeekRange("en", "2025-12-29"))).toBe("December 29, 2025 – January 4, 2026");
    expect(plain(formatWeekRange("be", "2025-12-29"))).toBe("29 снежня 2025 – 4 студзеня 2026");
    expect(plain(formatWeekRange("ru", "2025-12-29"))).toBe("29 декабря 2025 г. – 4 января 2026 г.");
  });

  it("collapses a week inside one month", () => {
    expect(plain(formatWeekRange("en", "2026-01-05"))).toBe("January 5 – 11, 2026");
    expect(plain(formatWeekRange("be", "2026-01-05"))).toBe("5–11 студзеня 2026");
    expect(plain(formatWeekRange("ru", "2026-01-05"))).toBe("5–11 января 2026 г.");
  });
});
