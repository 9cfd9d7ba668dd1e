/**
 * The bodies an article has named, ranked by how often the first word of each name occurs in the sentences read so
 * far (as `SeenCounts` counts it), for "the company said" → the body the article is about. A look-up reads only the
 * sentences added since the last one: at each ASCII capital in them, the registered words led by the three characters
 * there (by `leadKey`) that the sentence holds at that place are counted. A word registered since the last look-up is
 * counted once over all the sentences by `SeenCounts` (which indexes them by those leads); a word not opening with an
 * ASCII capital (few) is counted again by it at every look-up. Then the bodies are read from the most counted down to
 * the first that fits, not every body named so far.
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

export class OrgsByCount<T> {
  /** First word → the bodies named with it, in order of first mention. */
  private byWord = new Map<string, T[]>();
  private order = new Map<T, number>();
  /** First three characters (by `leadKey`) → the tallies of the words led by them (words opening with an ASCII capital). */
  private wordsByLead = new Map<number | string, Tally[]>();
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
    }
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
        const tallies = this.wordsByLead.get(leadKey(s, i));
        if (!tallies) continue;
        for (const tally of tallies) {
          // As a scan with indexOf counts them: an occurrence that overlaps the last one counted is none.
          if ((tally.sentence === k && i < tally.end) || tally.freshAt === lookup || !s.startsWith(tally.word, i)) continue;
          if (tally.changedAt !== lookup) {
            tally.changedAt = lookup;
            tally.before = tally.count;
            changed.push(tally);
          }
          tally.count++;
          tally.sentence = k;
          tally.end = i + tally.word.length;
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
