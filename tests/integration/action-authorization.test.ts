import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articles, issues, sections } from "@/db/schema";
import { requiredRoleOf } from "@/lib/actions/editor-action";
import { asUser } from "../support/as-user";
import { databaseFingerprint } from "./support/fingerprint";
import { demoUser } from "./support/users";

const actionsDir = path.resolve(import.meta.dirname, "../../lib/actions");

/** Every module under lib/actions that declares "use server": each export is a public endpoint. */
function serverActionModules(): string[] {
  const files = fs.readdirSync(actionsDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  return files.filter((file) => /^\s*["']use server["']/.test(fs.readFileSync(path.join(actionsDir, file), "utf8"))).sort();
}

/** Actions meant for visitors without a session, and why. */
const publicActions: Record<string, string> = {
  "session/sign-in.ts#signInWithPassword": "signing in is how a session starts",
  "session/sign-out.ts#signOutOfDashboard": "ending a session needs none",
  "newsletter/subscribe.ts#subscribeToNewsletter": "readers subscribe without an account (rate-limited, double opt-in)",
  "newsletter/confirm-subscription.ts#confirmNewsletterSubscription": "the emailed single-use token is the permission",
  "newsletter/unsubscribe.ts#unsubscribeFromNewsletter": "the secret key from the newsletter is the permission",
  "newsletter/change-language.ts#changeNewsletterLanguage": "the secret key from the newsletter is the permission",
  "newsletter/resubscribe.ts#resubscribeToNewsletter": "the secret key from the newsletter is the permission",
};

type Ids = { issueId: number; articleId: number; sectionId: number; editorId: number; authorId: number };

/**
 * A valid input for every action, so the role check (which follows validation) is what refuses it.
 * A new action without an entry here fails this test: add one.
 */
const samples: Record<string, (ids: Ids) => unknown> = {
  "issues/create-issue.ts#createIssue": () => ({ date: "2040-05-09" }),
  "issues/publish-issue.ts#publishIssue": (ids) => ({ issueId: ids.issueId }),
  "issues/publish-issue.ts#unpublishIssue": (ids) => ({ issueId: ids.issueId }),
  "issues/publish-issue.ts#scheduleIssue": (ids) => ({ issueId: ids.issueId, publishAt: "2040-01-01T10:00:00+03:00" }),
  "issues/publish-issue.ts#unscheduleIssue": (ids) => ({ issueId: ids.issueId }),
  "issues/list-issues.ts#listIssues": () => ({ page: 1 }),
  "articles/create-article.ts#createArticle": (ids) => ({ issueId: ids.issueId, sectionId: ids.sectionId }),
  "articles/save-translation.ts#saveTranslation": (ids) => ({
    articleId: ids.articleId,
    locale: "en",
    baseVersion: 1,
    title: "T",
    slug: "t",
    lead: "",
    body: "",
    seoDescription: "",
    status: "draft",
  }),
  "articles/save-article-meta.ts#saveArticleMeta": (ids) => ({
    articleId: ids.articleId,
    baseVersion: 1,
    sectionId: ids.sectionId,
    trend: "none",
    authorIds: [],
    tagIds: [],
  }),
  "articles/publish-article.ts#publishArticle": (ids) => ({ articleId: ids.articleId }),
  "articles/publish-article.ts#unpublishArticle": (ids) => ({ articleId: ids.articleId }),
  "articles/delete-article.ts#deleteArticle": (ids) => ({ articleId: ids.articleId }),
  "articles/revisions.ts#listRevisions": (ids) => ({ articleId: ids.articleId, locale: "en" }),
  "articles/revisions.ts#getRevision": (ids) => ({ articleId: ids.articleId, revisionId: 1 }),
  "articles/revisions.ts#restoreRevision": (ids) => ({ articleId: ids.articleId, revisionId: 1, baseVersion: 1 }),
  "articles/reorder-articles.ts#reorderArticles": (ids) => ({ issueId: ids.issueId, order: [] }),
  "taxonomy/create-section.ts#createSection": () => ({ nameEn: "Sample section" }),
  "taxonomy/update-section.ts#updateSection": (ids) => ({ id: ids.sectionId, version: 1, nameEn: "Renamed" }),
  "taxonomy/delete-section.ts#deleteSection": (ids) => ({ id: ids.sectionId }),
  "taxonomy/move-section.ts#moveSection": (ids) => ({ id: ids.sectionId, direction: "down" }),
  "taxonomy/create-author.ts#createAuthor": () => ({ nameEn: "Sample Author" }),
  "taxonomy/update-author.ts#updateAuthor": () => ({ id: 1, version: 1, nameEn: "Renamed" }),
  "taxonomy/delete-author.ts#deleteAuthor": () => ({ id: 1 }),
  "taxonomy/create-tag.ts#createTag": () => ({ nameEn: "Sample tag" }),
  "taxonomy/update-tag.ts#updateTag": () => ({ id: 1, version: 1, nameEn: "Renamed" }),
  "taxonomy/delete-tag.ts#deleteTag": () => ({ id: 1 }),
  "newsletter/send-newsletter.ts#sendNewsletter": (ids) => ({ issueId: ids.issueId }),
  "newsletter/send-newsletter.ts#getNewsletterProgress": (ids) => ({ issueId: ids.issueId }),
  "newsletter/send-test-newsletter.ts#sendTestNewsletter": (ids) => ({ issueId: ids.issueId, locale: "en" }),
  "people/list-people.ts#listPeople": () => ({}),
  "people/create-person.ts#createPerson": () => ({
    email: "sample@people.test",
    name: "Sample",
    role: "author",
    password: "sample-password",
  }),
  "people/change-person-role.ts#changePersonRole": (ids) => ({ userId: ids.authorId, version: 1, role: "editor" }),
  "people/reset-person-password.ts#resetPersonPassword": (ids) => ({ userId: ids.authorId, version: 1 }),
  "people/set-person-active.ts#deactivatePerson": (ids) => ({ userId: ids.authorId, version: 1 }),
  "people/set-person-active.ts#reactivatePerson": (ids) => ({ userId: ids.authorId, version: 1 }),
  "subscribers/list-subscribers.ts#listSubscribers": () => ({ page: 1 }),
  "subscribers/import-subscribers.ts#importSubscribers": () => ({
    file: new File(["email,language\nsample@import.test,en\n"], "sample.csv", { type: "text/csv" }),
    consentSource: "sample",
  }),
  "subscribers/delete-subscriber.ts#deleteSubscriber": () => ({ subscriberId: 1 }),
};

type Action = (input: unknown) => Promise<{ ok: boolean; message?: string }>;
const endpoints: { key: string; action: Action }[] = [];
let ids: Ids;

beforeAll(async () => {
  for (const file of serverActionModules()) {
    const module = (await import(path.join(actionsDir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === "function") endpoints.push({ key: `${file}#${name}`, action: value as Action });
    }
  }
  const [issue] = await getDb().select({ id: issues.id }).from(issues).limit(1);
  const [article] = await getDb().select({ id: articles.id }).from(articles).limit(1);
  const [section] = await getDb().select({ id: sections.id }).from(sections).limit(1);
  ids = {
    issueId: issue!.id,
    articleId: article!.id,
    sectionId: section!.id,
    editorId: (await demoUser("editor")).id,
    authorId: (await demoUser("author")).id,
  };
});

describe("every server action", () => {
  it("is found by scanning lib/actions", () => {
    expect(endpoints.length).toBeGreaterThan(10);
  });

  it("declares a minimum role through the one wrapper, unless it is meant to be public", () => {
    const undeclared = endpoints.filter((e) => !requiredRoleOf(e.action) && !publicActions[e.key]).map((e) => e.key);
    expect(undeclared).toEqual([]);
  });

  it("has a sample input in this test", () => {
    const missing = endpoints.filter((e) => requiredRoleOf(e.action) && !samples[e.key]).map((e) => e.key);
    expect(missing).toEqual([]);
  });

  it("refuses a visitor without a session and leaves the database unchanged", async () => {
    const before = await databaseFingerprint();
    for (const { key, action } of endpoints.filter((e) => requiredRoleOf(e.action))) {
      const result = await asUser(null, () => action(samples[key]!(ids)));
      expect(result, key).toMatchObject({ ok: false, message: "Your session has ended. Sign in again." });
    }
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses an author where an editor or admin is needed, and leaves the database unchanged", async () => {
    const author = await demoUser("author");
    const before = await databaseFingerprint();
    for (const { key, action } of endpoints.filter((e) => ["editor", "admin"].includes(requiredRoleOf(e.action) ?? ""))) {
      const result = await asUser(author, () => action(samples[key]!(ids)));
      expect(result, key).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    }
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses an editor where an admin is needed, and leaves the database unchanged", async () => {
    const editor = await demoUser("editor");
    const before = await databaseFingerprint();
    for (const { key, action } of endpoints.filter((e) => requiredRoleOf(e.action) === "admin")) {
      const result = await asUser(editor, () => action(samples[key]!(ids)));
      expect(result, key).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    }
    expect(await databaseFingerprint()).toEqual(before);
  });
});
