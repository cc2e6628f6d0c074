"use client";

import { useTranslations } from "next-intl";
import type { SubscriberCounts as Counts, SubscriberStatus } from "@/lib/dashboard/subscribers";
import { localeNames, routing, type Locale } from "@/lib/i18n/routing";
import { SUBSCRIBER_STATUSES } from "./statuses";

const cell = "py-2 pr-2 text-right tabular-nums sm:pr-5";
const heading = "py-2 pr-2 sm:pr-5";

/** Statuses down, languages across (three short columns fit a phone), totals on both sides. */
export function SubscriberCounts({ counts }: { counts: Counts }) {
  const t = useTranslations("DashboardSubscribers");
  const statusTotal = (status: SubscriberStatus) => routing.locales.reduce((sum, locale) => sum + counts[locale][status], 0);
  const languageTotal = (locale: Locale) => SUBSCRIBER_STATUSES.reduce((sum, status) => sum + counts[locale][status], 0);
  return (
    <section aria-labelledby="subscriber-counts">
      <h2 id="subscriber-counts" className="mb-2 font-sans text-lg font-semibold">
        {t("countsTitle")}
      </h2>
      <div className="overflow-x-auto">
        <table className="border-collapse font-sans text-[0.8125rem] sm:text-sm">
          <thead>
            <tr className="border-b-2 border-stone-800">
              <th scope="col" className={`${heading} text-left`}>
                {t("status")}
              </th>
              {routing.locales.map((locale) => (
                <th key={locale} scope="col" lang={locale} className={`${heading} text-right`}>
                  {localeNames[locale]}
                </th>
              ))}
              <th scope="col" className={`${heading} text-right`}>
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {SUBSCRIBER_STATUSES.map((status) => (
              <tr key={status} className="border-b border-stone-200">
                <th scope="row" className={`${heading} text-left font-normal`}>
                  {t(`status_${status}`)}
                </th>
                {routing.locales.map((locale) => (
                  <td key={locale} className={cell}>
                    {counts[locale][status]}
                  </td>
                ))}
                <td className={`${cell} font-semibold`}>{statusTotal(status)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-stone-800 font-semibold">
              <th scope="row" className={`${heading} text-left`}>
                {t("total")}
              </th>
              {routing.locales.map((locale) => (
                <td key={locale} className={cell}>
                  {languageTotal(locale)}
                </td>
              ))}
              <td className={cell}>{routing.locales.reduce((sum, locale) => sum + languageTotal(locale), 0)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
