import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { hasSampleContent } from "@/lib/content/issues";
import { isLocale } from "@/lib/i18n/locale";
import { ogLocale } from "@/lib/seo/alternates";
import { siteUrl } from "@/lib/site";
import { fontVariables } from "../fonts";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${t("siteName")} — ${t("tagline")}`, template: `%s | ${t("siteName")}` },
    description: t("description"),
    openGraph: { siteName: t("siteName"), locale: ogLocale[locale], type: "website" },
    twitter: { card: "summary" },
    icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  };
}

export const viewport: Viewport = { themeColor: "#1c1917", width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, sample, messages] = await Promise.all([getTranslations({ locale, namespace: "Layout" }), hasSampleContent(), getMessages()]);
  return (
    <html lang={locale} className={fontVariables}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-stone-900 px-4 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t("skipToContent")}
        </a>
        {sample && (
          <p className="bg-amber-100 px-4 py-1.5 text-center font-sans text-xs text-amber-950 print:hidden">{t("sampleNotice")}</p>
        )}
        {/* Reader pages are server-rendered; only the error boundary translates in the browser. */}
        <NextIntlClientProvider messages={{ Error: messages.Error }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
