/**
 * A vague amount in a headline with no noun of its own: "Thousands still in camps after storm", "Billions needed
 * for repairs", "Official jailed for embezzling millions". Its unit comes from the headline's words and the article:
 * people driven from home, sheltered or stranded are the people the article counts; money needed, lost or stolen is
 * the article's currency. Otherwise it stays without a unit (and the headline's figure is left out).
 */
import { BARE_VAGUE_WORDS, CURRENCY_NAMES } from "./lexicon";

const MONEY_CONTEXT = /\b(?:needed|needs?|costs?|costing|embezzl\w*|lost|loses|losses|spent|spend|spending|owed|owes|owing|worth|funds?|funding|budget|damages|pledged?|raised?|raising|stolen|steals?|stole|laundered|laundering|invested|invest|paid|pays?|compensation|bailout|debts?|fraud|siphoned|looted|diverted|misappropriat\w*|meant for|earmarked)\b/i;
const PEOPLE_CONTEXT = /\b(?:shelters?|sheltered|sheltering|displaced|homeless|flee|flees|fled|fleeing|evacuated?|evacuat(?:es|ing|ion)|stranded|trapped|protest(?:s|ed|ing)?|rall(?:y|ies|ied)|march(?:ed|es)?|marooned|rescued|refuge|camps?|queue|queued|without (?:power|water|food|homes?))\b/i;
/** Units that count people, the article's own word for those the headline speaks of. */
const PEOPLE_UNITS = new Set([
  "person", "resident", "civilian", "villager", "refugee", "migrant", "survivor", "evacuee", "protester", "protestor", "demonstrator",
  "worker", "passenger", "tourist", "student", "family", "household", "inhabitant", "citizen", "people",
]);
/** Parts of a currency, not the currency an amount of billions is in. */
const SUB_UNITS = new Set(["cent", "penny", "kobo", "paisa"]);

export function isMoneyUnit(unit: string | null | undefined): unit is string {
  if (!unit) return false;
  const last = unit.split(" ").at(-1) ?? "";
  return CURRENCY_NAMES.has(last) && !SUB_UNITS.has(last);
}

/** The first money unit and the first unit of people among an article's figures (read once, in order). */
export function articleUnits(figures: Array<Array<{ unit: string | null }>>): { money: string | null; people: string | null } {
  let money: string | null = null;
  let people: string | null = null;
  for (const list of figures) {
    for (const f of list) {
      if (!money && isMoneyUnit(f.unit)) money = f.unit;
      if (!people && f.unit && PEOPLE_UNITS.has(f.unit)) people = f.unit;
    }
    if (money && people) break;
  }
  return { money, people };
}

/** Whether a headline's words say what its bare vague amount is (money needed, people sheltered): the article then names it. */
export function headlineTellsVague(headline: string): boolean {
  return MONEY_CONTEXT.test(headline) || PEOPLE_CONTEXT.test(headline);
}

/** The unit of a headline's vague amount with no noun, from the headline's words and the article's units; null if unknown. */
export function headlineVagueUnit(headline: string, article: { money: string | null; people: string | null }): string | null {
  if (MONEY_CONTEXT.test(headline)) return article.money;
  if (PEOPLE_CONTEXT.test(headline)) return article.people ?? "person";
  return null;
}

/** A bare scale word written capitalised after a capitalised word: "Mega Millions", "Leaves Millions". */
const NAMED_VAGUE = new RegExp(`(\\p{Lu}[\\p{L}'’-]*)\\s+(${BARE_VAGUE_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join("|")})\\b`, "gu");
/** The capitalised word right before a figure of a headline. */
const CAPITALISED_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s+$/u;

/**
 * The names an article's body writes with a capitalised bare scale word after a capitalised word ("playing Mega
 * Millions", "Mega Millions is sold in 45 states" → "Mega Millions"), each as its two words: in a sentence of the body the
 * scale word is capitalised only as part of a name. One pass over the body.
 */
export function vagueNamesInBody(sentences: string[]): Set<string> {
  const names = new Set<string>();
  for (const s of sentences) {
    NAMED_VAGUE.lastIndex = 0;
    for (let m = NAMED_VAGUE.exec(s); m; m = NAMED_VAGUE.exec(s)) names.add(`${m[1]} ${m[2]}`);
  }
  return names;
}

/**
 * "Mega Millions Jackpot Climbs To $1 Billion" over a body that writes "the Mega Millions draw": a title-case headline's
 * capitalised vague word after a capitalised word is the name the body uses, no amount ("Storm Leaves Millions Without
 * Power" stays an amount: its body writes no "Leaves Millions").
 */
export function vagueNamedInBody(headline: string, figure: { start: number; text: string }, names: Set<string>): boolean {
  const word = /^\p{Lu}\p{Ll}+/u.exec(figure.text)?.[0];
  const prev = word ? CAPITALISED_BEFORE.exec(headline.slice(Math.max(0, figure.start - 40), figure.start)) : null;
  return !!prev && names.has(`${prev[1]} ${word}`);
}
