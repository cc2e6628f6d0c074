"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmNewsletterSubscription } from "@/lib/actions/newsletter/confirm-subscription";
import { Link } from "@/lib/i18n/navigation";
import type { TokenState } from "@/lib/newsletter/token-state";

type Props = { token: string; state: TokenState };

/**
 * The page behind a confirmation link. Rendered for every token state so that, without
 * JavaScript, the page answering the button's POST (where the token now reads "used") still
 * shows this component's success.
 */
export function ConfirmSubscription({ token, state }: Props) {
  const t = useTranslations("Newsletter");
  const [result, action, pending] = useActionState(confirmNewsletterSubscription, null);
  if (result?.ok) {
    return <Outcome title={result.message ?? t("confirmed")} body={t("confirmedBody")} home={t("backHome")} focus />;
  }
  if (state === "used") return <Outcome title={t("tokenUsedTitle")} body={t("tokenUsedBody")} home={t("backHome")} />;
  if (state !== "valid") return <Outcome title={t("tokenInvalidTitle")} body={t("tokenInvalidBody")} home={t("backHome")} />;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{t("confirmTitle")}</h1>
      <p className="mt-4 font-serif text-lg">{t("confirmIntro")}</p>
      <form action={action} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-stone-900 px-5 py-3 font-sans text-base font-semibold text-white hover:bg-stone-700 disabled:opacity-60"
        >
          {t("confirmButton")}
        </button>
      </form>
      <p role="status" aria-live="polite" className="mt-4 font-sans text-red-800">
        {result?.message ?? ""}
      </p>
    </>
  );
}

/** A result page; after the button, focus moves to its heading so screen readers read the outcome. */
function Outcome({ title, body, home, focus = false }: { title: string; body: string; home: string; focus?: boolean }) {
  return (
    <>
      <h1
        ref={focus ? (heading) => heading?.focus() : undefined}
        tabIndex={focus ? -1 : undefined}
        className="font-serif text-3xl font-bold focus:outline-none"
      >
        {title}
      </h1>
      <p className="mt-4 font-serif text-lg">{body}</p>
      <p className="mt-6 font-sans font-semibold">
        <Link href="/" className="text-red-800 underline underline-offset-2">
          {home}
        </Link>
      </p>
    </>
  );
}
