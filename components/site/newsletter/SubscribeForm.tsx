"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { subscribeToNewsletter } from "@/lib/actions/newsletter/subscribe";
import type { Locale } from "@/lib/i18n/routing";
import { HONEYPOT_FIELD } from "@/lib/newsletter/honeypot";
import { submitKeepingValues } from "./keep-values";
import { LanguageSelect } from "./LanguageSelect";

/** The footer's newsletter sign-up, with the page's language preselected. */
export function SubscribeForm() {
  const t = useTranslations("Newsletter");
  const locale = useLocale() as Locale;
  const [state, action, pending] = useActionState(subscribeToNewsletter, null);
  const errors = state?.ok ? undefined : state?.errors;
  return (
    <section aria-labelledby="newsletter-heading" className="font-sans">
      <h2 id="newsletter-heading" className="text-base font-bold text-stone-900">
        {t("formHeading")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("formIntro")}</p>
      <form action={action} onSubmit={submitKeepingValues(action)} className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem]">
        <Field
          id="newsletter-email"
          name="email"
          type="email"
          label={t("emailLabel")}
          autoComplete="email"
          required
          maxLength={254}
          errors={errors?.email}
        />
        <LanguageSelect id="newsletter-locale" label={t("languageLabel")} defaultValue={locale} errors={errors?.locale} />
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor="newsletter-website">{t("honeypotLabel")}</label>
          <input id="newsletter-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60"
          >
            {t("subscribe")}
          </button>
          <FormMessage state={state} />
        </div>
      </form>
    </section>
  );
}
