import { useTranslations } from "next-intl";
import { Pagination } from "@/components/site/Pagination";
import type { SearchResults } from "@/lib/content/search";
import { Link } from "@/lib/i18n/navigation";
import { searchPath, type SearchRequest } from "@/lib/search/params";
import { SearchHitItem } from "./SearchHitItem";
import { SearchTips } from "./SearchTips";

/** The answer to a non-empty query: the count, any widening, the hits and pages — or what to try instead. */
export function SearchResultList({ request, results }: { request: SearchRequest; results: SearchResults }) {
  const t = useTranslations("Search");
  const filtered = Boolean(request.section || request.year || request.trend);
  if (results.total === 0) {
    return (
      <section aria-labelledby="search-results" className="mt-8">
        <h2 id="search-results" className="font-serif text-2xl font-bold text-stone-900">
          {t("noResultsTitle", { query: request.q })}
        </h2>
        <p className="mt-2 font-serif text-stone-700">{t("noResultsBody")}</p>
        {filtered && (
          <p className="mt-2 font-sans text-sm">
            <Link href={searchPath({ q: request.q })} className="text-red-800 underline underline-offset-2 hover:no-underline">
              {t("searchWithoutFilters")}
            </Link>
          </p>
        )}
        <SearchTips />
      </section>
    );
  }
  const terms = results.widenedWith.map((term) => t("quoted", { term })).join(", ");
  return (
    <section aria-labelledby="search-results" className="mt-8">
      <h2 id="search-results" className="sr-only">
        {t("results")}
      </h2>
      <p className="font-sans text-sm text-stone-700">{t("resultCount", { count: results.total, query: request.q })}</p>
      {terms && <p className="mt-1 font-sans text-sm font-semibold text-stone-800">{t("widened", { terms })}</p>}
      {results.items.length === 0 ? (
        <p className="mt-6 font-serif">
          {t("pageEmpty")}{" "}
          <Link href={searchPath({ ...request, page: 1 })} className="text-red-800 underline underline-offset-2 hover:no-underline">
            {t("firstPage")}
          </Link>
        </p>
      ) : (
        <ol className="mt-2">
          {results.items.map((hit) => (
            <SearchHitItem key={hit.id} hit={hit} />
          ))}
        </ol>
      )}
      <Pagination
        basePath={searchPath({ ...request, page: 1 })}
        page={results.page}
        totalPages={results.totalPages}
        labels={{ previous: t("previousPage"), next: t("nextPage") }}
      />
    </section>
  );
}
