import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { DashboardHeader } from "@/components/dashboard/DashboardHeader";
import { Providers } from "@/components/dashboard/Providers";
import { requireUser } from "@/lib/auth/guard";
import { parseLocaleParam } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** Every dashboard page: a live session (re-read from the database on each request) or sign-in. */
export default async function DeskLayout({ children, params }: Props) {
  const locale = parseLocaleParam((await params).locale);
  const [user, messages] = await Promise.all([requireUser(locale), getMessages()]);
  return (
    <NextIntlClientProvider messages={messages}>
      <Providers>
        <DashboardHeader user={user} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
      </Providers>
    </NextIntlClientProvider>
  );
}
