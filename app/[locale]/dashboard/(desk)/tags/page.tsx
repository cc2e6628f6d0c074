import { setRequestLocale } from "next-intl/server";
import { TermList } from "@/components/dashboard/taxonomy/TermList";
import { parseTermId, termPageMetadata, type TermPageProps } from "@/components/dashboard/taxonomy/page-props";
import { deleteTag } from "@/lib/actions/taxonomy/delete-tag";
import { requireUser } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { tagStore } from "@/lib/dashboard/taxonomy/tags";
import { listTerms } from "@/lib/dashboard/taxonomy/terms";
import { parseLocaleParam } from "@/lib/i18n/params";

export const generateMetadata = (props: TermPageProps) => termPageMetadata(props, "tags", "title");

export default async function TagsPage({ params, searchParams }: TermPageProps) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser(locale, "author");
  const items = await listTerms(tagStore, locale);
  const savedId = parseTermId((await searchParams)?.saved) ?? undefined;
  return <TermList kind="tags" items={items} canEdit={hasRole(user, "editor")} deleteAction={deleteTag} savedId={savedId} />;
}
