/**
 * ts_headline wraps matches in these control characters, which article text never contains
 * (the query code strips them from the document first). The page renders the pieces as text,
 * so nothing from an article or a query is ever interpreted as HTML.
 */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

export interface TextSegment {
  text: string;
  marked: boolean;
}

const selectors = `StartSel=${MARK_START}, StopSel=${MARK_END}`;

/** A title: the whole of it, every match marked. */
export const titleHeadlineOptions = `HighlightAll=true, ${selectors}`;

/** A snippet: up to two passages around the matches. */
export const snippetHeadlineOptions = `MaxFragments=2, MaxWords=24, MinWords=10, ShortWord=2, FragmentDelimiter=" … ", ${selectors}`;

/**
 * Splits a headline (HTML text: entity-encoded, no tags) into plain and marked text, decoding
 * the entities; stray or unbalanced markers are dropped.
 */
export function splitHighlights(headline: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let marked = false;
  for (const part of headline.split(/([\u0001\u0002])/)) {
    if (part === MARK_START) marked = true;
    else if (part === MARK_END) marked = false;
    else if (part) appendSegment(segments, { text: decodeEntities(part), marked });
  }
  return segments;
}

const namedEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** One pass, so "&amp;lt;" becomes "&lt;" and not "<". Unknown entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, name: string) => {
    if (name[0] !== "#") return namedEntities[name.toLowerCase()] ?? entity;
    const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
  });
}

function appendSegment(segments: TextSegment[], segment: TextSegment): void {
  const last = segments.at(-1);
  if (last && last.marked === segment.marked) last.text += segment.text;
  else segments.push(segment);
}
