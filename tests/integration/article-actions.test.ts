import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articleRevisions, articles, articleTranslations, issues } from "@/db/schema";
import { createArticle } from "@/lib/actions/articles/create-article";
import { publishArticle } from "@/lib/actions/articles/publish-article";
import { getRevision, listRevisions, restoreRevision } from "@/lib/actions/articles/revisions";
import { saveArticleMeta } from "@/lib/actions/articles/save-article-meta";
import { saveTranslation } from "@/lib/actions/articles/save-translation";
import { getArticleBySlug } from "@/lib/content/articles";
import { asUser } from "../support/as-user";
import { takeInvalidatedTags } from "../support/next-cache";
import { demoUser } from "./support/users";

const draft = (articleId: number, baseVersion: number, title: string, extra: Record<string, unknown> = {}) => ({
  articleId,
  locale: "en",
  baseVersion,
  title,
  slug: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
  lead: "A lead.",
  body: "<p>Body.</p>",
  seoDescription: "",
  status: "draft",
  ...extra,
});

let issueId: number;
let sectionId: number;

beforeAll(async () => {
  const [issue] = await getDb().insert(issues).values({ number: 7001, weekStart: "2031-03-03" }).returning();
  const [anyArticle] = await getDb().select({ sectionId: articles.sectionId }).from(articles).limit(1);
  issueId = issue!.id;
  sectionId = anyArticle!.sectionId;
});

afterAll(async () => {
  await getDb().delete(articles).where(eq(articles.issueId, issueId));
  await getDb().delete(issues).where(eq(issues.id, issueId));
});

async function newArticleAs(role: "author" | "editor") {
  const user = await demoUser(role);
  const result = await asUser(user, () => createArticle({ issueId, sectionId }));
  if (!result.ok || !result.data) throw new Error("could not create an article");
  return { user, articleId: result.data.articleId };
}

describe("saving a translation", () => {
  it("stores sanitized HTML and keeps a revision of every save", async () => {
    const { user, articleId } = await newArticleAs("author");
    const first = await asUser(user, () =>
      saveTranslation(
        draft(articleId, 0, "Grain quotas eased", {
          body: '<p onclick="x()">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">x</a>',
        }),
      ),
    );
    expect(first.ok).toBe(true);
    const [row] = await getDb().select().from(articleTranslations).where(eq(articleTranslations.articleId, articleId));
    expect(row!.body).toBe("<p>Hi</p><a>x</a>");
    await asUser(user, () => saveTranslation(draft(articleId, 1, "Grain quotas eased again")));
    const revisions = await asUser(user, () => listRevisions({ articleId, locale: "en" }));
    expect(revisions.ok && revisions.data?.map((r) => r.version)).toEqual([2, 1]);
  });

  it("refuses a save based on an old version and returns the newer text, overwriting nothing", async () => {
    const { user, articleId } = await newArticleAs("editor");
    await asUser(user, () => saveTranslation(draft(articleId, 0, "First words")));
    await asUser(user, () => saveTranslation(draft(articleId, 1, "Second words by Anna")));
    const late = await asUser(user, () => saveTranslation(draft(articleId, 1, "Boris writes over Anna")));
    expect(late.ok).toBe(false);
    expect(late.ok ? null : (late.conflict as { title: string }).title).toBe("Second words by Anna");
    const [row] = await getDb().select().from(articleTranslations).where(eq(articleTranslations.articleId, articleId));
    expect(row!.title).toBe("Second words by Anna");
  });

  it("refuses a slug another article already uses in that language, next to the field", async () => {
    const { user, articleId } = await newArticleAs("editor");
    const taken = await getDb()
      .select({ slug: articleTranslations.slug })
      .from(articleTranslations)
      .where(eq(articleTranslations.locale, "en"))
      .limit(1);
    const result = await asUser(user, () => saveTranslation(draft(articleId, 0, "Anything", { slug: taken[0]!.slug })), "be");
    expect(result).toMatchObject({ ok: false, errors: { slug: ["Гэты адрас ужо заняты іншым артыкулам на гэтай мове."] } });
  });

  it("does not let an author change someone else's article", async () => {
    const { articleId } = await newArticleAs("editor");
    const author = await demoUser("author");
    const result = await asUser(author, () => saveTranslation(draft(articleId, 0, "Sneaky")));
    expect(result).toMatchObject({ ok: false, message: "This item no longer exists." });
    expect(await getDb().select().from(articleTranslations).where(eq(articleTranslations.articleId, articleId))).toEqual([]);
  });
});

describe("revisions", () => {
  it("restores an old revision as a new version, keeping the one it replaced", async () => {
    const { user, articleId } = await newArticleAs("editor");
    await asUser(user, () => saveTranslation(draft(articleId, 0, "Original title")));
    await asUser(user, () => saveTranslation(draft(articleId, 1, "Rewritten title")));
    const [oldest] = await getDb()
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.version, 1)));
    const fetched = await asUser(user, () => getRevision({ articleId, revisionId: oldest!.id }));
    expect(fetched.ok && fetched.data?.title).toBe("Original title");
    const restored = await asUser(user, () => restoreRevision({ articleId, revisionId: oldest!.id, baseVersion: 2 }));
    expect(restored.ok && restored.data).toMatchObject({ title: "Original title", version: 3 });
    const all = await getDb()
      .select({ title: articleRevisions.title })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, articleId));
    expect(all.map((r) => r.title).sort()).toEqual(["Original title", "Original title", "Rewritten title"]);
  });
});

describe("publishing an article", () => {
  it("needs an editor and a ready translation, then shows at once on the public site", async () => {
    const { user: editor, articleId } = await newArticleAs("editor");
    await getDb().update(issues).set({ status: "published" }).where(eq(issues.id, issueId));
    await asUser(editor, () => saveTranslation(draft(articleId, 0, "Public at once", { slug: "public-at-once-7001" })));
    const author = await demoUser("author");
    expect((await asUser(author, () => publishArticle({ articleId }))).ok).toBe(false);
    expect(await asUser(editor, () => publishArticle({ articleId }))).toMatchObject({
      ok: false,
      message: "Mark at least one translation as ready before publishing.",
    });

    await asUser(editor, () => saveTranslation(draft(articleId, 1, "Public at once", { slug: "public-at-once-7001", status: "ready" })));
    takeInvalidatedTags();
    expect((await asUser(editor, () => publishArticle({ articleId }))).ok).toBe(true);
    expect(takeInvalidatedTags()).toEqual(expect.arrayContaining([`article:${articleId}`, `issue:${issueId}`, "issues"]));
    expect((await getArticleBySlug("en", "public-at-once-7001")).kind).toBe("found");
  });
});

describe("article details", () => {
  it("saves section, trend, byline order and tags, refusing a stale version", async () => {
    const { user, articleId } = await newArticleAs("editor");
    const result = await asUser(user, () =>
      saveArticleMeta({ articleId, baseVersion: 1, sectionId, trend: "worsened", authorIds: [2, 1], tagIds: [3] }),
    );
    expect(result.ok).toBe(true);
    const stale = await asUser(user, () =>
      saveArticleMeta({ articleId, baseVersion: 1, sectionId, trend: "improved", authorIds: [], tagIds: [] }),
    );
    expect(stale.ok).toBe(false);
    const [row] = await getDb().select({ trend: articles.trend }).from(articles).where(eq(articles.id, articleId));
    expect(row!.trend).toBe("worsened");
  });
});
