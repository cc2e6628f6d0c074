import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { TermEditor } from "@/components/dashboard/taxonomy/TermEditor";
import { termIdOrNotFound, termPageMetadata, type TermPageProps } from "@/components/dashboard/taxonomy/page-props";
import { updateTag } from "@/lib/actions/taxonomy/update-tag";
import { requireUser } from "@/lib/auth/guard";
import { tagStore } from "@/lib/dashboard/taxonomy/tags";
import { getTerm } from "@/lib/dashboard/taxonomy/terms";
import { parseLocaleParam } from "@/lib/i18n/params";

export const generateMetadata = (props: TermPageProps) => termPageMetadata(props, "tags", "editTitle");

export default async function EditTagPage({ params }: TermPageProps) {
  const { locale: raw, id } = await params;
  const locale = parseLocaleParam(raw);
  setRequestLocale(locale);
  await requireUser(locale, "editor");
  const term = await getTerm(tagStore, termIdOrNotFound(id));
  if (!term) notFound();
  return <TermEditor kind="tags" term={term} action={updateTag} />;
}
