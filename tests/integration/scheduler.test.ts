import { eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { POST as tick } from "@/app/api/scheduler/tick/route";
import { getDb } from "@/db/client";
import { issues } from "@/db/schema";
import { getIssueByWeek } from "@/lib/content/issues";
import { schedulerToken } from "@/lib/scheduler/token";
import { takeInvalidatedTags } from "../support/next-cache";

function tickRequest(token: string | null) {
  return new Request("http://localhost/api/scheduler/tick", { method: "POST", headers: token ? { authorization: `Bearer ${token}` } : {} });
}

afterAll(async () => {
  await getDb()
    .delete(issues)
    .where(inArray(issues.number, [7101, 7102]));
});

describe("the scheduler tick", () => {
  it("refuses a caller without the server's token", async () => {
    expect((await tick(tickRequest(null))).status).toBe(403);
    expect((await tick(tickRequest("forged"))).status).toBe(403);
  });

  it("publishes an issue whose time passed while the server was down, once, and expires its cache", async () => {
    const [issue] = await getDb()
      .insert(issues)
      .values({ number: 7101, weekStart: "2031-06-02", status: "scheduled", scheduledAt: new Date(Date.now() - 3_600_000) })
      .returning();
    const [later] = await getDb()
      .insert(issues)
      .values({ number: 7102, weekStart: "2031-06-09", status: "scheduled", scheduledAt: new Date(Date.now() + 3_600_000) })
      .returning();
    takeInvalidatedTags();

    const response = await tick(tickRequest(schedulerToken()));
    expect(await response.json()).toEqual({ published: [issue!.id] });
    expect(takeInvalidatedTags()).toEqual(expect.arrayContaining(["issues", `issue:${issue!.id}`]));
    expect(await getIssueByWeek("en", "2031-06-02")).not.toBeNull();

    expect(await (await tick(tickRequest(schedulerToken()))).json()).toEqual({ published: [] });
    const [stillScheduled] = await getDb().select({ status: issues.status }).from(issues).where(eq(issues.id, later!.id));
    expect(stillScheduled!.status).toBe("scheduled");
  });
});
