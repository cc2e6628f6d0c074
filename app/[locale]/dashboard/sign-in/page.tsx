import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/dashboard/SignInForm";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { parseLocaleParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  if (await getCurrentUser()) redirect(`/${locale}/dashboard`);
  const [t, meta, messages] = await Promise.all([getTranslations("SignIn"), getTranslations("Metadata"), getMessages()]);
  const next = (await searchParams).next;
  return (
    <main id="main" className="mx-auto w-full max-w-sm flex-1 px-4 py-16">
      <Link href="/" className="font-serif text-2xl font-bold text-stone-900">
        {meta("siteName")}
      </Link>
      <h1 className="mt-6 mb-6 font-serif text-3xl font-bold">{t("title")}</h1>
      <NextIntlClientProvider messages={{ SignIn: messages.SignIn }}>
        <SignInForm callbackPath={typeof next === "string" ? next : undefined} />
      </NextIntlClientProvider>
    </main>
  );
}
