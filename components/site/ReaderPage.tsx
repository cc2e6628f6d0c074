import type { ReactNode } from "react";
import type { LocalizedPaths } from "@/lib/seo/alternates";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/** The frame of every reader page: a header whose switcher knows this page's translations, main, footer. */
export function ReaderPage({ paths, children }: { paths: LocalizedPaths; children: ReactNode }) {
  return (
    <>
      <SiteHeader paths={paths} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
