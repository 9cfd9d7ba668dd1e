/**
 * Who a bare title refers to when the article names no holder before it: "the Prime Minister announced ..." with
 * "Prime Minister Ana Lopes" written anywhere in the article (one holder only), or, where the article never writes
 * the title with a name, the bare full name whose quotation the article gives right after ("“...,” wrote Ana Lopes").
 * Pure string rules.
 */
import type { TitledPerson } from "./named-later";
import { isTitleWord } from "./names";

/**
 * The one person the article names with every word of `title` (lower case, head last: ["prime", "minister"]);
 * null when no one or more than one person carries it.
 */
export function soleTitleHolder(title: string[], people: TitledPerson[]): string | null {
  const head = title[title.length - 1];
  const mods = title.slice(0, -1);
  const names = new Set<string>();
  for (const p of people) {
    if (p.title[p.title.length - 1] !== head || !mods.every((w) => p.title.includes(w))) continue;
    names.add(p.name);
    if (names.size > 1) return null;
  }
  return names.size === 1 ? [...names][0] : null;
}

const FULL_NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+){1,3}";
/** A quotation closed by a verb and a bare full name, or a bare full name and a verb: “...,” wrote Ana Lopes / “...,” Ana Lopes said. */
const QUOTE_CLOSED_BY_NAME = new RegExp(`^[“"][^”"]{10,}[,.!?]?[”"]\\s*(?:(?:said|wrote|told|added|stated)\\s+(${FULL_NAME})|(${FULL_NAME})\\s+(?:said|wrote|told|added|stated))\\b`, "u");
/** ", an opposition lawmaker", ", who lost her home", ", 45,": a description set after the name gives the person another role. */
const DESCRIBED_AFTER = /^\s*,\s+(?:(?:an?|the|who|whose)\s|\d)/;

/**
 * The bare full name that closes the quotation opening the rest of the paragraph or, failing that, the next
 * paragraph after a sentence citing only a title: the title holder's own words. Null when the quotation is
 * closed by anything else, the name is described after (", an opposition lawmaker"), or `known` says the
 * article named that person before.
 */
export function holderQuotedNext(following: string, known: (surname: string) => boolean): string | null {
  const rest = /^[^\n]*/.exec(following)![0].trimStart();
  const window = /\S/.test(rest) ? rest : (/^\s*([^\n]*)/.exec(following)?.[1] ?? "");
  const m = QUOTE_CLOSED_BY_NAME.exec(window);
  if (!m) return null;
  const name = m[1] ?? m[2];
  if (m[1] && DESCRIBED_AFTER.test(window.slice(m.index + m[0].length))) return null;
  const words = name.split(/\s+/);
  // "“...,” said Mayor Ana Lopes": a titled name is the holder of that title, not of the one cited.
  if (words.some(isTitleWord) || known(words[words.length - 1])) return null;
  return name;
}
