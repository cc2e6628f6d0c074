import { useLocale, useTranslations } from "next-intl";
import type { TrendGrid } from "@/lib/content/trends";
import { formatWeekRange, weekEndOf } from "@/lib/dates/week";
import { tally } from "@/lib/trends/assessments";
import type { Period } from "@/lib/trends/period";
import { PeriodPicker } from "./PeriodPicker";
import { TrendChart } from "./TrendChart";
import { TrendLegend } from "./TrendLegend";
import { TrendTable } from "./TrendTable";
import { TrendTotals } from "./TrendTotals";

type Props = { period: Period; months: string[]; fromMonth: string; toMonth: string; grid: TrendGrid | null };

/** The period picker, then the chart with its key, totals and table, or why there is nothing to show. */
export function TrendsView({ period, months, fromMonth, toMonth, grid }: Props) {
  const t = useTranslations("Trends");
  const locale = useLocale();
  const picker = <PeriodPicker period={period} months={months} fromMonth={fromMonth} toMonth={toMonth} />;
  if (!grid || grid.weeks.length === 0) {
    return (
      <>
        {picker}
        <p className="mt-6 font-serif">{t("emptyPeriod")}</p>
      </>
    );
  }
  const range = formatWeekRange(locale, grid.weeks[0]!.weekStart, weekEndOf(grid.weeks.at(-1)!.weekStart));
  const summaries = grid.sections.map(({ section, cells }) => `${section.name}: ${t("counts", tally(cells))}`);
  const description = `${t("chartDescription", { weeks: grid.weeks.length, range })} ${summaries.join("; ")}.`;
  return (
    <>
      {picker}
      <section aria-labelledby="trend-chart-heading" className="mt-6">
        <h2 id="trend-chart-heading" className="font-serif text-2xl font-bold text-stone-900">
          {t("chartTitle")}
        </h2>
        <p className="mt-1 font-sans text-sm text-stone-600">{t("showing", { weeks: grid.weeks.length, range })}</p>
        <TrendLegend showNoIssue={grid.weeks.some((week) => !week.published)} />
        <TrendChart grid={grid} id="trend-chart" title={t("chartTitle")} description={description} />
      </section>
      <TrendTotals grid={grid} />
      <TrendTable grid={grid} id="trend-table" />
    </>
  );
}
