import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getSections } from "@/lib/content/sections";
import type { Locale } from "@/lib/i18n/routing";
import type { LocalizedPaths } from "@/lib/seo/alternates";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { HeaderSearch } from "./search/HeaderSearch";

export async function SiteHeader({ paths }: { paths: LocalizedPaths }) {
  const locale = (await getLocale()) as Locale;
  const [t, meta, sections] = await Promise.all([getTranslations("Layout"), getTranslations("Metadata"), getSections(locale)]);
  return (
    <header className="border-b-4 border-double border-stone-900 print:border-b">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 pt-4 sm:px-6">
        <Link href="/" className="group">
          <span className="block font-serif text-3xl font-bold tracking-tight text-stone-900 group-hover:text-red-800 sm:text-4xl">
            {meta("siteName")}
          </span>
          <span className="block font-sans text-xs text-stone-600 sm:text-sm">{meta("tagline")}</span>
        </Link>
        <div className="flex w-full flex-wrap items-center justify-between gap-3 sm:w-auto sm:flex-nowrap print:hidden">
          <HeaderSearch />
          <LanguageSwitcher paths={paths} />
        </div>
      </div>
      <nav aria-label={t("primaryNavigation")} className="mx-auto max-w-5xl px-4 pt-3 pb-2 sm:px-6 print:hidden">
        <ul className="-mx-2 flex flex-wrap gap-x-1 gap-y-1 font-sans text-sm font-semibold">
          <li>
            <Link href="/" className="block rounded px-2 py-1 hover:bg-stone-100">
              {t("latest")}
            </Link>
          </li>
          <li>
            <Link href="/issues" className="block rounded px-2 py-1 hover:bg-stone-100">
              {t("archive")}
            </Link>
          </li>
          <li>
            <Link href="/trends" className="block rounded px-2 py-1 hover:bg-stone-100">
              {t("trends")}
            </Link>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={`/sections/${section.slug}`} className="block rounded px-2 py-1 font-normal text-stone-700 hover:bg-stone-100">
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
