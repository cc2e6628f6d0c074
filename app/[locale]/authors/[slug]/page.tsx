import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleList } from "@/components/site/ArticleList";
import { ReaderPage } from "@/components/site/ReaderPage";
import { getAuthorPage } from "@/lib/content/authors";
import { parseLocaleParam, parsePageParam } from "@/lib/i18n/params";
import { isPlausibleSlug } from "@/lib/slug";
import { alternatesFor, samePathInEveryLocale } from "@/lib/seo/alternates";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function loadAuthor({ params, searchParams }: Props) {
  const { locale: raw, slug } = await params;
  const locale = parseLocaleParam(raw);
  const page = parsePageParam((await searchParams).page);
  if (page === null || !isPlausibleSlug(slug)) notFound();
  const result = await getAuthorPage(locale, slug, page);
  if (!result || (page > 1 && result.articles.items.length === 0)) notFound();
  const path = `/authors/${result.author.slug}${page > 1 ? `?page=${page}` : ""}`;
  return { locale, page, path, ...result };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, author, path } = await loadAuthor(props);
  const t = await getTranslations({ locale, namespace: "Author" });
  return {
    title: author.name,
    description: author.bio || t("metaDescription", { name: author.name }),
    alternates: alternatesFor(locale, samePathInEveryLocale(path)),
    openGraph: { type: "profile", title: author.name },
  };
}

export default async function AuthorPage(props: Props) {
  const { locale, author, articles, path } = await loadAuthor(props);
  setRequestLocale(locale);
  const t = await getTranslations("Author");
  return (
    <ReaderPage paths={samePathInEveryLocale(path)}>
      <h1 className="font-serif text-3xl font-bold text-stone-900 sm:text-4xl">{author.name}</h1>
      {author.bio && <p className="mt-2 max-w-2xl font-serif text-lg text-stone-700">{author.bio}</p>}
      <h2 className="mt-8 font-sans text-sm font-bold tracking-widest text-stone-700 uppercase">
        {t("articlesBy", { name: author.name })}
      </h2>
      {articles.total === 0 ? (
        <p className="mt-4 font-serif">{t("empty")}</p>
      ) : (
        <ArticleList page={articles} basePath={`/authors/${author.slug}`} showSection />
      )}
    </ReaderPage>
  );
}
