import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IssueList } from "@/components/site/IssueList";
import { Pagination } from "@/components/site/Pagination";
import { ReaderPage } from "@/components/site/ReaderPage";
import { getIssueArchive } from "@/lib/content/issues";
import type { IssueSummary } from "@/lib/content/types";
import { parseLocaleParam, parsePageParam } from "@/lib/i18n/params";
import { alternatesFor, samePathInEveryLocale } from "@/lib/seo/alternates";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function pageFrom(searchParams: Props["searchParams"]): Promise<number> {
  const page = parsePageParam((await searchParams).page);
  if (page === null) notFound();
  return page;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  const page = await pageFrom(searchParams);
  const t = await getTranslations({ locale, namespace: "Archive" });
  const path = page === 1 ? "/issues" : `/issues?page=${page}`;
  return {
    title: page === 1 ? t("title") : t("pageTitle", { page }),
    description: t("description"),
    alternates: alternatesFor(locale, samePathInEveryLocale(path)),
  };
}

function byYear(issues: IssueSummary[]): [string, IssueSummary[]][] {
  const years = new Map<string, IssueSummary[]>();
  for (const issue of issues) {
    const year = issue.weekStart.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), issue]);
  }
  return [...years];
}

export default async function ArchivePage({ params, searchParams }: Props) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  const page = await pageFrom(searchParams);
  const archive = await getIssueArchive(page);
  if (page > 1 && archive.items.length === 0) notFound();
  const t = await getTranslations("Archive");

  return (
    <ReaderPage paths={samePathInEveryLocale(page === 1 ? "/issues" : `/issues?page=${page}`)}>
      <h1 className="font-serif text-3xl font-bold text-stone-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-2 font-serif text-stone-700">{t("description")}</p>
      {archive.items.length === 0 && <p className="mt-6 font-serif text-lg">{t("empty")}</p>}
      {byYear(archive.items).map(([year, issues]) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-8">
          <h2 id={`year-${year}`} className="border-b-2 border-stone-900 pb-1 font-serif text-2xl font-bold">
            {year}
          </h2>
          <IssueList issues={issues} />
        </section>
      ))}
      <Pagination basePath="/issues" page={archive.page} totalPages={archive.totalPages} />
    </ReaderPage>
  );
}
