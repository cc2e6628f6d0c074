import { useTranslations } from "next-intl";
import type { DeskArticle } from "@/lib/dashboard/issue-desk";
import { Link } from "@/lib/i18n/navigation";
import { localeNames, routing } from "@/lib/i18n/routing";

const tone = { missing: "bg-rose-50 text-rose-900", draft: "bg-amber-50 text-amber-900", ready: "bg-emerald-50 text-emerald-900" } as const;

/** Every article × language, each cell linking straight to that translation in the editor. */
export function TranslationMatrix({ articles }: { articles: DeskArticle[] }) {
  const t = useTranslations("IssueDesk");
  const te = useTranslations("ArticleEditor");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse font-sans text-sm">
        <caption className="mb-2 text-left text-stone-600">{t("matrixHint")}</caption>
        <thead>
          <tr className="border-b-2 border-stone-800 text-left">
            <th scope="col" className="py-2 pr-3">
              {t("article")}
            </th>
            {routing.locales.map((locale) => (
              <th key={locale} scope="col" className="px-2 py-2" lang={locale}>
                {localeNames[locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id} className="border-b border-stone-200">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {article.title || t("untitled")}
              </th>
              {routing.locales.map((locale) => {
                const state = article.states[locale];
                return (
                  <td key={locale} className="px-2 py-1">
                    <Link
                      href={`/dashboard/articles/${article.id}?lang=${locale}`}
                      className={`block rounded px-2 py-1 text-center underline-offset-2 hover:underline ${tone[state]}`}
                    >
                      {te(`state_${state}`)}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
