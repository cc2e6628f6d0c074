import { useLocale, useTranslations } from "next-intl";
import type { SectionTrendLine as Line } from "@/lib/content/trends";
import { formatWeekRange } from "@/lib/dates/week";
import { assessmentOfScore, tally, weekScore } from "@/lib/trends/assessments";
import { Link } from "@/lib/i18n/navigation";
import { sparkline } from "./geometry";
import { TrendMarker } from "./TrendMarker";

const box = { width: 240, height: 56, pad: 8 };

/** A section's recent assessments as a small line: up when it improved, down when it worsened. */
export function SectionTrendLine({ section, line }: { section: string; line: Line }) {
  const t = useTranslations("Trends");
  const trend = useTranslations("Trend");
  const locale = useLocale();
  const weeks = line.weeks.length;
  const { points, runs } = sparkline(line.cells.map(weekScore), box);
  const latest = line.cells.findLastIndex((cell) => cell.length > 0);
  return (
    <section aria-labelledby="section-trend" className="mt-6 max-w-xl rounded border border-stone-200 p-4 font-sans text-sm">
      <h2 id="section-trend" className="font-bold tracking-widest text-stone-700 uppercase">
        {t("sectionHeading", { weeks })}
      </h2>
      <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-5">
        <svg
          role="img"
          aria-label={t("sparklineLabel", { section, weeks })}
          aria-describedby="section-trend-summary"
          viewBox={`0 0 ${box.width} ${box.height}`}
          width={box.width}
          height={box.height}
          className="max-w-full"
        >
          <line x1={box.pad} x2={box.width - box.pad} y1={box.height / 2} y2={box.height / 2} stroke="#d6d3d1" strokeDasharray="3 3" />
          {runs.map((run) => (
            <polyline key={run} points={run} fill="none" stroke="#78716c" strokeWidth="1.5" />
          ))}
          {points.map((point) => (
            <TrendMarker key={point.x} assessment={assessmentOfScore(point.score)} cx={point.x} cy={point.y} size={9} />
          ))}
        </svg>
        <p id="section-trend-summary" className="min-w-0 text-stone-700 sm:flex-1">
          {points.length === 0 ? t("noRecent", { weeks }) : t("countsSentence", tally(line.cells))}
          {latest >= 0 && (
            <>
              {" "}
              {t("latest", {
                assessment: line.cells[latest]!.map((a) => trend(a)).join("; "),
                week: formatWeekRange(locale, line.weeks[latest]!.weekStart),
              })}
            </>
          )}
        </p>
      </div>
      <Link href="/trends" className="mt-3 inline-block font-semibold text-red-800 underline underline-offset-2">
        {t("allTrends")}
      </Link>
    </section>
  );
}
