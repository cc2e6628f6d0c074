import type { Assessment } from "@/lib/trends/assessments";

/** The trends chart's grid, in SVG units: a header with month and day labels, then one band per section. */
export const chart = { column: 40, padX: 12, header: 48, row: 58, bandTop: 24, band: 28 } as const;

export function chartSize(weekCount: number, sectionCount: number): { width: number; height: number } {
  return { width: chart.padX * 2 + weekCount * chart.column, height: chart.header + sectionCount * chart.row };
}

export function columnLeft(index: number): number {
  return chart.padX + index * chart.column;
}

export function columnCentre(index: number): number {
  return columnLeft(index) + chart.column / 2;
}

export function rowTop(index: number): number {
  return chart.header + index * chart.row;
}

export function bandCentre(index: number): number {
  return rowTop(index) + chart.bandTop + chart.band / 2;
}

/** Centres and size of a week's markers: one big, or several side by side within the column. */
export function markerLayout(count: number, centre: number): { xs: number[]; size: number } {
  if (count === 0) return { xs: [], size: 0 };
  const size = count === 1 ? 16 : Math.max(6, Math.min(12, (chart.column - 6) / count - 2));
  const step = size + 2;
  return { xs: Array.from({ length: count }, (_, i) => round(centre + (i - (count - 1) / 2) * step)), size };
}

/** Shapes differ by value so the chart never relies on colour: ▲ improved, ■ unchanged, ▼ worsened. */
export function markerPath(assessment: Assessment, cx: number, cy: number, size: number): string {
  const half = size / 2;
  if (assessment === "unchanged") {
    const side = size * 0.8;
    return `M${round(cx - side / 2)} ${round(cy - side / 2)}h${round(side)}v${round(side)}h${round(-side)}Z`;
  }
  const tip = assessment === "improved" ? cy - half : cy + half;
  const base = assessment === "improved" ? cy + half : cy - half;
  return `M${round(cx)} ${round(tip)}L${round(cx + half)} ${round(base)}L${round(cx - half)} ${round(base)}Z`;
}

/**
 * Where month names go above the week columns: at each column whose Monday starts a new month,
 * and at the first column unless the next month starts too close for both names to fit.
 */
export function monthLabels(weeks: string[], minGap = 3): { index: number; month: string; withYear: boolean }[] {
  const starts = weeks.flatMap((week, index) => (index === 0 || week.slice(0, 7) !== weeks[index - 1]!.slice(0, 7) ? [index] : []));
  const kept = starts.filter((index, i) => index !== 0 || starts.length === 1 || starts[i + 1]! - index >= minGap);
  return kept.map((index, i) => {
    const month = weeks[index]!.slice(0, 7);
    const previous = kept[i - 1];
    return { index, month, withYear: previous === undefined || weeks[previous]!.slice(0, 4) !== month.slice(0, 4) };
  });
}

/** A sparkline's points from week scores (+1 … -1, null = nothing assessed) and the runs of weeks to join. */
export function sparkline(
  scores: (number | null)[],
  box: { width: number; height: number; pad: number },
): { points: { x: number; y: number; score: number }[]; runs: string[] } {
  const step = scores.length > 1 ? (box.width - 2 * box.pad) / (scores.length - 1) : 0;
  const middle = box.height / 2;
  const amplitude = middle - box.pad;
  const points: { x: number; y: number; score: number }[] = [];
  const runs: string[] = [];
  let run: string[] = [];
  scores.forEach((score, index) => {
    if (score === null) {
      if (run.length > 1) runs.push(run.join(" "));
      run = [];
      return;
    }
    const point = { x: round(box.pad + index * step), y: round(middle - score * amplitude), score };
    points.push(point);
    run.push(`${point.x},${point.y}`);
  });
  if (run.length > 1) runs.push(run.join(" "));
  return { points, runs };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
