import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { TermKind } from "@/lib/dashboard/taxonomy/types";
import { parseLocaleParam } from "@/lib/i18n/params";

export type TermPageProps = { params: Promise<{ locale: string; id?: string }>; searchParams?: Promise<{ saved?: string | string[] }> };

/** The title of a list ("title"), new ("new") or edit ("editTitle") page. */
export async function termPageMetadata(props: TermPageProps, kind: TermKind, page: "title" | "new" | "editTitle"): Promise<Metadata> {
  const locale = parseLocaleParam((await props.params).locale);
  const t = await getTranslations({ locale, namespace: "DashboardTaxonomy" });
  return { title: t(`${kind}.${page}`) };
}

/** A positive row id from the URL, or null for anything else (`?saved=` may be junk). */
export function parseTermId(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}

export function termIdOrNotFound(value: string | undefined): number {
  return parseTermId(value) ?? notFound();
}
