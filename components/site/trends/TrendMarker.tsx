import type { Assessment } from "@/lib/trends/assessments";
import { markerPath } from "./geometry";

/** Emerald, stone and rose at 700/600: at least 3:1 against white, as WCAG asks of graphics. */
export const assessmentColours: Record<Assessment, string> = { improved: "#047857", unchanged: "#57534e", worsened: "#be123c" };

export function TrendMarker({ assessment, cx, cy, size }: { assessment: Assessment; cx: number; cy: number; size: number }) {
  return <path d={markerPath(assessment, cx, cy, size)} fill={assessmentColours[assessment]} />;
}

/** A marker on its own, beside text that names it (legend, table, summaries). */
export function TrendIcon({ assessment }: { assessment: Assessment }) {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" className="inline-block shrink-0 align-[-2px]">
      <TrendMarker assessment={assessment} cx={8} cy={8} size={13} />
    </svg>
  );
}

/** A week with an issue but no assessment for the section. */
export function NoAssessmentMark({ cx, cy }: { cx: number; cy: number }) {
  return <path d={`M${cx - 5} ${cy}h10`} stroke="#78716c" strokeWidth="2" strokeLinecap="round" />;
}
