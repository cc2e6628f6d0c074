import { useLocale, useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { AuthorRef } from "@/lib/content/types";

/** "By A, B and C" in the reader's language: the label agrees in number, the list joins as the language does. */
export function Byline({ authors, linked = true }: { authors: AuthorRef[]; linked?: boolean }) {
  const t = useTranslations("Byline");
  const locale = useLocale();
  if (authors.length === 0) return null;
  const name = (author: AuthorRef): ReactNode =>
    linked ? (
      <Link href={`/authors/${author.slug}`} className="font-semibold text-stone-800 underline-offset-2 hover:underline">
        {author.name}
      </Link>
    ) : (
      <span className="font-semibold text-stone-800">{author.name}</span>
    );
  let next = 0;
  const parts = new Intl.ListFormat(locale, { type: "conjunction" }).formatToParts(authors.map((author) => author.name));
  return (
    <p className="font-sans text-sm text-stone-600">
      {t("by", { count: authors.length })}{" "}
      {parts.map((part, index) => (
        <Fragment key={index}>{part.type === "element" ? name(authors[next++]!) : part.value}</Fragment>
      ))}
    </p>
  );
}
