import { hasRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { formatCsvRow } from "@/lib/csv";
import { exportSubscribers, type DeskSubscriber } from "@/lib/dashboard/subscribers";
import { dateInTimeZone } from "@/lib/dates/week";
import { subscriberFilterSchema, type SubscriberFilter } from "@/lib/validation/subscribers";

const HEADER = ["email", "language", "status", "consent_source", "consent_at", "confirmed_at", "unsubscribed_at", "created_at"];

/**
 * The subscriber list as a CSV download (all of it, or what ?q=&status=&locale= select), for
 * editors. A route handler because a file download is an HTTP contract, not a form result.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !hasRole(user, "editor")) return new Response("Forbidden\n", { status: 403, headers: plainText });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filter = subscriberFilterSchema.safeParse(params);
  if (!filter.success) return new Response("Bad request\n", { status: 400, headers: plainText });

  return new Response(csvStream(filter.data), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="subscribers-${dateInTimeZone(new Date())}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

const plainText = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/** RFC 4180 lines with CRLF, after a BOM so that Excel reads the Cyrillic as UTF-8. */
function csvStream(filter: SubscriberFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = exportSubscribers(filter);
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${formatCsvRow(HEADER)}\r\n`));
        return;
      }
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((row) => `${formatCsvRow(csvCells(row))}\r\n`).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

function csvCells(row: DeskSubscriber): (string | null)[] {
  return [row.email, row.locale, row.status, row.consentSource, row.consentAt, row.confirmedAt, row.unsubscribedAt, row.createdAt];
}
