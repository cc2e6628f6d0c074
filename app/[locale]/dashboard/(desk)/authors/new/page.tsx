import { setRequestLocale } from "next-intl/server";
import { TermEditor } from "@/components/dashboard/taxonomy/TermEditor";
import { termPageMetadata, type TermPageProps } from "@/components/dashboard/taxonomy/page-props";
import { createAuthor } from "@/lib/actions/taxonomy/create-author";
import { requireUser } from "@/lib/auth/guard";
import { parseLocaleParam } from "@/lib/i18n/params";

export const generateMetadata = (props: TermPageProps) => termPageMetadata(props, "authors", "new");

export default async function NewAuthorPage({ params }: TermPageProps) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  await requireUser(locale, "editor");
  return <TermEditor kind="authors" term={null} action={createAuthor} />;
}
