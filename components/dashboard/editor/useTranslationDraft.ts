"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveTranslation } from "@/lib/actions/articles/save-translation";
import type { ActionResult } from "@/lib/actions/result";
import type { StoredTranslation, TranslationDraft } from "@/lib/dashboard/translations";
import type { Locale } from "@/lib/i18n/routing";
import { slugify } from "@/lib/slug";

export type SaveState = "idle" | "dirty" | "saving" | "saved" | "failed" | "conflict";
const AUTOSAVE_DELAY_MS = 1500;

function emptyDraft(): TranslationDraft {
  return { title: "", slug: "", lead: "", body: "", seoDescription: "", status: "draft" };
}

/**
 * One translation being edited: its fields, the version it is based on, and saving — automatic
 * (debounced) unless the text is live, where only an explicit save publishes a change.
 */
export function useTranslationDraft(articleId: number, locale: Locale, initial: StoredTranslation | undefined, live: boolean) {
  const [draft, setDraft] = useState<TranslationDraft>(initial ?? emptyDraft());
  const [baseVersion, setBaseVersion] = useState(initial?.version ?? 0);
  const [slugTouched, setSlugTouched] = useState(Boolean(initial && initial.slug !== slugify(initial.title, locale)));
  const [state, setState] = useState<SaveState>("idle");
  const [result, setResult] = useState<ActionResult<StoredTranslation> | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(initial?.updatedAt ?? null);
  const edits = useRef(0);
  /** Bumped when the text is replaced from outside (their version, a restored revision), to reload the body editor. */
  const [generation, setGeneration] = useState(0);

  const mutation = useMutation({
    mutationFn: (payload: { draft: TranslationDraft; baseVersion: number; edit: number }) =>
      saveTranslation({ articleId, locale, baseVersion: payload.baseVersion, ...payload.draft }).then((r) => ({ r, edit: payload.edit })),
    onMutate: () => setState("saving"),
    onSuccess: ({ r, edit }) => {
      setResult(r as ActionResult<StoredTranslation>);
      if (r.ok && r.data) {
        setBaseVersion(r.data.version);
        setSavedAt(r.data.updatedAt);
        setState(edit === edits.current ? "saved" : "dirty");
      } else {
        setState(r.ok ? "saved" : "conflict" in r && r.conflict ? "conflict" : "failed");
      }
    },
    onError: () => setState("failed"),
  });

  const update = useCallback(
    (patch: Partial<TranslationDraft>, options: { slugEdited?: boolean } = {}) => {
      edits.current++;
      if (options.slugEdited) setSlugTouched(true);
      setDraft((current) => {
        const next = { ...current, ...patch };
        if (patch.title !== undefined && !slugTouched && !options.slugEdited) next.slug = slugify(patch.title, locale);
        return next;
      });
      setState("dirty");
    },
    [locale, slugTouched],
  );

  const save = useCallback(() => {
    if (!draft.title.trim()) return;
    mutation.mutate({ draft, baseVersion, edit: edits.current });
  }, [draft, baseVersion, mutation]);

  useEffect(() => {
    if (live || state !== "dirty" || !draft.title.trim()) return;
    const timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, live, state, save]);

  /** After a conflict: take the other person's text, or keep ours and save it on top of theirs. */
  const resolve = useCallback(
    (choice: "theirs" | "mine") => {
      const theirs = result && !result.ok ? (result.conflict as StoredTranslation | undefined) : undefined;
      if (!theirs) return;
      setBaseVersion(theirs.version);
      if (choice === "theirs") {
        setDraft({
          title: theirs.title,
          slug: theirs.slug,
          lead: theirs.lead,
          body: theirs.body,
          seoDescription: theirs.seoDescription,
          status: theirs.status,
        });
        setGeneration((g) => g + 1);
        setState("idle");
        setResult(null);
      } else {
        mutation.mutate({ draft, baseVersion: theirs.version, edit: edits.current });
      }
    },
    [result, draft, mutation],
  );

  const replace = useCallback((saved: StoredTranslation) => {
    setDraft({
      title: saved.title,
      slug: saved.slug,
      lead: saved.lead,
      body: saved.body,
      seoDescription: saved.seoDescription,
      status: saved.status,
    });
    setBaseVersion(saved.version);
    setSavedAt(saved.updatedAt);
    setGeneration((g) => g + 1);
    setState("saved");
  }, []);

  return { draft, update, save, state, result, savedAt, baseVersion, resolve, replace, generation };
}
