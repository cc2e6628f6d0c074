import { z } from "zod";
import { parseIsoDate } from "@/lib/dates/week";

export const isoDate = z
  .string()
  .trim()
  .refine((value) => parseIsoDate(value) !== null, "invalidDate");
export const id = z.coerce.number().int().positive().max(2_147_483_647);

export const createIssueSchema = z.object({ date: isoDate });
export const issueIdSchema = z.object({ issueId: id });
export const scheduleIssueSchema = z.object({
  issueId: id,
  /** An instant with its offset, as the browser sends it (the form converts local time). */
  publishAt: z
    .string()
    .trim()
    .pipe(z.iso.datetime({ offset: true, message: "invalidDate" })),
});
export const listIssuesSchema = z.object({
  status: z.enum(["draft", "scheduled", "published"], "invalidChoice").optional(),
  year: z.coerce.number().int().min(1900).max(9999).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
