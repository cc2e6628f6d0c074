import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { TermEditor } from "@/components/dashboard/taxonomy/TermEditor";
import { termIdOrNotFound, termPageMetadata, type TermPageProps } from "@/components/dashboard/taxonomy/page-props";
import { updateAuthor } from "@/lib/actions/taxonomy/update-author";
import { requireUser } from "@/lib/auth/guard";
import { authorStore } from "@/lib/dashboard/taxonomy/authors";
import { getTerm } from "@/lib/dashboard/taxonomy/terms";
import { parseLocaleParam } from "@/lib/i18n/params";

export const generateMetadata = (props: TermPageProps) => termPageMetadata(props, "authors", "editTitle");

export default async function EditAuthorPage({ params }: TermPageProps) {
  const { locale: raw, id } = await params;
  const locale = parseLocaleParam(raw);
  setRequestLocale(locale);
  await requireUser(locale, "editor");
  const term = await getTerm(authorStore, termIdOrNotFound(id));
  if (!term) notFound();
  return <TermEditor kind="authors" term={term} action={updateAuthor} />;
}
