import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IssueContents } from "@/components/site/IssueContents";
import { ReaderPage } from "@/components/site/ReaderPage";
import { formatWeekRange, isMonday, mondayOf, parseIsoDate } from "@/lib/dates/week";
import { getIssueByWeek } from "@/lib/content/issues";
import { Link } from "@/lib/i18n/navigation";
import { parseLocaleParam } from "@/lib/i18n/params";
import { alternatesFor, ogLocale, samePathInEveryLocale } from "@/lib/seo/alternates";

type Props = { params: Promise<{ locale: string; week: string }> };

async function loadIssue(params: Props["params"]) {
  const { locale: raw, week } = await params;
  const locale = parseLocaleParam(raw);
  if (!parseIsoDate(week)) notFound();
  // The proxy already redirects weekdays; this covers requests that reach the page directly.
  if (!isMonday(week)) permanentRedirect(`/${locale}/issues/${mondayOf(week)}`);
  const issue = await getIssueByWeek(locale, week);
  if (!issue) notFound();
  return { locale, issue };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, issue } = await loadIssue(params);
  const t = await getTranslations({ locale, namespace: "Issue" });
  const range = formatWeekRange(locale, issue.weekStart, issue.weekEnd);
  const title = t("title", { number: issue.number, range });
  const description = t("metaDescription", { number: issue.number, range, count: issue.totalArticles });
  return {
    title,
    description,
    alternates: alternatesFor(locale, samePathInEveryLocale(`/issues/${issue.weekStart}`)),
    openGraph: { title, description, type: "website", locale: ogLocale[locale] },
  };
}

export default async function IssuePage({ params }: Props) {
  const { locale, issue } = await loadIssue(params);
  setRequestLocale(locale);
  const t = await getTranslations("Issue");
  const range = formatWeekRange(locale, issue.weekStart, issue.weekEnd);
  const readable = issue.groups.reduce((sum, group) => sum + group.articles.length, 0);

  return (
    <ReaderPage paths={samePathInEveryLocale(`/issues/${issue.weekStart}`)}>
      <p className="font-sans text-sm font-semibold text-stone-600">{t("articleCount", { count: readable })}</p>
      <h1 className="mt-1 mb-8 font-serif text-3xl font-bold text-stone-900 sm:text-4xl">{t("title", { number: issue.number, range })}</h1>
      {readable === 0 ? <p className="font-serif text-lg">{t("emptyInLocale")}</p> : <IssueContents issue={issue} />}
      <nav
        aria-label={t("weekNavigation")}
        className="mt-10 flex justify-between gap-4 border-t border-stone-300 pt-4 font-sans text-sm font-semibold print:hidden"
      >
        {issue.previousWeek ? (
          <Link href={`/issues/${issue.previousWeek}`} rel="prev" className="text-red-800 underline-offset-2 hover:underline">
            ← {t("previous")}
            <span className="block font-normal text-stone-600">{formatWeekRange(locale, issue.previousWeek)}</span>
          </Link>
        ) : (
          <span />
        )}
        {issue.nextWeek ? (
          <Link href={`/issues/${issue.nextWeek}`} rel="next" className="text-right text-red-800 underline-offset-2 hover:underline">
            {t("next")} →<span className="block font-normal text-stone-600">{formatWeekRange(locale, issue.nextWeek)}</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </ReaderPage>
  );
}
