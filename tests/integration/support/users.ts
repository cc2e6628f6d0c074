import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

/** The demo seed's accounts, which every integration database has. */
export async function demoUser(role: "admin" | "editor" | "author") {
  const [user] = await getDb()
    .select()
    .from(users)
    .where(eq(users.email, `${role}@example.org`));
  if (!user) throw new Error(`No demo ${role}`);
  return user;
}
