"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { saveTranslation } from "@/lib/actions/articles/save-translation";
import type { ActionResult } from "@/lib/actions/result";
import type { StoredTranslation, TranslationDraft } from "@/lib/dashboard/translations";
import type { Locale } from "@/lib/i18n/routing";
import { slugify } from "@/lib/slug";
import { createSaveQueue } from "./save-queue";

export type SaveState = "idle" | "dirty" | "saving" | "saved" | "failed" | "conflict";
const AUTOSAVE_DELAY_MS = 1500;

function emptyDraft(): TranslationDraft {
  return { title: "", slug: "", lead: "", body: "", seoDescription: "", status: "draft" };
}

function draftOf(saved: StoredTranslation): TranslationDraft {
  return {
    title: saved.title,
    slug: saved.slug,
    lead: saved.lead,
    body: saved.body,
    seoDescription: saved.seoDescription,
    status: saved.status,
  };
}

/**
 * One translation being edited: its fields, the version it is based on, and saving — one save at a
 * time, automatic (debounced) unless a save would change the public site. That is decided from the
 * status last saved, not the one the page loaded with: a translation saved as ready in a published
 * article is live from then on.
 */
export function useTranslationDraft(articleId: number, locale: Locale, initial: StoredTranslation | undefined, articlePublished: boolean) {
  const [draft, setDraft] = useState<TranslationDraft>(initial ?? emptyDraft());
  const [baseVersion, setBaseVersion] = useState(initial?.version ?? 0);
  const [savedStatus, setSavedStatus] = useState<TranslationDraft["status"] | null>(initial?.status ?? null);
  const [slugTouched, setSlugTouched] = useState(Boolean(initial && initial.slug !== slugify(initial.title, locale)));
  const [state, setState] = useState<SaveState>("idle");
  const [result, setResult] = useState<ActionResult<StoredTranslation> | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(initial?.updatedAt ?? null);
  /** Bumped when the text is replaced from outside (their version, a restored revision), to reload the body editor. */
  const [generation, setGeneration] = useState(0);
  // The save queue runs outside renders, so it reads the latest text and base version from refs.
  const edits = useRef(0);
  const latest = useRef({ draft, baseVersion });

  const adopt = useCallback((saved: StoredTranslation) => {
    latest.current.baseVersion = saved.version;
    setBaseVersion(saved.version);
    setSavedAt(saved.updatedAt);
    setSavedStatus(saved.status);
  }, []);

  const [queue] = useState(() =>
    createSaveQueue(async () => {
      const { draft: payload, baseVersion: base } = latest.current;
      const edit = edits.current;
      if (!payload.title.trim()) return false;
      setState("saving");
      try {
        const r = (await saveTranslation({ articleId, locale, baseVersion: base, ...payload })) as ActionResult<StoredTranslation>;
        setResult(r);
        if (r.ok && r.data) {
          adopt(r.data);
          setState(edit === edits.current ? "saved" : "dirty");
          return true;
        }
        setState(!r.ok && r.conflict ? "conflict" : "failed");
      } catch {
        setState("failed");
      }
      return false;
    }),
  );

  const setText = useCallback((next: TranslationDraft) => {
    latest.current.draft = next;
    setDraft(next);
  }, []);

  const update = useCallback(
    (patch: Partial<TranslationDraft>, options: { slugEdited?: boolean } = {}) => {
      edits.current++;
      if (options.slugEdited) setSlugTouched(true);
      const next = { ...latest.current.draft, ...patch };
      if (patch.title !== undefined && !slugTouched && !options.slugEdited) next.slug = slugify(patch.title, locale);
      setText(next);
      setState("dirty");
    },
    [locale, slugTouched, setText],
  );

  const save = useCallback(() => void queue.request(), [queue]);

  /** Saving now would change what readers see: only an explicit Update may do that. */
  const live = articlePublished && savedStatus === "ready";
  const manual = live || (articlePublished && draft.status === "ready");

  useEffect(() => {
    if (manual || state !== "dirty" || !draft.title.trim()) return;
    const timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, manual, state, save]);

  /** After a conflict: take the other person's text, or keep ours and save it on top of theirs. */
  const resolve = useCallback(
    (choice: "theirs" | "mine") => {
      const theirs = result && !result.ok ? (result.conflict as StoredTranslation | undefined) : undefined;
      if (!theirs) return;
      latest.current.baseVersion = theirs.version;
      setBaseVersion(theirs.version);
      if (choice === "mine") return save();
      setText(draftOf(theirs));
      setSavedStatus(theirs.status);
      setGeneration((g) => g + 1);
      setState("idle");
      setResult(null);
    },
    [result, save, setText],
  );

  const replace = useCallback(
    (saved: StoredTranslation) => {
      setText(draftOf(saved));
      adopt(saved);
      setGeneration((g) => g + 1);
      setState("saved");
    },
    [adopt, setText],
  );

  return { draft, update, save, state, result, savedAt, baseVersion, live, manual, resolve, replace, generation };
}
