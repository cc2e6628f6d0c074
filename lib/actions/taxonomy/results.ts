import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { invalidate } from "@/lib/cache/invalidate";
import { termName, type DeleteOutcome, type SaveOutcome } from "@/lib/dashboard/taxonomy/terms";
import type { TermDetail, TermKind, TermUsage } from "@/lib/dashboard/taxonomy/types";
import { formatWeekRange } from "@/lib/dates/week";
import type { Locale } from "@/lib/i18n/routing";
import type { ActionResult } from "../result";

/** Turns a save into the form's result: the saved term, a slug error next to the slug, or the newer version. */
export async function saveResult(kind: TermKind, outcome: SaveOutcome, slug: string): Promise<ActionResult<TermDetail>> {
  const [t, locale] = await Promise.all([getTranslations("DashboardTaxonomy"), getLocale() as Promise<Locale>]);
  if (outcome.ok) {
    invalidate(outcome.tags);
    return { ok: true, message: t(`${kind}.saved`, { name: termName(outcome.term, locale) }), data: outcome.term };
  }
  if (outcome.reason === "slugTaken") {
    const message = t(`${kind}.slugTaken`, { slug });
    return { ok: false, message, errors: { slug: [message] } };
  }
  if (outcome.reason === "stale") return { ok: false, message: t(`${kind}.stale`), conflict: outcome.current };
  return { ok: false, message: (await getTranslations("Actions"))("notFound") };
}

export async function deleteResult(kind: TermKind, outcome: DeleteOutcome): Promise<ActionResult> {
  const [t, locale] = await Promise.all([getTranslations("DashboardTaxonomy"), getLocale()]);
  if (outcome.ok) {
    invalidate(outcome.tags);
    return { ok: true, message: t(`${kind}.deleted`, { name: outcome.name }) };
  }
  if (outcome.reason === "notFound") return { ok: false, message: (await getTranslations("Actions"))("notFound") };
  const { count, examples } = outcome.usage;
  return { ok: false, message: t(`${kind}.inUse`, { name: outcome.name, count, examples: await describeUses(examples, locale) }) };
}

/** “Title” in the issue of November 27 – December 3, 2017, “…” and “…” */
async function describeUses(examples: TermUsage["examples"], locale: string): Promise<string> {
  const t = await getTranslations("DashboardTaxonomy");
  const uses = examples.map((use) => t("usedIn", { title: use.title, week: formatWeekRange(locale, use.weekStart, use.weekEnd) }));
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(uses);
}
