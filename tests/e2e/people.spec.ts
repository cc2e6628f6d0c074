import { expect, test } from "@playwright/test";
import { signIn } from "./support/dashboard";

test("a deactivated editor is thrown out on their next request", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@example.org");
  await admin.getByRole("link", { name: "People" }).click();
  await admin.getByLabel("Email", { exact: true }).fill("leaving.editor@example.org");
  await admin.getByLabel("Name", { exact: true }).fill("Leaving Editor");
  await admin.getByLabel("Role", { exact: true }).selectOption("editor");
  await admin.getByLabel("Initial password").fill("a-long-password-1");
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByText("Account created for Leaving Editor.")).toBeVisible();

  const editor = await (await browser.newContext()).newPage();
  await editor.goto("/en/dashboard/sign-in");
  await editor.getByLabel("Email").fill("leaving.editor@example.org");
  await editor.getByLabel("Password").fill("a-long-password-1");
  await editor.getByRole("button", { name: "Sign in" }).click();
  await expect(editor).toHaveURL(/\/en\/dashboard$/);
  await expect(editor.getByText("Signed in as Leaving Editor")).toBeVisible();

  admin.once("dialog", (dialog) => dialog.accept());
  await admin.locator("li", { hasText: "leaving.editor@example.org" }).getByRole("button", { name: "Deactivate" }).click();
  await expect(admin.getByText("Leaving Editor is deactivated and signed out everywhere.")).toBeVisible();

  await editor.reload();
  await expect(editor).toHaveURL(/\/en\/dashboard\/sign-in/);
  await editor.getByLabel("Email").fill("leaving.editor@example.org");
  await editor.getByLabel("Password").fill("a-long-password-1");
  await editor.getByRole("button", { name: "Sign in" }).click();
  await expect(editor.getByRole("status")).toHaveText("The email or password is incorrect.");
});
