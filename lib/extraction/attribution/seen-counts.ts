/**
 * How often a word occurs in the sentences read so far, as `seen.split(word).length - 1` would count it over
 * the sentences joined with a space, kept up to date one new sentence at a time (the words have no white space,
 * so no occurrence spans two sentences).
 *
 * A word that opens with an ASCII capital is only looked for in the sentences where its first three characters
 * stand at a capital: an index of those sentences is built once per sentence, so a long text naming thousands of
 * bodies does not scan every sentence again for each of them. Whoever needs to know which leads new sentences hold
 * (see OrgsByCount) listens to that indexing instead of scanning the sentences again.
 */
const ASCII_CAPITAL_START = /^[A-Z][^]{2}/;

export class SeenCounts {
  private counts = new Map<string, { count: number; upTo: number }>();
  /** First three characters at an ASCII capital → the sentences holding them, ascending, each once. */
  private byLead = new Map<string, number[]>();
  private indexedUpTo = 0;
  private listeners: Array<(lead: string) => void> = [];

  constructor(private readonly sentences: readonly string[]) {}

  count(word: string): number {
    let c = this.counts.get(word);
    if (!c) this.counts.set(word, (c = { count: 0, upTo: 0 }));
    if (!ASCII_CAPITAL_START.test(word)) {
      for (; c.upTo < this.sentences.length; c.upTo++) c.count += occurrences(this.sentences[c.upTo], word);
      return c.count;
    }
    this.indexNewSentences();
    const holding = this.byLead.get(word.slice(0, 3)) ?? [];
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
   * Calls `listener` with every lead (three characters from an ASCII capital) of every sentence indexed from now on,
   * once per lead and sentence, as the sentence is indexed.
   */
  onNewLead(listener: (lead: string) => void): void {
    this.listeners.push(listener);
  }

  /** Indexes the sentences added since the last look-up (`count` does it too), telling the listeners their leads. */
  indexNewSentences(): void {
    for (; this.indexedUpTo < this.sentences.length; this.indexedUpTo++) {
      const s = this.sentences[this.indexedUpTo];
      for (let i = 0; i + 3 <= s.length; i++) {
        const ch = s.charCodeAt(i);
        if (ch < 65 || ch > 90) continue;
        const lead = s.slice(i, i + 3);
        const list = this.byLead.get(lead);
        if (list && list[list.length - 1] === this.indexedUpTo) continue;
        if (list) list.push(this.indexedUpTo);
        else this.byLead.set(lead, [this.indexedUpTo]);
        for (const listener of this.listeners) listener(lead);
      }
    }
  }
}

/** Non-overlapping occurrences of `word` in `s`. */
function occurrences(s: string, word: string): number {
  let n = 0;
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + word.length)) n++;
  return n;
}
