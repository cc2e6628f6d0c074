import type { TextSegment } from "@/lib/search/highlight";

/** Text with the search matches marked; every piece is rendered as text, never as HTML. */
export function Highlighted({ segments }: { segments: TextSegment[] }) {
  return segments.map((segment, index) =>
    segment.marked ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
        {segment.text}
      </mark>
    ) : (
      <span key={index}>{segment.text}</span>
    ),
  );
}
