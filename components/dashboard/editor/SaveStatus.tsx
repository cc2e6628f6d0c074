"use client";

import { useTranslations } from "next-intl";
import { formatStamp } from "@/lib/dates/stamp";
import type { SaveState } from "./useTranslationDraft";

/** Saved / saving / failed, announced politely so screen-reader users hear autosave too. */
export function SaveStatus({ state, savedAt, message }: { state: SaveState; savedAt: string | null; message?: string }) {
  const t = useTranslations("ArticleEditor");
  const time = savedAt ? formatStamp(savedAt, { date: false }) : "";
  const text: Record<SaveState, string> = {
    idle: savedAt ? t("savedAt", { time }) : "",
    dirty: t("unsaved"),
    saving: t("saving"),
    saved: t("savedAt", { time }),
    failed: t("saveFailed", { message: message ?? "" }),
    conflict: t("conflict"),
  };
  const tone =
    state === "failed" || state === "conflict" ? "text-red-800 font-semibold" : state === "saved" ? "text-emerald-800" : "text-stone-700";
  return (
    <p role="status" aria-live="polite" data-save-state={state} className={tone}>
      {text[state]}
    </p>
  );
}
