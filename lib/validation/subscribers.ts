import { z } from "zod";
import { subscriberStatus } from "@/db/schema/newsletter";
import { parseIsoDate } from "@/lib/dates/week";
import { localeNames, routing, type Locale } from "@/lib/i18n/routing";
import { id } from "./issues";
import { personEmail } from "./people";

/** Server actions accept 1 MB bodies by default (next.config.ts serverActions.bodySizeLimit). */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 20_000;
const IMPORT_PREFIX = "import: ";
export const CONSENT_SOURCE_MAX = 300 - IMPORT_PREFIX.length;

export const subscriberEmail = personEmail;

/** An empty select means "any". */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.enum(values, "invalidChoice").optional());

export const subscriberFilterSchema = z.object({
  q: z.string().trim().toLowerCase().max(254, "tooLong").default(""),
  status: optionalChoice(subscriberStatus.enumValues),
  locale: optionalChoice(routing.locales),
});
export type SubscriberFilter = z.infer<typeof subscriberFilterSchema>;

export const listSubscribersSchema = subscriberFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type SubscriberListFilter = z.infer<typeof listSubscribersSchema>;

export const subscriberIdSchema = z.object({ subscriberId: id });

export const importSubscribersSchema = z.object({
  file: z.instanceof(File, { message: "required" }).refine((file) => file.size > 0, "required"),
  consentSource: z.string("required").trim().min(1, "required").max(CONSENT_SOURCE_MAX, "tooLong"),
});

/** What an imported row's consent is recorded as. */
export function importConsentSource(note: string): string {
  return `${IMPORT_PREFIX}${note}`;
}

const languageNames: Record<string, Locale> = {
  ...Object.fromEntries(routing.locales.map((locale) => [locale, locale])),
  ...Object.fromEntries(Object.entries(localeNames).map(([locale, name]) => [name.toLowerCase(), locale as Locale])),
  english: "en",
  belarusian: "be",
  russian: "ru",
};

/** "be", "BE", "Беларуская", "Belarusian" → "be"; anything else → null. */
export function parseLanguage(value: string): Locale | null {
  return languageNames[value.trim().toLowerCase()] ?? null;
}

/** An optional consent date from a file: ISO date or date-time, not in the future. */
export function parseConsentDate(value: string, now: Date): Date | null | "invalid" {
  const text = value.trim();
  if (text === "") return null;
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return "invalid";
  const date = new Date(text.replace(" ", "T"));
  const real = parseIsoDate(text.slice(0, 10)) !== null && !Number.isNaN(date.getTime());
  return real && date <= now ? date : "invalid";
}
