"use client";

import { useTranslations } from "next-intl";
import { FilterSelect } from "@/components/ui/FilterSelect";
import type { SubscriberStatus } from "@/lib/dashboard/subscribers";
import { localeNames, routing, type Locale } from "@/lib/i18n/routing";
import type { SubscriberFilter } from "@/lib/validation/subscribers";
import { SUBSCRIBER_STATUSES } from "./statuses";

const control = "rounded border border-stone-400 bg-white px-2 py-1.5";

type Props = {
  search: string;
  onSearch: (value: string) => void;
  filter: SubscriberFilter;
  onChange: (change: Partial<SubscriberFilter>) => void;
  /** Loading or failure, announced. */
  status: string;
};

export function SubscriberFilters({ search, onSearch, filter, onChange, status }: Props) {
  const t = useTranslations("DashboardSubscribers");
  return (
    <div className="flex flex-wrap items-end gap-4 font-sans text-sm">
      <label className="flex min-w-0 grow flex-col gap-1 sm:grow-0">
        <span className="font-semibold">{t("search")}</span>
        <input type="search" value={search} onChange={(e) => onSearch(e.target.value)} maxLength={254} className={`${control} sm:w-72`} />
      </label>
      <FilterSelect
        label={t("filterStatus")}
        allLabel={t("filterAll")}
        value={filter.status}
        options={SUBSCRIBER_STATUSES.map((value) => ({ value, label: t(`status_${value}`) }))}
        onChange={(value) => onChange({ status: value as SubscriberStatus | undefined })}
      />
      <FilterSelect
        label={t("filterLanguage")}
        allLabel={t("filterAll")}
        value={filter.locale}
        options={routing.locales.map((value) => ({ value, label: localeNames[value], lang: value }))}
        onChange={(value) => onChange({ locale: value as Locale | undefined })}
      />
      <p role="status" aria-live="polite" className="text-stone-600">
        {status}
      </p>
    </div>
  );
}
