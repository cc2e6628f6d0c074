import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleView } from "@/components/site/ArticleView";
import { ReaderPage } from "@/components/site/ReaderPage";
import { getArticleBySlug, getReadMore } from "@/lib/content/articles";
import type { ArticleDetail } from "@/lib/content/types";
import { parseLocaleParam } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/routing";
import { isPlausibleSlug } from "@/lib/slug";
import { alternatesFor, ogLocale, type LocalizedPaths } from "@/lib/seo/alternates";
import { absoluteUrl } from "@/lib/site";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** Found, or redirected to this language's slug, or a 404 (the not-found page explains a missing translation). */
async function loadArticle(params: Props["params"]): Promise<{ locale: Locale; article: ArticleDetail }> {
  const { locale: raw, slug } = await params;
  const locale = parseLocaleParam(raw);
  if (!isPlausibleSlug(slug)) notFound();
  const lookup = await getArticleBySlug(locale, slug);
  if (lookup.kind === "moved") permanentRedirect(`/${locale}/articles/${encodeURIComponent(lookup.slug)}`);
  if (lookup.kind !== "found") notFound();
  return { locale, article: lookup.article };
}

function translationPaths(article: ArticleDetail): LocalizedPaths {
  return Object.fromEntries(article.translations.map((t) => [t.locale, `/articles/${t.slug}`]));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, article } = await loadArticle(params);
  const description = article.seoDescription || article.lead;
  return {
    title: article.title,
    description,
    alternates: alternatesFor(locale, translationPaths(article)),
    openGraph: {
      type: "article",
      title: article.title,
      description,
      locale: ogLocale[locale],
      alternateLocale: article.translations.filter((t) => t.locale !== locale).map((t) => ogLocale[t.locale]),
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section.name,
      authors: article.authors.map((a) => absoluteUrl(`/${locale}/authors/${a.slug}`)),
      tags: article.tags.map((tag) => tag.name),
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article } = await loadArticle(params);
  setRequestLocale(locale);
  const [readMore, meta] = await Promise.all([
    getReadMore(locale, { id: article.id, sectionId: article.section.id, tagSlugs: article.tags.map((tag) => tag.slug) }),
    getTranslations("Metadata"),
  ]);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.seoDescription || article.lead,
    inLanguage: locale,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name).join(", ") || undefined,
    mainEntityOfPage: absoluteUrl(`/${locale}/articles/${article.slug}`),
    author: article.authors.map((a) => ({ "@type": "Person", name: a.name, url: absoluteUrl(`/${locale}/authors/${a.slug}`) })),
    publisher: { "@type": "Organization", name: meta("siteName"), url: absoluteUrl(`/${locale}`) },
  };
  return (
    <ReaderPage paths={translationPaths(article)}>
      <ArticleView article={article} readMore={readMore} jsonLd={jsonLd} />
    </ReaderPage>
  );
}
