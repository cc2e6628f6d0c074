"use client";

import { useTranslations } from "next-intl";

const button = "rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100 disabled:opacity-40";

export function Pager({ page, totalPages, onPage }: { page: number; totalPages: number; onPage: (page: number) => void }) {
  const t = useTranslations("DashboardSubscribers");
  if (totalPages <= 1) return null;
  const label = t("page", { page, total: totalPages });
  return (
    <nav aria-label={label} className="flex items-center gap-4 font-sans text-sm">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)} className={button}>
        {t("previous")}
      </button>
      <span>{label}</span>
      <button type="button" disabled={page >= totalPages} onClick={() => onPage(page + 1)} className={button}>
        {t("next")}
      </button>
    </nav>
  );
}
