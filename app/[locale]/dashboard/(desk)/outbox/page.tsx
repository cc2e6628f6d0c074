import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OutboxList } from "@/components/dashboard/outbox/OutboxList";
import { requireUser } from "@/lib/auth/guard";
import { parseLocaleParam } from "@/lib/i18n/params";
import { listOutbox } from "@/lib/mail/outbox";

type Props = { params: Promise<{ locale: string }> };

const LIMIT = 200;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: "DashboardOutbox" });
  return { title: t("title") };
}

export default async function DashboardOutboxPage({ params }: Props) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  await requireUser(locale, "editor");
  const [t, entries] = await Promise.all([getTranslations("DashboardOutbox"), listOutbox(LIMIT)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-2xl font-sans text-stone-700">{t("intro")}</p>
      </div>
      {process.env.SMTP_URL && (
        <p className="max-w-2xl rounded border border-sky-300 bg-sky-50 p-3 font-sans text-sm text-sky-950">{t("smtpActive")}</p>
      )}
      <OutboxList entries={entries} limit={LIMIT} />
    </div>
  );
}
