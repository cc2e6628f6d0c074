import { getTranslations } from "next-intl/server";
import type { TermKind, TermListItem } from "@/lib/dashboard/taxonomy/types";
import { Link } from "@/lib/i18n/navigation";
import { TermTable } from "./TermTable";
import type { RowAction } from "./types";

interface Props {
  kind: TermKind;
  items: TermListItem[];
  canEdit: boolean;
  deleteAction: RowAction<{ id: number }>;
  moveAction?: RowAction<{ id: number; direction: "up" | "down" }>;
  /** The row just created, from `?saved=`. */
  savedId?: number;
}

/** The list pages of sections, authors and tags. */
export async function TermList({ kind, items, canEdit, deleteAction, moveAction, savedId }: Props) {
  const t = await getTranslations("DashboardTaxonomy");
  const saved = items.find((item) => item.id === savedId);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">{t(`${kind}.title`)}</h1>
          <p className="mt-1 max-w-2xl font-sans text-stone-700">{t(`${kind}.intro`)}</p>
        </div>
        {canEdit ? (
          <Link
            href={`/dashboard/${kind}/new`}
            className="rounded bg-stone-900 px-4 py-2 font-sans font-semibold text-white hover:bg-stone-700"
          >
            {t(`${kind}.new`)}
          </Link>
        ) : (
          <p className="max-w-sm font-sans text-sm text-stone-700">{t("readOnly")}</p>
        )}
      </div>
      <TermTable
        kind={kind}
        items={items}
        canEdit={canEdit}
        deleteAction={deleteAction}
        moveAction={moveAction}
        notice={saved ? t(`${kind}.saved`, { name: saved.name }) : undefined}
        highlight={saved?.id}
      />
    </div>
  );
}
