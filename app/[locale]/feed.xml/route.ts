import { getTranslations } from "next-intl/server";
import { getFeedArticles } from "@/lib/content/feeds";
import { renderRss } from "@/lib/feeds/rss";
import { isLocale } from "@/lib/i18n/locale";
import { absoluteUrl } from "@/lib/site";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [t, articles] = await Promise.all([getTranslations({ locale, namespace: "Feed" }), getFeedArticles(locale)]);
  const xml = renderRss({
    title: t("title"),
    description: t("description"),
    link: absoluteUrl(`/${locale}`),
    selfUrl: absoluteUrl(`/${locale}/feed.xml`),
    language: locale,
    items: articles.map((article) => ({
      ...article,
      url: absoluteUrl(`/${locale}/articles/${article.slug}`),
      authorNames: article.authors.map((a) => a.name).join(", "),
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
