/**
 * Whether an acronym abbreviates a name when the name's own acronyms count whole: "UN Assistance Mission in
 * Afghanistan" → "UNAMA" ("UN" gives both its letters), "EU Border Agency" → "EUBA". A leading "The" and the
 * joining words ("in", "of", "for", "and", "on", "de", "the") give none.
 */
export function acronymSpellsName(name: string, acronym: string): boolean {
  return initialsWithAcronyms(name) === acronym;
}

/**
 * The initials of a name whose own acronyms give all their letters: "NR Cane Growers Association" → "NRCGA"; null
 * when the name holds no acronym (its plain initials are the only ones).
 */
export function initialsWithAcronyms(name: string): string | null {
  const words = name.replace(/^The\s+/, "").split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (!words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return null;
  return words.map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0])).join("");
}
