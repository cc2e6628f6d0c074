import { asc, desc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  articleAuthors,
  articles,
  articleTags,
  articleTranslations,
  authors,
  authorTranslations,
  issues,
  sections,
  sectionTranslations,
  tags,
  tagTranslations,
} from "@/db/schema";
import { createAuthor } from "@/lib/actions/taxonomy/create-author";
import { createSection } from "@/lib/actions/taxonomy/create-section";
import { createTag } from "@/lib/actions/taxonomy/create-tag";
import { deleteAuthor } from "@/lib/actions/taxonomy/delete-author";
import { deleteSection } from "@/lib/actions/taxonomy/delete-section";
import { deleteTag } from "@/lib/actions/taxonomy/delete-tag";
import { moveSection } from "@/lib/actions/taxonomy/move-section";
import { updateAuthor } from "@/lib/actions/taxonomy/update-author";
import { updateSection } from "@/lib/actions/taxonomy/update-section";
import { updateTag } from "@/lib/actions/taxonomy/update-tag";
import { createIssueForWeek } from "@/lib/dashboard/issues";
import { tagStore } from "@/lib/dashboard/taxonomy/tags";
import { listTerms } from "@/lib/dashboard/taxonomy/terms";
import { mondayOf } from "@/lib/dates/week";
import { asUser } from "../support/as-user";
import { takeInvalidatedTags } from "../support/next-cache";
import { demoUser } from "./support/users";

type User = Awaited<ReturnType<typeof demoUser>>;

// Names and slugs unique to this run, so other files' data never collides with ours.
const run = Date.now().toString(36);
let counter = 0;
const unique = (label: string) => `${label}-${run}-${++counter}`;

let editor: User;
let author: User;
beforeAll(async () => {
  [editor, author] = await Promise.all([demoUser("editor"), demoUser("author")]);
});

// Everything this file creates, removed afterwards so other files still see only the demo content.
const made = { sections: [] as number[], authors: [] as number[], tags: [] as number[], articles: [] as number[], issues: [] as number[] };

afterAll(async () => {
  const db = getDb();
  if (made.articles.length) await db.delete(articles).where(inArray(articles.id, made.articles));
  if (made.sections.length) await db.delete(sections).where(inArray(sections.id, made.sections));
  if (made.authors.length) await db.delete(authors).where(inArray(authors.id, made.authors));
  if (made.tags.length) await db.delete(tags).where(inArray(tags.id, made.tags));
  if (made.issues.length) await db.delete(issues).where(inArray(issues.id, made.issues));
});

async function created<T extends { ok: boolean; data?: unknown }>(into: number[], result: Promise<T>) {
  const outcome = await result;
  if (!outcome.ok) throw new Error(`Expected success: ${JSON.stringify(outcome)}`);
  const data = (outcome as T & { data: { id: number; slug: string; version: number } }).data;
  into.push(data.id);
  return data;
}

const newSection = (input: Record<string, string> = {}) =>
  created(
    made.sections,
    asUser(editor, () => createSection({ nameEn: unique("Section"), ...input })),
  );
const newAuthor = (input: Record<string, string> = {}) =>
  created(
    made.authors,
    asUser(editor, () => createAuthor({ nameEn: unique("Author"), ...input })),
  );
const newTag = (input: Record<string, string> = {}) =>
  created(
    made.tags,
    asUser(editor, () => createTag({ nameEn: unique("Tag"), ...input })),
  );

/** A draft article (invisible to readers) in an issue of a far-off week, titled in English. */
async function articleIn(sectionId: number, title: string, week = "2041-03-06") {
  const db = getDb();
  const weekStart = mondayOf(week);
  const fresh = await createIssueForWeek(week);
  if (fresh.ok) made.issues.push(fresh.id);
  const [issue] = await db.select({ id: issues.id }).from(issues).where(eq(issues.weekStart, weekStart));
  const [article] = await db.insert(articles).values({ issueId: issue!.id, sectionId, status: "draft" }).returning({ id: articles.id });
  made.articles.push(article!.id);
  await db.insert(articleTranslations).values({ articleId: article!.id, locale: "en", slug: unique("article"), title });
  return { articleId: article!.id, issueId: issue!.id };
}

async function sectionRow(id: number) {
  const [row] = await getDb().select().from(sections).where(eq(sections.id, id));
  const names = await getDb().select().from(sectionTranslations).where(eq(sectionTranslations.sectionId, id));
  return row && { ...row, names: Object.fromEntries(names.map((n) => [n.locale, n.name])) };
}

async function authorNames(id: number) {
  const rows = await getDb().select().from(authorTranslations).where(eq(authorTranslations.authorId, id));
  return Object.fromEntries(rows.map((row) => [row.locale, row.name]));
}

describe("creating and editing", () => {
  it("creates a section with names in three languages and a slug made from the English name", async () => {
    takeInvalidatedTags();
    const nameEn = unique("Energy Security");
    const section = await newSection({
      nameEn,
      nameBe: "Энергетычная бяспека",
      nameRu: "Энергетическая безопасность",
      descriptionEn: "Gas.",
    });
    expect(section.slug).toBe(nameEn.toLowerCase().replace(/ /g, "-"));
    const row = await sectionRow(section.id);
    expect(row?.names).toEqual({ en: nameEn, be: "Энергетычная бяспека", ru: "Энергетическая безопасность" });
    const [last] = await getDb().select({ id: sections.id }).from(sections).orderBy(desc(sections.position)).limit(1);
    expect(last?.id).toBe(section.id);
    expect(takeInvalidatedTags()).toEqual(["sections"]);
  });

  it("renames an author, removes an emptied translation, bumps the version and answers in the user's language", async () => {
    const nameEn = unique("Ales");
    const created = await newAuthor({ nameEn, nameBe: "Алесь", nameRu: "Алесь", bioBe: "Аналітык." });
    const result = await asUser(
      editor,
      () =>
        updateAuthor({ id: created.id, version: created.version, slug: created.slug, nameEn: `${nameEn} Jr`, nameBe: "", nameRu: "Алесь" }),
      "be",
    );
    expect(result).toMatchObject({ ok: true, message: `Звесткі пра аўтара «${nameEn} Jr» захаваныя.`, data: { version: 2 } });
    expect(await authorNames(created.id)).toEqual({ en: `${nameEn} Jr`, ru: "Алесь" });
  });

  it("lists tags by slug with the name in the dashboard's language, falling back to English", async () => {
    const both = await newTag({ nameEn: unique("Energy"), nameBe: "Энергетыка" });
    const english = await newTag({ nameEn: unique("Gas") });
    const list = await listTerms(tagStore, "be");
    expect(list.map((item) => item.slug)).toEqual([...list.map((item) => item.slug)].sort());
    expect(list.find((item) => item.id === both.id)).toMatchObject({ name: "Энергетыка", nameLocale: "be", locales: ["en", "be"] });
    expect(list.find((item) => item.id === english.id)).toMatchObject({ nameLocale: "en", locales: ["en"], articleCount: 0 });
  });

  it("requires the English name, and a name in any language that has a description", async () => {
    const unnamed = await asUser(editor, () => createSection({ nameEn: "  " }));
    expect(unnamed).toMatchObject({ ok: false, errors: { nameEn: ["This field is required."] } });
    const described = await asUser(
      editor,
      () => createSection({ nameEn: unique("Described"), descriptionBe: "Апісанне без назвы." }),
      "be",
    );
    expect(described).toMatchObject({ ok: false, errors: { nameBe: ["Гэтае поле абавязковае."] } });
  });

  it("refuses a slug another section uses, with the error on the slug field in the user's language", async () => {
    const first = await newSection();
    const second = await newSection();
    const result = await asUser(
      editor,
      () => updateSection({ id: second.id, version: second.version, slug: first.slug, nameEn: "Renamed" }),
      "ru",
    );
    const message = `Адрес «${first.slug}» уже занят другой рубрикой.`;
    expect(result).toMatchObject({ ok: false, message, errors: { slug: [message] } });
    expect(await sectionRow(second.id)).toMatchObject({ slug: second.slug, version: 1 });
    const taken = (await newTag()).slug;
    const again = await asUser(editor, () => createTag({ slug: taken, nameEn: "Twin" }));
    expect(again.ok || again.errors?.slug?.[0]).toMatch(/^Another tag already uses the address “.+”\.$/);
  });

  it("rejects a slug with capitals, spaces or more than 100 characters", async () => {
    for (const slug of ["Energy", "energy security", "a".repeat(101)]) {
      const result = await asUser(editor, () => createTag({ slug, nameEn: "Energy" }));
      expect(result.ok, slug).toBe(false);
      expect(result.ok || result.errors?.slug, slug).toBeTruthy();
    }
  });

  it("refuses an edit made against an outdated version and keeps the newer one", async () => {
    const tag = await newTag();
    const first = await asUser(editor, () => updateTag({ id: tag.id, version: 1, slug: tag.slug, nameEn: "First editor" }));
    expect(first.ok).toBe(true);
    const second = await asUser(editor, () => updateTag({ id: tag.id, version: 1, slug: tag.slug, nameEn: "Second editor" }));
    expect(second).toMatchObject({ ok: false, conflict: { version: 2, translations: { en: { name: "First editor" } } } });
    expect(second.message).toMatch(/^Someone else changed this tag/);
    const names = await getDb().select().from(tagTranslations).where(eq(tagTranslations.tagId, tag.id));
    expect(names.map((n) => n.name)).toEqual(["First editor"]);
  });
});

describe("reordering sections", () => {
  it("moves a section up and down, keeping positions a gapless sequence, and expires issue pages", async () => {
    const upper = await newSection();
    const lower = await newSection();
    const order = async () => (await getDb().select().from(sections).orderBy(asc(sections.position))).map((s) => s.id);
    takeInvalidatedTags();
    const result = await asUser(editor, () => moveSection({ id: lower.id, direction: "up" }));
    const ids = await order();
    expect(result).toMatchObject({ ok: true, message: `Now in position ${ids.length - 1} of ${ids.length}.` });
    expect(ids.slice(-2)).toEqual([lower.id, upper.id]);
    const positions = (await getDb().select({ p: sections.position }).from(sections).orderBy(asc(sections.position))).map((r) => r.p);
    expect(positions).toEqual(positions.map((_, index) => index));
    expect(takeInvalidatedTags()).toEqual(expect.arrayContaining(["sections", "issues"]));

    await asUser(editor, () => moveSection({ id: lower.id, direction: "down" }));
    expect((await order()).slice(-2)).toEqual([upper.id, lower.id]);
  });
});

describe("deleting", () => {
  it("refuses to delete a section that articles use, naming how many and three of them", async () => {
    const section = await newSection();
    for (const title of ["Alpha story", "Beta story", "Gamma story", "Delta story"]) await articleIn(section.id, title);
    const result = await asUser(editor, () => deleteSection({ id: section.id }));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/cannot be deleted: it is used by 4 articles, e\.g\. “\w+ story” in the issue of March 4.+2041/);
    expect(result.message?.match(/story”/g)).toHaveLength(3);
    expect(await sectionRow(section.id)).toBeDefined();
  });

  it("refuses to delete an author in a byline or a tag on an article, in the user's language", async () => {
    const section = await newSection();
    const { articleId } = await articleIn(section.id, "Byline story");
    const [writer, topic] = [await newAuthor(), await newTag()];
    await getDb().insert(articleAuthors).values({ articleId, authorId: writer.id });
    await getDb().insert(articleTags).values({ articleId, tagId: topic.id });
    const byline = await asUser(editor, () => deleteAuthor({ id: writer.id }), "be");
    expect(byline.message).toMatch(
      /нельга выдаліць: гэтае імя стаіць пад 1 артыкулам, напрыклад «Byline story» у нумары за 4.10 сакавіка 2041/,
    );
    const tagged = await asUser(editor, () => deleteTag({ id: topic.id }), "ru");
    expect(tagged.message).toMatch(/нельзя удалить: он стоит в 1 статье, например «Byline story» в выпуске за 4.10 марта 2041/);
    expect(await getDb().select().from(tags).where(eq(tags.id, topic.id))).toHaveLength(1);
  });

  it("deletes an unused section, author and tag with their translations and expires their cache tags", async () => {
    const [section, writer, topic] = [await newSection({ nameBe: "Часовая" }), await newAuthor(), await newTag()];
    takeInvalidatedTags();
    expect(await asUser(editor, () => deleteSection({ id: section.id }))).toMatchObject({ ok: true });
    expect(await asUser(editor, () => deleteAuthor({ id: writer.id }))).toMatchObject({ ok: true });
    expect(await asUser(editor, () => deleteTag({ id: topic.id }))).toMatchObject({ ok: true });
    expect(takeInvalidatedTags()).toEqual([
      "sections",
      `section:${section.id}`,
      "authors",
      `author:${writer.id}`,
      "tags",
      `tag:${topic.id}`,
    ]);
    expect(await sectionRow(section.id)).toBeUndefined();
    expect(await getDb().select().from(sectionTranslations).where(eq(sectionTranslations.sectionId, section.id))).toEqual([]);
    expect(await asUser(editor, () => deleteTag({ id: topic.id }))).toMatchObject({ ok: false, message: "This item no longer exists." });
  });
});

describe("cache invalidation", () => {
  it("expires the section's pages and every issue page when a section is renamed", async () => {
    const section = await newSection();
    takeInvalidatedTags();
    await asUser(editor, () => updateSection({ id: section.id, version: 1, slug: section.slug, nameEn: unique("Renamed") }));
    expect(takeInvalidatedTags().sort()).toEqual(["issues", `section:${section.id}`, "sections"]);
  });

  it("expires the issues whose articles print an author's or a tag's name when it changes", async () => {
    const section = await newSection();
    const { articleId, issueId } = await articleIn(section.id, "Tagged story", "2041-05-15");
    const [writer, topic] = [await newAuthor(), await newTag()];
    await getDb().insert(articleAuthors).values({ articleId, authorId: writer.id });
    await getDb().insert(articleTags).values({ articleId, tagId: topic.id });
    takeInvalidatedTags();
    await asUser(editor, () => updateAuthor({ id: writer.id, version: 1, slug: writer.slug, nameEn: unique("Renamed") }));
    expect(takeInvalidatedTags().sort()).toEqual(["authors", `author:${writer.id}`, `issue:${issueId}`, "issues"].sort());
    await asUser(editor, () => updateTag({ id: topic.id, version: 1, slug: topic.slug, nameEn: unique("Renamed") }));
    expect(takeInvalidatedTags().sort()).toEqual([`issue:${issueId}`, `tag:${topic.id}`, "tags"].sort());
  });
});

describe("who may change them", () => {
  async function snapshot() {
    const db = getDb();
    const [s, st, a, at, t, tt] = await Promise.all([
      db.select().from(sections).orderBy(asc(sections.id)),
      db.select().from(sectionTranslations),
      db.select().from(authors).orderBy(asc(authors.id)),
      db.select().from(authorTranslations),
      db.select().from(tags).orderBy(asc(tags.id)),
      db.select().from(tagTranslations),
    ]);
    const byKey = <T extends { locale: string }>(rows: T[], key: (row: T) => number) =>
      rows.map((row) => `${key(row)}:${row.locale}:${JSON.stringify(row)}`).sort();
    return {
      s,
      a,
      t,
      st: byKey(st, (r) => r.sectionId),
      at: byKey(at, (r) => r.authorId),
      tt: byKey(tt, (r) => r.tagId),
    };
  }

  async function everyMutation(user: User | null, locale: string) {
    const [section, other, writer, topic] = [await newSection(), await newSection(), await newAuthor(), await newTag()];
    const before = await snapshot();
    const edit = { version: 1, nameEn: "Taken over" };
    const calls = [
      () => createSection({ nameEn: unique("Intruder") }),
      () => updateSection({ id: section.id, slug: section.slug, ...edit }),
      () => moveSection({ id: other.id, direction: "up" }),
      () => deleteSection({ id: section.id }),
      () => createAuthor({ nameEn: unique("Intruder") }),
      () => updateAuthor({ id: writer.id, slug: writer.slug, ...edit }),
      () => deleteAuthor({ id: writer.id }),
      () => createTag({ nameEn: unique("Intruder") }),
      () => updateTag({ id: topic.id, slug: topic.slug, ...edit }),
      () => deleteTag({ id: topic.id }),
    ];
    const results = [];
    for (const call of calls) results.push(await asUser(user, call, locale));
    return { results, before, after: await snapshot() };
  }

  it("refuses an author every mutation, in their language, and leaves the database unchanged", async () => {
    const { results, before, after } = await everyMutation(author, "ru");
    for (const result of results) expect(result).toEqual({ ok: false, message: "У вас нет прав на это действие." });
    expect(after).toEqual(before);
  });

  it("refuses a visitor without a session and leaves the database unchanged", async () => {
    const { results, before, after } = await everyMutation(null, "en");
    for (const result of results) expect(result).toEqual({ ok: false, message: "Your session has ended. Sign in again." });
    expect(after).toEqual(before);
  });
});
