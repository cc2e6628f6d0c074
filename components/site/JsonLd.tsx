import { headers } from "next/headers";
import { NONCE_HEADER } from "@/lib/http/csp";

/**
 * Structured data; "<" is escaped so no string in the data can close the script element. A data
 * block never runs, but it carries the page's nonce so the policy stays "no script without one".
 */
export async function JsonLd({ data }: { data: Record<string, unknown> }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: json }} />;
}
