import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SectionRef } from "@/lib/content/types";
import { searchPath, searchTrends, type SearchRequest } from "@/lib/search/params";

type Props = { request: SearchRequest; sections: SectionRef[]; years: number[] };

const selectClass = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 font-sans text-sm";

/** The search page's form: the query and its filters, sent as a GET request so every search has an address. */
export function SearchForm({ request, sections, years }: Props) {
  const t = useTranslations("Search");
  const trendNames = useTranslations("Trend");
  const locale = useLocale();
  const filtered = Boolean(request.section || request.year || request.trend);
  return (
    <form role="search" aria-label={t("formLabel")} action={`/${locale}/search`} method="get" className="mt-6 font-sans">
      <label htmlFor="search-query" className="block text-sm font-semibold text-stone-800">
        {t("queryLabel")}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={request.q}
          className="min-w-0 flex-1 rounded border border-stone-400 px-3 py-2 text-base focus:border-stone-900 focus:outline-2 focus:outline-stone-900"
        />
        <button type="submit" className="rounded bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-red-800">
          {t("submit")}
        </button>
      </div>
      <fieldset className="mt-4 grid gap-3 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-semibold text-stone-800">{t("filters")}</legend>
        <label className="text-sm text-stone-700">
          {t("section")}
          <select name="section" defaultValue={request.section ?? ""} className={selectClass}>
            <option value="">{t("anySection")}</option>
            {sections.map((section) => (
              <option key={section.slug} value={section.slug}>
                {section.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm text-stone-700">
          {t("year")}
          <select name="year" defaultValue={request.year ? String(request.year) : ""} className={selectClass}>
            <option value="">{t("anyYear")}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm text-stone-700">
          {t("trend")}
          <select name="trend" defaultValue={request.trend ?? ""} className={selectClass}>
            <option value="">{t("anyTrend")}</option>
            {searchTrends.map((trend) => (
              <option key={trend} value={trend}>
                {trendNames(trend)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {filtered && (
        <p className="mt-2 text-sm">
          <Link href={searchPath({ q: request.q })} className="text-red-800 underline underline-offset-2 hover:no-underline">
            {t("clearFilters")}
          </Link>
        </p>
      )}
    </form>
  );
}
