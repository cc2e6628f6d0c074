"use server";

import { getTranslations } from "next-intl/server";
import { cacheTags } from "@/lib/cache/tags";
import { invalidate } from "@/lib/cache/invalidate";
import { moveSection as move } from "@/lib/dashboard/taxonomy/sections";
import { moveSectionSchema } from "@/lib/validation/taxonomy";
import { editorAction } from "../editor-action";

/** One place up or down; the reader's menu and every issue page follow the new order. */
export const moveSection = editorAction({ schema: moveSectionSchema, role: "editor" }, async ({ id, direction }) => {
  const [t, ta] = await Promise.all([getTranslations("DashboardTaxonomy"), getTranslations("Actions")]);
  const moved = await move(id, direction);
  if (!moved) return { ok: false, message: ta("notFound") };
  invalidate([cacheTags.sections, cacheTags.issues]);
  return { ok: true, message: t("sections.moved", moved) };
});
