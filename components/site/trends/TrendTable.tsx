import { useLocale, useTranslations } from "next-intl";
import type { TrendGrid } from "@/lib/content/trends";
import { formatWeekRange } from "@/lib/dates/week";
import type { Assessment } from "@/lib/trends/assessments";
import { TrendIcon } from "./TrendMarker";

/** The chart's data as a real table, for screen readers and anyone who prefers numbers to shapes. */
export function TrendTable({ grid, id }: { grid: TrendGrid; id: string }) {
  const t = useTranslations("Trends");
  const locale = useLocale();
  return (
    <details open className="mt-8 font-sans text-sm">
      <summary className="cursor-pointer font-semibold text-red-800 underline underline-offset-2">{t("tableToggle")}</summary>
      <div
        role="region"
        aria-labelledby={`${id}-caption`}
        tabIndex={0}
        className="mt-3 overflow-x-auto focus-visible:outline-2 focus-visible:outline-red-800"
      >
        <table className="w-full border-collapse text-left">
          <caption id={`${id}-caption`} className="mb-2 text-left font-semibold text-stone-800">
            {t("tableCaption")}
          </caption>
          <thead>
            <tr className="border-b-2 border-stone-300">
              <th scope="col" className="py-2 pr-3 align-bottom">
                {t("week")}
              </th>
              {grid.sections.map(({ section }) => (
                <th key={section.id} scope="col" className="px-2 py-2 align-bottom">
                  {section.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.weeks.map((week, index) => (
              <tr key={week.weekStart} className="border-b border-stone-200">
                <th scope="row" className="min-w-32 py-2 pr-3 font-normal">
                  {formatWeekRange(locale, week.weekStart)}
                </th>
                {grid.sections.map(({ section, cells }) => (
                  <td key={section.id} className="px-2 py-2 align-top">
                    {week.published ? <CellText cell={cells[index] ?? []} /> : <span className="text-stone-600">{t("noIssue")}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function CellText({ cell }: { cell: Assessment[] }) {
  const t = useTranslations("Trends");
  const trend = useTranslations("Trend");
  if (cell.length === 0) return <span className="text-stone-600">{t("noAssessment")}</span>;
  return (
    <ul>
      {cell.map((assessment, i) => (
        <li key={i} className="flex items-center gap-1.5 whitespace-nowrap">
          <TrendIcon assessment={assessment} />
          {trend(`${assessment}Short`)}
        </li>
      ))}
    </ul>
  );
}
