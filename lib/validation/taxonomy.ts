import { z } from "zod";
import type { Locale } from "@/lib/i18n/routing";
import { slugify } from "@/lib/slug";
import { id } from "./issues";

const TERM_SLUG_MAX = 100;
const TERM_NAME_MAX = 200;
const TERM_TEXT_MAX = 5000;

/** One language of a section, author or tag: its name and, for sections and authors, a description or bio. */
export interface LocaleText {
  name: string;
  text: string;
}

/** A section, author or tag as the forms submit it, after validation. */
export interface TermInput {
  slug: string;
  translations: Record<Locale, LocaleText>;
}

const slug = z
  .string()
  .trim()
  .max(TERM_SLUG_MAX, "tooLong")
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, "invalidSlug")
  .default("");
const requiredName = z.string("required").trim().min(1, "required").max(TERM_NAME_MAX, "tooLong");
const optionalName = z.string().trim().max(TERM_NAME_MAX, "tooLong").default("");
const optionalText = z.string().trim().max(TERM_TEXT_MAX, "tooLong").default("");
const version = z.coerce.number().int().min(1).max(2_147_483_647);

const names = { slug, nameEn: requiredName, nameBe: optionalName, nameRu: optionalName };
const descriptions = { descriptionEn: optionalText, descriptionBe: optionalText, descriptionRu: optionalText };
const bios = { bioEn: optionalText, bioBe: optionalText, bioRu: optionalText };
const editing = { id, version };

type Names = { slug: string; nameEn: string; nameBe: string; nameRu: string };
type Texts = { en: string; be: string; ru: string };

/**
 * An empty slug is generated from the English name (a name with nothing to transliterate leaves it
 * required). A description without a name in its language would be lost, so that name is required.
 */
function toTerm(values: Names, texts: Texts, ctx: z.RefinementCtx): TermInput {
  const generated = values.slug || slugify(values.nameEn);
  if (!generated) ctx.addIssue({ code: "custom", path: ["slug"], message: "required" });
  if (texts.be && !values.nameBe) ctx.addIssue({ code: "custom", path: ["nameBe"], message: "required" });
  if (texts.ru && !values.nameRu) ctx.addIssue({ code: "custom", path: ["nameRu"], message: "required" });
  return {
    slug: generated,
    translations: {
      en: { name: values.nameEn, text: texts.en },
      be: { name: values.nameBe, text: texts.be },
      ru: { name: values.nameRu, text: texts.ru },
    },
  };
}

const noTexts: Texts = { en: "", be: "", ru: "" };

function sectionTerm(v: Names & z.infer<z.ZodObject<typeof descriptions>>, ctx: z.RefinementCtx) {
  return toTerm(v, { en: v.descriptionEn, be: v.descriptionBe, ru: v.descriptionRu }, ctx);
}

function authorTerm(v: Names & z.infer<z.ZodObject<typeof bios>>, ctx: z.RefinementCtx) {
  return toTerm(v, { en: v.bioEn, be: v.bioBe, ru: v.bioRu }, ctx);
}

export const createSectionSchema = z.object({ ...names, ...descriptions }).transform(sectionTerm);
export const updateSectionSchema = z
  .object({ ...editing, ...names, ...descriptions })
  .transform((v, ctx) => ({ id: v.id, version: v.version, ...sectionTerm(v, ctx) }));

export const createAuthorSchema = z.object({ ...names, ...bios }).transform(authorTerm);
export const updateAuthorSchema = z
  .object({ ...editing, ...names, ...bios })
  .transform((v, ctx) => ({ id: v.id, version: v.version, ...authorTerm(v, ctx) }));

export const createTagSchema = z.object(names).transform((v, ctx) => toTerm(v, noTexts, ctx));
export const updateTagSchema = z
  .object({ ...editing, ...names })
  .transform((v, ctx) => ({ id: v.id, version: v.version, ...toTerm(v, noTexts, ctx) }));

export const termIdSchema = z.object({ id });
export const moveSectionSchema = z.object({ id, direction: z.enum(["up", "down"], "invalidChoice") });

export type UpdateTermInput = TermInput & { id: number; version: number };
