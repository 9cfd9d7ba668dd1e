/** A sentence of a text with its character offsets: `text === source.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits text into sentences, keeping offsets into the original string.
 * Paragraph breaks always end a sentence.
 */
export function splitSentences(source: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]["'”’)\]]*\s+(?=["“‘(\[]?[A-Z0-9])|\n\s*\n/g;
  let from = 0;
  for (const match of source.matchAll(boundary)) {
    const cut = match.index + match[0].trimEnd().length;
    pushTrimmed(source, from, cut, sentences);
    from = match.index + match[0].length;
  }
  pushTrimmed(source, from, source.length, sentences);
  return sentences;
}

function pushTrimmed(source: string, start: number, end: number, out: Sentence[]) {
  while (start < end && /\s/.test(source[start])) start++;
  while (end > start && /\s/.test(source[end - 1])) end--;
  if (end > start) out.push({ text: source.slice(start, end), start, end });
}
