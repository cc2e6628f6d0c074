import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { issues } from "@/db/schema";
import { addDays } from "@/lib/dates/week";
import { ARCHIVE_PAGE_SIZE, getIssueArchive, getIssueByWeek, getLatestIssue, getRecentIssues } from "@/lib/content/issues";
import { demoIssues } from "@/db/seed";
import { takeRecordedTags } from "../support/next-cache";
import { firstDemoIssue, latestDemoIssue } from "./support/demo";

describe("getLatestIssue", () => {
  it("returns the newest published issue with its articles grouped by section", async () => {
    const issue = await getLatestIssue("en");
    expect(issue?.weekStart).toBe(latestDemoIssue.weekStart);
    expect(issue?.weekEnd).toBe(addDays(latestDemoIssue.weekStart, 6));
    const cards = issue!.groups.flatMap((group) => group.articles);
    expect(cards.map((card) => card.title)).toEqual(latestDemoIssue.articles.map((a) => a.translations.en.title));
    const sectionsInOrder = issue!.groups.map((group) => group.section.slug);
    expect(new Set(sectionsInOrder).size).toBe(sectionsInOrder.length);
    expect(cards.every((card) => card.authors.length > 0)).toBe(true);
  });

  it("tags the entry with the issue and every article on it", async () => {
    takeRecordedTags();
    const issue = await getLatestIssue("ru");
    const tags = takeRecordedTags();
    expect(tags).toContain("issues");
    expect(tags).toContain(`issue:${issue!.id}`);
    for (const card of issue!.groups.flatMap((g) => g.articles)) expect(tags).toContain(`article:${card.id}`);
  });
});

describe("getIssueByWeek", () => {
  it("finds an issue by its Monday, with neighbours across the year boundary", async () => {
    const newYearWeek = demoIssues.find((issue) => issue.weekStart.startsWith("2025-12-29"));
    expect(newYearWeek).toBeDefined();
    const issue = await getIssueByWeek("be", "2025-12-29");
    expect(issue?.weekEnd).toBe("2026-01-04");
    expect(issue?.previousWeek).toBe("2025-12-22");
    expect(issue?.nextWeek).toBe("2026-01-05");
  });

  it("lists only the articles translated into the locale, but counts them all", async () => {
    const withGap = demoIssues.find((issue) => issue.articles.some((a) => !a.translations.be))!;
    const issue = await getIssueByWeek("be", withGap.weekStart);
    const readable = issue!.groups.flatMap((g) => g.articles).length;
    expect(readable).toBe(withGap.articles.filter((a) => a.translations.be).length);
    expect(issue!.totalArticles).toBe(withGap.articles.length);
  });

  it("has no neighbours at the ends of the archive", async () => {
    expect((await getIssueByWeek("en", firstDemoIssue.weekStart))?.previousWeek).toBeNull();
    expect((await getIssueByWeek("en", latestDemoIssue.weekStart))?.nextWeek).toBeNull();
  });

  it("returns null for a week without an issue", async () => {
    expect(await getIssueByWeek("en", "2017-11-27")).toBeNull();
  });

  describe("with a draft issue in the database", () => {
    const draftWeek = addDays(latestDemoIssue.weekStart, 7);

    beforeAll(async () => {
      await getDb().insert(issues).values({ number: 9000, weekStart: draftWeek, status: "draft" });
    });
    afterAll(async () => {
      await getDb()
        .delete(issues)
        .where(sql`${issues.number} = 9000`);
    });

    it("keeps the draft off the public site", async () => {
      expect(await getIssueByWeek("en", draftWeek)).toBeNull();
      expect((await getLatestIssue("en"))?.weekStart).toBe(latestDemoIssue.weekStart);
      expect((await getRecentIssues(50)).map((i) => i.weekStart)).not.toContain(draftWeek);
    });
  });
});

describe("getIssueArchive", () => {
  it("pages through every issue, newest first", async () => {
    const first = await getIssueArchive(1);
    expect(first.total).toBe(demoIssues.length);
    expect(first.totalPages).toBe(Math.ceil(demoIssues.length / ARCHIVE_PAGE_SIZE));
    const all = [];
    for (let page = 1; page <= first.totalPages; page++) all.push(...(await getIssueArchive(page)).items);
    expect(all.map((i) => i.weekStart)).toEqual(
      demoIssues
        .map((i) => i.weekStart)
        .sort()
        .reverse(),
    );
  });

  it("returns an empty page past the end", async () => {
    expect((await getIssueArchive(99)).items).toEqual([]);
  });
});

describe("getRecentIssues", () => {
  it("can leave out the issue already shown", async () => {
    const recent = await getRecentIssues(3, latestDemoIssue.weekStart);
    expect(recent).toHaveLength(3);
    expect(recent.map((i) => i.weekStart)).not.toContain(latestDemoIssue.weekStart);
  });
});
