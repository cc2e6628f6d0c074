import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReaderPage } from "@/components/site/ReaderPage";
import { TrendsView } from "@/components/site/trends/TrendsView";
import { getTrendBounds, getTrends } from "@/lib/content/trends";
import { parseLocaleParam } from "@/lib/i18n/params";
import { monthOf, monthsBetween, parsePeriod, periodSearch, resolvePeriod, type PeriodQuery } from "@/lib/trends/period";
import { alternatesFor, samePathInEveryLocale } from "@/lib/seo/alternates";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<PeriodQuery> };

async function loadPeriod({ params, searchParams }: Props) {
  const locale = parseLocaleParam((await params).locale);
  const { period, understood } = parsePeriod(await searchParams);
  return { locale, period, understood, path: `/trends${periodSearch(period)}` };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, path } = await loadPeriod(props);
  const t = await getTranslations({ locale, namespace: "Trends" });
  return { title: t("title"), description: t("metaDescription"), alternates: alternatesFor(locale, samePathInEveryLocale(path)) };
}

export default async function TrendsPage(props: Props) {
  const { locale, period, understood, path } = await loadPeriod(props);
  setRequestLocale(locale);
  const t = await getTranslations("Trends");
  const bounds = await getTrendBounds();
  const weeks = bounds && resolvePeriod(period, bounds);
  const grid = weeks && (await getTrends(locale, weeks.from, weeks.to));
  return (
    <ReaderPage paths={samePathInEveryLocale(path)}>
      <h1 className="font-serif text-3xl font-bold text-stone-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-2 max-w-2xl font-serif text-lg text-stone-700">{t("intro")}</p>
      {!understood && (
        <p role="status" className="mt-4 rounded bg-amber-100 p-3 font-sans text-sm text-amber-950">
          {t("notUnderstood")}
        </p>
      )}
      {!bounds ? (
        <p className="mt-6 font-serif">{t("noIssues")}</p>
      ) : (
        <TrendsView
          period={period}
          months={monthsBetween(bounds)}
          fromMonth={monthOf(weeks?.from ?? bounds.first)}
          toMonth={monthOf(weeks?.to ?? bounds.last)}
          grid={grid}
        />
      )}
    </ReaderPage>
  );
}
