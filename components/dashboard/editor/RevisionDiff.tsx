"use client";

import { diffWords } from "diff";
import { useTranslations } from "next-intl";
import type { TranslationDraft } from "@/lib/dashboard/translations";
import { htmlToText } from "@/lib/html/text";

type Revision = { version: number; title: string; lead: string; body: string };

/** Word-level changes from a revision to the current text; removals struck through, additions underlined. */
export function RevisionDiff({ revision, current }: { revision: Revision; current: TranslationDraft }) {
  const t = useTranslations("ArticleEditor");
  const fields = [
    { label: t("fieldTitle"), before: revision.title, after: current.title },
    { label: t("fieldLead"), before: revision.lead, after: current.lead },
    { label: t("fieldBody"), before: htmlToText(revision.body), after: htmlToText(current.body) },
  ];
  return (
    <section aria-label={t("diffTitle", { version: revision.version })} className="mt-3 space-y-3 rounded bg-stone-50 p-3">
      <h3 className="font-semibold">{t("diffTitle", { version: revision.version })}</h3>
      {fields.map((field) => (
        <div key={field.label}>
          <h4 className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{field.label}</h4>
          <p className="font-serif whitespace-pre-wrap">
            {diffWords(field.before, field.after).map((part, index) =>
              part.removed ? (
                <del key={index} className="bg-rose-100 text-rose-900" title={t("removed")}>
                  {part.value}
                </del>
              ) : part.added ? (
                <ins key={index} className="bg-emerald-100 text-emerald-900" title={t("added")}>
                  {part.value}
                </ins>
              ) : (
                <span key={index}>{part.value}</span>
              ),
            )}
          </p>
        </div>
      ))}
    </section>
  );
}
