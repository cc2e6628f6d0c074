import "server-only";
import { getDb } from "@/db/client";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { LocaleText, TermInput, UpdateTermInput } from "@/lib/validation/taxonomy";
import type { TermStore } from "./store";
import type { Executor, TermDetail, TermListItem, TermUsage } from "./types";
import { issuesUsing, termUsage, usageCounts } from "./usage";

export type SaveOutcome =
  | { ok: true; term: TermDetail; tags: string[] }
  | { ok: false; reason: "slugTaken" | "notFound" }
  | { ok: false; reason: "stale"; current: TermDetail };

export type DeleteOutcome =
  | { ok: true; name: string; tags: string[] }
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "inUse"; name: string; usage: TermUsage };

export async function listTerms(store: TermStore, locale: Locale): Promise<TermListItem[]> {
  const db = getDb();
  const [rows, translations, counts] = await Promise.all([store.rows(db), store.translations(db), usageCounts(db, store.link)]);
  const namesById = new Map<number, Partial<Record<Locale, string>>>();
  for (const { id, locale: l, name } of translations) namesById.set(id, { ...namesById.get(id), [l]: name });
  return rows.map((row) => {
    const names = namesById.get(row.id) ?? {};
    return {
      id: row.id,
      slug: row.slug,
      ...displayName(names, locale, row.slug),
      locales: routing.locales.filter((l) => names[l]),
      articleCount: counts.get(row.id) ?? 0,
    };
  });
}

export function getTerm(store: TermStore, id: number): Promise<TermDetail | null> {
  return readTerm(getDb(), store, id);
}

export async function createTerm(store: TermStore, input: TermInput): Promise<SaveOutcome> {
  return slugTakenOnConflict(() =>
    getDb().transaction(async (tx) => {
      const id = await store.insert(tx, input.slug);
      await writeTranslations(tx, store, id, input.translations);
      return { ok: true, term: (await readTerm(tx, store, id))!, tags: [store.cache.list] };
    }),
  );
}

/** Saves only over the version the editor started from; otherwise returns the current one. */
export async function updateTerm(store: TermStore, input: UpdateTermInput): Promise<SaveOutcome> {
  return slugTakenOnConflict(() =>
    getDb().transaction(async (tx): Promise<SaveOutcome> => {
      if (!(await store.bump(tx, input.id, input.version, input.slug))) {
        const current = await readTerm(tx, store, input.id);
        return current ? { ok: false, reason: "stale", current } : { ok: false, reason: "notFound" };
      }
      await writeTranslations(tx, store, input.id, input.translations);
      const issueIds = await issuesUsing(tx, store.link, input.id);
      return { ok: true, term: (await readTerm(tx, store, input.id))!, tags: store.cache.edited(input.id, issueIds) };
    }),
  );
}

/** Deletes a term no article uses; the row lock keeps articles from taking it up meanwhile. */
export async function deleteTerm(store: TermStore, id: number, locale: Locale): Promise<DeleteOutcome> {
  return getDb().transaction(async (tx): Promise<DeleteOutcome> => {
    if (!(await store.lock(tx, id))) return { ok: false, reason: "notFound" };
    const name = termName((await readTerm(tx, store, id))!, locale);
    const usage = await termUsage(tx, store.link, id, locale);
    if (usage.count > 0) return { ok: false, reason: "inUse", name, usage };
    await store.remove(tx, id);
    return { ok: true, name, tags: [store.cache.list, store.cache.term(id)] };
  });
}

async function readTerm(db: Executor, store: TermStore, id: number): Promise<TermDetail | null> {
  const [[row], translations] = await Promise.all([store.rows(db, id), store.translations(db, id)]);
  if (!row) return null;
  const empty: LocaleText = { name: "", text: "" };
  const byLocale = (locale: Locale) => translations.find((t) => t.locale === locale) ?? empty;
  return {
    ...row,
    translations: { en: pick(byLocale("en")), be: pick(byLocale("be")), ru: pick(byLocale("ru")) },
  };
}

function pick({ name, text }: LocaleText): LocaleText {
  return { name, text };
}

/** English always has a name; an empty Belarusian or Russian name removes that language. */
async function writeTranslations(tx: Executor, store: TermStore, id: number, translations: TermInput["translations"]) {
  for (const locale of routing.locales) {
    const text = translations[locale];
    if (text.name) await store.putTranslation(tx, id, locale, text);
    else if (locale !== routing.defaultLocale) await store.dropTranslation(tx, id, locale);
  }
}

export function termName(term: TermDetail, locale: Locale): string {
  const names = Object.fromEntries(routing.locales.map((l) => [l, term.translations[l].name]));
  return displayName(names, locale, term.slug).name;
}

/** The name in the dashboard's language, else in English, else the slug. */
export function displayName(names: Partial<Record<Locale, string>>, locale: Locale, slug: string) {
  const nameLocale = names[locale] ? locale : names[routing.defaultLocale] ? routing.defaultLocale : null;
  return { name: nameLocale ? names[nameLocale]! : slug, nameLocale };
}

/** The slug's unique index is the final word on collisions, including two editors saving at once. */
async function slugTakenOnConflict(save: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "slugTaken" };
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const causes = [error, error instanceof Error ? error.cause : undefined];
  return causes.some((e) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "23505");
}
