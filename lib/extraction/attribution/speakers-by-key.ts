/**
 * A map of the people (and bodies) an article has named, by name or by surname, that also files each entry under the
 * first word of the speaker's name, so "the one person whose name starts with Li" reads those few entries, in the
 * map's own order, instead of every one named so far.
 */
import type { Speaker } from "./article-context";

export class SpeakersByKey extends Map<string, Speaker> {
  /** First word of a speaker's name → the keys holding such a speaker. */
  private byFirstWord = new Map<string, Set<string>>();
  /** Each key's place in the map's order (a key set again keeps its place, as in a Map). */
  private place = new Map<string, number>();
  private next = 0;

  override set(key: string, speaker: Speaker): this {
    if (super.has(key)) this.unfile(key, super.get(key)!);
    else this.place.set(key, this.next++);
    super.set(key, speaker);
    this.fileUnder(firstWord(speaker.name), key);
    return this;
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
    this.place.clear();
    super.clear();
  }

  /** The speakers whose name's first word (up to a space) is `word`'s, in the map's order: a superset to filter. */
  withFirstWord(word: string): Speaker[] {
    const keys = this.byFirstWord.get(firstWord(word));
    if (!keys) return [];
    return [...keys].sort((a, b) => this.place.get(a)! - this.place.get(b)!).map((k) => super.get(k)!);
  }

  private fileUnder(first: string, key: string): void {
    const keys = this.byFirstWord.get(first);
    if (keys) keys.add(key);
    else this.byFirstWord.set(first, new Set([key]));
  }

  private unfile(key: string, speaker: Speaker): void {
    this.byFirstWord.get(firstWord(speaker.name))?.delete(key);
  }
}

function firstWord(name: string): string {
  const space = name.indexOf(" ");
  return space < 0 ? name : name.slice(0, space);
}
