"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { Field } from "@/components/ui/Field";
import type { StoredTranslation } from "@/lib/dashboard/translations";
import type { Locale } from "@/lib/i18n/routing";
import { ConflictPanel } from "./ConflictPanel";
import { RevisionsPanel } from "./RevisionsPanel";
import { RichTextEditor } from "./RichTextEditor";
import { SaveStatus } from "./SaveStatus";
import { useTranslationDraft } from "./useTranslationDraft";

type Props = {
  articleId: number;
  locale: Locale;
  initial?: StoredTranslation;
  articlePublished: boolean;
  onSaved: (t: StoredTranslation) => void;
};

export function TranslationForm({ articleId, locale, initial, articlePublished, onSaved }: Props) {
  const t = useTranslations("ArticleEditor");
  const uiLocale = useLocale();
  const draft = useTranslationDraft(articleId, locale, initial, articlePublished);
  const errors = draft.result && !draft.result.ok ? draft.result.errors : undefined;
  const lastSaved = draft.result?.ok ? draft.result.data : undefined;
  useEffect(() => {
    if (lastSaved) onSaved(lastSaved);
  }, [lastSaved, onSaved]);

  return (
    <form
      lang={locale}
      onSubmit={(event) => {
        event.preventDefault();
        draft.save();
      }}
      className="space-y-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-3 rounded bg-stone-100 px-3 py-2 font-sans text-sm" lang={uiLocale}>
        <p>{draft.live ? t("autosaveOff") : draft.manual ? t("autosaveOffReady") : t("autosaveOn")}</p>
        <SaveStatus
          state={draft.state}
          savedAt={draft.savedAt}
          message={draft.result && !draft.result.ok ? draft.result.message : undefined}
        />
      </div>
      {draft.state === "conflict" && <ConflictPanel result={draft.result} onResolve={draft.resolve} />}
      <Field
        id={`title-${locale}`}
        label={t("fieldTitle")}
        name="title"
        value={draft.draft.title}
        onChange={(e) => draft.update({ title: e.target.value })}
        required
        maxLength={300}
        errors={errors?.title}
      />
      <Field
        id={`slug-${locale}`}
        label={t("fieldSlug")}
        name="slug"
        value={draft.draft.slug}
        onChange={(e) => draft.update({ slug: e.target.value }, { slugEdited: true })}
        hint={t("slugHint")}
        maxLength={200}
        errors={errors?.slug}
        className="font-mono"
      />
      <div>
        <label htmlFor={`lead-${locale}`} className="block font-sans text-sm font-semibold">
          {t("fieldLead")}
        </label>
        <textarea
          id={`lead-${locale}`}
          value={draft.draft.lead}
          onChange={(e) => draft.update({ lead: e.target.value })}
          rows={3}
          maxLength={2000}
          aria-describedby={`lead-${locale}-hint`}
          className="mt-1 block w-full rounded border border-stone-400 px-3 py-2 font-serif text-lg font-bold"
        />
        <p id={`lead-${locale}-hint`} className="mt-1 font-sans text-xs text-stone-600">
          {t("leadHint")}
        </p>
      </div>
      <div>
        <span className="block font-sans text-sm font-semibold" id={`body-${locale}-label`}>
          {t("fieldBody")}
        </span>
        <RichTextEditor
          key={draft.generation}
          id={`body-${locale}`}
          label={t("fieldBody")}
          value={draft.draft.body}
          onChange={(body) => draft.update({ body })}
        />
      </div>
      <Field
        id={`seo-${locale}`}
        label={t("fieldSeo")}
        name="seoDescription"
        value={draft.draft.seoDescription}
        onChange={(e) => draft.update({ seoDescription: e.target.value })}
        hint={t("seoHint")}
        maxLength={320}
        errors={errors?.seoDescription}
      />
      <fieldset className="font-sans text-sm" lang={uiLocale}>
        <legend className="font-semibold">{t("fieldStatus")}</legend>
        {(["draft", "ready"] as const).map((status) => (
          <label key={status} className="mr-4 inline-flex items-center gap-2">
            <input
              type="radio"
              name={`status-${locale}`}
              checked={draft.draft.status === status}
              onChange={() => draft.update({ status })}
            />
            {status === "draft" ? t("statusDraft") : t("statusReady")}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        disabled={draft.state === "saving" || !draft.draft.title.trim()}
        className="rounded bg-stone-900 px-4 py-2 font-sans font-semibold text-white hover:bg-stone-700 disabled:opacity-50"
        lang={uiLocale}
      >
        {draft.manual ? t("update") : t("save")}
      </button>
      {draft.baseVersion > 0 && (
        <RevisionsPanel
          articleId={articleId}
          locale={locale}
          current={draft.draft}
          baseVersion={draft.baseVersion}
          onRestored={draft.replace}
        />
      )}
    </form>
  );
}
