import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleEditor } from "@/components/dashboard/editor/ArticleEditor";
import { requireUser } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getArticleForEdit } from "@/lib/dashboard/article-access";
import { loadArticleMeta } from "@/lib/dashboard/article-meta";
import { listAuthorOptions, listSectionOptions, listTagOptions } from "@/lib/dashboard/issue-desk";
import { loadTranslations } from "@/lib/dashboard/translations";
import { isLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { parseLocaleParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: "ArticleEditor" });
  return { title: t("title") };
}

export default async function ArticleEditorPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = parseLocaleParam(raw);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const articleId = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const handle = Number.isNaN(articleId) ? null : await getArticleForEdit(articleId, user);
  if (!handle) notFound();
  const [t, meta, translations, sections, authors, tags] = await Promise.all([
    getTranslations("ArticleEditor"),
    loadArticleMeta(articleId),
    loadTranslations(articleId),
    listSectionOptions(locale),
    listAuthorOptions(locale),
    listTagOptions(locale),
  ]);
  if (!meta) notFound();
  const lang = (await searchParams).lang;
  return (
    <div className="space-y-4">
      <Link href={`/dashboard/issues/${meta.issueId}`} className="font-sans text-sm text-red-800 underline">
        ← {t("back")}
      </Link>
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <ArticleEditor
        meta={meta}
        translations={translations}
        options={{ sections, authors, tags }}
        initialLocale={isLocale(lang) ? lang : locale}
        canPublish={hasRole(user, "editor")}
      />
    </div>
  );
}
