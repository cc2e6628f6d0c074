"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { getRevision, listRevisions, restoreRevision } from "@/lib/actions/articles/revisions";
import type { StoredTranslation, TranslationDraft } from "@/lib/dashboard/translations";
import { formatStamp } from "@/lib/dates/stamp";
import type { Locale } from "@/lib/i18n/routing";
import { RevisionDiff } from "./RevisionDiff";

type Props = {
  articleId: number;
  locale: Locale;
  current: TranslationDraft;
  baseVersion: number;
  onRestored: (t: StoredTranslation) => void;
};

export function RevisionsPanel({ articleId, locale, current, baseVersion, onRestored }: Props) {
  const t = useTranslations("ArticleEditor");
  const uiLocale = useLocale();
  const [selected, setSelected] = useState<number | null>(null);
  const revisions = useQuery({
    queryKey: ["revisions", articleId, locale, baseVersion],
    queryFn: async () => {
      const result = await listRevisions({ articleId, locale });
      if (!result.ok) throw new Error(result.message);
      return result.data ?? [];
    },
  });
  const revision = useQuery({
    queryKey: ["revision", articleId, selected],
    enabled: selected !== null,
    queryFn: async () => {
      const result = await getRevision({ articleId, revisionId: selected! });
      if (!result.ok || !result.data) throw new Error(result.ok ? "" : result.message);
      return result.data;
    },
  });
  const restore = useMutation({
    mutationFn: (revisionId: number) => restoreRevision({ articleId, revisionId, baseVersion }),
    onSuccess: (result) => {
      if (result.ok && result.data) {
        onRestored(result.data as StoredTranslation);
        setSelected(null);
      }
    },
  });

  return (
    <details className="rounded border border-stone-300 p-3 font-sans text-sm" lang={uiLocale}>
      <summary className="cursor-pointer font-semibold">{t("revisions")}</summary>
      {revisions.data?.length === 0 && <p className="mt-2">{t("noRevisions")}</p>}
      <ul className="mt-2 divide-y divide-stone-200">
        {revisions.data?.map((rev) => (
          <li key={rev.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>{t("revisionBy", { version: rev.version, time: formatStamp(rev.savedAt), name: rev.savedBy ?? "—" })}</span>
            <span className="flex gap-2">
              <button
                type="button"
                onClick={() => setSelected(rev.id)}
                aria-pressed={selected === rev.id}
                className="rounded border px-2 py-1"
              >
                {t("compare")}
              </button>
              <button
                type="button"
                onClick={() => restore.mutate(rev.id)}
                disabled={restore.isPending || rev.version === baseVersion}
                className="rounded border px-2 py-1 disabled:opacity-40"
              >
                {t("restore")}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {restore.data && (
        <p role="status" className={restore.data.ok ? "text-emerald-800" : "text-red-800"}>
          {restore.data.message}
        </p>
      )}
      {revision.data && <RevisionDiff revision={revision.data} current={current} />}
    </details>
  );
}
