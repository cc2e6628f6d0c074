const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A calendar date as a UTC midnight Date, or null when the string is not a real YYYY-MM-DD date. */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const roundTrips = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips && year >= 1900 && year <= 9999 ? date : null;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`Not a date: ${isoDate}`);
  return toIsoDate(new Date(date.getTime() + days * DAY_MS));
}

/** The Monday that starts the ISO week containing the date. Calendar arithmetic in UTC, so DST never shifts it. */
export function mondayOf(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`Not a date: ${isoDate}`);
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  return addDays(isoDate, -daysSinceMonday);
}

export function isMonday(isoDate: string): boolean {
  const date = parseIsoDate(isoDate);
  return date !== null && date.getUTCDay() === 1;
}

export function weekEndOf(monday: string): string {
  return addDays(monday, 6);
}

/** The calendar date of an instant as seen in a time zone (the publication's, by default). */
export function dateInTimeZone(instant: Date, timeZone = "Europe/Minsk"): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** "November 27 – December 3, 2017", "27 лістапада – 3 снежня 2017", "27 ноября – 3 декабря 2017 г." */
export function formatWeekRange(locale: string, weekStart: string, weekEnd: string = weekEndOf(weekStart)): string {
  const start = parseIsoDate(weekStart);
  const end = parseIsoDate(weekEnd);
  if (!start || !end) throw new RangeError(`Not a week: ${weekStart} – ${weekEnd}`);
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return format.formatRange(start, end);
}

export function formatDate(locale: string, isoDateOrInstant: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Minsk" });
  return format.format(new Date(isoDateOrInstant));
}
