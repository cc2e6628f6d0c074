import type { Trend } from "@/lib/content/types";

/** A situation assessment; an article marked "none" makes none. */
export type Assessment = Exclude<Trend, "none">;
export const assessments: Assessment[] = ["improved", "unchanged", "worsened"];

export type Tally = Record<Assessment, number>;

/** One section's assessments, week by week: each week lists its articles' assessments in issue order. */
export type WeekCells = Assessment[][];

export function isAssessment(trend: Trend): trend is Assessment {
  return trend !== "none";
}

/** Places assessments (with their week) into the weeks' columns; weeks outside the list are ignored. */
export function cellsFor(weeks: string[], rows: { weekStart: string; trend: Trend }[]): WeekCells {
  const column = new Map(weeks.map((week, index) => [week, index]));
  const cells: WeekCells = weeks.map(() => []);
  for (const row of rows) {
    const index = column.get(row.weekStart);
    if (index !== undefined && isAssessment(row.trend)) cells[index]!.push(row.trend);
  }
  return cells;
}

export function tally(cells: WeekCells): Tally {
  const counts: Tally = { improved: 0, unchanged: 0, worsened: 0 };
  for (const cell of cells) for (const assessment of cell) counts[assessment]++;
  return counts;
}

const scores: Record<Assessment, number> = { improved: 1, unchanged: 0, worsened: -1 };

/** A week's direction from +1 (all improved) to -1 (all worsened); null when nothing was assessed. */
export function weekScore(cell: Assessment[]): number | null {
  if (cell.length === 0) return null;
  return cell.reduce((sum, assessment) => sum + scores[assessment], 0) / cell.length;
}

/** The assessment a score reads as, for a marker's shape: mixed weeks lean the way they lean. */
export function assessmentOfScore(score: number): Assessment {
  return score > 0 ? "improved" : score < 0 ? "worsened" : "unchanged";
}
