import "server-only";
import { and, eq, max, min } from "drizzle-orm";
import { cacheTag } from "next/cache";
import { getDb } from "@/db/client";
import { articles, issues } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import { dateInTimeZone } from "@/lib/dates/week";
import { isPublicArticle } from "./published";

/** Years with published articles, newest first, for the search page's year filter. */
export async function getSearchYears(): Promise<number[]> {
  "use cache";
  cacheTag(cacheTags.issues);
  const [range] = await getDb()
    .select({ first: min(articles.publishedAt), last: max(articles.publishedAt) })
    .from(articles)
    .innerJoin(issues, eq(issues.id, articles.issueId))
    .where(and(isPublicArticle));
  if (!range?.first || !range.last) return [];
  const yearOf = (instant: Date | string) => Number(dateInTimeZone(new Date(instant)).slice(0, 4));
  const years: number[] = [];
  for (let year = yearOf(range.last); year >= yearOf(range.first); year--) years.push(year);
  return years;
}
