import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleTranslations } from "@/db/schema";
import { loadArticleDetail } from "@/lib/content/articles";
import type { ArticleDetail, TranslationLink } from "@/lib/content/types";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * An article as readers would get it, whatever its status, with every translation (ready or
 * not) for the language switcher; callers check getArticleForView first.
 */
export async function loadPreview(
  articleId: number,
  locale: Locale,
): Promise<{ article: ArticleDetail | null; translations: TranslationLink[] }> {
  const rows = await getDb()
    .select({ locale: articleTranslations.locale, slug: articleTranslations.slug, title: articleTranslations.title })
    .from(articleTranslations)
    .where(eq(articleTranslations.articleId, articleId));
  const translations = routing.locales.flatMap((code) => rows.filter((row) => row.locale === code));
  return { article: await loadArticleDetail(articleId, locale, translations, "any"), translations };
}
