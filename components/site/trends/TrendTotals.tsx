import { useTranslations } from "next-intl";
import type { TrendGrid } from "@/lib/content/trends";
import { tally } from "@/lib/trends/assessments";

/** Each section's count of assessments in the period, in words. */
export function TrendTotals({ grid }: { grid: TrendGrid }) {
  const t = useTranslations("Trends");
  return (
    <section aria-labelledby="trend-totals" className="mt-8">
      <h2 id="trend-totals" className="font-sans text-sm font-bold tracking-widest text-stone-700 uppercase">
        {t("totals")}
      </h2>
      <ul className="mt-3 grid gap-2 font-sans text-sm text-stone-700 sm:grid-cols-2">
        {grid.sections.map(({ section, cells }) => (
          <li key={section.id}>
            <span className="font-semibold text-stone-900">{section.name}:</span> {t("counts", tally(cells))}
          </li>
        ))}
      </ul>
    </section>
  );
}
