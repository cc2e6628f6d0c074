"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A generated password, shown once after it is set: the server keeps only its hash. */
export function OncePassword({ email, password, onDismiss }: { email: string; password: string; onDismiss: () => void }) {
  const t = useTranslations("DashboardPeople");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      // No clipboard outside a secure context: the password stays selectable by hand.
    }
  }
  return (
    <div className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 font-sans">
      <p className="text-sm font-semibold">{t("generatedTitle", { email })}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code className="rounded border border-stone-300 bg-white px-2 py-1 font-mono text-base break-all select-all">{password}</code>
        <button type="button" onClick={copy} className="rounded border border-stone-400 bg-white px-2 py-1 text-sm hover:bg-stone-100">
          {copied ? t("copied") : t("copy")}
        </button>
        <button type="button" onClick={onDismiss} className="rounded border border-stone-400 bg-white px-2 py-1 text-sm hover:bg-stone-100">
          {t("dismiss")}
        </button>
      </div>
      <p className="mt-2 text-sm text-stone-700">{t("generatedNote")}</p>
    </div>
  );
}
