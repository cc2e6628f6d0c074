import { describe, expect, it } from "vitest";
import { chartSize, markerLayout, markerPath, monthLabels, sparkline } from "@/components/site/trends/geometry";
import { assessmentOfScore, cellsFor, tally, weekScore } from "@/lib/trends/assessments";
import {
  firstMondayIn,
  lastMondayIn,
  monthsBetween,
  parsePeriod,
  periodSearch,
  resolvePeriod,
  shiftMonth,
  weeksBetween,
} from "@/lib/trends/period";

const bounds = { first: "2025-11-03", last: "2026-02-02" };
const everyWeek = { from: bounds.first, to: bounds.last };

describe("reading the period from the address", () => {
  it("shows every issue when nothing is asked", () => {
    expect(parsePeriod({})).toEqual({ period: { preset: "all" }, understood: true });
  });

  it("takes a preset or a pair of months, putting reversed months in order", () => {
    expect(parsePeriod({ range: "6m" }).period).toEqual({ preset: "6m" });
    expect(parsePeriod({ from: "2025-12", to: "2026-01" }).period).toEqual({ from: "2025-12", to: "2026-01" });
    expect(parsePeriod({ from: "2026-01", to: "2025-12" }).period).toEqual({ from: "2025-12", to: "2026-01" });
    expect(parsePeriod({ to: "2025-12" }).period).toEqual({ to: "2025-12" });
  });

  it.each([
    { range: "2y" },
    { range: ["3m", "6m"] },
    { from: "2025-13" },
    { from: "25-11" },
    { to: "<script>" },
    { from: ["2025-11", "2025-12"] },
  ])("says when it did not understand %j and falls back to every issue", (query) => {
    expect(parsePeriod(query)).toEqual({ period: { preset: "all" }, understood: false });
  });

  it("keeps the half it understood", () => {
    expect(parsePeriod({ from: "2025-12", to: "soon" })).toEqual({ period: { from: "2025-12" }, understood: false });
  });

  it("writes a period back as the address's query", () => {
    expect(periodSearch({ preset: "all" })).toBe("");
    expect(periodSearch({ preset: "3m" })).toBe("?range=3m");
    expect(periodSearch({ from: "2025-12", to: "2026-01" })).toBe("?from=2025-12&to=2026-01");
  });
});

describe("turning a period into weeks", () => {
  it("knows the first and last Monday of a month", () => {
    expect(firstMondayIn("2025-12")).toBe("2025-12-01");
    expect(firstMondayIn("2026-02")).toBe("2026-02-02");
    expect(lastMondayIn("2025-12")).toBe("2025-12-29");
    expect(lastMondayIn("2026-08")).toBe("2026-08-31");
    expect(shiftMonth("2026-01", -2)).toBe("2025-11");
  });

  it("counts presets back from the latest issue's month, within the published issues", () => {
    expect(resolvePeriod({ preset: "all" }, bounds)).toEqual(everyWeek);
    expect(resolvePeriod({ preset: "3m" }, bounds)).toEqual({ from: "2025-12-01", to: "2026-02-02" });
    expect(resolvePeriod({ preset: "12m" }, bounds)).toEqual(everyWeek);
  });

  it("takes whole months and clips them to the published issues", () => {
    expect(resolvePeriod({ from: "2025-12", to: "2025-12" }, bounds)).toEqual({ from: "2025-12-01", to: "2025-12-29" });
    expect(resolvePeriod({ from: "2020-01", to: "2025-11" }, bounds)).toEqual({ from: "2025-11-03", to: "2025-11-24" });
    expect(resolvePeriod({ from: "2026-01" }, bounds)).toEqual({ from: "2026-01-05", to: "2026-02-02" });
  });

  it("finds nothing in months outside the published issues, even at the end of the calendar", () => {
    expect(resolvePeriod({ from: "2027-01", to: "9999-12" }, bounds)).toBeNull();
    expect(resolvePeriod({ to: "1999-12" }, bounds)).toBeNull();
  });

  it("lists the Mondays and the months in between", () => {
    expect(weeksBetween("2025-12-22", "2026-01-05")).toEqual(["2025-12-22", "2025-12-29", "2026-01-05"]);
    expect(weeksBetween("2026-01-05", "2025-12-22")).toEqual([]);
    expect(monthsBetween(bounds)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
});

describe("assessments", () => {
  it("places each week's assessments in its column and leaves out articles without one", () => {
    const cells = cellsFor(
      ["2025-11-03", "2025-11-10"],
      [
        { weekStart: "2025-11-10", trend: "worsened" },
        { weekStart: "2025-11-10", trend: "none" },
        { weekStart: "2025-11-10", trend: "improved" },
        { weekStart: "2025-12-01", trend: "improved" },
      ],
    );
    expect(cells).toEqual([[], ["worsened", "improved"]]);
    expect(tally(cells)).toEqual({ improved: 1, unchanged: 0, worsened: 1 });
  });

  it("scores a week from +1 to -1 and reads a score back as a direction", () => {
    expect(weekScore([])).toBeNull();
    expect(weekScore(["improved", "unchanged"])).toBe(0.5);
    expect(weekScore(["worsened"])).toBe(-1);
    expect([0.5, 0, -0.5].map(assessmentOfScore)).toEqual(["improved", "unchanged", "worsened"]);
  });
});

describe("chart geometry", () => {
  it("grows with the weeks and the sections", () => {
    expect(chartSize(14, 5)).toEqual({ width: 12 * 2 + 14 * 40, height: 48 + 5 * 58 });
  });

  it("puts one big marker in the middle of a column, or several side by side within it", () => {
    expect(markerLayout(0, 100)).toEqual({ xs: [], size: 0 });
    expect(markerLayout(1, 100)).toEqual({ xs: [100], size: 16 });
    const two = markerLayout(2, 100);
    expect(two.xs[0]! + two.xs[1]!).toBe(200);
    expect(two.xs[1]! - two.xs[0]!).toBeGreaterThanOrEqual(two.size);
    const many = markerLayout(5, 100);
    expect(Math.max(...many.xs) + many.size / 2 - (Math.min(...many.xs) - many.size / 2)).toBeLessThanOrEqual(40);
  });

  it("draws a different shape for each assessment", () => {
    expect(markerPath("improved", 10, 10, 10)).toBe("M10 5L15 15L5 15Z");
    expect(markerPath("worsened", 10, 10, 10)).toBe("M10 15L15 5L5 5Z");
    expect(markerPath("unchanged", 10, 10, 10)).toBe("M6 6h8v8h-8Z");
  });

  it("names each month once, with the year at the start and in January", () => {
    const weeks = weeksBetween("2025-11-24", "2026-01-12");
    expect(monthLabels(weeks)).toEqual([
      { index: 1, month: "2025-12", withYear: true },
      { index: 6, month: "2026-01", withYear: true },
    ]);
    expect(monthLabels(weeksBetween("2025-11-03", "2025-12-01"))).toEqual([
      { index: 0, month: "2025-11", withYear: true },
      { index: 4, month: "2025-12", withYear: false },
    ]);
  });

  it("joins the assessed weeks of a sparkline and breaks the line where nothing was assessed", () => {
    const { points, runs } = sparkline([1, 0, null, -1, -1], { width: 48, height: 20, pad: 4 });
    expect(points.map((p) => [p.x, p.y])).toEqual([
      [4, 4],
      [14, 10],
      [34, 16],
      [44, 16],
    ]);
    expect(runs).toEqual(["4,4 14,10", "34,16 44,16"]);
  });
});
