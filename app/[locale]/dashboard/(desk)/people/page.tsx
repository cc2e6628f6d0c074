import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreatePersonForm } from "@/components/dashboard/people/CreatePersonForm";
import { PeopleList } from "@/components/dashboard/people/PeopleList";
import { requireUser } from "@/lib/auth/guard";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { listDeskPeople } from "@/lib/dashboard/people";
import { parseLocaleParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = parseLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: "DashboardPeople" });
  return { title: t("title") };
}

export default async function DashboardPeoplePage({ params }: Props) {
  const locale = parseLocaleParam((await params).locale);
  setRequestLocale(locale);
  const admin = await requireUser(locale, "admin");
  const [t, people] = await Promise.all([getTranslations("DashboardPeople"), listDeskPeople(locale)]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-2xl font-sans text-stone-700">{t("intro")}</p>
      </div>
      <section aria-labelledby="new-person">
        <h2 id="new-person" className="mb-2 font-sans text-lg font-semibold">
          {t("newPerson")}
        </h2>
        <CreatePersonForm minPasswordLength={MIN_PASSWORD_LENGTH} />
      </section>
      <PeopleList initial={people} currentUserId={admin.id} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </div>
  );
}
