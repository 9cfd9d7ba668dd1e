/**
 * A map of the people (and bodies) an article has named, by name or by surname, that also files each entry under the
 * first word of the speaker's name, so "the one person whose name starts with Li" reads those few entries, in the
 * map's own order, instead of every one named so far.
 */
import type { Speaker } from "./article-context";

export class SpeakersByKey extends Map<string, Speaker> {
  /** First word of a speaker's name → the keys holding such a speaker. */
  private byFirstWord = new Map<string, Set<string>>();
  /** Each word of a speaker's name before its last ("Ada" and "Bea" in "Ada Bea Okoro") → the keys holding such a speaker. */
  private byInnerWord = new Map<string, Set<string>>();
  /** Each key's place in the map's order (a key set again keeps its place, as in a Map). */
  private place = new Map<string, number>();
  private next = 0;
  /** Each name filed → its words before the last. */
  private innerByName = new Map<string, string[]>();

  override set(key: string, speaker: Speaker): this {
    const before = super.get(key);
    // A key set again with the same name (most sets) is filed where it was: unfiling it first only to file it again
    // under the same words cost a split of the name each time.
    const same = before?.name === speaker.name;
    if (before && !same) this.unfile(key, before);
    else if (!before && !super.has(key)) this.place.set(key, this.next++);
    super.set(key, speaker);
    // A key set again with the same name is filed under its words already (only a new name or a delete unfiles it),
    // and adding it to those sets again changes neither them nor their order.
    if (same) return this;
    this.fileUnder(this.byFirstWord, firstWord(speaker.name), key);
    for (const w of this.innerWordsOf(speaker.name)) this.fileUnder(this.byInnerWord, w, key);
    return this;
  }

  /** The name's words before its last, once each (see innerWords), split once per name. */
  private innerWordsOf(name: string): readonly string[] {
    let words = this.innerByName.get(name);
    if (!words) this.innerByName.set(name, (words = [...innerWords(name)]));
    return words;
  }

  override delete(key: string): boolean {
    if (super.has(key)) {
      this.unfile(key, super.get(key)!);
      this.place.delete(key);
    }
    return super.delete(key);
  }

  override clear(): void {
    this.byFirstWord.clear();
    this.byInnerWord.clear();
    this.place.clear();
    super.clear();
  }

  /** The speakers whose name's first word (up to a space) is `word`'s, in the map's order: a superset to filter. */
  withFirstWord(word: string): Speaker[] {
    return this.inOrder(this.byFirstWord.get(firstWord(word)));
  }

  /**
   * The speakers with `word` among their name's words before the last ("Bea" in "Ada Bea Okoro"), in the map's order:
   * what a scan of every value for that word finds, reading only those few entries.
   */
  withNameWord(word: string): Speaker[] {
    return this.inOrder(this.byInnerWord.get(word));
  }

  private inOrder(keys: Set<string> | undefined): Speaker[] {
    if (!keys) return [];
    return [...keys].sort((a, b) => this.place.get(a)! - this.place.get(b)!).map((k) => super.get(k)!);
  }

  private fileUnder(index: Map<string, Set<string>>, word: string, key: string): void {
    const keys = index.get(word);
    if (keys) keys.add(key);
    else index.set(word, new Set([key]));
  }

  private unfile(key: string, speaker: Speaker): void {
    this.byFirstWord.get(firstWord(speaker.name))?.delete(key);
    for (const w of this.innerWordsOf(speaker.name)) this.byInnerWord.get(w)?.delete(key);
  }
}

/** The words of a name before its last, split at single spaces as the callers do, once each. */
function innerWords(name: string): Set<string> {
  return new Set(name.split(" ").slice(0, -1));
}

function firstWord(name: string): string {
  const space = name.indexOf(" ");
  return space < 0 ? name : name.slice(0, space);
}
