import sanitizeHtml from "sanitize-html";

// <b> and <i> arrive too, and are written as <strong> and <em> (see transformTags).
const allowedTags = [
  "p",
  "h2",
  "h3",
  "h4",
  "strong",
  "em",
  "u",
  "s",
  "a",
  "ul",
  "ol",
  "li",
  "blockquote",
  "br",
  "hr",
  "sup",
  "sub",
  "code",
];

// Elements whose text is not article content, so it goes with them: sanitize-html's defaults plus
// no-script fallbacks, inert templates and the <title> of pasted whole documents.
const nonTextTags = ["script", "style", "textarea", "option", "xmp", "noscript", "template", "title"];

const BOLD = /(?:^|;)\s*font-weight\s*:\s*(?:bold|[6-9]00)\b/i;
const NORMAL_WEIGHT = /(?:^|;)\s*font-weight\s*:\s*(?:normal|[1-4]00)\b/i;
const ITALIC = /(?:^|;)\s*font-style\s*:\s*italic\b/i;

/**
 * The one allowlist for article bodies: run when content is saved and again when it is rendered.
 * Links may only be http(s), mailto or site-relative; links that leave the site open safely.
 * HTML pasted from Word or Google Docs keeps its paragraphs, headings, lists, links, bold and
 * italic, and loses classes, styles, spans, Office tags, bookmarks and empty paragraphs.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags,
    allowedAttributes: { a: ["href", "rel", "target"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    nonTextTags,
    // The article title is the page's h1, so body headings start at h2.
    transformTags: { a: markExternalLink, b: boldUnlessNormal, i: "em", span: styledSpan, h1: "h2", h5: "h4", h6: "h4" },
    exclusiveFilter: isEmptyParagraphOrBookmark,
  });
}

function markExternalLink(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const href = attribs.href?.trim() ?? "";
  if (/^https?:\/\//i.test(href)) {
    return { tagName, attribs: { href, rel: "noopener noreferrer", target: "_blank" } };
  }
  return { tagName, attribs: href ? { href } : {} };
}

/**
 * Google Docs wraps a whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">,
 * which is not bold: it stays a (disallowed, so unwrapped) <b>. Renaming it to another disallowed
 * tag instead would make sanitize-html close a later element with that name.
 */
function boldUnlessNormal(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  return { tagName: NORMAL_WEIGHT.test(attribs.style ?? "") ? tagName : "strong", attribs: {} };
}

/**
 * Google Docs marks bold and italic with styled spans; other spans are unwrapped. A span that is
 * both becomes <strong> only: a transform yields one element, and bold is the stronger mark.
 */
function styledSpan(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const style = attribs.style ?? "";
  if (BOLD.test(style)) return { tagName: "strong", attribs: {} };
  if (ITALIC.test(style)) return { tagName: "em", attribs: {} };
  return { tagName, attribs: {} };
}

/**
 * Empty paragraphs are how Word and Google Docs space text; the reader's stylesheet spaces
 * paragraphs already. Empty anchors are Word's bookmarks.
 */
function isEmptyParagraphOrBookmark(frame: sanitizeHtml.IFrame): boolean {
  if (frame.tag === "p") return frame.text.trim() === "";
  return frame.tag === "a" && !frame.attribs.href && frame.text === "";
}
