import { Link } from "@/lib/i18n/navigation";
import type { ArticleCard } from "@/lib/content/types";
import { Byline } from "./Byline";
import { TrendBadge } from "./TrendBadge";

type Props = { article: ArticleCard; headingLevel?: 2 | 3; showSection?: boolean; compact?: boolean };

export function ArticleTeaser({ article, headingLevel = 3, showSection = false, compact = false }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="border-t border-stone-200 py-5 first:border-t-0">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        {showSection && (
          <Link
            href={`/sections/${article.section.slug}`}
            className="font-sans text-xs font-semibold tracking-wide text-red-800 uppercase hover:underline"
          >
            {article.section.name}
          </Link>
        )}
        <TrendBadge trend={article.trend} />
      </div>
      <Heading className={`font-serif leading-snug font-bold text-stone-900 ${compact ? "text-lg" : "text-xl sm:text-2xl"}`}>
        <Link href={`/articles/${article.slug}`} className="hover:text-red-800 hover:underline">
          {article.title}
        </Link>
      </Heading>
      {!compact && <p className="mt-2 font-serif text-base leading-relaxed text-stone-700">{article.lead}</p>}
      <div className="mt-2">
        <Byline authors={article.authors} linked={false} />
      </div>
    </article>
  );
}
