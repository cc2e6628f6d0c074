import "server-only";
import { revalidateTag, updateTag } from "next/cache";

/**
 * Expires public cache entries. In a server action updateTag makes the editor's next page view
 * read fresh data; elsewhere (the scheduler's route handler) revalidateTag does the same job.
 */
export function invalidate(tags: string[], context: "action" | "route" = "action"): void {
  for (const tag of new Set(tags)) {
    if (context === "action") updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
}
