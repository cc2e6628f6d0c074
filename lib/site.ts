import type { Locale } from "@/lib/i18n/routing";

/** The public origin, for canonical URLs, feeds and the sitemap. */
export function siteUrl(): string {
  const configured = process.env.SITE_URL ?? process.env.AUTH_URL;
  return (configured ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}

/** "/issues" in "be" → "/be/issues". The routing always prefixes the locale. */
export function localePath(locale: Locale, path: string): string {
  return `/${locale}${path === "/" ? "" : path}`;
}
