import { useTranslations } from "next-intl";
import { routing, type Locale } from "@/lib/i18n/routing";

/** EN BE RU, with the languages that have no name struck through; spelled out for screen readers. */
export function LanguageBadges({ locales }: { locales: Locale[] }) {
  const t = useTranslations("DashboardTaxonomy");
  return (
    <ul className="flex gap-1">
      {routing.locales.map((locale) => {
        const present = locales.includes(locale);
        const language = t(`locale_${locale}`);
        return (
          <li key={locale}>
            <span
              aria-hidden="true"
              className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${
                present ? "bg-stone-800 text-white" : "border border-dashed border-stone-400 text-stone-600 line-through"
              }`}
            >
              {locale.toUpperCase()}
            </span>
            <span className="sr-only">{present ? language : t("missingLanguage", { language })}</span>
          </li>
        );
      })}
    </ul>
  );
}
