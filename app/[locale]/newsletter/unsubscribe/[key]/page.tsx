import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewsletterMessages } from "@/components/site/newsletter/NewsletterMessages";
import { SubscriptionForm } from "@/components/site/newsletter/SubscriptionForm";
import { ReaderPage } from "@/components/site/ReaderPage";
import { parseLocaleParam } from "@/lib/i18n/params";
import { localeNames } from "@/lib/i18n/routing";
import { getSubscriptionByKey } from "@/lib/newsletter/manage";
import { samePathInEveryLocale } from "@/lib/seo/alternates";
import { isPlausibleSecret } from "@/lib/validation/newsletter";

type Props = { params: Promise<{ locale: string; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: parseLocaleParam((await params).locale), namespace: "Newsletter" });
  return { title: t("manageTitle"), robots: { index: false, follow: false } };
}

/** Behind every newsletter's unsubscribe link: the subscription's state, and what the reader may do with it. */
export default async function ManageSubscriptionPage({ params }: Props) {
  const { locale: param, key } = await params;
  setRequestLocale(parseLocaleParam(param));
  const subscription = isPlausibleSecret(key) ? await getSubscriptionByKey(key) : null;
  if (!subscription) notFound();
  const t = await getTranslations("Newsletter");
  const { email, locale, status, canResubscribe } = subscription;
  const section = "mt-8 border-t border-stone-200 pt-6";
  return (
    <ReaderPage paths={samePathInEveryLocale(`/newsletter/unsubscribe/${key}`)}>
      <div className="max-w-2xl">
        <h1 className="font-serif text-3xl font-bold">{t("manageTitle")}</h1>
        <p className="mt-4 font-sans [overflow-wrap:anywhere]">{t("manageAddress", { email })}</p>
        <p role="status" aria-live="polite" className="mt-2 font-serif text-lg">
          {t(`status.${status}`, { language: localeNames[locale] })}
        </p>
        <NewsletterMessages>
          {status !== "unsubscribed" && (
            <section aria-labelledby="language-heading" className={section}>
              <h2 id="language-heading" className="font-sans text-lg font-bold">
                {t("languageHeading")}
              </h2>
              <SubscriptionForm kind="language" subscriptionKey={key} locale={locale} />
            </section>
          )}
          {canResubscribe && (
            <section aria-labelledby="resubscribe-heading" className={section}>
              <h2 id="resubscribe-heading" className="font-sans text-lg font-bold">
                {t("resubscribeHeading")}
              </h2>
              <p className="mt-2 font-sans text-sm text-stone-700">{t("resubscribeIntro")}</p>
              <SubscriptionForm kind="resubscribe" subscriptionKey={key} locale={locale} />
            </section>
          )}
          {status === "unsubscribed" && !canResubscribe && <p className="mt-6 font-sans">{t("subscribeBelow")}</p>}
          {status !== "unsubscribed" && (
            <section aria-labelledby="unsubscribe-heading" className={section}>
              <h2 id="unsubscribe-heading" className="font-sans text-lg font-bold">
                {t("unsubscribeHeading")}
              </h2>
              <p className="mt-2 font-sans text-sm text-stone-700">{t("unsubscribeIntro")}</p>
              <SubscriptionForm kind="unsubscribe" subscriptionKey={key} />
            </section>
          )}
        </NewsletterMessages>
      </div>
    </ReaderPage>
  );
}
