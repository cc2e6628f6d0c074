"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/FormMessage";
import { sendTestNewsletter } from "@/lib/actions/newsletter/send-test-newsletter";
import { localeNames, type Locale } from "@/lib/i18n/routing";

export function TestSendButton({ issueId, locale }: { issueId: number; locale: Locale }) {
  const t = useTranslations("DashboardNewsletter");
  const send = useMutation({ mutationFn: () => sendTestNewsletter({ issueId, locale }) });
  return (
    <div className="flex flex-wrap items-center gap-3 font-sans text-sm">
      <button
        type="button"
        onClick={() => send.mutate()}
        disabled={send.isPending}
        className="rounded border border-stone-500 px-3 py-1.5 disabled:opacity-50"
      >
        {t("sendTest", { language: localeNames[locale] })}
      </button>
      <FormMessage state={send.data ?? null} />
    </div>
  );
}
