import { useLocale, useTranslations } from "next-intl";

/** The header's search box: a plain GET form, so it works before (and without) any JavaScript. */
export function HeaderSearch() {
  const t = useTranslations("Search");
  const locale = useLocale();
  return (
    <form role="search" aria-label={t("headerLabel")} action={`/${locale}/search`} method="get" className="flex w-full min-w-0 sm:w-auto">
      <label htmlFor="header-search" className="sr-only">
        {t("formLabel")}
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        placeholder={t("headerPlaceholder")}
        className="min-w-0 flex-1 rounded-l border border-r-0 border-stone-400 px-3 py-1.5 font-sans text-sm placeholder:text-stone-500 focus:border-stone-900 focus:outline-2 focus:outline-offset-0 focus:outline-stone-900 sm:w-40"
      />
      <button type="submit" className="rounded-r border border-stone-900 bg-stone-900 px-3 py-1.5 text-white hover:bg-red-800">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        <span className="sr-only">{t("submit")}</span>
      </button>
    </form>
  );
}
