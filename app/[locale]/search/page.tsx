import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReaderPage } from "@/components/site/ReaderPage";
import { SearchForm } from "@/components/site/search/SearchForm";
import { SearchResultList } from "@/components/site/search/SearchResultList";
import { SearchTips } from "@/components/site/search/SearchTips";
import { searchArticles } from "@/lib/content/search";
import { getSearchYears } from "@/lib/content/search-filters";
import { getSections } from "@/lib/content/sections";
import { parseLocaleParam } from "@/lib/i18n/params";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { parseSearchParams, searchPath } from "@/lib/search/params";
import { samePathInEveryLocale } from "@/lib/seo/alternates";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  const { q } = parseSearchParams(await searchParams);
  const t = await getTranslations({ locale, namespace: "Search" });
  return {
    title: q ? t("titleWithQuery", { query: q }) : t("title"),
    description: t("description"),
    // Result pages are endless and change daily: keep them out of search engines, but let links be followed.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  const request = parseSearchParams(await searchParams);
  const [t, sections, years, results] = await Promise.all([
    getTranslations("Search"),
    getSections(locale),
    getSearchYears(),
    request.q ? searchArticles({ locale, ...request }) : null,
  ]);
  return (
    <ReaderPage paths={samePathInEveryLocale(searchPath(request))}>
      <h1 className="font-serif text-3xl font-bold text-stone-900 sm:text-4xl">{t("title")}</h1>
      <SearchForm request={request} sections={sections} years={years} />
      {request.truncated && (
        <p className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 font-sans text-sm text-amber-950">
          {t("truncated", { max: MAX_QUERY_LENGTH })}
        </p>
      )}
      {results ? (
        <SearchResultList request={request} results={results} />
      ) : (
        <section className="mt-8">
          <h2 className="font-serif text-2xl font-bold text-stone-900">{t("emptyTitle")}</h2>
          <p className="mt-2 font-serif text-stone-700">{t("emptyBody")}</p>
          <SearchTips />
        </section>
      )}
    </ReaderPage>
  );
}
