import { useTranslations } from "next-intl";
import { assessments } from "@/lib/trends/assessments";
import { NoAssessmentMark, TrendIcon } from "./TrendMarker";

/** The chart's key, in text: every mark named in words. */
export function TrendLegend({ showNoIssue }: { showNoIssue: boolean }) {
  const t = useTranslations("Trends");
  const trend = useTranslations("Trend");
  return (
    <div className="mt-4 font-sans text-sm text-stone-700">
      <h3 className="sr-only">{t("legendTitle")}</h3>
      <ul className="flex flex-wrap gap-x-5 gap-y-2" data-testid="trend-legend">
        {assessments.map((assessment) => (
          <li key={assessment} className="flex items-center gap-1.5">
            <TrendIcon assessment={assessment} />
            {trend(assessment)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16">
            <NoAssessmentMark cx={8} cy={8} />
          </svg>
          {t("noAssessment")}
        </li>
        {showNoIssue && (
          <li className="flex items-center gap-1.5">
            <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16">
              <rect x="1" y="1" width="14" height="14" fill="none" stroke="#78716c" strokeDasharray="2 2" />
            </svg>
            {t("noIssue")}
          </li>
        )}
      </ul>
    </div>
  );
}
