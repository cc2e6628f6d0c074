import { getTranslations } from "next-intl/server";
import type { TermDetail, TermKind } from "@/lib/dashboard/taxonomy/types";
import { Link } from "@/lib/i18n/navigation";
import { TermForm } from "./TermForm";
import type { SaveAction } from "./types";

/** The new and edit pages of sections, authors and tags. */
export async function TermEditor({ kind, term, action }: { kind: TermKind; term: TermDetail | null; action: SaveAction }) {
  const t = await getTranslations("DashboardTaxonomy");
  return (
    <div className="space-y-6">
      <p className="font-sans text-sm">
        <Link href={`/dashboard/${kind}`} className="text-stone-700 underline underline-offset-2">
          ← {t(`${kind}.title`)}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{term ? t(`${kind}.editTitle`) : t(`${kind}.new`)}</h1>
      <TermForm kind={kind} term={term} action={action} />
    </div>
  );
}
