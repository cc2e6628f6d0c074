"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useTranslations } from "next-intl";
import { cleanPastedHtml } from "@/lib/html/paste";

type Props = { id: string; label: string; value: string; onChange: (html: string) => void };

/** The article body: headings, bold, italic, links, lists and quotes; pasted Word/Docs HTML keeps its structure. */
export function RichTextEditor({ id, label, value, onChange }: Props) {
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: "https", protocols: ["http", "https", "mailto"] },
      }),
    ],
    content: value,
    editorProps: {
      attributes: {
        id,
        "aria-label": label,
        "aria-multiline": "true",
        role: "textbox",
        class: "article-body min-h-64 rounded-b border border-stone-400 bg-white px-4 py-3 focus:outline-2",
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: current }) => onChange(current.getHTML()),
  });
  return (
    <div>
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const t = useTranslations("ArticleEditor");
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
    }),
  });
  const chain = () => editor.chain().focus();
  const setLink = () => {
    const href = window.prompt(t("linkPrompt"), editor.getAttributes("link").href ?? "https://");
    if (href === null) return;
    if (href.trim() === "") chain().extendMarkRange("link").unsetLink().run();
    else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
  };
  const buttons = [
    { label: t("bold"), text: t("boldGlyph"), pressed: active.bold, run: () => chain().toggleBold().run() },
    { label: t("italic"), text: t("italicGlyph"), pressed: active.italic, run: () => chain().toggleItalic().run() },
    { label: t("heading2"), text: "H2", pressed: active.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: t("heading3"), text: "H3", pressed: active.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: t("bulletList"), text: "•", pressed: active.bullet, run: () => chain().toggleBulletList().run() },
    { label: t("orderedList"), text: "1.", pressed: active.ordered, run: () => chain().toggleOrderedList().run() },
    { label: t("quote"), text: "❝", pressed: active.quote, run: () => chain().toggleBlockquote().run() },
    { label: t("link"), text: "URL", pressed: active.link, run: setLink },
    { label: t("undo"), text: "↶", pressed: undefined, run: () => chain().undo().run() },
    { label: t("redo"), text: "↷", pressed: undefined, run: () => chain().redo().run() },
  ];
  return (
    <div
      role="toolbar"
      aria-label={t("toolbar")}
      className="flex flex-wrap gap-1 rounded-t border border-b-0 border-stone-400 bg-stone-100 p-1"
    >
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          title={button.label}
          aria-pressed={button.pressed}
          onClick={button.run}
          className="min-w-9 rounded px-2 py-1 font-sans text-sm font-semibold hover:bg-stone-200 aria-pressed:bg-stone-800 aria-pressed:text-white"
        >
          <span aria-hidden="true">{button.text}</span>
          <span className="sr-only">{button.label}</span>
        </button>
      ))}
    </div>
  );
}
