import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { localeNames, routing, type Locale } from "@/lib/i18n/routing";
import type { LocalizedPaths } from "@/lib/seo/alternates";

/** Links to the same content in each language; a language the content lacks is shown, but not linked. */
export function LanguageSwitcher({ paths }: { paths: LocalizedPaths }) {
  const t = useTranslations("LanguageSwitcher");
  const current = useLocale() as Locale;
  return (
    <nav aria-label={t("label")} className="font-sans text-sm">
      <ul className="flex items-center gap-1">
        {routing.locales.map((locale) => {
          const path = paths[locale];
          const name = localeNames[locale];
          const base = "block rounded px-2 py-1";
          if (locale === current) {
            return (
              <li key={locale}>
                <span
                  aria-current="true"
                  aria-label={t("current", { language: name })}
                  className={`${base} bg-stone-900 font-semibold text-white`}
                  lang={locale}
                >
                  {name}
                </span>
              </li>
            );
          }
          if (path === undefined) {
            return (
              <li key={locale}>
                <span
                  className={`${base} text-stone-500 line-through decoration-stone-400`}
                  title={t("missing", { language: name })}
                  lang={locale}
                >
                  <span aria-hidden="true">{name}</span>
                  <span className="sr-only">{t("missing", { language: name })}</span>
                </span>
              </li>
            );
          }
          return (
            <li key={locale}>
              <Link
                href={path}
                locale={locale}
                hrefLang={locale}
                lang={locale}
                className={`${base} text-stone-800 hover:bg-stone-100 hover:underline`}
              >
                {name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
