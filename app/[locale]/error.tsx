"use client";

import { useTranslations } from "next-intl";

/** Shown instead of a stack trace when a page fails; the error itself is logged on the server. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-12 sm:px-6">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 font-serif text-lg">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-stone-900 px-4 py-2 font-sans font-semibold text-white hover:bg-stone-700"
      >
        {t("retry")}
      </button>
    </main>
  );
}
