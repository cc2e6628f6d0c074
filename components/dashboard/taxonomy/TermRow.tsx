import { useTranslations } from "next-intl";
import type { TermKind, TermListItem } from "@/lib/dashboard/taxonomy/types";
import { Link } from "@/lib/i18n/navigation";
import { LanguageBadges } from "./LanguageBadges";
import { RowButton } from "./RowButton";
import { TermName } from "./TermName";

export type Direction = "up" | "down";

interface Props {
  kind: TermKind;
  item: TermListItem;
  highlighted: boolean;
  canEdit: boolean;
  /** Sections only; `first`/`last` grey out the move that would go nowhere. */
  move?: { first: boolean; last: boolean; run: (direction: Direction) => void };
  onDelete: () => void;
}

/** One list row. On phones the languages and article count sit under the name instead of in columns. */
export function TermRow({ kind, item, highlighted, canEdit, move, onDelete }: Props) {
  const t = useTranslations("DashboardTaxonomy");
  const name = { name: item.name };
  return (
    <tr className={`border-b border-stone-200 align-top ${highlighted ? "bg-amber-50" : ""}`}>
      <td className="py-2 pr-3">
        <TermName item={item} />
        <div className="mt-0.5 font-mono text-xs break-all text-stone-600">{item.slug}</div>
        <div className="mt-1 flex flex-wrap items-center gap-2 sm:hidden">
          <LanguageBadges locales={item.locales} />
          <span className="text-stone-700">{t("articleCount", { count: item.articleCount })}</span>
        </div>
      </td>
      <td className="hidden py-2 pr-3 sm:table-cell">
        <LanguageBadges locales={item.locales} />
      </td>
      <td className="hidden py-2 pr-3 text-right tabular-nums sm:table-cell">{item.articleCount}</td>
      {canEdit && (
        <td className="py-2">
          <div className="flex flex-wrap gap-1">
            {move && (
              <>
                <RowButton id={`move-up-${item.id}`} label={t("moveUpLabel", name)} disabled={move.first} onClick={() => move.run("up")}>
                  <span aria-hidden="true">↑</span> {t("moveUp")}
                </RowButton>
                <RowButton
                  id={`move-down-${item.id}`}
                  label={t("moveDownLabel", name)}
                  disabled={move.last}
                  onClick={() => move.run("down")}
                >
                  <span aria-hidden="true">↓</span> {t("moveDown")}
                </RowButton>
              </>
            )}
            <Link
              href={`/dashboard/${kind}/${item.id}`}
              aria-label={t("editLabel", name)}
              className="rounded border border-stone-400 px-2 py-1 hover:bg-stone-100"
            >
              {t("edit")}
            </Link>
            <RowButton label={t("deleteLabel", name)} onClick={onDelete} danger>
              {t("delete")}
            </RowButton>
          </div>
        </td>
      )}
    </tr>
  );
}
