/**
 * "United Nations officials said", "Norland Weather Service meteorologists said": people of a body, named by what they
 * are, are an unnamed source as written, not the body itself (the body speaks as "the United Nations said").
 */
const PEOPLE_PLURAL = /^(?:officials|sources|staff|spokespeople|representatives|\p{Ll}+(?:ers|ists|ians))$/u;

/**
 * Plurals with those endings that name no people: "The Norland Police headquarters said" is the body speaking, as
 * "the Norland Police said" is.
 */
const NOT_PEOPLE = new Set([
  "headquarters", "quarters", "numbers", "papers", "registers", "orders", "letters", "matters", "waters", "borders",
  "centers", "chambers", "powers", "offers", "answers", "computers", "containers", "towers", "servers", "filters",
  "rivers", "folders", "ledgers", "dossiers", "charters", "shelters", "theaters", "barriers", "layers", "markers",
  "covers", "meters", "tenders", "transfers", "lists",
]);

/** True for the plural noun of people speaking for or working at a body ("officials", "meteorologists", "workers"). */
export function peopleOfBody(word: string): boolean {
  return PEOPLE_PLURAL.test(word) && !NOT_PEOPLE.has(word);
}
