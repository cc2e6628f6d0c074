"use client";

import { useTranslations } from "next-intl";
import type { ImportReport as Report } from "@/lib/actions/subscribers/import-rows";

/** The lines an import skipped, each with its reason, so the file can be fixed and imported again. */
export function ImportReport({ report }: { report: Report }) {
  const t = useTranslations("DashboardSubscribers");
  if (report.details.length === 0) return null;
  return (
    <section aria-labelledby="import-report">
      <h3 id="import-report" className="mb-2 font-sans text-base font-semibold">
        {t("reportTitle")}
      </h3>
      <div className="max-h-96 overflow-auto rounded border border-stone-300">
        <table className="w-full border-collapse font-sans text-sm">
          <thead className="sticky top-0 bg-stone-100">
            <tr className="text-left">
              <th scope="col" className="px-3 py-2">
                {t("reportLine")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("reportValue")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("reportReason")}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.details.map((row) => (
              <tr key={row.line} className="border-t border-stone-200 align-top">
                <td className="px-3 py-1.5 tabular-nums">{row.line}</td>
                <td className="px-3 py-1.5 break-all">{row.value}</td>
                <td className="px-3 py-1.5">{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.skipped > report.details.length && (
        <p className="mt-2 font-sans text-sm text-stone-700">{t("reportMore", { count: report.skipped - report.details.length })}</p>
      )}
    </section>
  );
}
