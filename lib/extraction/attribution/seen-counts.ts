/**
 * How often a word occurs in the sentences read so far, as `seen.split(word).length - 1` would count it over
 * the sentences joined with a space, kept up to date one new sentence at a time (the words have no white space,
 * so no occurrence spans two sentences).
 *
 * A word that opens with an ASCII capital is only looked for in the sentences where its first three characters
 * stand at a capital: an index of those sentences is built once per sentence, so a long text naming thousands of
 * bodies does not scan every sentence again for each of them. And as many such words share their first three
 * characters ("Vaalrandb", "Vaalrandc", ...), the places of those three in the sentences holding them are read once,
 * when a word led by them is first counted, each with its "tail" (the text from there to the next white space): a word
 * without white space stands where a tail starts with it, so a word counted later reads those tails, not the sentences.
 */
/** Whether `word` opens with an ASCII capital and has three characters or more (what /^[A-Z][^]{2}/ tests). */
export function asciiCapitalStart(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90 && word.length >= 3;
}

/**
 * The key of the three characters of `s` from `i` (an ASCII capital): a number when all three are ASCII, made without
 * building a string (most leads), else the three characters themselves. Two leads get the same key only when equal.
 */
export function leadKey(s: string, i: number): number | string {
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  return (b | c) < 128 ? (s.charCodeAt(i) << 14) | (b << 7) | c : s.slice(i, i + 3);
}

export class SeenCounts {
  private counts = new Map<string, { count: number; upTo: number }>();
  /** First three characters at an ASCII capital (by `leadKey`) → the sentences holding them, ascending, each once. */
  private byLead = new Map<number | string, number[]>();
  private indexedUpTo = 0;
  /** Per lead (by `leadKey`) that a counted word had: its places by tail (sentence and offset pairs, flat), and how many of its holding sentences they cover. */
  private tailsByLead = new Map<number | string, { tails: Map<string, number[]>; order: string[]; upTo: number }>();
  /** Per word counted by its tails: the places of the tails that start with it, and how many of its lead's tails (in `order`) were read for it. */
  private tailsByWord = new Map<string, { seen: number; at: number[][] }>();
  /** A sentence too long for the places of `countByTails` (none in practice): words are then counted by their holding sentences. */
  private longSentence = false;

  /** `sentences`: the sentences read so far, to which more are added (OrgsByCount reads the new ones itself). */
  constructor(readonly sentences: readonly string[]) {}

  count(word: string): number {
    let c = this.counts.get(word);
    if (!c) this.counts.set(word, (c = { count: 0, upTo: 0 }));
    if (!asciiCapitalStart(word)) {
      for (; c.upTo < this.sentences.length; c.upTo++) c.count += occurrences(this.sentences[c.upTo], word);
      return c.count;
    }
    this.indexNewSentences();
    const holding = this.byLead.get(leadKey(word, 0)) ?? [];
    if (!WHITE_SPACE.test(word) && !this.longSentence) {
      c.count += this.countByTails(word, holding, c.upTo);
      c.upTo = this.sentences.length;
      return c.count;
    }
    // Where this word's look-up stopped: the first holding sentence not counted yet (a binary search, once per call).
    let lo = 0;
    let hi = holding.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (holding[mid] < c.upTo) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < holding.length; k++) c.count += occurrences(this.sentences[holding[k]], word);
    c.upTo = this.sentences.length;
    return c.count;
  }

  /**
   * Occurrences of `word` (no white space; its lead held by the sentences `holding`) in the sentences from `upTo`: the
   * places of its lead in those sentences, read once per lead and kept by tail, whose tails start with the word.
   */
  private countByTails(word: string, holding: readonly number[], upTo: number): number {
    const key = leadKey(word, 0);
    let read = this.tailsByLead.get(key);
    if (!read) this.tailsByLead.set(key, (read = { tails: new Map(), order: [], upTo: 0 }));
    const lead = word.slice(0, 3);
    for (; read.upTo < holding.length; read.upTo++) {
      const k = holding[read.upTo];
      const s = this.sentences[k];
      // Every place of the three characters is a capital leading them (the first of them is one).
      for (let i = s.indexOf(lead); i >= 0; i = s.indexOf(lead, i + 1)) {
        let end = i + 1;
        while (end < s.length && !isSpaceAt(s, end)) end++;
        const tail = s.slice(i, end);
        const at = read.tails.get(tail);
        if (at) at.push(k, i);
        else {
          read.tails.set(tail, [k, i]);
          read.order.push(tail);
        }
      }
    }
    // The places in the sentences not counted yet, as sentence * PLACE + offset, each tail's in the order read.
    // The tails starting with the word are kept per word, each new tail of its lead read once: renamed copies
    // ("Vaalrandb", "Vaalrandc", ...) share a lead, and reading every tail of it at each look-up grew with them.
    let mine = this.tailsByWord.get(word);
    if (!mine) this.tailsByWord.set(word, (mine = { seen: 0, at: [] }));
    for (; mine.seen < read.order.length; mine.seen++) {
      const tail = read.order[mine.seen];
      if (tail.startsWith(word)) mine.at.push(read.tails.get(tail)!);
    }
    const places: number[] = [];
    for (const at of mine.at) {
      for (let k = at.length - 2; k >= 0 && at[k] >= upTo; k -= 2) places.push(at[k] * PLACE + at[k + 1]);
    }
    if (places.length > 1) places.sort((a, b) => a - b);
    // As indexOf counts them: an occurrence overlapping the last one counted ("AcmeAcme" twice in "AcmeAcmeAcme") is none.
    let n = 0;
    let end = -1;
    for (const place of places) {
      if (place < end) continue;
      n++;
      end = place + word.length;
    }
    return n;
  }

  /** Indexes the sentences added since the last look-up. */
  private indexNewSentences(): void {
    for (; this.indexedUpTo < this.sentences.length; this.indexedUpTo++) {
      const s = this.sentences[this.indexedUpTo];
      if (s.length >= PLACE / 2) this.longSentence = true;
      for (let i = 0; i + 3 <= s.length; i++) {
        const ch = s.charCodeAt(i);
        if (ch < 65 || ch > 90) continue;
        const lead = leadKey(s, i);
        const list = this.byLead.get(lead);
        if (list && list[list.length - 1] === this.indexedUpTo) continue;
        if (list) list.push(this.indexedUpTo);
        else this.byLead.set(lead, [this.indexedUpTo]);
      }
    }
  }
}

/**
 * The places of `countByTails`: sentence * PLACE + offset, below 2^53 for 2^27 sentences; an offset and a word's length
 * past it stay below PLACE in a sentence shorter than PLACE / 2 (with a longer one, words are counted otherwise).
 */
const PLACE = 2 ** 26;
const WHITE_SPACE = /\s/;
/** `/\s/.test(ch)` for the code unit at i, without the expression for ASCII (tab to carriage return, space). */
function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE_SPACE.test(s[i]);
}

/** Non-overlapping occurrences of `word` in `s`. */
function occurrences(s: string, word: string): number {
  let n = 0;
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + word.length)) n++;
  return n;
}
