/**
 * The bodies an article has named, ranked by how often the first word of each name occurs in the sentences read so
 * far (as `SeenCounts` counts it), for "the company said" → the body the article is about. Counts are brought up to
 * date only for the words the sentences read since the last look-up can hold (found by their first three letters,
 * as `SeenCounts` indexes the new sentences), so a look-up reads the new text once and then the bodies from the most
 * counted down to the first that fits, not every body named so far.
 */
import { type SeenCounts, asciiCapitalStart, leadKey } from "./seen-counts";

export class OrgsByCount<T> {
  /** First word → the bodies named with it, in order of first mention. */
  private byWord = new Map<string, T[]>();
  private order = new Map<T, number>();
  /** First three letters (by `leadKey`) → the words led by them (words opening with an ASCII capital). */
  private wordsByLead = new Map<number | string, string[]>();
  /** Words not opening with an ASCII capital: counted again at every look-up (few). */
  private unindexed: string[] = [];
  /** Words registered since the last look-up. */
  private fresh: string[] = [];
  private countOf = new Map<string, number>();
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
    this.countOf.set(first, 0);
    this.fresh.push(first);
    if (!asciiCapitalStart(first)) this.unindexed.push(first);
    else {
      const lead = leadKey(first, 0);
      const words = this.wordsByLead.get(lead);
      if (words) words.push(first);
      else this.wordsByLead.set(lead, [first]);
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
    // Indexing the new sentences tells which registered words they may hold: those led by the leads they hold. (A word
    // registered since is fresh, counted in any case.)
    this.counts.indexNewSentences();
    const dirty = new Set<string>(this.fresh);
    this.fresh = [];
    for (const w of this.unindexed) dirty.add(w);
    for (const lead of this.counts.takeNewLeads()) {
      const words = this.wordsByLead.get(lead);
      if (words) for (const w of words) dirty.add(w);
    }
    for (const word of dirty) this.recount(word);
  }

  private recount(word: string): void {
    const before = this.countOf.get(word)!;
    const now = this.counts.count(word);
    if (now === before) return;
    this.countOf.set(word, now);
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
