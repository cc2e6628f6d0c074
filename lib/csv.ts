/** A CSV record and the line of the file it starts on (1-based), for reports that point at it. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

const SEPARATORS = [",", ";", "\t"] as const;
export type Separator = (typeof SEPARATORS)[number];

/** Spreadsheets treat a cell starting with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The separator of the first line: whichever of , ; or tab occurs most outside quotes. Excel
 * writes ; where the decimal separator is a comma (Belarus, Russia), so both turn up.
 */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char as Separator)) counts.set(char as Separator, counts.get(char as Separator)! + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/**
 * RFC 4180 records, leniently: CRLF, LF or CR line ends, quoted fields with "" escapes and line
 * breaks, a leading UTF-8 BOM. Blank lines are left out; an unclosed quote runs to the end.
 */
export function parseCsv(input: string, separator: Separator = detectSeparator(stripBom(input))): CsvRecord[] {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== "")) records.push({ line: start, cells: cells.map(unescapeCell) });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && char === '"') {
      quoted = false;
    } else if (quoted) {
      if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
      cell += char;
    } else if (char === '"' && cell === "") {
      quoted = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      start = ++line;
    } else {
      cell += char;
    }
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One RFC 4180 line (without its CRLF): quoted where needed, formulas defused. */
export function formatCsvRow(cells: readonly (string | null | undefined)[]): string {
  return cells.map((value) => quoteCell(defuseFormula(value ?? ""))).join(",");
}

/** A leading single quote makes spreadsheets show the text instead of evaluating it. */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Undoes defuseFormula, so an exported file imports back unchanged. */
function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
