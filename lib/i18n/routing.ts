import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "be", "ru"],
  defaultLocale: "en",
  localePrefix: "always",
  // Pages print their own hreflang links, listing only the translations that exist.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** Each language named in itself (never translated), wherever a language is offered or labelled: switchers, editor tabs, translation lists. */
export const localeNames: Record<Locale, string> = { en: "English", be: "Беларуская", ru: "Русский" };
