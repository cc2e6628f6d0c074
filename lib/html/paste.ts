/**
 * Cleans HTML pasted from Word or Google Docs before the editor parses it: the editor's schema
 * keeps headings, paragraphs, lists, links, bold and italic; this removes what would otherwise
 * turn into stray text or wrong structure.
 */
export function cleanPastedHtml(html: string): string {
  return wordListsToLists(
    html
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, "") // Word's conditional comments
      .replace(/<\/?o:p[^>]*>/gi, "") // Word's empty paragraph markers
      .replace(/<style[\s\S]*?<\/style>/gi, "")
      .replace(/<meta[^>]*>/gi, ""),
  );
}

const WORD_LIST_PARAGRAPH = /<p[^>]*style=["'][^"']*mso-list:[^"']*["'][^>]*>([\s\S]*?)<\/p>/gi;
const WORD_LIST_MARKER = /<span[^>]*mso-list:\s*Ignore[^>]*>([\s\S]*?)<\/span>\s*(?:<\/span>)?/i;

/** Word writes list items as paragraphs with a typed bullet or number; make them real lists. */
function wordListsToLists(html: string): string {
  let out = "";
  let open: "ul" | "ol" | null = null;
  let last = 0;
  for (const match of html.matchAll(WORD_LIST_PARAGRAPH)) {
    const between = html.slice(last, match.index);
    if (open && between.trim() !== "") {
      out += `</${open}>`;
      open = null;
    }
    out += between;
    const marker = WORD_LIST_MARKER.exec(match[1]!)?.[1]?.replace(/<[^>]+>|&nbsp;|\s/g, "") ?? "";
    const kind = /^[0-9a-z]+[.)]$/i.test(marker) ? "ol" : "ul";
    if (open !== kind) {
      if (open) out += `</${open}>`;
      out += `<${kind}>`;
      open = kind;
    }
    out += `<li>${match[1]!.replace(WORD_LIST_MARKER, "")}</li>`;
    last = match.index! + match[0].length;
  }
  if (open) out += `</${open}>`;
  return out + html.slice(last);
}
