"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/ui/FormMessage";
import { reorderArticles } from "@/lib/actions/articles/reorder-articles";
import type { DeskArticle, Option } from "@/lib/dashboard/issue-desk";
import { SortableArticleRow } from "./SortableArticleRow";

type Props = { issueId: number; articles: DeskArticle[]; sections: Option[]; canReorder: boolean };

/** Articles of an issue in reading order: drag with a pointer, or Space and arrow keys on a handle. */
export function ArticleOrderBoard({ issueId, articles, sections, canReorder }: Props) {
  const t = useTranslations("IssueDesk");
  const router = useRouter();
  const [items, setItems] = useState(articles);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const save = useMutation({
    mutationFn: () => {
      const sectionRank = new Map(sections.map((s, index) => [s.id, index]));
      const ordered = items
        .map((item, index) => ({ item, index }))
        .sort((a, b) => sectionRank.get(a.item.sectionId)! - sectionRank.get(b.item.sectionId)! || a.index - b.index);
      return reorderArticles({ issueId, order: ordered.map(({ item }) => ({ articleId: item.id, sectionId: item.sectionId })) });
    },
    onSuccess: (result) => {
      if (result.ok) router.refresh();
    },
  });
  const titleOf = (id: unknown) => items.find((item) => item.id === id)?.title || t("untitled");
  const positionOf = (id: unknown) => items.findIndex((item) => item.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("announcePickUp", { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t("announceOver", { title: titleOf(active.id), position: positionOf(over.id), total: items.length }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t("announceDrop", { title: titleOf(active.id), position: positionOf(over.id), total: items.length }) : undefined,
    onDragCancel: ({ active }) => t("announceCancel", { title: titleOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    setItems((current) => arrayMove(current, positionOf(active.id) - 1, positionOf(over.id) - 1));
  };
  const moveToSection = (id: number, sectionId: number) =>
    setItems((current) => current.map((item) => (item.id === id ? { ...item, sectionId } : item)));

  if (items.length === 0) return <p className="font-sans">{t("noArticles")}</p>;
  return (
    <div className="space-y-3">
      {canReorder && <p className="font-sans text-sm text-stone-600">{t("orderHint")}</p>}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("orderHint") } }}
      >
        <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <ol className="divide-y divide-stone-200 rounded border border-stone-300">
            {items.map((item) => (
              <SortableArticleRow
                key={item.id}
                article={item}
                sections={sections}
                canReorder={canReorder}
                onSectionChange={moveToSection}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {canReorder && (
        <div className="flex items-center gap-3">
          <button
            type="button"
            onClick={() => save.mutate()}
            disabled={save.isPending}
            className="rounded bg-stone-900 px-3 py-1.5 font-sans text-sm font-semibold text-white disabled:opacity-50"
          >
            {t("saveOrder")}
          </button>
          <FormMessage state={save.data ?? null} />
        </div>
      )}
    </div>
  );
}
