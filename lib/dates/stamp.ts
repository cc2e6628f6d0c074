const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Minsk",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * "09.02.2026 09:00" in the publication's time zone. The dashboard formats times this way on both
 * server and browser: a browser's own locale data and time zone would render a different text than
 * the server did (and some browsers lack Belarusian month names).
 */
export function formatStamp(iso: string, options: { date?: boolean } = { date: true }): string {
  const map = Object.fromEntries(parts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  const time = `${map.hour}:${map.minute}`;
  return options.date === false ? time : `${map.day}.${map.month}.${map.year} ${time}`;
}
