"use client";
import { useMemo, useRef } from "react";
import { splitSentences, type Sentence } from "@/lib/extraction/sentences";
import { segmentText } from "@/lib/extraction/highlight";

/** A highlighted span: a recorded claim, or a suggestion waiting for review. */
export interface TextMark {
  id: number;
  kind: "claim" | "suggestion";
  start: number;
  end: number;
  status?: string;
  label: string;
}

export interface Passage {
  start: number;
  end: number;
  text: string;
}

/** Offset of a DOM point within the container's text, which is the article body character for character. */
function offsetWithin(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** Narrows a span so it neither starts nor ends with white space. */
function trimSpan(body: string, start: number, end: number): Passage | null {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return end > start ? { start, end, text: body.slice(start, end) } : null;
}

/**
 * The article text with its claims (and suggested claims) highlighted where they stand. Selecting a passage with the mouse, or
 * choosing a sentence with the keyboard (Tab to it, then Enter), hands the passage and its offsets to `onPick`.
 */
export function ArticleReader({ body, marks, onPick }: { body: string; marks: TextMark[]; onPick?: (passage: Passage) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => segmentText(body.length, splitSentences(body), marks), [body, marks]);

  function pickSelection() {
    const selection = window.getSelection();
    const root = container.current;
    if (!onPick || !root || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    const passage = trimSpan(body, offsetWithin(root, range.startContainer, range.startOffset), offsetWithin(root, range.endContainer, range.endOffset));
    if (passage) onPick(passage);
  }

  function pickSentence(event: React.KeyboardEvent, sentence: Sentence) {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onPick?.({ start: sentence.start, end: sentence.end, text: sentence.text });
  }

  return (
    <div ref={container} className="article-text" onMouseUp={pickSelection} data-testid="article-text">
      {blocks.map((block) => {
        const pieces = block.segments.map((segment) => {
          const text = body.slice(segment.start, segment.end);
          if (!segment.marks.length) return <span key={segment.start}>{text}</span>;
          const covering = segment.marks.map((i) => marks[i]);
          const claim = covering.findLast((m) => m.kind === "claim");
          return (
            <mark
              key={segment.start}
              className={claim ? `claim-mark status-${claim.status}` : "suggestion-mark"}
              title={covering.map((m) => m.label).join("\n")}
              data-claim-ids={covering.filter((m) => m.kind === "claim").map((m) => m.id).join(" ") || undefined}
            >
              {text}
            </mark>
          );
        });
        if (!block.sentence || !onPick) return <span key={block.segments[0].start}>{pieces}</span>;
        const sentence = block.sentence;
        return (
          <span
            key={block.segments[0].start}
            className="sentence"
            tabIndex={0}
            role="button"
            aria-label={`Add a claim from: ${sentence.text}`}
            onKeyDown={(event) => pickSentence(event, sentence)}
          >
            {pieces}
          </span>
        );
      })}
    </div>
  );
}
