import { eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articles, issues } from "@/db/schema";
import { createArticle } from "@/lib/actions/articles/create-article";
import { publishArticle } from "@/lib/actions/articles/publish-article";
import { saveTranslation } from "@/lib/actions/articles/save-translation";
import { createIssue } from "@/lib/actions/issues/create-issue";
import { listIssues } from "@/lib/actions/issues/list-issues";
import { publishIssue, scheduleIssue, unpublishIssue, unscheduleIssue } from "@/lib/actions/issues/publish-issue";
import { getArticleBySlug } from "@/lib/content/articles";
import { asUser } from "../support/as-user";
import { takeInvalidatedTags } from "../support/next-cache";
import { demoUser } from "./support/users";

const approvalWeek = "2032-05-03";

afterAll(async () => {
  const own = await getDb()
    .select({ id: issues.id })
    .from(issues)
    .where(inArray(issues.weekStart, ["2030-01-07", approvalWeek]));
  if (own.length > 0)
    await getDb()
      .delete(articles)
      .where(
        inArray(
          articles.issueId,
          own.map((row) => row.id),
        ),
      );
  await getDb()
    .delete(issues)
    .where(inArray(issues.weekStart, ["2030-01-07", approvalWeek]));
});

async function issueForWeek(weekStart: string) {
  const [issue] = await getDb().select().from(issues).where(eq(issues.weekStart, weekStart));
  return issue;
}

describe("createIssue", () => {
  it("refuses a visitor without a session and changes nothing", async () => {
    const result = await asUser(null, () => createIssue({ date: "2030-01-09" }));
    expect(result).toMatchObject({ ok: false, message: "Your session has ended. Sign in again." });
    expect(await issueForWeek("2030-01-07")).toBeUndefined();
  });

  it("refuses an author", async () => {
    const author = await demoUser("author");
    const result = await asUser(author, () => createIssue({ date: "2030-01-09" }), "ru");
    expect(result).toMatchObject({ ok: false, message: "У вас нет прав на это действие." });
    expect(await issueForWeek("2030-01-07")).toBeUndefined();
  });

  it("lets an editor create the issue of the week containing any date", async () => {
    const editor = await demoUser("editor");
    const result = await asUser(editor, () => createIssue({ date: "2030-01-10" }));
    expect(result.ok).toBe(true);
    expect(result.message).toContain("January 7 – 13, 2030".replace(/ – /, "\u2009–\u2009"));
    const issue = await issueForWeek("2030-01-07");
    expect(issue).toMatchObject({ status: "draft", weekEnd: "2030-01-13" });
  });

  it("refuses a second issue for the same week with a message in the user's language", async () => {
    const editor = await demoUser("editor");
    const result = await asUser(editor, () => createIssue({ date: "2030-01-13" }), "be");
    expect(result.ok).toBe(false);
    expect(result.ok || result.errors?.date?.[0]).toMatch(/^Нумар на тыдзень 7.13 студзеня 2030 ужо ёсць\.$/);
  });

  it("returns field errors for an impossible date, translated", async () => {
    const editor = await demoUser("editor");
    const result = await asUser(editor, () => createIssue({ date: "2017-13-45" }), "ru");
    expect(result).toMatchObject({ ok: false, errors: { date: ["Введите правильную дату."] } });
  });
});

describe("publishing an issue", () => {
  it("publishes the issue and expires its cache tags, and unpublishing takes it back to draft", async () => {
    const editor = await demoUser("editor");
    const issue = (await issueForWeek("2030-01-07"))!;
    takeInvalidatedTags();
    const result = await asUser(editor, () => publishIssue({ issueId: issue.id }));
    expect(result.ok).toBe(true);
    expect((await issueForWeek("2030-01-07"))?.status).toBe("published");
    expect(takeInvalidatedTags()).toEqual(expect.arrayContaining(["issues", `issue:${issue.id}`]));

    await asUser(editor, () => unpublishIssue({ issueId: issue.id }));
    expect((await issueForWeek("2030-01-07"))?.status).toBe("draft");
    expect(takeInvalidatedTags()).toEqual(expect.arrayContaining(["issues", `issue:${issue.id}`]));
  });

  it("does not let an author publish", async () => {
    const author = await demoUser("author");
    const issue = (await issueForWeek("2030-01-07"))!;
    const result = await asUser(author, () => publishIssue({ issueId: issue.id }));
    expect(result.ok).toBe(false);
    expect((await issueForWeek("2030-01-07"))?.status).toBe("draft");
  });

  it("schedules only in the future, touching nothing public", async () => {
    const editor = await demoUser("editor");
    const issue = (await issueForWeek("2030-01-07"))!;
    const past = await asUser(editor, () => scheduleIssue({ issueId: issue.id, publishAt: "2020-01-01T10:00:00+03:00" }));
    expect(past.ok).toBe(false);
    takeInvalidatedTags();
    const future = await asUser(editor, () => scheduleIssue({ issueId: issue.id, publishAt: "2030-01-07T09:00:00+03:00" }));
    expect(future.ok).toBe(true);
    expect((await issueForWeek("2030-01-07"))?.status).toBe("scheduled");
    expect(takeInvalidatedTags()).toEqual([]);
  });

  it("cancels a schedule: the issue is a draft again", async () => {
    const editor = await demoUser("editor");
    const issue = (await issueForWeek("2030-01-07"))!;
    const result = await asUser(editor, () => unscheduleIssue({ issueId: issue.id }), "ru");
    expect(result).toMatchObject({ ok: true, message: "Планирование отменено; выпуск возвращён в черновики." });
    expect(await issueForWeek("2030-01-07")).toMatchObject({ status: "draft", scheduledAt: null });
    expect(takeInvalidatedTags()).toEqual([]);
  });

  it("refuses to schedule or unschedule a published issue, saying why in the user's language", async () => {
    const editor = await demoUser("editor");
    const issue = (await issueForWeek("2030-01-07"))!;
    await asUser(editor, () => publishIssue({ issueId: issue.id }));
    const scheduled = await asUser(editor, () => scheduleIssue({ issueId: issue.id, publishAt: "2030-01-08T09:00:00+03:00" }), "be");
    expect(scheduled).toMatchObject({
      ok: false,
      message: "Гэты нумар ужо апублікаваны. Каб запланаваць яго, спачатку зніміце яго з публікацыі.",
    });
    const unscheduled = await asUser(editor, () => unscheduleIssue({ issueId: issue.id }));
    expect(unscheduled).toMatchObject({ ok: false, message: "This issue is already published, so there is no schedule to cancel." });
    expect(await issueForWeek("2030-01-07")).toMatchObject({ status: "published", scheduledAt: null });
    await asUser(editor, () => unpublishIssue({ issueId: issue.id }));
  });

  it("answers not found for an issue that does not exist", async () => {
    const editor = await demoUser("editor");
    const result = await asUser(editor, () => publishIssue({ issueId: 99999 }));
    expect(result).toMatchObject({ ok: false, message: "This item no longer exists." });
    expect(await getDb().select().from(articles).where(eq(articles.issueId, 99999))).toEqual([]);
  });
});

describe("publishing an issue with articles", () => {
  async function articleWithReadyText(role: "author" | "editor", issueId: number, slug: string) {
    const user = await demoUser(role);
    const [section] = await getDb().select({ id: articles.sectionId }).from(articles).limit(1);
    const created = await asUser(user, () => createArticle({ issueId, sectionId: section!.id }));
    if (!created.ok || !created.data) throw new Error("could not create an article");
    const { articleId } = created.data;
    const saved = await asUser(user, () =>
      saveTranslation({
        articleId,
        locale: "en",
        baseVersion: 0,
        title: slug,
        slug,
        lead: "",
        body: "<p>Text.</p>",
        seoDescription: "",
        status: "ready",
      }),
    );
    expect(saved.ok).toBe(true);
    return articleId;
  }

  async function statusOf(articleId: number) {
    const [row] = await getDb().select({ status: articles.status }).from(articles).where(eq(articles.id, articleId));
    return row!.status;
  }

  it("leaves an author's ready article unpublished: only an editor's approval publishes an article", async () => {
    const editor = await demoUser("editor");
    const [issue] = await getDb().insert(issues).values({ number: 7201, weekStart: approvalWeek }).returning();
    const unapproved = await articleWithReadyText("author", issue!.id, "written-but-not-approved-7201");
    const approved = await articleWithReadyText("author", issue!.id, "written-and-approved-7201");
    expect((await asUser(editor, () => publishArticle({ articleId: approved }))).ok).toBe(true);
    takeInvalidatedTags();

    expect((await asUser(editor, () => publishIssue({ issueId: issue!.id }))).ok).toBe(true);
    expect(await statusOf(unapproved)).toBe("draft");
    expect((await getArticleBySlug("en", "written-but-not-approved-7201")).kind).not.toBe("found");
    expect((await getArticleBySlug("en", "written-and-approved-7201")).kind).toBe("found");
    const tags = takeInvalidatedTags();
    expect(tags).toEqual(expect.arrayContaining([`issue:${issue!.id}`, `article:${approved}`]));
    expect(tags).not.toContain(`article:${unapproved}`);
  });

  it("unpublishing the issue leaves its articles' approval alone", async () => {
    const editor = await demoUser("editor");
    const issue = (await issueForWeek(approvalWeek))!;
    const rows = await getDb().select({ id: articles.id, status: articles.status }).from(articles).where(eq(articles.issueId, issue.id));
    expect((await asUser(editor, () => unpublishIssue({ issueId: issue.id }))).ok).toBe(true);
    for (const row of rows) expect(await statusOf(row.id)).toBe(row.status);
    expect((await getArticleBySlug("en", "written-and-approved-7201")).kind).not.toBe("found");
  });
});

describe("the dashboard's issue list", () => {
  it("names each week in the editor's language, formatted on the server", async () => {
    const author = await demoUser("author");
    const belarusian = await asUser(author, () => listIssues({ page: 1 }), "be");
    const russian = await asUser(author, () => listIssues({ page: 1 }), "ru");
    if (!belarusian.ok || !russian.ok) throw new Error("the list was refused");
    const week = belarusian.data.items.find((issue) => issue.weekStart === "2026-01-26")!;
    expect(week.weekLabel).toBe("26 студзеня – 1 лютага 2026");
    expect(russian.data.items.find((issue) => issue.weekStart === "2026-01-26")!.weekLabel).toMatch(/^26 января – 1 февраля 2026\sг\.$/);
  });
});
