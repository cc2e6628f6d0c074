"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { localeNames, routing } from "@/lib/i18n/routing";

/** The dashboard interface language; content languages are chosen inside each editor. */
export function DashboardLanguageSwitcher() {
  const t = useTranslations("LanguageSwitcher");
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1">
        {routing.locales.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" className="block rounded bg-white px-2 py-1 font-semibold text-stone-900" lang={l}>
                {localeNames[l]}
              </span>
            ) : (
              <Link
                href={query ? `${pathname}?${query}` : pathname}
                locale={l}
                lang={l}
                hrefLang={l}
                className="block rounded px-2 py-1 hover:bg-stone-700"
              >
                {localeNames[l]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
