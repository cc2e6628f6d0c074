"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { StoredTranslation } from "@/lib/dashboard/translations";
import { formatStamp } from "@/lib/dates/stamp";
import { htmlToText } from "@/lib/html/text";

/** Someone saved first: show their text and let the editor choose; nothing happens silently. */
export function ConflictPanel({
  result,
  onResolve,
}: {
  result: ActionResult<StoredTranslation> | null;
  onResolve: (choice: "theirs" | "mine") => void;
}) {
  const t = useTranslations("ArticleEditor");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const theirs = result && !result.ok ? (result.conflict as StoredTranslation | undefined) : undefined;
  if (!theirs) return null;
  return (
    <div role="alert" className="space-y-3 rounded border-2 border-red-700 bg-red-50 p-4 font-sans text-sm" lang={locale}>
      <p className="font-semibold">{t("conflict")}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          className="rounded border border-stone-500 bg-white px-3 py-1"
        >
          {t("showTheirs")}
        </button>
        <button type="button" onClick={() => onResolve("theirs")} className="rounded border border-stone-500 bg-white px-3 py-1">
          {t("useTheirs")}
        </button>
        <button type="button" onClick={() => onResolve("mine")} className="rounded bg-red-800 px-3 py-1 font-semibold text-white">
          {t("keepMine")}
        </button>
      </div>
      {open && (
        <section className="rounded border border-stone-300 bg-white p-3">
          <h3 className="font-semibold">
            {t("theirVersion", {
              time: formatStamp(theirs.updatedAt),
            })}
          </h3>
          <p className="mt-2 font-serif text-lg font-bold">{theirs.title}</p>
          <p className="mt-1 font-serif font-bold">{theirs.lead}</p>
          {/* Plain text, not their HTML: the dashboard renders no stored markup, so it has no injection surface. */}
          <p className="mt-2 font-serif text-base whitespace-pre-wrap">{htmlToText(theirs.body)}</p>
        </section>
      )}
    </div>
  );
}
