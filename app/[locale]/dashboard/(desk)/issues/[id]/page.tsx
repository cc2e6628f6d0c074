import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleOrderBoard } from "@/components/dashboard/issue-desk/ArticleOrderBoard";
import { IssueControls } from "@/components/dashboard/issue-desk/IssueControls";
import { NewArticleForm } from "@/components/dashboard/issue-desk/NewArticleForm";
import { TranslationMatrix } from "@/components/dashboard/issue-desk/TranslationMatrix";
import { requireUser } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { loadIssueDesk } from "@/lib/dashboard/issue-desk";
import { formatWeekRange } from "@/lib/dates/week";
import { Link } from "@/lib/i18n/navigation";
import { parseLocaleParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string; id: string }> };

/** Signs in first (redirecting a visitor), then loads: nothing about the issue is read for a visitor. */
async function load(params: Props["params"]) {
  const { locale: raw, id } = await params;
  const locale = parseLocaleParam(raw);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const issueId = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const desk = Number.isNaN(issueId) ? null : await loadIssueDesk(issueId, locale);
  if (!desk) notFound();
  return { locale, user, desk };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, desk } = await load(params);
  const t = await getTranslations({ locale, namespace: "IssueDesk" });
  return { title: t("title", { number: desk.issue.number, range: formatWeekRange(locale, desk.issue.weekStart, desk.issue.weekEnd) }) };
}

export default async function IssueDeskPage({ params }: Props) {
  const { locale, user, desk } = await load(params);
  const [t, tn] = await Promise.all([getTranslations("IssueDesk"), getTranslations("DashboardNewsletter")]);
  const isEditor = hasRole(user, "editor");
  const { issue } = desk;
  return (
    <div className="space-y-8">
      <div>
        <Link href="/dashboard" className="font-sans text-sm text-red-800 underline">
          ← {t("backToIssues")}
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-bold">
          {t("title", { number: issue.number, range: formatWeekRange(locale, issue.weekStart, issue.weekEnd) })}
        </h1>
      </div>
      {isEditor && <IssueControls issueId={issue.id} status={issue.status} scheduledAt={issue.scheduledAt} />}
      {isEditor && issue.status === "published" && (
        <Link
          href={`/dashboard/newsletter/${issue.id}`}
          className="inline-block rounded border border-stone-500 px-3 py-1.5 font-sans text-sm font-semibold hover:bg-stone-100"
        >
          {tn("openNewsletter")}
        </Link>
      )}
      <section aria-labelledby="order" className="space-y-3">
        <h2 id="order" className="font-sans text-lg font-semibold">
          {t("order")}
        </h2>
        <ArticleOrderBoard
          key={desk.articles.map((a) => `${a.id}:${a.sectionId}`).join()}
          issueId={issue.id}
          articles={desk.articles}
          sections={desk.sections}
          canReorder={isEditor}
        />
        <NewArticleForm issueId={issue.id} sections={desk.sections} />
      </section>
      <section aria-labelledby="matrix" className="space-y-3">
        <h2 id="matrix" className="font-sans text-lg font-semibold">
          {t("matrix")}
        </h2>
        <TranslationMatrix articles={desk.articles} />
      </section>
    </div>
  );
}
