"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import type { TermDetail, TermKind } from "@/lib/dashboard/taxonomy/types";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { LocaleFields } from "./LocaleFields";
import type { SaveAction } from "./types";

type Props = { kind: TermKind; term: TermDetail | null; action: SaveAction };

/** The latest of the versions this form knows about: as opened, as saved, as someone else saved it. */
function newest(...versions: (TermDetail | null | undefined)[]): TermDetail | null {
  return versions.reduce<TermDetail | null>((best, v) => (v && (!best || v.version > best.version) ? v : best), null);
}

/**
 * Creates (term = null) or edits a section, author or tag. Submits without resetting the fields, so
 * an error never costs the editor their typing; a save re-keys the fields to the saved values.
 */
export function TermForm({ kind, term, action }: Props) {
  const t = useTranslations("DashboardTaxonomy");
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(action, null);
  const [loaded, setLoaded] = useState<TermDetail | null>(null);
  const saved = state?.ok ? state.data : undefined;
  const conflict = state && !state.ok ? (state.conflict as TermDetail | undefined) : undefined;
  const errors = state && !state.ok ? state.errors : undefined;
  const current = newest(term, saved, loaded);

  useEffect(() => {
    if (!term && saved) router.push(`/dashboard/${kind}?saved=${saved.id}`);
  }, [term, saved, kind, router]);
  useEffect(() => {
    const first = errors && Object.keys(errors)[0];
    if (first) document.getElementById(first)?.focus();
  }, [errors]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  }

  const conflictLoaded = conflict !== undefined && loaded === conflict;
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {current && (
        <>
          <input type="hidden" name="id" value={current.id} />
          <input type="hidden" name="version" value={current.version} />
        </>
      )}
      <div key={current?.version ?? 0} className="space-y-6">
        <Field
          label={t("slug")}
          name="slug"
          defaultValue={current?.slug}
          hint={t("slugHint")}
          maxLength={100}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          errors={errors?.slug}
          className="max-w-xl"
        />
        <div className="grid gap-4 lg:grid-cols-3">
          {routing.locales.map((locale) => (
            <LocaleFields key={locale} kind={kind} locale={locale} value={current?.translations[locale]} errors={errors} />
          ))}
        </div>
      </div>
      <FormMessage state={conflictLoaded ? null : state} />
      <div className="flex flex-wrap items-center gap-4 font-sans">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60"
        >
          {pending ? t("saving") : t("save")}
        </button>
        {conflict && !conflictLoaded && (
          <button
            type="button"
            onClick={() => setLoaded(conflict)}
            className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100"
          >
            {t("loadLatest")}
          </button>
        )}
        <Link href={`/dashboard/${kind}`} className="text-stone-700 underline underline-offset-2">
          {t("backToList")}
        </Link>
      </div>
    </form>
  );
}
