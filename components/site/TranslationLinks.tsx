import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { localeNames, routing, type Locale } from "@/lib/i18n/routing";
import type { TranslationLink } from "@/lib/content/types";

/** The article in every language: linked where a translation exists, marked where it does not. */
export function TranslationLinks({ current, translations }: { current?: Locale; translations: TranslationLink[] }) {
  const t = useTranslations("Article");
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2 font-sans text-sm">
      {routing.locales
        .filter((locale) => locale !== current)
        .map((locale) => {
          const translation = translations.find((tr) => tr.locale === locale);
          return (
            <li key={locale} lang={locale}>
              {translation ? (
                <Link
                  href={`/articles/${translation.slug}`}
                  locale={locale}
                  hrefLang={locale}
                  className="font-semibold text-red-800 underline underline-offset-2"
                >
                  {localeNames[locale]}: <span className="font-normal">{translation.title}</span>
                </Link>
              ) : (
                <span className="text-stone-500">
                  {localeNames[locale]} — <span lang={current}>{t("notTranslated")}</span>
                </span>
              )}
            </li>
          );
        })}
    </ul>
  );
}
