import { z } from "zod";
import { routing } from "@/lib/i18n/routing";
import { id } from "./issues";

export const locale = z.enum(routing.locales, "invalidChoice");
export const trend = z.enum(["improved", "unchanged", "worsened", "none"], "invalidChoice");
/** A list of ids from a form (one value or many); a repeated id counts once, in its first place. */
const idList = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(id)
    .max(50, "tooLong")
    .transform((ids) => [...new Set(ids)]),
);

export const createArticleSchema = z.object({ issueId: id, sectionId: id });

export const translationSchema = z.object({
  articleId: id,
  locale,
  /** The version the editor started from; 0 when the translation is new. */
  baseVersion: z.coerce.number().int().min(0),
  title: z.string().trim().min(1, "required").max(300, "tooLong"),
  slug: z
    .string()
    .trim()
    .min(1, "required")
    .max(200, "tooLong")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "invalidSlug"),
  lead: z.string().trim().max(2000, "tooLong"),
  body: z.string().max(200_000, "tooLong"),
  seoDescription: z.string().trim().max(320, "tooLong"),
  status: z.enum(["draft", "ready"], "invalidChoice"),
});

export const articleMetaSchema = z.object({
  articleId: id,
  baseVersion: z.coerce.number().int().min(1),
  sectionId: id,
  trend,
  authorIds: idList,
  tagIds: idList,
});

export const articleIdSchema = z.object({ articleId: id });
export const revisionsSchema = z.object({ articleId: id, locale });
export const revisionSchema = z.object({ articleId: id, revisionId: id });
export const restoreRevisionSchema = z.object({ articleId: id, revisionId: id, baseVersion: z.coerce.number().int().min(0) });
export const reorderSchema = z.object({
  issueId: id,
  order: z.array(z.object({ articleId: id, sectionId: id })).max(200, "tooLong"),
});
