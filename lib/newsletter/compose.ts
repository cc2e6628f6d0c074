import { asc, and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, issues, sections } from "@/db/schema";
import { loadCards } from "@/lib/content/cards";
import type { ArticleCard } from "@/lib/content/types";
import { formatWeekRange } from "@/lib/dates/week";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site";
import { renderNewsletterHtml, renderNewsletterText } from "./render";
import { translatorFor } from "./translator";

/** Where the per-subscriber unsubscribe address goes; replaced for each recipient. */
export const UNSUBSCRIBE_PLACEHOLDER = "%%UNSUBSCRIBE_URL%%";

export interface NewsletterContent {
  subject: string;
  html: string;
  text: string;
  articleCount: number;
}

export interface NewsletterModel {
  locale: Locale;
  heading: string;
  intro: string;
  issueUrl: string;
  groups: { section: string; articles: (ArticleCard & { url: string; trendText: string | null })[] }[];
  footer: { unsubscribe: string; why: string; site: string };
}

/** An issue's newsletter in one language, from the articles published in it in that language. */
export async function composeNewsletter(issueId: number, locale: Locale): Promise<NewsletterContent | null> {
  const [issue] = await getDb()
    .select({ number: issues.number, weekStart: issues.weekStart, weekEnd: issues.weekEnd })
    .from(issues)
    .where(and(eq(issues.id, issueId), eq(issues.status, "published")));
  if (!issue) return null;
  const cards = await loadCards({
    locale,
    where: eq(articles.issueId, issueId),
    orderBy: [asc(sections.position), asc(articles.position)],
  });
  const t = translatorFor(locale, "NewsletterIssue");
  const trend = translatorFor(locale, "Trend");
  const range = formatWeekRange(locale, issue.weekStart, issue.weekEnd);
  const model: NewsletterModel = {
    locale,
    heading: t("heading", { number: issue.number, range }),
    intro: t("intro", { count: cards.length }),
    issueUrl: `${siteUrl()}/${locale}/issues/${issue.weekStart}`,
    groups: groupBySection(cards).map(({ section, items }) => ({
      section,
      articles: items.map((card) => ({
        ...card,
        url: `${siteUrl()}/${locale}/articles/${encodeURIComponent(card.slug)}`,
        trendText: card.trend === "none" ? null : trend(card.trend),
      })),
    })),
    footer: { unsubscribe: t("unsubscribe"), why: t("why"), site: t("readOnline") },
  };
  return {
    subject: t("subject", { number: issue.number, range }),
    html: renderNewsletterHtml(model),
    text: renderNewsletterText(model),
    articleCount: cards.length,
  };
}

function groupBySection(cards: ArticleCard[]): { section: string; items: ArticleCard[] }[] {
  const groups: { section: string; items: ArticleCard[] }[] = [];
  for (const card of cards) {
    const last = groups.at(-1);
    if (last?.section === card.section.name) last.items.push(card);
    else groups.push({ section: card.section.name, items: [card] });
  }
  return groups;
}
