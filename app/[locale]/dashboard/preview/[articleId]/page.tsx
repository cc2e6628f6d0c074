import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleView } from "@/components/site/ArticleView";
import { ReaderPage } from "@/components/site/ReaderPage";
import { getReadMore } from "@/lib/content/articles";
import { requireUser } from "@/lib/auth/guard";
import { getArticleForView } from "@/lib/dashboard/article-access";
import { loadPreview } from "@/lib/dashboard/preview";
import { Link } from "@/lib/i18n/navigation";
import { parseLocaleParam } from "@/lib/i18n/params";
import { localeNames, routing } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string; articleId: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The article exactly as readers will see it in this language (the route's locale), before it is public. */
export default async function PreviewPage({ params }: Props) {
  const { locale: raw, articleId: rawId } = await params;
  const locale = parseLocaleParam(raw);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const articleId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : NaN;
  // Drafts are not for every signed-in account: staff see any, authors only their own.
  if (Number.isNaN(articleId) || !(await getArticleForView(articleId, user))) notFound();
  const [{ article, translations }, t] = await Promise.all([loadPreview(articleId, locale), getTranslations("ArticleEditor")]);
  const paths = Object.fromEntries(routing.locales.map((l) => [l, `/dashboard/preview/${articleId}`]));
  if (!article) {
    if (translations.length === 0) notFound();
    return (
      <ReaderPage paths={paths}>
        <p className="rounded bg-amber-100 p-4 font-sans">{t("previewMissing", { language: localeNames[locale] })}</p>
      </ReaderPage>
    );
  }
  const readMore = await getReadMore(locale, {
    id: article.id,
    sectionId: article.section.id,
    tagSlugs: article.tags.map((tag) => tag.slug),
  });
  return (
    <ReaderPage paths={paths}>
      <p role="note" className="mb-6 rounded border border-amber-400 bg-amber-50 p-3 font-sans text-sm text-amber-950">
        {t("previewNote", { language: localeNames[locale] })}{" "}
        <Link href={`/dashboard/articles/${article.id}?lang=${locale}`} className="font-semibold underline">
          {t("title")}
        </Link>
      </p>
      <ArticleView article={article} readMore={readMore} jsonLd={{}} />
    </ReaderPage>
  );
}
