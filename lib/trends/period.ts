import { addDays, mondayOf } from "@/lib/dates/week";

/** Preset periods end with the latest published issue, so they show data even when publishing paused. */
export const presets = ["3m", "6m", "12m", "all"] as const;
export type Preset = (typeof presets)[number];
const presetMonths: Record<Exclude<Preset, "all">, number> = { "3m": 3, "6m": 6, "12m": 12 };

/** A preset, or calendar months (YYYY-MM); a week belongs to the month of its Monday. */
export type Period = { preset: Preset } | { from?: string; to?: string };

/** Mondays of the first and the last published issue. */
export interface WeekBounds {
  first: string;
  last: string;
}

type Param = string | string[] | undefined;
export interface PeriodQuery {
  range?: Param;
  from?: Param;
  to?: Param;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthParam(value: Param): string | undefined | null {
  if (value === undefined || value === "") return undefined;
  return typeof value === "string" && MONTH.test(value) && value >= "1900-01" ? value : null;
}

/** The period asked for in the address; anything not understood falls back to every issue, and says so. */
export function parsePeriod(query: PeriodQuery): { period: Period; understood: boolean } {
  if (query.range !== undefined) {
    const preset = presets.find((p) => p === query.range);
    return preset ? { period: { preset }, understood: true } : { period: { preset: "all" }, understood: false };
  }
  const from = monthParam(query.from);
  const to = monthParam(query.to);
  const understood = from !== null && to !== null;
  if (!from && !to) return { period: { preset: "all" }, understood };
  if (from && to && from > to) return { period: { from: to, to: from }, understood };
  return { period: { from: from ?? undefined, to: to ?? undefined }, understood };
}

/** The address's query for a period ("" for every issue, the default). */
export function periodSearch(period: Period): string {
  if ("preset" in period) return period.preset === "all" ? "" : `?range=${period.preset}`;
  const params = new URLSearchParams();
  if (period.from) params.set("from", period.from);
  if (period.to) params.set("to", period.to);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [year, index] = [Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + by];
  const shifted = new Date(Date.UTC(year, index, 1));
  return shifted.toISOString().slice(0, 7);
}

export function firstMondayIn(month: string): string {
  const first = `${month}-01`;
  const monday = mondayOf(first);
  return monday < first ? addDays(monday, 7) : monday;
}

export function lastMondayIn(month: string): string {
  return mondayOf(addDays(`${shiftMonth(month, 1)}-01`, -1));
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The weeks a period covers, within the published issues; null when it lies outside them. */
export function resolvePeriod(period: Period, bounds: WeekBounds): { from: string; to: string } | null {
  if ("preset" in period) {
    if (period.preset === "all") return { from: bounds.first, to: bounds.last };
    const fromMonth = shiftMonth(monthOf(bounds.last), 1 - presetMonths[period.preset]);
    return { from: later(firstMondayIn(fromMonth), bounds.first), to: bounds.last };
  }
  const span = { first: monthOf(bounds.first), last: monthOf(bounds.last) };
  const fromMonth = period.from ?? span.first;
  const toMonth = period.to ?? span.last;
  if (fromMonth > span.last || toMonth < span.first) return null;
  return {
    from: later(firstMondayIn(later(fromMonth, span.first)), bounds.first),
    to: earlier(lastMondayIn(earlier(toMonth, span.last)), bounds.last),
  };
}

/** Every Monday from `from` to `to`, both included. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let week = from; week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/** The months a reader can choose from, oldest first. */
export function monthsBetween(bounds: WeekBounds): string[] {
  const months: string[] = [];
  for (let month = monthOf(bounds.first); month <= monthOf(bounds.last); month = shiftMonth(month, 1)) months.push(month);
  return months;
}
