import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { TermEditor } from "@/components/dashboard/taxonomy/TermEditor";
import { termIdOrNotFound, termPageMetadata, type TermPageProps } from "@/components/dashboard/taxonomy/page-props";
import { updateSection } from "@/lib/actions/taxonomy/update-section";
import { requireUser } from "@/lib/auth/guard";
import { sectionStore } from "@/lib/dashboard/taxonomy/sections";
import { getTerm } from "@/lib/dashboard/taxonomy/terms";
import { parseLocaleParam } from "@/lib/i18n/params";

export const generateMetadata = (props: TermPageProps) => termPageMetadata(props, "sections", "editTitle");

export default async function EditSectionPage({ params }: TermPageProps) {
  const { locale: raw, id } = await params;
  const locale = parseLocaleParam(raw);
  setRequestLocale(locale);
  await requireUser(locale, "editor");
  const term = await getTerm(sectionStore, termIdOrNotFound(id));
  if (!term) notFound();
  return <TermEditor kind="sections" term={term} action={updateSection} />;
}
