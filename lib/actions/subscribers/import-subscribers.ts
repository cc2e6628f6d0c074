"use server";

import { getTranslations } from "next-intl/server";
import { existingSubscribers, insertImportedSubscribers, type SubscriberStatus } from "@/lib/dashboard/subscribers";
import { importConsentSource, importSubscribersSchema, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/validation/subscribers";
import { editorAction } from "../editor-action";
import { decodeUtf8, readImportFile, type ImportReport, type ImportRow, type SkippedRow } from "./import-rows";

/** At most this many skipped rows are described; the count covers them all. */
const MAX_REPORTED = 1000;

/**
 * Adds confirmed subscribers from a CSV file whose consent was obtained elsewhere (the form says
 * where). Rows that cannot be read, repeat, or name an address already on the list are skipped:
 * an existing subscriber keeps their status, so someone who unsubscribed stays unsubscribed.
 */
export const importSubscribers = editorAction({ schema: importSubscribersSchema, role: "editor" }, async ({ file, consentSource }) => {
  const t = await getTranslations("DashboardSubscribers");
  const refuse = (message: string) => ({ ok: false as const, message, errors: { file: [message] } });
  if (file.size > MAX_IMPORT_BYTES) return refuse(t("fileTooLarge", { megabytes: MAX_IMPORT_BYTES / 1_000_000 }));
  const text = decodeUtf8(await file.arrayBuffer());
  if (text === null) return refuse(t("fileNotUtf8"));
  const read = readImportFile(text, new Date());
  if (!read.ok) return refuse(read.problem === "tooManyRows" ? t("tooManyRows", { max: MAX_IMPORT_ROWS }) : t(read.problem));

  const existing = await existingSubscribers(read.rows.map((row) => row.email));
  const fresh = read.rows.filter((row) => !existing.has(row.email));
  const added = await insertImportedSubscribers(
    fresh.map(({ email, locale, consentAt }) => ({ email, locale, consentAt })),
    importConsentSource(consentSource),
  );
  const skipped = [
    ...read.skipped,
    ...(await alreadyListed(
      read.rows.filter((row) => !added.has(row.email)),
      existing,
    )),
  ];
  skipped.sort((a, b) => a.line - b.line);

  const report: ImportReport = {
    imported: added.size,
    skipped: skipped.length,
    details: skipped.slice(0, MAX_REPORTED).map((row) => ({ line: row.line, value: row.value, reason: describe(t, row) })),
  };
  return { ok: true, message: t("importDone", { imported: report.imported, skipped: report.skipped }), data: report };
});

/** Rows whose address is on the list, with its status (looked up again for any added meanwhile). */
async function alreadyListed(rows: ImportRow[], known: Map<string, SubscriberStatus>): Promise<SkippedRow[]> {
  const raced = await existingSubscribers(rows.filter((row) => !known.has(row.email)).map((row) => row.email));
  return rows.map((row) => ({
    line: row.line,
    value: row.email,
    reason: "exists",
    detail: known.get(row.email) ?? raced.get(row.email) ?? "confirmed",
  }));
}

type Translator = Awaited<ReturnType<typeof getTranslations<"DashboardSubscribers">>>;

function describe(t: Translator, row: SkippedRow): string {
  const detail = row.detail ?? "";
  switch (row.reason) {
    case "exists":
      return t("skipExists", { status: t(`status_${detail as SubscriberStatus}`).toLowerCase() });
    case "duplicateInFile":
      return t("skipDuplicate", { line: detail });
    case "unknownLanguage":
      return t("skipLanguage", { value: detail });
    case "invalidConsentDate":
      return t("skipConsentDate", { value: detail });
    case "invalidEmail":
      return t("skipEmail");
  }
}
