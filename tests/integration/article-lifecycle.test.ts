import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articleAuthors, articleRevisions, articles, articleTranslations, authors, issues, sections, tags } from "@/db/schema";
import { createArticle } from "@/lib/actions/articles/create-article";
import { deleteArticle } from "@/lib/actions/articles/delete-article";
import { publishArticle } from "@/lib/actions/articles/publish-article";
import { reorderArticles } from "@/lib/actions/articles/reorder-articles";
import { saveArticleMeta } from "@/lib/actions/articles/save-article-meta";
import { saveTranslation } from "@/lib/actions/articles/save-translation";
import { getArticleForView } from "@/lib/dashboard/article-access";
import { asUser } from "../support/as-user";
import { demoUser } from "./support/users";

let issueId: number;
let sectionIds: number[];

beforeAll(async () => {
  const [issue] = await getDb().insert(issues).values({ number: 7301, weekStart: "2032-09-06" }).returning();
  issueId = issue!.id;
  sectionIds = (await getDb().select({ id: sections.id }).from(sections).limit(2)).map((row) => row.id);
});

afterAll(async () => {
  await getDb().delete(articles).where(eq(articles.issueId, issueId));
  await getDb().delete(issues).where(eq(issues.id, issueId));
});

async function newArticleAs(role: "author" | "editor", sectionId = sectionIds[0]!) {
  const user = await demoUser(role);
  const result = await asUser(user, () => createArticle({ issueId, sectionId }));
  if (!result.ok || !result.data) throw new Error("could not create an article");
  return { user, articleId: result.data.articleId };
}

function text(articleId: number, baseVersion: number, slug: string, status: "draft" | "ready" = "draft") {
  return { articleId, locale: "en", baseVersion, title: slug, slug, lead: "", body: "<p>Text.</p>", seoDescription: "", status };
}

async function row(articleId: number) {
  const [found] = await getDb().select().from(articles).where(eq(articles.id, articleId));
  return found;
}

describe("an author's write and an editor's publish at the same moment", () => {
  it("refuses the author's save once the article turns out published under the lock", async () => {
    const { user: author, articleId } = await newArticleAs("author");
    let release!: () => void;
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const publishing = getDb().transaction(async (tx) => {
      await tx.update(articles).set({ status: "published" }).where(eq(articles.id, articleId));
      holding();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await held;
    const saving = asUser(author, () => saveTranslation(text(articleId, 0, "sneaked-in-while-publishing-7301")));
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await publishing;
    expect(await saving).toMatchObject({ ok: false, message: "This item no longer exists." });
    expect(await getDb().select().from(articleTranslations).where(eq(articleTranslations.articleId, articleId))).toEqual([]);
  });
});

describe("article details", () => {
  it("counts a repeated author or tag once", async () => {
    const { user, articleId } = await newArticleAs("editor");
    const [a, b] = await getDb().select({ id: authors.id }).from(authors).limit(2);
    const [tag] = await getDb().select({ id: tags.id }).from(tags).limit(1);
    const input = {
      articleId,
      baseVersion: 1,
      sectionId: sectionIds[0]!,
      trend: "none",
      authorIds: [b!.id, a!.id, b!.id],
      tagIds: [tag!.id, tag!.id],
    };
    expect((await asUser(user, () => saveArticleMeta(input))).ok).toBe(true);
    const byline = await getDb()
      .select()
      .from(articleAuthors)
      .where(eq(articleAuthors.articleId, articleId))
      .orderBy(articleAuthors.position);
    expect(byline.map((r) => r.authorId)).toEqual([b!.id, a!.id]);
  });

  it("answers a deleted tag or author with a translated error next to the field, changing nothing", async () => {
    const { user, articleId } = await newArticleAs("editor");
    const input = { articleId, baseVersion: 1, sectionId: sectionIds[0]!, trend: "worsened", authorIds: [999_999], tagIds: [999_998] };
    const result = await asUser(user, () => saveArticleMeta(input), "ru");
    const gone = "Часть выбранного уже удалена. Перезагрузите страницу, чтобы увидеть актуальный список.";
    expect(result).toMatchObject({ ok: false, message: gone, errors: { authorIds: [gone], tagIds: [gone] } });
    expect(await row(articleId)).toMatchObject({ trend: "none", version: 1 });
  });

  it("takes a new version when the issue desk moves the article to another section", async () => {
    const editor = await demoUser("editor");
    const { articleId } = await newArticleAs("editor", sectionIds[0]);
    const others = await getDb()
      .select({ id: articles.id, sectionId: articles.sectionId })
      .from(articles)
      .where(eq(articles.issueId, issueId));
    const order = others.map((a) => ({ articleId: a.id, sectionId: a.id === articleId ? sectionIds[1]! : a.sectionId }));
    expect((await asUser(editor, () => reorderArticles({ issueId, order }))).ok).toBe(true);
    expect(await row(articleId)).toMatchObject({ sectionId: sectionIds[1], version: 2 });
    const stale = await asUser(editor, () =>
      saveArticleMeta({ articleId, baseVersion: 1, sectionId: sectionIds[0]!, trend: "none", authorIds: [], tagIds: [] }),
    );
    expect(stale.ok).toBe(false);
    expect((await row(articleId))!.sectionId).toBe(sectionIds[1]);
  });
});

describe("deleting an article", () => {
  it("lets an author delete their own draft, with its translations and revisions", async () => {
    const { user, articleId } = await newArticleAs("author");
    await asUser(user, () => saveTranslation(text(articleId, 0, "soon-deleted-7301")));
    const result = await asUser(user, () => deleteArticle({ articleId }));
    expect(result).toMatchObject({ ok: true, data: { issueId } });
    expect(await row(articleId)).toBeUndefined();
    expect(await getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId))).toEqual([]);
  });

  it("does not let an author delete someone else's article", async () => {
    const { articleId } = await newArticleAs("editor");
    const result = await asUser(await demoUser("author"), () => deleteArticle({ articleId }));
    expect(result).toMatchObject({ ok: false, message: "This item no longer exists." });
    expect(await row(articleId)).toBeDefined();
  });

  it("refuses a published article, even to an editor, until it is unpublished", async () => {
    const { user: author, articleId } = await newArticleAs("author");
    const editor = await demoUser("editor");
    await asUser(author, () => saveTranslation(text(articleId, 0, "published-not-deleted-7301", "ready")));
    expect((await asUser(editor, () => publishArticle({ articleId }))).ok).toBe(true);
    expect(await asUser(editor, () => deleteArticle({ articleId }), "be")).toMatchObject({
      ok: false,
      message: "Перш чым выдаліць артыкул, зніміце яго з публікацыі.",
    });
    expect(await asUser(author, () => deleteArticle({ articleId }))).toMatchObject({
      ok: false,
      message: "Unpublish the article before deleting it.",
    });
    expect(await row(articleId)).toBeDefined();
  });

  it("lets an editor delete anyone's unpublished article", async () => {
    const { articleId } = await newArticleAs("author");
    expect((await asUser(await demoUser("editor"), () => deleteArticle({ articleId }))).ok).toBe(true);
    expect(await row(articleId)).toBeUndefined();
  });
});

describe("who may preview an article", () => {
  it("lets staff see any article and an author only their own, published or not", async () => {
    const [author, editor] = [await demoUser("author"), await demoUser("editor")];
    const own = await newArticleAs("author");
    const others = await newArticleAs("editor");
    await getDb().update(articles).set({ status: "published" }).where(eq(articles.id, own.articleId));
    expect(await getArticleForView(own.articleId, author)).not.toBeNull();
    expect(await getArticleForView(others.articleId, author)).toBeNull();
    expect(await getArticleForView(own.articleId, editor)).not.toBeNull();
  });
});
