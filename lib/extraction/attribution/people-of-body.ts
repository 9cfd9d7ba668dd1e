/**
 * "United Nations officials said", "Norland Weather Service meteorologists said": people of a body, named by what they
 * are, are an unnamed source as written, not the body itself (the body speaks as "the United Nations said").
 */
const PEOPLE_PLURAL = /^(?:officials|sources|staff|spokespeople|representatives|\p{Ll}+(?:ers|ists|ians))$/u;

/** True for the plural noun of people speaking for or working at a body ("officials", "meteorologists", "workers"). */
export function peopleOfBody(word: string): boolean {
  return PEOPLE_PLURAL.test(word);
}
