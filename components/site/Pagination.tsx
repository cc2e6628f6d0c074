import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

type Props = { basePath: string; page: number; totalPages: number; labels?: { previous: string; next: string } };

/**
 * Newer / older links (or other `labels`) for a list at `basePath`, which may carry a query string;
 * page 1 has no page parameter, so it has one URL.
 */
export function Pagination({ basePath, page, totalPages, labels }: Props) {
  const t = useTranslations("Pagination");
  if (totalPages <= 1) return null;
  const href = (n: number) => (n === 1 ? basePath : `${basePath}${basePath.includes("?") ? "&" : "?"}page=${n}`);
  return (
    <nav
      aria-label={t("label")}
      className="mt-8 flex items-center justify-between gap-4 border-t border-stone-200 pt-4 font-sans text-sm print:hidden"
    >
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="rounded border border-stone-300 px-3 py-1.5 font-semibold hover:bg-stone-100">
          ← {labels?.previous ?? t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600">{t("pageOf", { page, total: totalPages })}</span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className="rounded border border-stone-300 px-3 py-1.5 font-semibold hover:bg-stone-100">
          {labels?.next ?? t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
