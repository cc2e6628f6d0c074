"use client";

import { useTranslations } from "next-intl";
import type { IssueStatus } from "@/lib/dashboard/issues";

export type IssueFilter = { status?: IssueStatus; year?: number; page: number };

type Props = { filter: IssueFilter; years: number[]; status: string; onChange: (filter: IssueFilter) => void };

/** Status and year filters above the issue table, with a polite live line for loading and results. */
export function IssueFilters({ filter, years, status, onChange }: Props) {
  const t = useTranslations("DashboardIssues");
  return (
    <div className="mb-4 flex flex-wrap items-end gap-4 font-sans text-sm">
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filterStatus")}</span>
        <select
          className="rounded border border-stone-400 px-2 py-1.5"
          value={filter.status ?? ""}
          onChange={(e) => onChange({ ...filter, page: 1, status: (e.target.value || undefined) as IssueStatus | undefined })}
        >
          <option value="">{t("filterAll")}</option>
          {(["draft", "scheduled", "published"] as const).map((value) => (
            <option key={value} value={value}>
              {t(`status_${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filterYear")}</span>
        <select
          className="rounded border border-stone-400 px-2 py-1.5"
          value={filter.year ?? ""}
          onChange={(e) => onChange({ ...filter, page: 1, year: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{t("filterAll")}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <p role="status" aria-live="polite" className="text-stone-600">
        {status}
      </p>
    </div>
  );
}
