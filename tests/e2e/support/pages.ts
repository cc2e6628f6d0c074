import { complete, latestWeek, missingBelarusian, slugOf } from "./demo";

type Locale = "en" | "be" | "ru";

/** One address of every public page type, in a locale. */
export function pageTypes(locale: Locale): { name: string; path: string; status: number }[] {
  return [
    { name: "home", path: `/${locale}`, status: 200 },
    { name: "archive", path: `/${locale}/issues`, status: 200 },
    { name: "issue", path: `/${locale}/issues/${latestWeek}`, status: 200 },
    { name: "article", path: `/${locale}/articles/${slugOf(complete, locale)}`, status: 200 },
    { name: "section", path: `/${locale}/sections/security`, status: 200 },
    { name: "author", path: `/${locale}/authors/${complete.authors[0]}`, status: 200 },
    { name: "tag", path: `/${locale}/tags/${complete.tags[0]}`, status: 200 },
    { name: "trends", path: `/${locale}/trends`, status: 200 },
    { name: "not found", path: `/${locale}/no-such-page`, status: 404 },
    { name: "newsletter confirmation (unknown link)", path: `/${locale}/newsletter/confirm/${"A".repeat(43)}`, status: 200 },
    { name: "newsletter subscription (unknown key)", path: `/${locale}/newsletter/unsubscribe/${"A".repeat(43)}`, status: 404 },
    {
      name: "missing translation",
      path:
        locale === "be" ? `/be/articles/${slugOf(missingBelarusian, "en")}` : `/${locale}/articles/${slugOf(missingBelarusian, locale)}`,
      status: locale === "be" ? 404 : 200,
    },
  ];
}

export const locales: Locale[] = ["en", "be", "ru"];
