import type { ActionResult } from "@/lib/actions/result";
import type { TermDetail } from "@/lib/dashboard/taxonomy/types";

/** A server action as a form posts to it (useActionState). */
export type SaveAction = (state: unknown, form: FormData) => Promise<ActionResult<TermDetail>>;

/** A server action a list row calls with a plain object. */
export type RowAction<I> = (input: I) => Promise<ActionResult<unknown>>;
