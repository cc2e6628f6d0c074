import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleList } from "@/components/site/ArticleList";
import { ReaderPage } from "@/components/site/ReaderPage";
import { getTagPage } from "@/lib/content/tags";
import { parseLocaleParam, parsePageParam } from "@/lib/i18n/params";
import { isPlausibleSlug } from "@/lib/slug";
import { alternatesFor, samePathInEveryLocale } from "@/lib/seo/alternates";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function loadTag({ params, searchParams }: Props) {
  const { locale: raw, slug } = await params;
  const locale = parseLocaleParam(raw);
  const page = parsePageParam((await searchParams).page);
  if (page === null || !isPlausibleSlug(slug)) notFound();
  const result = await getTagPage(locale, slug, page);
  if (!result || (page > 1 && result.articles.items.length === 0)) notFound();
  const path = `/tags/${result.tag.slug}${page > 1 ? `?page=${page}` : ""}`;
  return { locale, page, path, ...result };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, tag, path } = await loadTag(props);
  const t = await getTranslations({ locale, namespace: "Tags" });
  return {
    title: t("title", { tag: tag.name }),
    description: t("metaDescription", { tag: tag.name }),
    alternates: alternatesFor(locale, samePathInEveryLocale(path)),
  };
}

export default async function TagPage(props: Props) {
  const { locale, tag, articles, path } = await loadTag(props);
  setRequestLocale(locale);
  const t = await getTranslations("Tags");
  return (
    <ReaderPage paths={samePathInEveryLocale(path)}>
      <p className="font-sans text-sm font-bold tracking-widest text-stone-600 uppercase">{t("eyebrow")}</p>
      <h1 className="mt-1 font-serif text-3xl font-bold text-stone-900 sm:text-4xl">{tag.name}</h1>
      <p className="mt-2 font-sans text-sm text-stone-600">{t("articleCount", { count: articles.total })}</p>
      {articles.total === 0 ? (
        <p className="mt-6 font-serif">{t("empty")}</p>
      ) : (
        <ArticleList page={articles} basePath={`/tags/${tag.slug}`} showSection />
      )}
    </ReaderPage>
  );
}
