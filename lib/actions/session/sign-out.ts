"use server";

import { getLocale } from "next-intl/server";
import { signOut } from "@/lib/auth/auth";

export async function signOutOfDashboard(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}/dashboard/sign-in` });
}
