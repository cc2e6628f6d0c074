import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articles, issues } from "@/db/schema";
import { createIssue } from "@/lib/actions/issues/create-issue";
import { publishIssue, scheduleIssue, unpublishIssue } from "@/lib/actions/issues/publish-issue";
import { asUser } from "../support/as-user";
import { takeInvalidatedTags } from "../support/next-cache";
import { demoUser } from "./support/users";

afterAll(async () => {
  await getDb().delete(issues).where(eq(issues.weekStart, "2030-01-07"));
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
  it("publishes the issue with its ready articles and expires their cache tags", async () => {
    const editor = await demoUser("editor");
    const issue = (await issueForWeek("2030-01-07"))!;
    takeInvalidatedTags();
    const result = await asUser(editor, () => publishIssue({ issueId: issue.id }));
    expect(result.ok).toBe(true);
    expect((await issueForWeek("2030-01-07"))?.status).toBe("published");
    expect(takeInvalidatedTags()).toEqual(expect.arrayContaining(["issues", `issue:${issue.id}`]));

    await asUser(editor, () => unpublishIssue({ issueId: issue.id }));
    expect((await issueForWeek("2030-01-07"))?.status).toBe("draft");
  });

  it("does not let an author publish", async () => {
    const author = await demoUser("author");
    const issue = (await issueForWeek("2030-01-07"))!;
    const result = await asUser(author, () => publishIssue({ issueId: issue.id }));
    expect(result.ok).toBe(false);
    expect((await issueForWeek("2030-01-07"))?.status).toBe("draft");
  });

  it("schedules only in the future", async () => {
    const editor = await demoUser("editor");
    const issue = (await issueForWeek("2030-01-07"))!;
    const past = await asUser(editor, () => scheduleIssue({ issueId: issue.id, publishAt: "2020-01-01T10:00:00+03:00" }));
    expect(past.ok).toBe(false);
    const future = await asUser(editor, () => scheduleIssue({ issueId: issue.id, publishAt: "2030-01-07T09:00:00+03:00" }));
    expect(future.ok).toBe(true);
    expect((await issueForWeek("2030-01-07"))?.status).toBe("scheduled");
  });

  it("answers not found for an issue that does not exist", async () => {
    const editor = await demoUser("editor");
    const result = await asUser(editor, () => publishIssue({ issueId: 99999 }));
    expect(result).toMatchObject({ ok: false, message: "This item no longer exists." });
    expect(await getDb().select().from(articles).where(eq(articles.issueId, 99999))).toEqual([]);
  });
});
