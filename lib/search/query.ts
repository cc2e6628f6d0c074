/** The longest query searched; longer input is cut at a word boundary and the page says so. */
export const MAX_QUERY_LENGTH = 200;
const MAX_ALIAS_WORDS = 8;

export interface NormalizedQuery {
  text: string;
  truncated: boolean;
}

/**
 * A reader's query as the database will see it: one line of well-formed text without control
 * characters (PostgreSQL refuses NUL), at most MAX_QUERY_LENGTH characters.
 */
export function normalizeQuery(raw: string | string[] | undefined): NormalizedQuery {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const text = (first ?? "")
    .toWellFormed()
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(text);
  if (chars.length <= MAX_QUERY_LENGTH) return { text, truncated: false };
  return { text: cutAtWord(chars.slice(0, MAX_QUERY_LENGTH).join("")), truncated: true };
}

/** Ends on a whole word when one ended in the last fifth of the text. */
function cutAtWord(text: string): string {
  const space = text.lastIndexOf(" ");
  const cut = space > text.length * 0.8 ? text.slice(0, space) : text;
  return cut.trim();
}

/** Distinct words of a query (not the `or` operator), to look up other spellings of names. */
export function queryWords(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu) ?? [];
  const seen = new Map<string, string>();
  for (const word of words) {
    const key = word.toLowerCase();
    if (key !== "or" && !seen.has(key)) seen.set(key, word);
  }
  return [...seen.values()].slice(0, MAX_ALIAS_WORDS);
}
