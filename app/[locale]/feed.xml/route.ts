import { getTranslations } from "next-intl/server";
import { getFeedArticles } from "@/lib/content/feeds";
import { renderRss } from "@/lib/feeds/rss";
import { isLocale } from "@/lib/i18n/locale";
import { absoluteUrl } from "@/lib/site";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  // No body: a feed reader has no use for words, and there is no language to write them in.
  if (!isLocale(locale)) return new Response(null, { status: 404 });
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
  // The data behind this response is expired the moment something is published (cache tags), so
  // this header only bounds how long a browser or CDN reuses its copy: a minute fresh, then served
  // while a fresh copy is fetched in the background. A new issue reaches feed readers within about
  // a minute of the site, and a busy feed still costs the server one render a minute.
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=60, stale-while-revalidate=300" },
  });
}
