import { z } from "zod";
import { routing } from "@/lib/i18n/routing";

/** C0 and C1 controls (CR and LF among them) and the Unicode line separators: never part of an address. */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** A pragmatic address: an unquoted local part and a dotted host name of letters, digits and hyphens. */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
/** Tokens and unsubscribe keys are base64url strings of 32 or more random bytes. */
const SECRET = /^[A-Za-z0-9_-]{43,64}$/;

/** Control characters are refused before trimming, so "a@b.org\r\n" cannot slip through as "a@b.org". */
export const subscriberEmail = z
  .string("required")
  .refine((value) => !CONTROL_CHARS.test(value), "invalidEmail")
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.string().min(1, { message: "required", abort: true }).max(254, { message: "tooLong", abort: true }).regex(EMAIL, "invalidEmail"));

export const newsletterLocale = z.enum(routing.locales, "invalidChoice");

export const subscribeSchema = z.object({ email: subscriberEmail, locale: newsletterLocale });
export const confirmSchema = z.object({ token: z.string().regex(SECRET, "invalid") });
export const subscriptionKeySchema = z.object({ key: z.string().regex(SECRET, "invalid") });
export const changeLanguageSchema = subscriptionKeySchema.extend({ locale: newsletterLocale });

export function isPlausibleSecret(value: string): boolean {
  return SECRET.test(value);
}
