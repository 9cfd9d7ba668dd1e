/**
 * Where each word of an article occurs, built once per article so that "is this word ever written
 * capitalised mid-sentence / ever in lower case?" costs a map lookup instead of a scan of the article.
 *
 * The answers are exactly those of the regular expressions they replace:
 * - `hasAfterLowerOrComma(w)`: /(?:\p{Ll}|,)\s+W(?![\p{L}\p{M}])/u
 * - `has(w)`:                 /(?<![\p{L}\p{M}])W(?![\p{L}\p{M}])/u
 * A match of W (which starts with a letter) begins where a maximal run of letters and marks begins, and
 * that run is W's own leading run of letters; the rest of W and the character after it are then checked.
 */
const LETTER_OR_MARK_CP = /^[\p{L}\p{M}]$/u;
const letterOrMarkCache = new Map<number, boolean>();
const SPACE = /\s/;
const LOWER = /^\p{Ll}$/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const LEADING_RUN = /^[\p{L}\p{M}]+/u;

const ONLY_LETTERS = /^\p{L}+$/u;
const LETTERS = /\p{L}+/uy;

/** Every prefix of the run of letters right after each occurrence of each opener. */
function prefixesAfter(text: string, openers: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const opener of openers) {
    for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
      LETTERS.lastIndex = at + opener.length;
      const run = LETTERS.exec(text)?.[0] ?? "";
      for (let n = 1; n <= run.length; n++) out.add(run.slice(0, n));
    }
  }
  return out;
}

function isLetterOrMark(cp: number): boolean {
  let v = letterOrMarkCache.get(cp);
  if (v === undefined) letterOrMarkCache.set(cp, (v = LETTER_OR_MARK_CP.test(String.fromCodePoint(cp))));
  return v;
}

/** A hash of UTF-16 code units, taken one unit at a time (see WordIndex). */
const hashStep = (h: number, unit: number) => (Math.imul(h, 31) + unit) | 0;

export class WordIndex {
  /**
   * The maximal runs of letters, each as where it starts and how long it is, chained by a hash of its code units:
   * `heads` (an open-addressed table of `hashes`) holds one more than the last run of each hash, `previous` one more
   * than the run before it with the same hash (0: none). No string is made per run; a look-up walks the chain of
   * its word's hash and compares the text.
   */
  private starts: Int32Array;
  private lengths: Int32Array;
  private previous: Int32Array;
  private count = 0;
  private hashes: Int32Array;
  private heads: Int32Array;
  private used = 0;
  private memo = new Map<string, boolean>();
  private after = new Map<string, Set<string>>();

  constructor(private readonly text: string) {
    const capacity = 1024;
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.previous = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.heads = new Int32Array(capacity);
    // The maximal runs of /[\p{L}\p{M}]+/u, read a code point at a time (ASCII without a regular expression).
    const n = text.length;
    let start = -1;
    let h = 0;
    for (let i = 0; i <= n; ) {
      const unit = i < n ? text.charCodeAt(i) : 32;
      const cp = unit < 0xd800 ? unit : text.codePointAt(i)!;
      const letter = cp < 128 ? (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : isLetterOrMark(cp);
      if (letter) {
        if (start < 0) {
          start = i;
          h = 0;
        }
        h = hashStep(h, unit);
        if (cp > 0xffff) h = hashStep(h, text.charCodeAt(i + 1));
      } else if (start >= 0) {
        this.addRun(start, i - start, h);
        start = -1;
      }
      i += cp > 0xffff ? 2 : 1;
    }
  }

  private addRun(start: number, length: number, h: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.lengths = grow(this.lengths);
      this.previous = grow(this.previous);
    }
    const run = this.count++;
    this.starts[run] = start;
    this.lengths[run] = length;
    const slot = this.slotOf(h);
    if (this.heads[slot] === 0) {
      this.hashes[slot] = h;
      this.used++;
    }
    this.previous[run] = this.heads[slot];
    this.heads[slot] = run + 1;
    if (this.used * 2 > this.heads.length) this.rehash();
  }

  /** The slot of hash `h` in `heads`: where it is, or the empty one where it goes. */
  private slotOf(h: number): number {
    const mask = this.heads.length - 1;
    let slot = (h ^ (h >>> 15)) & mask;
    while (this.heads[slot] !== 0 && this.hashes[slot] !== h) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(): void {
    const hashes = this.hashes;
    const heads = this.heads;
    this.hashes = new Int32Array(heads.length * 2);
    this.heads = new Int32Array(heads.length * 2);
    for (let k = 0; k < heads.length; k++) {
      if (heads[k] === 0) continue;
      const slot = this.slotOf(hashes[k]);
      this.hashes[slot] = hashes[k];
      this.heads[slot] = heads[k];
    }
  }

  /** `w` occurs as a whole word (not inside a longer run of letters). */
  has(w: string): boolean {
    return this.cached(`a:${w}`, () => this.positions(w).length > 0);
  }

  /** `w` occurs as a whole word right after a lower-case letter or a comma and white space. */
  hasAfterLowerOrComma(w: string): boolean {
    return this.cached(`m:${w}`, () => this.positions(w).some((p) => this.afterLowerOrComma(p)));
  }

  /**
   * White space ends right at `p` and a lower-case letter or a comma comes before it: where a match of
   * /(?:\p{Ll}|,)\s+/ ends (its white space is greedy and no match can swallow the letter of the next).
   */
  /** Where `w` first occurs as a whole word (it may span words: "Time Warner"); -1 when it does not. */
  firstAt(w: string): number {
    return this.positions(w)[0] ?? -1;
  }

  /**
   * `text.includes(opener + w)` for any of `openers` (" in ", " to "), for a word of letters only: looked up
   * among the prefixes of the runs of letters that follow an opener, collected in one pass over the text.
   */
  followsAny(openers: readonly string[], w: string): boolean {
    if (!ONLY_LETTERS.test(w)) return openers.some((o) => this.text.includes(o + w));
    const key = openers.join("|");
    let prefixes = this.after.get(key);
    if (!prefixes) this.after.set(key, (prefixes = prefixesAfter(this.text, openers)));
    return prefixes.has(w);
  }

  private afterLowerOrComma(p: number): boolean {
    let i = p;
    while (i > 0 && SPACE.test(this.text[i - 1])) i--;
    if (i === p || i === 0) return false;
    if (this.text[i - 1] === ",") return true;
    const unit = this.text.charCodeAt(i - 1);
    const cp = unit >= 0xdc00 && unit <= 0xdfff && i >= 2 ? this.text.codePointAt(i - 2)! : unit;
    return LOWER.test(String.fromCodePoint(cp));
  }

  /** Where `w` occurs as a whole word, ascending: at the runs equal to its leading run of letters. */
  private positions(w: string): number[] {
    const lead = LEADING_RUN.exec(w)?.[0];
    if (!lead) return [];
    let h = 0;
    for (let k = 0; k < lead.length; k++) h = hashStep(h, lead.charCodeAt(k));
    const out: number[] = [];
    // The chain runs from the last run back to the first.
    for (let r = this.heads[this.slotOf(h)]; r !== 0; r = this.previous[r - 1]) {
      const p = this.starts[r - 1];
      if (this.lengths[r - 1] === lead.length && this.text.startsWith(w, p) && !this.letterAt(p + w.length)) out.push(p);
    }
    return out.reverse();
  }

  private letterAt(i: number): boolean {
    LETTER_OR_MARK.lastIndex = i;
    return LETTER_OR_MARK.test(this.text);
  }

  private cached(key: string, compute: () => boolean): boolean {
    let v = this.memo.get(key);
    if (v === undefined) this.memo.set(key, (v = compute()));
    return v;
  }
}
