/** Minsk has kept UTC+3 all year since 2011, so a wall-clock time there maps to one instant. */
const MINSK_OFFSET = "+03:00";

/** "2026-02-09T09:00" (a datetime-local value, Minsk time) → "2026-02-09T09:00:00+03:00". */
export function minskLocalToIso(local: string): string {
  const withSeconds = /T\d{2}:\d{2}$/.test(local) ? `${local}:00` : local;
  return `${withSeconds}${MINSK_OFFSET}`;
}
