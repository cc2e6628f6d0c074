import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SendControls } from "@/components/dashboard/newsletter/SendControls";
import { TestSendButton } from "@/components/dashboard/newsletter/TestSendButton";
import { requireUser } from "@/lib/auth/guard";
import { parseLocaleParam } from "@/lib/i18n/params";
import { localeNames, routing } from "@/lib/i18n/routing";
import { composeNewsletter, UNSUBSCRIBE_PLACEHOLDER } from "@/lib/newsletter/compose";
import { audienceByLocale, newsletterProgress } from "@/lib/newsletter/send";

type Props = { params: Promise<{ locale: string; issueId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  return { title: t("title") };
}

/** Build, preview, test and send an issue's newsletter in every language. */
export default async function NewsletterPage({ params }: Props) {
  const { locale: raw, issueId: rawId } = await params;
  const locale = parseLocaleParam(raw);
  setRequestLocale(locale);
  await requireUser(locale, "editor");
  const issueId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : NaN;
  if (Number.isNaN(issueId)) notFound();
  const contents = await Promise.all(routing.locales.map((l) => composeNewsletter(issueId, l)));
  if (contents.some((c) => c === null)) notFound();
  const [t, audience, progress] = await Promise.all([
    getTranslations("DashboardNewsletter"),
    audienceByLocale(),
    newsletterProgress(issueId),
  ]);
  const total = audience.en + audience.be + audience.ru;
  const number = /\d+/.exec(contents[0]!.subject)?.[0] ?? "";

  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-bold">{t("title", { number })}</h1>
        <p className="mt-2 max-w-3xl font-sans text-sm text-stone-700">{t("intro")}</p>
        <p className="mt-2 font-sans text-sm">
          {t("audience")}: {routing.locales.map((l) => `${localeNames[l]} ${audience[l]}`).join(" · ")}
        </p>
      </div>
      <SendControls issueId={issueId} audience={total} initial={progress} />
      {routing.locales.map((l, index) => {
        const content = contents[index]!;
        const html = content.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, "#");
        return (
          <section key={l} aria-labelledby={`preview-${l}`} className="space-y-3">
            <h2 id={`preview-${l}`} className="font-sans text-lg font-semibold">
              {t("previewOf", { language: localeNames[l] })}
            </h2>
            {content.articleCount === 0 && (
              <p className="rounded bg-amber-100 p-3 font-sans text-sm">{t("empty", { language: localeNames[l] })}</p>
            )}
            <p className="font-sans text-sm font-semibold" lang={l}>
              {content.subject}
            </p>
            <TestSendButton issueId={issueId} locale={l} />
            <iframe
              title={`${t("htmlVersion")} — ${localeNames[l]}`}
              sandbox=""
              srcDoc={html}
              className="h-96 w-full rounded border border-stone-300 bg-white"
            />
            <details className="font-sans text-sm">
              <summary className="cursor-pointer">{t("textVersion")}</summary>
              <pre lang={l} className="mt-2 overflow-x-auto rounded bg-stone-100 p-3 whitespace-pre-wrap">
                {content.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, "…")}
              </pre>
            </details>
          </section>
        );
      })}
    </div>
  );
}
