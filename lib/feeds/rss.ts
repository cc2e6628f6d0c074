import type { ArticleCard } from "@/lib/content/types";

export interface RssChannel {
  title: string;
  description: string;
  link: string;
  selfUrl: string;
  language: string;
  items: (ArticleCard & { url: string; authorNames: string })[];
}

function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);
}

/** An RSS 2.0 document with an atom:link to itself, as feed validators expect. */
export function renderRss(channel: RssChannel): string {
  const items = channel.items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>
      <description>${escapeXml(item.lead)}</description>
      <category>${escapeXml(item.section.name)}</category>
      ${item.authorNames ? `<dc:creator>${escapeXml(item.authorNames)}</dc:creator>` : ""}
      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>
    </item>`,
    )
    .join("\n");
  const lastBuild = channel.items[0] ? `\n    <lastBuildDate>${new Date(channel.items[0].publishedAt).toUTCString()}</lastBuildDate>` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>${escapeXml(channel.language)}</language>
    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>${lastBuild}
${items}
  </channel>
</rss>
`;
}
