import { getLocale, getTranslations } from "next-intl/server";
import { NewsletterMessages } from "./newsletter/NewsletterMessages";
import { SubscribeForm } from "./newsletter/SubscribeForm";

export async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations("Layout");
  return (
    <footer className="mt-12 border-t border-stone-300 bg-stone-50 print:hidden">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 font-sans text-sm text-stone-600 sm:px-6 md:grid-cols-[minmax(0,1fr)_minmax(0,28rem)] md:gap-12">
        <div className="flex flex-col gap-3">
          <p>{t("footerAbout")}</p>
          <p>
            <a href={`/${locale}/feed.xml`} className="font-semibold text-stone-800 underline underline-offset-2">
              {t("rssFeed")}
            </a>
          </p>
          <p>{t("copyright", { year: new Date().getFullYear() })}</p>
        </div>
        <NewsletterMessages>
          <SubscribeForm />
        </NewsletterMessages>
      </div>
    </footer>
  );
}
