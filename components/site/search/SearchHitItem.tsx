import { useLocale, useTranslations } from "next-intl";
import { TrendBadge } from "@/components/site/TrendBadge";
import type { SearchHit } from "@/lib/content/search";
import { formatDate } from "@/lib/dates/week";
import { Link } from "@/lib/i18n/navigation";
import { Highlighted } from "./Highlighted";

/** One result; an article found in another language is labelled and links to that language's page. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const t = useTranslations("Search");
  const locale = useLocale();
  const foreign = hit.locale !== locale;
  return (
    <li className="border-t border-stone-200 py-5 first:border-t-0">
      <article>
        <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-xs">
          <Link href={`/sections/${hit.section.slug}`} className="font-semibold tracking-wide text-red-800 uppercase hover:underline">
            {hit.section.name}
          </Link>
          <TrendBadge trend={hit.trend} />
          <time dateTime={hit.publishedAt} className="text-stone-600">
            {formatDate(locale, hit.publishedAt)}
          </time>
          {foreign && (
            <span className="rounded bg-sky-50 px-2 py-0.5 font-semibold text-sky-900 ring-1 ring-sky-700/30 ring-inset">
              {t("inLanguage", { language: hit.locale })}
            </span>
          )}
        </div>
        <h2 lang={foreign ? hit.locale : undefined} className="font-serif text-xl leading-snug font-bold text-stone-900">
          <Link
            href={`/articles/${hit.slug}`}
            locale={hit.locale}
            hrefLang={foreign ? hit.locale : undefined}
            className="hover:text-red-800 hover:underline"
          >
            <Highlighted segments={hit.title} />
          </Link>
        </h2>
        <p lang={foreign ? hit.locale : undefined} className="mt-2 font-serif text-base leading-relaxed text-stone-700">
          <Highlighted segments={hit.snippet} />
        </p>
      </article>
    </li>
  );
}
