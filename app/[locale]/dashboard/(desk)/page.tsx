import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreateIssueForm } from "@/components/dashboard/issues/CreateIssueForm";
import { IssueTable } from "@/components/dashboard/issues/IssueTable";
import { requireUser } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { listDeskIssues } from "@/lib/dashboard/issue-list";
import { parseLocaleParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: "DashboardIssues" });
  return { title: t("title") };
}

export default async function DashboardIssuesPage({ params }: Props) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [t, initial] = await Promise.all([getTranslations("DashboardIssues"), listDeskIssues({ page: 1 }, locale)]);
  const isEditor = hasRole(user, "editor");
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      {isEditor && (
        <section aria-labelledby="new-issue">
          <h2 id="new-issue" className="mb-2 font-sans text-lg font-semibold">
            {t("newIssue")}
          </h2>
          <CreateIssueForm />
        </section>
      )}
      <IssueTable initial={initial} canPublish={isEditor} />
    </div>
  );
}
