import type { Metadata } from "next";
import { routing, type Locale } from "@/lib/i18n/routing";
import { absoluteUrl, localePath } from "@/lib/site";

/** Where a page lives in each language (path without the locale prefix); absent = not translated. */
export type LocalizedPaths = Partial<Record<Locale, string>>;

export function samePathInEveryLocale(path: string): LocalizedPaths {
  return Object.fromEntries(routing.locales.map((locale) => [locale, path]));
}

/** canonical + hreflang for the translations that exist, plus x-default (English when it exists). */
export function alternatesFor(locale: Locale, paths: LocalizedPaths): NonNullable<Metadata["alternates"]> {
  const existing = routing.locales.filter((l) => paths[l] !== undefined);
  const languages: Record<string, string> = {};
  for (const l of existing) languages[l] = absoluteUrl(localePath(l, paths[l]!));
  const fallback = existing.includes("en") ? "en" : existing[0];
  if (fallback) languages["x-default"] = absoluteUrl(localePath(fallback, paths[fallback]!));
  return {
    canonical: paths[locale] !== undefined ? absoluteUrl(localePath(locale, paths[locale]!)) : undefined,
    languages,
    types: { "application/rss+xml": absoluteUrl(`/${locale}/feed.xml`) },
  };
}

export const ogLocale: Record<Locale, string> = { en: "en_GB", be: "be_BY", ru: "ru_RU" };
