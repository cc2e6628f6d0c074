"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { FormMessage } from "@/components/ui/FormMessage";
import { changeNewsletterLanguage } from "@/lib/actions/newsletter/change-language";
import { resubscribeToNewsletter } from "@/lib/actions/newsletter/resubscribe";
import { unsubscribeFromNewsletter } from "@/lib/actions/newsletter/unsubscribe";
import { useRouter } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { submitKeepingValues } from "./keep-values";
import { LanguageSelect } from "./LanguageSelect";

const actions = { unsubscribe: unsubscribeFromNewsletter, language: changeNewsletterLanguage, resubscribe: resubscribeToNewsletter };
const buttons = { unsubscribe: "unsubscribeButton", language: "saveLanguage", resubscribe: "resubscribeButton" } as const;

type Props = { kind: keyof typeof actions; subscriptionKey: string; locale?: Locale };

/** One form of the subscription page. A success re-reads the page, so the status above it is current. */
export function SubscriptionForm({ kind, subscriptionKey, locale }: Props) {
  const t = useTranslations("Newsletter");
  const router = useRouter();
  const [state, action, pending] = useActionState(actions[kind], null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="mt-3 flex flex-wrap items-end gap-3 font-sans">
      <input type="hidden" name="key" value={subscriptionKey} />
      {locale && (
        <div className="w-full max-w-xs">
          <LanguageSelect id={`${kind}-locale`} label={t("languageLabel")} defaultValue={locale} />
        </div>
      )}
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${
          kind === "unsubscribe" ? "border border-red-800 text-red-800 hover:bg-red-50" : "bg-stone-900 text-white hover:bg-stone-700"
        }`}
      >
        {t(buttons[kind])}
      </button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
