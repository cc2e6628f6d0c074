import { getTranslations } from "next-intl/server";
import { signOutOfDashboard } from "@/lib/actions/session/sign-out";
import { hasRole } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/users";
import { Link } from "@/lib/i18n/navigation";
import { DashboardLanguageSwitcher } from "./DashboardLanguageSwitcher";

export async function DashboardHeader({ user }: { user: SessionUser }) {
  const t = await getTranslations("Dashboard");
  const links = [
    { href: "/dashboard", label: t("issues") },
    { href: "/dashboard/sections", label: t("sections") },
    { href: "/dashboard/authors", label: t("authors") },
    { href: "/dashboard/tags", label: t("tags") },
    ...(hasRole(user, "editor")
      ? [
          { href: "/dashboard/subscribers", label: t("subscribers") },
          { href: "/dashboard/outbox", label: t("outbox") },
        ]
      : []),
    ...(hasRole(user, "admin") ? [{ href: "/dashboard/people", label: t("people") }] : []),
  ];
  return (
    <header className="border-b border-stone-300 bg-stone-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex flex-wrap items-center gap-6">
          <Link href="/dashboard" className="font-serif text-xl font-bold">
            {t("title")}
          </Link>
          <nav aria-label={t("navigation")}>
            <ul className="flex flex-wrap gap-1 font-sans text-sm">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="block rounded px-2 py-1 hover:bg-stone-700">
                    {link.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/" className="block rounded px-2 py-1 text-stone-300 hover:bg-stone-700">
                  {t("viewSite")}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <div className="flex flex-wrap items-center gap-3 font-sans text-sm">
          <DashboardLanguageSwitcher />
          <span className="text-stone-300">
            {t("signedInAs", { name: user.name })} · {t(`role_${user.role}`)}
          </span>
          <form action={signOutOfDashboard}>
            <button type="submit" className="rounded border border-stone-500 px-2 py-1 hover:bg-stone-700">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
