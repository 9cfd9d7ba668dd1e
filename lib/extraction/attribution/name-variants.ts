/**
 * Spellings of one body's name within an article: "TimeWarner" and "Time Warner" are one company,
 * called as the article first writes it; "NASA and the National Oceanic and Atmospheric Administration
 * (NOAA)" gives the acronym to the body whose initials it is.
 */

/** A name with spaces, hyphens and case folded: "Time Warner", "TimeWarner" and "Time-Warner" meet. */
export function compactName(name: string): string {
  return name.replace(/[\s-]+/g, "").toLowerCase();
}

/** Capitalised runs of words (a possessive ending dropped), as first written in a text. */
const CAP_RUN = /\p{Lu}[\p{L}\p{M}&.-]*(?:['’]s)?(?:[ \t]+\p{Lu}[\p{L}\p{M}&.-]*(?:['’]s)?)*/gu;

/**
 * The first written form of every capitalised run of one to four words, by its compact form, so that a
 * name written once spaced and once run together is called as it was first written. Words that open a
 * run only because they open a sentence ("The", "But") are dropped from its front.
 */
export class NameVariants {
  private first = new Map<string, string>();

  constructor(text: string) {
    for (const m of text.matchAll(CAP_RUN)) {
      const words = m[0].split(/[ \t]+/).map((w) => w.replace(/['’]s$/, "").replace(/\.$/, ""));
      for (let a = 0; a < words.length; a++) {
        for (let b = a + 1; b <= Math.min(words.length, a + 4); b++) {
          const form = words.slice(a, b).join(" ");
          const key = compactName(form);
          if (key.length >= 4 && !this.first.has(key)) this.first.set(key, form);
        }
      }
    }
  }

  /**
   * The first written form of `name` when it differs only in spacing and is not written the same way
   * first: "TimeWarner" → "Time Warner" after a headline "... Time Warner profit". An all-capital
   * acronym stays as it is ("NASA" is no spelling of "Nasa").
   */
  firstForm(name: string): string {
    if (/^[\p{Lu}\d.&-]+$/u.test(name)) return name;
    const form = this.first.get(compactName(name));
    return form && form !== name && form.toLowerCase() !== name.toLowerCase() ? form : name;
  }
}

/** The initials of a name's capitalised words: "Centers for Disease Control" → "CDC". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|and|on|de|the)$/.test(w) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * The part of a capitalised run an acronym in parentheses stands for, when it is not the whole run:
 * "NASA and the National Oceanic and Atmospheric Administration (NOAA)" → the words from "National".
 * Null when the acronym is the whole run's (or no part's) initials.
 */
export function acronymTail(words: string[], acronym: string): string[] | null {
  const bare = acronym.replace(/\./g, "");
  if (initials(words.join(" ")) === bare) return null;
  for (let k = 1; k < words.length; k++) {
    if (!/^(?:and|the)$/.test(words[k - 1])) continue;
    const tail = words.slice(words[k] === "the" ? k + 1 : k);
    if (tail.length >= 2 && initials(tail.join(" ")) === bare) return tail;
  }
  return null;
}
