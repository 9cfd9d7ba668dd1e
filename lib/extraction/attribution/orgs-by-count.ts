/**
 * The bodies an article has named, ranked by how often the first word of each name occurs in the sentences read so
 * far (as `SeenCounts` counts it), for "the company said" → the body the article is about. A look-up reads only the
 * sentences added since the last one: at each ASCII capital in them, the registered words led by the three characters
 * there (by `leadKey`) that the sentence holds at that place are counted. A word registered since the last look-up is
 * counted once over all the sentences by `SeenCounts` (which indexes them by those leads); a word not opening with an
 * ASCII capital (few) is counted again by it at every look-up. Then the bodies are read from the most counted down to
 * the first that fits, not every body named so far.
 *
 * A lead shared by many words ("Vaalrandb", "Vaalrandc", ... in a long text that keeps naming new bodies) is not
 * read word by word at each of its places: the words are looked up by the text there, one look-up per length the
 * lead's words have, so a place costs the same however many bodies the article has named with that lead.
 */
import { type SeenCounts, asciiCapitalStart, leadKey } from "./seen-counts";

/** A registered word's count, and where its last occurrence counted ends, in which sentence (occurrences do not overlap). */
interface Tally {
  word: string;
  count: number;
  sentence: number;
  end: number;
  /** The look-up that last changed the count, and the count before it. */
  changedAt: number;
  before: number;
  /** The look-up that counts it over every sentence (the first after it was registered). */
  freshAt: number;
}

/** Up to this many words per lead, each is tested at each place of the lead; above, they are looked up by length. */
const FEW_PER_LEAD = 8;

/** Adds `n` to the ascending list of distinct numbers `list`. */
function insertSorted(list: number[], n: number): void {
  let at = 0;
  while (at < list.length && list[at] < n) at++;
  if (list[at] !== n) list.splice(at, 0, n);
}

export class OrgsByCount<T> {
  /** First word → the bodies named with it, in order of first mention. */
  private byWord = new Map<string, T[]>();
  private order = new Map<T, number>();
  /** First three characters (by `leadKey`) → the tallies of the words led by them (words opening with an ASCII capital). */
  private wordsByLead = new Map<number | string, Tally[]>();
  /** Per lead with more than `FEW_PER_LEAD` words: the lengths of its words, ascending, each once. */
  private lengthsByLead = new Map<number | string, number[]>();
  /** The tallies of the words opening with an ASCII capital, by word. */
  private tallyByWord = new Map<string, Tally>();
  /** Words not opening with an ASCII capital: counted again at every look-up (few). */
  private unindexed: Tally[] = [];
  /** Words registered since the last look-up. */
  private fresh: Tally[] = [];
  /** The sentences read by the look-ups so far. */
  private readUpTo = 0;
  private lookups = 0;
  /** Count → the words with that count (counts above zero); `levels` holds those counts, highest first. */
  private atCount = new Map<number, Set<string>>();
  private levels: number[] = [];

  constructor(private readonly counts: SeenCounts) {}

  /** Registers a new body under the first word of its name (three letters or more). */
  add(item: T, first: string): void {
    this.order.set(item, this.order.size);
    const list = this.byWord.get(first);
    if (list) {
      list.push(item);
      return;
    }
    this.byWord.set(first, [item]);
    const tally: Tally = { word: first, count: 0, sentence: -1, end: 0, changedAt: -1, before: 0, freshAt: -1 };
    this.fresh.push(tally);
    if (!asciiCapitalStart(first)) this.unindexed.push(tally);
    else {
      const lead = leadKey(first, 0);
      const tallies = this.wordsByLead.get(lead);
      if (tallies) tallies.push(tally);
      else this.wordsByLead.set(lead, [tally]);
      this.tallyByWord.set(first, tally);
      if (tallies && tallies.length > FEW_PER_LEAD) this.noteLength(lead, tallies, first.length);
    }
  }

  /** Keeps the lengths of a lead's words once it has more than a few (all of them, the first time). */
  private noteLength(lead: number | string, tallies: Tally[], length: number): void {
    let lengths = this.lengthsByLead.get(lead);
    if (!lengths) {
      lengths = [];
      this.lengthsByLead.set(lead, lengths);
      for (const t of tallies) insertSorted(lengths, t.word.length);
    } else insertSorted(lengths, length);
  }

  /** The body whose first word is counted most so far among those `fits` accepts (the first named on a tie); null when none is counted. */
  best(fits: (item: T) => boolean): T | null {
    this.update();
    for (const level of this.levels) {
      let found: T | null = null;
      for (const word of this.atCount.get(level)!) {
        for (const item of this.byWord.get(word)!) {
          if (found && this.order.get(item)! > this.order.get(found)!) break;
          if (fits(item)) {
            found = item;
            break;
          }
        }
      }
      if (found) return found;
    }
    return null;
  }

  private update(): void {
    const lookup = ++this.lookups;
    const fresh = this.fresh;
    this.fresh = [];
    // Fresh words are counted below over every sentence: the new sentences do not count them a second time.
    for (const tally of fresh) tally.freshAt = lookup;
    const changed: Tally[] = [];
    const sentences = this.counts.sentences;
    for (let k = this.readUpTo; k < sentences.length; k++) {
      const s = sentences[k];
      for (let i = 0; i + 3 <= s.length; i++) {
        const ch = s.charCodeAt(i);
        if (ch < 65 || ch > 90) continue;
        const lead = leadKey(s, i);
        const tallies = this.wordsByLead.get(lead);
        if (!tallies) continue;
        if (tallies.length <= FEW_PER_LEAD) {
          for (const tally of tallies) if (s.startsWith(tally.word, i)) this.countAt(tally, k, i, lookup, changed);
          continue;
        }
        // Many words with this lead: the ones written here, by the text of each length they have.
        for (const length of this.lengthsByLead.get(lead)!) {
          if (i + length > s.length) break;
          const tally = this.tallyByWord.get(s.slice(i, i + length));
          if (tally) this.countAt(tally, k, i, lookup, changed);
        }
      }
    }
    this.readUpTo = sentences.length;
    for (const tally of changed) this.move(tally.word, tally.before, tally.count);
    for (const tally of fresh) {
      tally.count = this.counts.count(tally.word);
      this.move(tally.word, 0, tally.count);
    }
    for (const tally of this.unindexed) {
      if (tally.freshAt === lookup) continue;
      const before = tally.count;
      tally.count = this.counts.count(tally.word);
      this.move(tally.word, before, tally.count);
    }
  }

  /** Counts the tally's word written at `i` in sentence `k`, unless that place overlaps the last one counted. */
  private countAt(tally: Tally, k: number, i: number, lookup: number, changed: Tally[]): void {
    // As a scan with indexOf counts them: an occurrence that overlaps the last one counted is none.
    if ((tally.sentence === k && i < tally.end) || tally.freshAt === lookup) return;
    if (tally.changedAt !== lookup) {
      tally.changedAt = lookup;
      tally.before = tally.count;
      changed.push(tally);
    }
    tally.count++;
    tally.sentence = k;
    tally.end = i + tally.word.length;
  }

  /** Files `word` under its new count. */
  private move(word: string, before: number, now: number): void {
    if (now === before) return;
    if (before > 0) {
      const words = this.atCount.get(before)!;
      words.delete(word);
      if (!words.size) {
        this.atCount.delete(before);
        this.levels.splice(this.levels.indexOf(before), 1);
      }
    }
    const words = this.atCount.get(now);
    if (words) words.add(word);
    else {
      this.atCount.set(now, new Set([word]));
      let at = 0;
      while (at < this.levels.length && this.levels[at] > now) at++;
      this.levels.splice(at, 0, now);
    }
  }
}
