import { useLocale, useTranslations } from "next-intl";
import type { TrendGrid } from "@/lib/content/trends";
import type { Assessment } from "@/lib/trends/assessments";
import { bandCentre, chart, chartSize, columnCentre, columnLeft, markerLayout, monthLabels, rowTop } from "./geometry";
import { NoAssessmentMark, TrendMarker } from "./TrendMarker";

type Props = { grid: TrendGrid; title: string; description: string; id: string };

/**
 * One row per section, one column per week, a shaped marker per assessment. Drawn on the server;
 * it keeps its natural size on wide screens, shrinks a little on narrow ones and then scrolls in its box.
 */
export function TrendChart({ grid, title, description, id }: Props) {
  const t = useTranslations("Trends");
  const { width, height } = chartSize(grid.weeks.length, grid.sections.length);
  return (
    <div
      role="region"
      aria-label={t("chartRegion")}
      tabIndex={0}
      className="mt-4 overflow-x-auto focus-visible:outline-2 focus-visible:outline-red-800"
    >
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, minWidth: Math.round(width * 0.8) }}
        className="h-auto font-sans"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <WeekLabels weeks={grid.weeks.map((week) => week.weekStart)} />
        {grid.sections.map(({ section, cells }, row) => (
          <g key={section.id}>
            <text x={chart.padX} y={rowTop(row) + 16} fontSize="13" fontWeight="600" fill="#292524">
              {section.name}
            </text>
            {grid.weeks.map((week, column) => (
              <WeekCell key={week.weekStart} column={column} row={row} published={week.published} cell={cells[column] ?? []} />
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}

function WeekLabels({ weeks }: { weeks: string[] }) {
  const locale = useLocale();
  const month = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const monthYear = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  return (
    <g fill="#57534e" fontSize="12">
      {monthLabels(weeks).map(({ index, month: m, withYear }) => (
        <text key={m} x={columnLeft(index) + 4} y={16} fontWeight="600">
          {(withYear ? monthYear : month).format(new Date(`${m}-01T00:00:00Z`))}
        </text>
      ))}
      {weeks.map((week, index) => (
        <text key={week} x={columnCentre(index)} y={38} textAnchor="middle">
          {Number(week.slice(8, 10))}
        </text>
      ))}
    </g>
  );
}

function WeekCell({ column, row, published, cell }: { column: number; row: number; published: boolean; cell: Assessment[] }) {
  const left = columnLeft(column) + 1;
  const top = rowTop(row) + chart.bandTop;
  const cy = bandCentre(row);
  if (!published) {
    return (
      <rect
        x={left + 0.5}
        y={top + 0.5}
        width={chart.column - 3}
        height={chart.band - 1}
        fill="none"
        stroke="#a8a29e"
        strokeDasharray="2 2"
      />
    );
  }
  const { xs, size } = markerLayout(cell.length, columnCentre(column));
  return (
    <g>
      <rect x={left} y={top} width={chart.column - 2} height={chart.band} fill="#f5f5f4" />
      {cell.length === 0 && <NoAssessmentMark cx={columnCentre(column)} cy={cy} />}
      {xs.map((x, i) => (
        <TrendMarker key={i} assessment={cell[i]!} cx={x} cy={cy} size={size} />
      ))}
    </g>
  );
}
