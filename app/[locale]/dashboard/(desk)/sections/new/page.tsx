import { setRequestLocale } from "next-intl/server";
import { TermEditor } from "@/components/dashboard/taxonomy/TermEditor";
import { termPageMetadata, type TermPageProps } from "@/components/dashboard/taxonomy/page-props";
import { createSection } from "@/lib/actions/taxonomy/create-section";
import { requireUser } from "@/lib/auth/guard";
import { parseLocaleParam } from "@/lib/i18n/params";

export const generateMetadata = (props: TermPageProps) => termPageMetadata(props, "sections", "new");

export default async function NewSectionPage({ params }: TermPageProps) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  await requireUser(locale, "editor");
  return <TermEditor kind="sections" term={null} action={createSection} />;
}
