"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState, type KeyboardEvent } from "react";
import type { ArticleMeta } from "@/lib/dashboard/article-meta";
import type { Option } from "@/lib/dashboard/issue-desk";
import type { StoredTranslation } from "@/lib/dashboard/translations";
import { localeNames, routing, type Locale } from "@/lib/i18n/routing";
import { MetaForm } from "./MetaForm";
import { PublishControls } from "./PublishControls";
import { TranslationForm } from "./TranslationForm";

type Props = {
  meta: ArticleMeta;
  translations: StoredTranslation[];
  options: { sections: Option[]; authors: Option[]; tags: Option[] };
  initialLocale: Locale;
  canPublish: boolean;
};

/** One tab per language, each showing its state (missing / draft / ready); details and publishing beside. */
export function ArticleEditor({ meta, translations, options, initialLocale, canPublish }: Props) {
  const t = useTranslations("ArticleEditor");
  const [tab, setTab] = useState<Locale>(initialLocale);
  const [states, setStates] = useState(
    () =>
      Object.fromEntries(routing.locales.map((l) => [l, translations.find((tr) => tr.locale === l)?.status ?? "missing"])) as Record<
        Locale,
        string
      >,
  );
  const onSaved = useCallback((saved: StoredTranslation) => setStates((s) => ({ ...s, [saved.locale]: saved.status })), []);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = routing.locales.indexOf(tab);
    const delta = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!delta) return;
    const next = routing.locales[(index + delta + routing.locales.length) % routing.locales.length]!;
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <div role="tablist" aria-label={t("languages")} className="flex gap-1 border-b border-stone-300" onKeyDown={onKeyDown}>
          {routing.locales.map((locale) => (
            <button
              key={locale}
              id={`tab-${locale}`}
              type="button"
              role="tab"
              aria-selected={tab === locale}
              aria-controls={`panel-${locale}`}
              tabIndex={tab === locale ? 0 : -1}
              onClick={() => setTab(locale)}
              className="-mb-px rounded-t border border-transparent px-3 py-2 font-sans text-sm aria-selected:border-stone-300 aria-selected:border-b-white aria-selected:bg-white aria-selected:font-semibold"
            >
              {t("tabLabel", { language: localeNames[locale], state: t(`state_${states[locale] as "missing" | "draft" | "ready"}`) })}
            </button>
          ))}
        </div>
        {routing.locales.map((locale) => (
          <div
            key={locale}
            id={`panel-${locale}`}
            role="tabpanel"
            aria-labelledby={`tab-${locale}`}
            hidden={tab !== locale}
            className="pt-4"
          >
            <TranslationForm
              articleId={meta.id}
              locale={locale}
              initial={translations.find((tr) => tr.locale === locale)}
              articlePublished={meta.status === "published"}
              onSaved={onSaved}
            />
          </div>
        ))}
      </div>
      <aside className="space-y-6">
        <PublishControls articleId={meta.id} issueId={meta.issueId} status={meta.status} canPublish={canPublish} previewLocale={tab} />
        <section aria-labelledby="details">
          <h2 id="details" className="mb-2 font-sans text-sm font-bold tracking-wide uppercase">
            {t("details")}
          </h2>
          <MetaForm meta={meta} {...options} />
        </section>
      </aside>
    </div>
  );
}
