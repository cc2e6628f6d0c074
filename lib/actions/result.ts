/** What every server action returns: never throws to the client, field errors next to fields. */
export type ActionResult<T = undefined> =
  { ok: true; message?: string; data?: T } | { ok: false; message: string; errors?: Record<string, string[]>; conflict?: unknown };
