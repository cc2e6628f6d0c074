import { getLocale, getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations("Layout");
  return (
    <footer className="mt-12 border-t border-stone-300 bg-stone-50 print:hidden">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-8 font-sans text-sm text-stone-600 sm:flex-row sm:items-start sm:justify-between sm:px-6">
        <div>
          <p>{t("footerAbout")}</p>
          <p className="mt-1">{t("copyright", { year: new Date().getFullYear() })}</p>
        </div>
        <a href={`/${locale}/feed.xml`} className="font-semibold text-stone-800 underline underline-offset-2">
          {t("rssFeed")}
        </a>
      </div>
    </footer>
  );
}
