"use client";

import { useTranslations } from "next-intl";
import { FilterSelect } from "@/components/ui/FilterSelect";
import type { IssueStatus } from "@/lib/dashboard/issues";

const ISSUE_STATUSES = ["draft", "scheduled", "published"] as const;

export type IssueFilter = { status?: IssueStatus; year?: number; page: number };

type Props = { filter: IssueFilter; years: number[]; status: string; onChange: (filter: IssueFilter) => void };

/** Status and year filters above the issue table, with a polite live line for loading and results. */
export function IssueFilters({ filter, years, status, onChange }: Props) {
  const t = useTranslations("DashboardIssues");
  return (
    <div className="mb-4 flex flex-wrap items-end gap-4 font-sans text-sm">
      <FilterSelect
        label={t("filterStatus")}
        allLabel={t("filterAll")}
        value={filter.status}
        options={ISSUE_STATUSES.map((value) => ({ value, label: t(`status_${value}`) }))}
        onChange={(value) => onChange({ ...filter, page: 1, status: value as IssueStatus | undefined })}
      />
      <FilterSelect
        label={t("filterYear")}
        allLabel={t("filterAll")}
        value={filter.year?.toString()}
        options={years.map((year) => ({ value: String(year), label: String(year) }))}
        onChange={(value) => onChange({ ...filter, page: 1, year: value ? Number(value) : undefined })}
      />
      <p role="status" aria-live="polite" className="text-stone-600">
        {status}
      </p>
    </div>
  );
}
