"use client";

import { useTranslations } from "next-intl";
import type { SubscriberFilter } from "@/lib/validation/subscribers";

const EXPORT_PATH = "/api/dashboard/subscribers.csv";
const link = "rounded border border-stone-400 bg-white px-3 py-1.5 hover:bg-stone-100";

/** Plain links, not Link: the CSV is a file from a route handler, outside the localized pages. */
export function ExportLinks({ filter }: { filter: SubscriberFilter }) {
  const t = useTranslations("DashboardSubscribers");
  const params = new URLSearchParams(
    Object.entries({ q: filter.q, status: filter.status, locale: filter.locale }).filter((entry): entry is [string, string] =>
      Boolean(entry[1]),
    ),
  );
  return (
    <p className="flex flex-wrap gap-2 font-sans text-sm">
      <a href={EXPORT_PATH} download className={link}>
        {t("exportAll")}
      </a>
      {params.size > 0 && (
        <a href={`${EXPORT_PATH}?${params}`} download className={link}>
          {t("exportFiltered")}
        </a>
      )}
    </p>
  );
}
