import { setRequestLocale } from "next-intl/server";
import { TermList } from "@/components/dashboard/taxonomy/TermList";
import { parseTermId, termPageMetadata, type TermPageProps } from "@/components/dashboard/taxonomy/page-props";
import { deleteAuthor } from "@/lib/actions/taxonomy/delete-author";
import { requireUser } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { authorStore } from "@/lib/dashboard/taxonomy/authors";
import { listTerms } from "@/lib/dashboard/taxonomy/terms";
import { parseLocaleParam } from "@/lib/i18n/params";

export const generateMetadata = (props: TermPageProps) => termPageMetadata(props, "authors", "title");

export default async function AuthorsPage({ params, searchParams }: TermPageProps) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser(locale, "author");
  const items = await listTerms(authorStore, locale);
  const savedId = parseTermId((await searchParams)?.saved) ?? undefined;
  return <TermList kind="authors" items={items} canEdit={hasRole(user, "editor")} deleteAction={deleteAuthor} savedId={savedId} />;
}
