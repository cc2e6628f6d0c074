import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OutboxMessage } from "@/components/dashboard/outbox/OutboxMessage";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { parseLocaleParam } from "@/lib/i18n/params";
import { readOutboxEntry } from "@/lib/mail/outbox";

type Props = { params: Promise<{ locale: string; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: "DashboardOutbox" });
  return { title: t("messageTitle") };
}

export default async function DashboardOutboxMessagePage({ params }: Props) {
  const { locale: localeParam, key } = await params;
  const locale = parseLocaleParam(localeParam);
  setRequestLocale(locale);
  await requireUser(locale, "editor");
  const [t, entry] = await Promise.all([getTranslations("DashboardOutbox"), readOutboxEntry(decodeKey(key))]);
  if (!entry) notFound();
  return (
    <div className="space-y-6">
      <p className="font-sans text-sm">
        <Link href="/dashboard/outbox" className="underline underline-offset-2">
          {t("back")}
        </Link>
      </p>
      <h1 className="font-serif text-2xl font-bold break-words">{entry.subject || t("noSubject")}</h1>
      <OutboxMessage entry={entry} />
    </div>
  );
}

/** The list links to encodeURIComponent(key); the segment arrives still encoded ("confirm%3A7"). */
function decodeKey(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
