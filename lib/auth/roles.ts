import type { Role } from "@/db/schema";

const rank: Record<Role, number> = { author: 1, editor: 2, admin: 3 };

/** Roles are ordered: an admin may do what an editor may, an editor what an author may. */
export function hasRole(user: { role: Role }, minimum: Role): boolean {
  return rank[user.role] >= rank[minimum];
}
