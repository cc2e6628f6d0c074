import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getSitemapData } from "@/lib/content/feeds";
import { routing, type Locale } from "@/lib/i18n/routing";
import { absoluteUrl } from "@/lib/site";

type Entry = MetadataRoute.Sitemap[number];

/** One entry per page and language, each listing its translations as alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // built per request: the content lives in the database, not in the build
  const data = await getSitemapData();
  const everywhere = (path: string, extra: Partial<Entry> = {}): Entry[] =>
    localized(Object.fromEntries(routing.locales.map((l) => [l, path])), extra);
  return [
    ...everywhere("", { changeFrequency: "weekly", priority: 1 }),
    ...everywhere("/issues", { changeFrequency: "weekly" }),
    ...data.issues.flatMap((issue) => everywhere(`/issues/${issue.weekStart}`, { lastModified: issue.updatedAt })),
    ...data.articles.flatMap((article) =>
      localized(Object.fromEntries(article.translations.map((t) => [t.locale, `/articles/${t.slug}`])), {
        lastModified: article.updatedAt,
      }),
    ),
    ...data.sections.flatMap((slug) => everywhere(`/sections/${slug}`)),
    ...data.authors.flatMap((slug) => everywhere(`/authors/${slug}`)),
    ...data.tags.flatMap((slug) => everywhere(`/tags/${slug}`)),
    ...everywhere("/trends", { changeFrequency: "weekly" }),
  ];
}

function localized(paths: Partial<Record<Locale, string>>, extra: Partial<Entry>): Entry[] {
  const languages = Object.fromEntries(Object.entries(paths).map(([locale, path]) => [locale, absoluteUrl(`/${locale}${path}`)]));
  return Object.values(languages).map((url) => ({ url, alternates: { languages }, ...extra }));
}
