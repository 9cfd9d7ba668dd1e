/** Splits an article's text into sentences and marked spans, for the reader view. */
import type { Sentence } from "./sentences";

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** indexes into the marks passed in that cover this piece of text */
  marks: number[];
}

/**
 * Cuts [0, length) at every sentence and mark boundary so the text can be rendered as sentences made of
 * segments, each knowing which marks (claims, suggestions) cover it. Marks may overlap; bad spans are ignored.
 */
export function segmentText(length: number, sentences: Sentence[], marks: Span[]): { sentence: Sentence | null; segments: Segment[] }[] {
  const valid = marks.map((m, i) => ({ ...m, i })).filter((m) => m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = new Set<number>([0, length]);
  for (const s of sentences) cuts.add(s.start).add(s.end);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);

  const blocks: { sentence: Sentence | null; segments: Segment[] }[] = [];
  let sentenceIndex = 0;
  for (let k = 0; k < points.length - 1; k++) {
    const start = points[k];
    const end = points[k + 1];
    while (sentenceIndex < sentences.length && sentences[sentenceIndex].end <= start) sentenceIndex++;
    const candidate = sentences[sentenceIndex];
    const sentence = candidate && candidate.start <= start && end <= candidate.end ? candidate : null;
    const segment = { start, end, marks: valid.filter((m) => m.start < end && start < m.end).map((m) => m.i) };
    const last = blocks[blocks.length - 1];
    if (last && last.sentence === sentence && sentence !== null) last.segments.push(segment);
    else blocks.push({ sentence, segments: [segment] });
  }
  return blocks;
}
