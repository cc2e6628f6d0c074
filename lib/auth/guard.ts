import "server-only";
import { redirect } from "next/navigation";
import type { Role } from "@/db/schema";
import { getRequestPathname } from "@/lib/http/pathname";
import { hasRole } from "./roles";
import { getCurrentUser } from "./session";
import type { SessionUser } from "./users";

/** For dashboard pages: the live user, or a redirect to sign in (and back here afterwards). */
export async function requireUser(locale: string, minimum: Role = "author"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const here = await getRequestPathname();
    redirect(`/${locale}/dashboard/sign-in${here ? `?next=${encodeURIComponent(here)}` : ""}`);
  }
  if (!hasRole(user, minimum)) redirect(`/${locale}/dashboard`);
  return user;
}
