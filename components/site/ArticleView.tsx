import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatWeekRange } from "@/lib/dates/week";
import type { ArticleCard, ArticleDetail } from "@/lib/content/types";
import { sanitizeArticleHtml } from "@/lib/html/sanitize";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ArticleTeaser } from "./ArticleTeaser";
import { Byline } from "./Byline";
import { JsonLd } from "./JsonLd";
import { TranslationLinks } from "./TranslationLinks";
import { TrendBadge } from "./TrendBadge";
import { TagLinks } from "./tags/TagLinks";

type Props = { article: ArticleDetail; readMore: ArticleCard[]; jsonLd: Record<string, unknown> };

export function ArticleView({ article, readMore, jsonLd }: Props) {
  const t = useTranslations("Article");
  const locale = useLocale() as Locale;
  const range = formatWeekRange(locale, article.issue.weekStart, article.issue.weekEnd);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <article className="max-w-2xl">
        <JsonLd data={jsonLd} />
        <header>
          <div className="flex flex-wrap items-center gap-3">
            <Link
              href={`/sections/${article.section.slug}`}
              className="font-sans text-sm font-bold tracking-widest text-red-800 uppercase hover:underline"
            >
              {article.section.name}
            </Link>
            <TrendBadge trend={article.trend} size="md" />
          </div>
          <h1 className="mt-3 font-serif text-3xl leading-tight font-bold text-stone-900 sm:text-4xl">{article.title}</h1>
          <div className="mt-4 flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <Byline authors={article.authors} />
            <p className="font-sans text-sm text-stone-600">
              <Link href={`/issues/${article.issue.weekStart}`} className="underline underline-offset-2 hover:text-red-800">
                {t("fromIssue", { range })}
              </Link>
            </p>
            <p className="font-sans text-sm text-stone-600">
              <time dateTime={article.publishedAt}>{t("published", { date: formatDate(locale, article.publishedAt) })}</time>
            </p>
          </div>
        </header>
        <p className="mt-6 font-serif text-xl leading-relaxed font-bold text-stone-900">{article.lead}</p>
        <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: sanitizeArticleHtml(article.body) }} />
        <TagLinks tags={article.tags} />
        <section aria-labelledby="other-languages" className="mt-8 border-t border-stone-200 pt-4 print:hidden">
          <h2 id="other-languages" className="mb-2 font-sans text-sm font-bold text-stone-700">
            {t("availableIn")}
          </h2>
          <TranslationLinks current={locale} translations={article.translations} />
        </section>
      </article>
      {readMore.length > 0 && (
        <aside aria-labelledby="read-more" className="lg:border-l lg:border-stone-200 lg:pl-6 print:hidden">
          <h2 id="read-more" className="font-sans text-sm font-bold tracking-widest text-stone-700 uppercase">
            {t("readMore")}
          </h2>
          {readMore.map((card) => (
            <ArticleTeaser key={card.id} article={card} compact />
          ))}
        </aside>
      )}
    </div>
  );
}
