import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IssueContents } from "@/components/site/IssueContents";
import { IssueList } from "@/components/site/IssueList";
import { ReaderPage } from "@/components/site/ReaderPage";
import { formatWeekRange } from "@/lib/dates/week";
import { getLatestIssue, getRecentIssues } from "@/lib/content/issues";
import { Link } from "@/lib/i18n/navigation";
import { parseLocaleParam } from "@/lib/i18n/params";
import { alternatesFor, samePathInEveryLocale } from "@/lib/seo/alternates";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  return { alternates: alternatesFor(locale, samePathInEveryLocale("/")) };
}

export default async function HomePage({ params }: Props) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  const [t, trends] = await Promise.all([getTranslations("Home"), getTranslations("Trends")]);
  const issue = await getLatestIssue(locale);
  const recent = await getRecentIssues(6, issue?.weekStart);

  return (
    <ReaderPage paths={samePathInEveryLocale("/")}>
      {issue ? (
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <section aria-labelledby="latest-issue">
            <p className="font-sans text-sm font-semibold text-stone-600">
              {t("latestIssue")} · {t("issueNumber", { number: issue.number })}
            </p>
            <h1 id="latest-issue" className="mt-1 mb-6 font-serif text-3xl font-bold text-stone-900 sm:text-4xl">
              <Link href={`/issues/${issue.weekStart}`} className="hover:underline">
                {formatWeekRange(locale, issue.weekStart, issue.weekEnd)}
              </Link>
            </h1>
            <IssueContents issue={issue} />
          </section>
          <aside aria-labelledby="recent-issues" className="lg:border-l lg:border-stone-200 lg:pl-6">
            <h2 id="recent-issues" className="font-sans text-sm font-bold tracking-widest text-stone-700 uppercase">
              {t("recentIssues")}
            </h2>
            <IssueList issues={recent} />
            <Link href="/issues" className="mt-4 inline-block font-sans text-sm font-semibold text-red-800 underline underline-offset-2">
              {t("viewAll")}
            </Link>
            <Link href="/trends" className="mt-3 block font-sans text-sm font-semibold text-red-800 underline underline-offset-2">
              {trends("homeLink")}
            </Link>
          </aside>
        </div>
      ) : (
        <p className="font-serif text-lg">{t("noIssues")}</p>
      )}
    </ReaderPage>
  );
}
