import { parseCsv, type CsvRecord } from "@/lib/csv";
import type { Locale } from "@/lib/i18n/routing";
import { MAX_IMPORT_ROWS, parseConsentDate, parseLanguage, subscriberEmail } from "@/lib/validation/subscribers";

export type SkipReason = "invalidEmail" | "unknownLanguage" | "invalidConsentDate" | "duplicateInFile" | "exists";
export type FileProblem = "notUtf8" | "noRows" | "tooManyRows" | "missingColumns";

/** A row that may be added, with the line it came from. */
export interface ImportRow {
  line: number;
  email: string;
  locale: Locale;
  consentAt: Date;
}

export interface SkippedRow {
  line: number;
  /** As written in the file, for the report. */
  value: string;
  reason: SkipReason;
  /** duplicateInFile: the line it repeats; unknownLanguage: the language as written. */
  detail?: string;
}

/** What the editor sees after an import: counts, and why each skipped line was skipped. */
export interface ImportReport {
  imported: number;
  skipped: number;
  details: { line: number; value: string; reason: string }[];
}

export type ReadResult = { ok: true; rows: ImportRow[]; skipped: SkippedRow[] } | { ok: false; problem: FileProblem };

type Columns = { email: number; language: number; consentAt?: number };

// Header names are compared lowercased with everything but letters removed ("E-mail" → "email").
const HEADER_NAMES: Record<keyof Columns, string[]> = {
  email: ["email", "emailaddress", "mail"],
  language: ["language", "locale", "lang"],
  consentAt: ["consentat", "consentdate", "consentedat"],
};

/** The file's text, or null when it is not UTF-8 (a legacy Windows encoding, say). */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Checks every row of an import file; the database decides later which addresses already exist. */
export function readImportFile(text: string, now: Date): ReadResult {
  const records = parseCsv(text);
  const header = records[0] ? readHeader(records[0].cells) : undefined;
  // Without a header row, a file whose first cell is an address is read as email, language, consent date.
  const { email, language, consentAt } = header ?? (records[0]?.cells[0]?.includes("@") ? { email: 0, language: 1, consentAt: 2 } : {});
  const data = header ? records.slice(1) : records;
  if (data.length === 0) return { ok: false, problem: "noRows" };
  if (email === undefined || language === undefined) return { ok: false, problem: "missingColumns" };
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, problem: "tooManyRows" };

  const rows: ImportRow[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Map<string, number>();
  for (const record of data) {
    const result = checkRecord(record, { email, language, consentAt }, now, seen);
    if ("reason" in result) skipped.push(result);
    else rows.push(result);
  }
  return { ok: true, rows, skipped };
}

/** The columns a header row names, or undefined when the first row names none (no header). */
function readHeader(cells: string[]): Partial<Columns> | undefined {
  const names = cells.map((cell) => cell.toLowerCase().replace(/[^\p{L}]/gu, ""));
  const columns: Partial<Columns> = {};
  for (const key of Object.keys(HEADER_NAMES) as (keyof Columns)[]) {
    const index = names.findIndex((name) => HEADER_NAMES[key].includes(name));
    if (index !== -1) columns[key] = index;
  }
  return Object.keys(columns).length > 0 ? columns : undefined;
}

function checkRecord(record: CsvRecord, columns: Columns, now: Date, seen: Map<string, number>): ImportRow | SkippedRow {
  const raw = (index: number | undefined) => (index === undefined ? "" : (record.cells[index] ?? "").trim());
  const line = record.line;
  const email = subscriberEmail.safeParse(raw(columns.email));
  if (!email.success) return { line, value: raw(columns.email), reason: "invalidEmail" };
  const locale = parseLanguage(raw(columns.language));
  if (!locale) return { line, value: email.data, reason: "unknownLanguage", detail: raw(columns.language) };
  const consentAt = parseConsentDate(raw(columns.consentAt), now);
  if (consentAt === "invalid") return { line, value: email.data, reason: "invalidConsentDate", detail: raw(columns.consentAt) };
  const first = seen.get(email.data);
  if (first !== undefined) return { line, value: email.data, reason: "duplicateInFile", detail: String(first) };
  seen.set(email.data, line);
  return { line, email: email.data, locale, consentAt: consentAt ?? now };
}
