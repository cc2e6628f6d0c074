"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/FormMessage";
import type { ActionResult } from "@/lib/actions/result";
import type { TermKind, TermListItem } from "@/lib/dashboard/taxonomy/types";
import { useRouter } from "@/lib/i18n/navigation";
import { TermRow, type Direction } from "./TermRow";
import type { RowAction } from "./types";

interface Props {
  kind: TermKind;
  items: TermListItem[];
  canEdit: boolean;
  deleteAction: RowAction<{ id: number }>;
  /** Sections only: the reader's order is this list's order. */
  moveAction?: RowAction<{ id: number; direction: Direction }>;
  /** A notice from the previous page (after creating) and the row it is about. */
  notice?: string;
  highlight?: number;
}

/** The rows come from the server; after a change the page re-renders them (router.refresh). */
export function TermTable({ kind, items, canEdit, deleteAction, moveAction, notice, highlight }: Props) {
  const t = useTranslations("DashboardTaxonomy");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(notice ? { ok: true, message: notice } : null);
  const status = useRef<HTMLDivElement>(null);
  // React may re-insert a moved row, which drops focus; put it back on the button that was pressed.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (refocus.current) document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [items]);

  function run(call: () => Promise<ActionResult<unknown>>, focusAfter: string | null) {
    if (pending) return;
    startTransition(async () => {
      const outcome = await call();
      setResult(outcome);
      refocus.current = outcome.ok ? focusAfter : null;
      if (outcome.ok) router.refresh();
    });
  }

  function remove(item: TermListItem) {
    if (!window.confirm(t("confirmDelete", { name: item.name }))) return;
    status.current?.focus();
    run(() => deleteAction({ id: item.id }), null);
  }

  const moveFor = (item: TermListItem, index: number) =>
    moveAction && {
      first: index === 0,
      last: index === items.length - 1,
      run: (direction: Direction) => run(() => moveAction({ id: item.id, direction }), `move-${direction}-${item.id}`),
    };

  return (
    <div>
      <div ref={status} tabIndex={-1} className="mb-4 min-h-6 focus:outline-none">
        {pending ? <p className="font-sans text-sm text-stone-600">{t("working")}</p> : <FormMessage state={result} />}
      </div>
      {items.length === 0 ? (
        <p className="font-sans">{t(`${kind}.empty`)}</p>
      ) : (
        <table className="w-full border-collapse font-sans text-sm">
          <thead>
            <tr className="border-b-2 border-stone-800 text-left">
              <th scope="col" className="py-2 pr-3">
                {t(`${kind}.nameLabel`)}
              </th>
              <th scope="col" className="hidden py-2 pr-3 sm:table-cell">
                {t("languages")}
              </th>
              <th scope="col" className="hidden py-2 pr-3 text-right sm:table-cell">
                {t("articles")}
              </th>
              {canEdit && (
                <th scope="col" className="py-2">
                  {t("actions")}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <TermRow
                key={item.id}
                kind={kind}
                item={item}
                highlighted={item.id === highlight}
                canEdit={canEdit}
                move={moveFor(item, index)}
                onDelete={() => remove(item)}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
