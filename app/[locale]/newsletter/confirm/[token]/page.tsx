import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmSubscription } from "@/components/site/newsletter/ConfirmSubscription";
import { NewsletterMessages } from "@/components/site/newsletter/NewsletterMessages";
import { ReaderPage } from "@/components/site/ReaderPage";
import { parseLocaleParam } from "@/lib/i18n/params";
import { inspectToken } from "@/lib/newsletter/subscriptions";
import { samePathInEveryLocale } from "@/lib/seo/alternates";
import { isPlausibleSecret } from "@/lib/validation/newsletter";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: parseLocaleParam((await params).locale), namespace: "Newsletter" });
  return { title: t("confirmTitle"), robots: { index: false, follow: false } };
}

/** Shows what the link would do and a button; a GET never uses the token, since mail scanners open links. */
export default async function ConfirmSubscriptionPage({ params }: Props) {
  const { locale: param, token } = await params;
  setRequestLocale(parseLocaleParam(param));
  const state = isPlausibleSecret(token) ? await inspectToken(token) : "invalid";
  return (
    <ReaderPage paths={samePathInEveryLocale(`/newsletter/confirm/${token}`)}>
      <div className="max-w-2xl">
        <NewsletterMessages>
          <ConfirmSubscription token={token} state={state} />
        </NewsletterMessages>
      </div>
    </ReaderPage>
  );
}
