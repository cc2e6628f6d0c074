import { hasLocale } from "next-intl";
import { routing, type Locale } from "./routing";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && hasLocale(routing.locales, value);
}
