import type { NewsletterModel } from "./compose";
import { UNSUBSCRIBE_PLACEHOLDER } from "./compose";

const trendColours = { improved: "#166534", unchanged: "#44403c", worsened: "#9f1239", none: "#44403c" } as const;

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Email HTML: one centred column, inline styles (mail clients ignore style sheets), no images. */
export function renderNewsletterHtml(model: NewsletterModel): string {
  const sections = model.groups
    .map(
      (group) => `
      <tr><td style="padding:24px 0 4px;font:bold 12px/1.4 Arial,sans-serif;letter-spacing:2px;text-transform:uppercase;color:#991b1b">${escape(group.section)}</td></tr>
      ${group.articles
        .map(
          (a) => `<tr><td style="padding:8px 0 16px;border-bottom:1px solid #e7e5e4">
        ${a.trendText ? `<p style="margin:0 0 6px;font:bold 12px/1.4 Arial,sans-serif;color:${trendColours[a.trend]}">${escape(a.trendText)}</p>` : ""}
        <h2 style="margin:0 0 8px;font:bold 20px/1.3 Georgia,serif;color:#1c1917"><a href="${escape(a.url)}" style="color:#1c1917;text-decoration:none">${escape(a.title)}</a></h2>
        <p style="margin:0;font:16px/1.6 Georgia,serif;color:#44403c">${escape(a.lead)}</p>
      </td></tr>`,
        )
        .join("")}`,
    )
    .join("");
  return `<!doctype html>
<html lang="${model.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(model.heading)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f4"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;padding:24px">
<tr><td style="padding:0 24px">
<h1 style="margin:0 0 8px;font:bold 26px/1.25 Georgia,serif;color:#1c1917">${escape(model.heading)}</h1>
<p style="margin:0 0 8px;font:15px/1.5 Arial,sans-serif;color:#57534e">${escape(model.intro)} <a href="${escape(model.issueUrl)}" style="color:#991b1b">${escape(model.footer.site)}</a></p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${sections}</table>
<p style="margin:24px 0 0;font:13px/1.5 Arial,sans-serif;color:#78716c">${escape(model.footer.why)} <a href="${UNSUBSCRIBE_PLACEHOLDER}" style="color:#78716c">${escape(model.footer.unsubscribe)}</a></p>
</td></tr></table></td></tr></table></body></html>`;
}

export function renderNewsletterText(model: NewsletterModel): string {
  const lines = [model.heading, "", `${model.intro} ${model.issueUrl}`, ""];
  for (const group of model.groups) {
    lines.push(group.section.toUpperCase(), "");
    for (const a of group.articles) {
      if (a.trendText) lines.push(`[${a.trendText}]`);
      lines.push(a.title, a.lead, a.url, "");
    }
  }
  lines.push("--", `${model.footer.why} ${model.footer.unsubscribe}: ${UNSUBSCRIBE_PLACEHOLDER}`);
  return lines.join("\n");
}
