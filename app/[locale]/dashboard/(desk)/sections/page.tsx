import { setRequestLocale } from "next-intl/server";
import { TermList } from "@/components/dashboard/taxonomy/TermList";
import { parseTermId, termPageMetadata, type TermPageProps } from "@/components/dashboard/taxonomy/page-props";
import { deleteSection } from "@/lib/actions/taxonomy/delete-section";
import { moveSection } from "@/lib/actions/taxonomy/move-section";
import { requireUser } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { sectionStore } from "@/lib/dashboard/taxonomy/sections";
import { listTerms } from "@/lib/dashboard/taxonomy/terms";
import { parseLocaleParam } from "@/lib/i18n/params";

export const generateMetadata = (props: TermPageProps) => termPageMetadata(props, "sections", "title");

export default async function SectionsPage({ params, searchParams }: TermPageProps) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser(locale, "author");
  const items = await listTerms(sectionStore, locale);
  const savedId = parseTermId((await searchParams)?.saved) ?? undefined;
  return (
    <TermList
      kind="sections"
      items={items}
      canEdit={hasRole(user, "editor")}
      deleteAction={deleteSection}
      moveAction={moveSection}
      savedId={savedId}
    />
  );
}
