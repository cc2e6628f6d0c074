import { setRequestLocale } from "next-intl/server";
import { TermEditor } from "@/components/dashboard/taxonomy/TermEditor";
import { termPageMetadata, type TermPageProps } from "@/components/dashboard/taxonomy/page-props";
import { createTag } from "@/lib/actions/taxonomy/create-tag";
import { requireUser } from "@/lib/auth/guard";
import { parseLocaleParam } from "@/lib/i18n/params";

export const generateMetadata = (props: TermPageProps) => termPageMetadata(props, "tags", "new");

export default async function NewTagPage({ params }: TermPageProps) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  await requireUser(locale, "editor");
  return <TermEditor kind="tags" term={null} action={createTag} />;
}
