import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/lib/site";

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection(); // the origin comes from the runtime environment, not the build's
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/dashboard"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
