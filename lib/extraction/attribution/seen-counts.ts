/**
 * How often a word occurs in the sentences read so far, as `seen.split(word).length - 1` would count it over
 * the sentences joined with a space, kept up to date one new sentence at a time (the words have no white space,
 * so no occurrence spans two sentences).
 *
 * A word that opens with an ASCII capital is only looked for in the sentences where its first three characters
 * stand at a capital: an index of those sentences is built once per sentence, so a long text naming thousands of
 * bodies does not scan every sentence again for each of them. Whoever needs to know which leads new sentences hold
 * (see OrgsByCount) takes them from that indexing instead of scanning the sentences again.
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
  /** The leads of the sentences indexed since the last `takeNewLeads` (see OrgsByCount). */
  private newLeads = new Set<number | string>();

  constructor(private readonly sentences: readonly string[]) {}

  count(word: string): number {
    let c = this.counts.get(word);
    if (!c) this.counts.set(word, (c = { count: 0, upTo: 0 }));
    if (!asciiCapitalStart(word)) {
      for (; c.upTo < this.sentences.length; c.upTo++) c.count += occurrences(this.sentences[c.upTo], word);
      return c.count;
    }
    this.indexNewSentences();
    const holding = this.byLead.get(leadKey(word, 0)) ?? [];
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
   * The leads (keys of three characters from an ASCII capital, see `leadKey`) of the sentences indexed since the last
   * call, each once; the set is emptied for the next call.
   */
  takeNewLeads(): Set<number | string> {
    const leads = this.newLeads;
    this.newLeads = new Set();
    return leads;
  }

  /** Indexes the sentences added since the last look-up (`count` does it too), noting their leads for `takeNewLeads`. */
  indexNewSentences(): void {
    for (; this.indexedUpTo < this.sentences.length; this.indexedUpTo++) {
      const s = this.sentences[this.indexedUpTo];
      for (let i = 0; i + 3 <= s.length; i++) {
        const ch = s.charCodeAt(i);
        if (ch < 65 || ch > 90) continue;
        const lead = leadKey(s, i);
        const list = this.byLead.get(lead);
        if (list && list[list.length - 1] === this.indexedUpTo) continue;
        if (list) list.push(this.indexedUpTo);
        else this.byLead.set(lead, [this.indexedUpTo]);
        this.newLeads.add(lead);
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
