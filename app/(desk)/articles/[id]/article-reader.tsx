"use client";
import { useMemo, useRef, useState } from "react";
import { splitSentences } from "@/lib/extraction/sentences";
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

const NEXT_KEYS = new Set(["ArrowDown", "ArrowRight"]);
const PREVIOUS_KEYS = new Set(["ArrowUp", "ArrowLeft"]);

/**
 * The article text with its claims (and suggested claims) highlighted where they stand. Selecting a passage with the mouse,
 * or choosing a sentence with the keyboard, hands the passage and its offsets to `onPick`.
 *
 * Keyboard: the text is one tab stop (a roving tabindex, as in the WAI-ARIA practices' "managing focus within components"):
 * Tab lands on the current sentence, the arrow keys move between sentences, Home and End go to the first and last, and
 * Enter or Space picks the sentence.
 */
export function ArticleReader({
  body,
  marks,
  onPick,
  describedBy,
}: {
  body: string;
  marks: TextMark[];
  onPick?: (passage: Passage) => void;
  describedBy?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => segmentText(body.length, splitSentences(body), marks), [body, marks]);
  const sentences = useMemo(() => blocks.flatMap((block) => (block.sentence ? [block.sentence] : [])), [blocks]);
  /** Each block's place among the sentences (-1 for text between sentences). */
  const sentenceIndexes = useMemo(() => {
    let next = 0;
    return blocks.map((block) => (block.sentence ? next++ : -1));
  }, [blocks]);
  const [current, setCurrent] = useState(0);

  function pickSelection() {
    const selection = window.getSelection();
    const root = container.current;
    if (!onPick || !root || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    const passage = trimSpan(body, offsetWithin(root, range.startContainer, range.startOffset), offsetWithin(root, range.endContainer, range.endOffset));
    if (passage) onPick(passage);
  }

  function moveTo(index: number) {
    const target = Math.max(0, Math.min(sentences.length - 1, index));
    setCurrent(target);
    container.current?.querySelector<HTMLElement>(`[data-sentence="${target}"]`)?.focus();
  }

  function onSentenceKey(event: React.KeyboardEvent, index: number) {
    const sentence = sentences[index];
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onPick?.({ start: sentence.start, end: sentence.end, text: sentence.text });
    } else if (NEXT_KEYS.has(event.key) || PREVIOUS_KEYS.has(event.key) || event.key === "Home" || event.key === "End") {
      event.preventDefault();
      const to = { Home: 0, End: sentences.length - 1 }[event.key] ?? index + (NEXT_KEYS.has(event.key) ? 1 : -1);
      moveTo(to);
    }
  }

  return (
    <div
      ref={container}
      className="article-text"
      onMouseUp={pickSelection}
      data-testid="article-text"
      role={onPick ? "group" : undefined}
      aria-label={onPick ? "Article sentences" : undefined}
      aria-describedby={onPick ? describedBy : undefined}
    >
      {blocks.map((block, blockIndex) => {
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
        const index = sentenceIndexes[blockIndex];
        return (
          <span
            key={block.segments[0].start}
            className="sentence"
            data-sentence={index}
            tabIndex={index === current ? 0 : -1}
            role="button"
            aria-label={`Add a claim from: ${block.sentence.text}`}
            onKeyDown={(event) => onSentenceKey(event, index)}
            onFocus={() => setCurrent(index)}
          >
            {pieces}
          </span>
        );
      })}
    </div>
  );
}
