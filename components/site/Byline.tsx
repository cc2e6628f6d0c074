import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { AuthorRef } from "@/lib/content/types";

export function Byline({ authors, linked = true }: { authors: AuthorRef[]; linked?: boolean }) {
  const t = useTranslations("Byline");
  if (authors.length === 0) return null;
  return (
    <p className="font-sans text-sm text-stone-600">
      {t("by")}{" "}
      {authors.map((author, index) => (
        <Fragment key={author.slug}>
          {index > 0 && (index === authors.length - 1 ? ` ${t("and")} ` : ", ")}
          {linked ? (
            <Link href={`/authors/${author.slug}`} className="font-semibold text-stone-800 underline-offset-2 hover:underline">
              {author.name}
            </Link>
          ) : (
            <span className="font-semibold text-stone-800">{author.name}</span>
          )}
        </Fragment>
      ))}
    </p>
  );
}
