import sanitizeHtml from "sanitize-html";

const allowedTags = [
  "p",
  "h2",
  "h3",
  "h4",
  "strong",
  "b",
  "em",
  "i",
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

/**
 * The one allowlist for article bodies: run when content is saved and again when it is rendered.
 * Links may only be http(s), mailto or site-relative; links that leave the site open safely.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags,
    allowedAttributes: { a: ["href", "rel", "target"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    transformTags: { a: markExternalLink, b: "strong", i: "em" },
  });
}

function markExternalLink(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const href = attribs.href ?? "";
  if (/^https?:\/\//i.test(href)) {
    return { tagName, attribs: { href, rel: "noopener noreferrer", target: "_blank" } };
  }
  return { tagName, attribs: href ? { href } : {} };
}
