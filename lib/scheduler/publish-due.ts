import "server-only";
import { dueIssueIds, publishIssue } from "@/lib/dashboard/issues";

/** Publishes every scheduled issue whose time has passed, including any missed while the server was down. */
export async function publishDueIssues(now = new Date()): Promise<{ published: number[]; tags: string[] }> {
  const published: number[] = [];
  const tags: string[] = [];
  for (const id of await dueIssueIds(now)) {
    const issueTags = await publishIssue(id, now, { onlyIfDue: true });
    if (issueTags) {
      published.push(id);
      tags.push(...issueTags);
    }
  }
  return { published, tags };
}
