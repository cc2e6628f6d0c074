import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";

export async function signIn(page: Page, email: string, locale = "en") {
  await page.goto(`/${locale}/dashboard/sign-in`);
  await page.getByLabel(locale === "en" ? "Email" : /пошта|почта/).fill(email);
  await page.getByLabel(locale === "en" ? "Password" : "Пароль").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : /Увайсці|Войти/ }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
}

/** The Monday of the week after `from`, as YYYY-MM-DD. */
export function nextMonday(from = new Date()): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  const daysToMonday = (8 - date.getUTCDay()) % 7 || 7;
  date.setUTCDate(date.getUTCDate() + daysToMonday);
  return date.toISOString().slice(0, 10);
}
