import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportForm } from "@/components/dashboard/subscribers/ImportForm";
import { SubscribersDesk } from "@/components/dashboard/subscribers/SubscribersDesk";
import { requireUser } from "@/lib/auth/guard";
import { listDeskSubscribers } from "@/lib/dashboard/subscribers";
import { parseLocaleParam } from "@/lib/i18n/params";
import { CONSENT_SOURCE_MAX, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/validation/subscribers";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: "DashboardSubscribers" });
  return { title: t("title") };
}

export default async function DashboardSubscribersPage({ params }: Props) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  await requireUser(locale, "editor");
  const [t, initial] = await Promise.all([getTranslations("DashboardSubscribers"), listDeskSubscribers({ q: "", page: 1 })]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-2xl font-sans text-stone-700">{t("intro")}</p>
      </div>
      <SubscribersDesk initial={initial} />
      <section aria-labelledby="import-subscribers" className="max-w-2xl">
        <h2 id="import-subscribers" className="font-sans text-lg font-semibold">
          {t("importTitle")}
        </h2>
        <p className="mt-1 mb-3 font-sans text-sm text-stone-700">{t("importIntro")}</p>
        <ImportForm
          maxBytes={MAX_IMPORT_BYTES}
          maxSourceLength={CONSENT_SOURCE_MAX}
          fileHint={t("fileHint", { megabytes: MAX_IMPORT_BYTES / 1_000_000, rows: MAX_IMPORT_ROWS })}
        />
      </section>
    </div>
  );
}
