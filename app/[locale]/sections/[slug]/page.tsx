import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleList } from "@/components/site/ArticleList";
import { ReaderPage } from "@/components/site/ReaderPage";
import { SectionTrendLine } from "@/components/site/trends/SectionTrendLine";
import { getSectionPage } from "@/lib/content/sections";
import { getSectionTrend } from "@/lib/content/trends";
import { parseLocaleParam, parsePageParam } from "@/lib/i18n/params";
import { isPlausibleSlug } from "@/lib/slug";
import { alternatesFor, samePathInEveryLocale } from "@/lib/seo/alternates";

/** How far back a section page's trend line looks. */
const TREND_WEEKS = 12;

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function loadSection({ params, searchParams }: Props) {
  const { locale: raw, slug } = await params;
  const locale = parseLocaleParam(raw);
  const page = parsePageParam((await searchParams).page);
  if (page === null || !isPlausibleSlug(slug)) notFound();
  const result = await getSectionPage(locale, slug, page);
  if (!result || (page > 1 && result.articles.items.length === 0)) notFound();
  const path = `/sections/${result.section.slug}${page > 1 ? `?page=${page}` : ""}`;
  return { locale, page, path, ...result };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, section, path } = await loadSection(props);
  const t = await getTranslations({ locale, namespace: "Section" });
  return {
    title: section.name,
    description: section.description || t("metaDescription", { section: section.name }),
    alternates: alternatesFor(locale, samePathInEveryLocale(path)),
  };
}

export default async function SectionPage(props: Props) {
  const { locale, section, articles, path } = await loadSection(props);
  setRequestLocale(locale);
  const [t, trendLine] = await Promise.all([getTranslations("Section"), getSectionTrend(section.id, TREND_WEEKS)]);
  return (
    <ReaderPage paths={samePathInEveryLocale(path)}>
      <h1 className="font-serif text-3xl font-bold text-stone-900 sm:text-4xl">{section.name}</h1>
      {section.description && <p className="mt-2 max-w-2xl font-serif text-lg text-stone-700">{section.description}</p>}
      {trendLine && <SectionTrendLine section={section.name} line={trendLine} />}
      <p className="mt-6 font-sans text-sm text-stone-600">{t("articleCount", { count: articles.total })}</p>
      {articles.total === 0 ? (
        <p className="mt-6 font-serif">{t("empty")}</p>
      ) : (
        <ArticleList page={articles} basePath={`/sections/${section.slug}`} />
      )}
    </ReaderPage>
  );
}
