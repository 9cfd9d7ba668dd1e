/**
 * A vague amount written alone, with no noun after it ("crews are still trying to reach millions", "thousands were
 * without power", "the mayor held back millions from the budget"): news leaves the noun out when it is people, or money when
 * the clause is about money. The money is the sentence's own currency when another figure names one, else the dollar.
 */
import type { QuantityMention } from "./parser";
import { CURRENCY_NAMES } from "./lexicon";
import { headlineTellsVague } from "./headline-vague";

/** Words of a clause about money, around the vague amount. */
const MONEY_WORDS = /\b(?:budgets?|funding|funds|spen[dt]|spending|costs?|costing|paid|pays?|withh[eo]ld|withholds|reap(?:s|ed|ing)?|earn(?:s|ed|ing)?|owed?|owing|invest(?:s|ed|ing)?|revenues?|profits?|losses|fines?|taxes|taxpayers?|wasted|squandered|embezzled|laundered|donated|raised|raising)\b/i;

/** A line without closing punctuation: a headline or a summary line. */
const UNCLOSED = /[^.!?"'”’)\]]\s*$/;

/**
 * Gives a vague amount with no noun of its own its noun: money in a clause about money, otherwise people. A headline
 * whose words say what it counts ("Thousands still in shelters", "billions needed") is left to `headlineVagueUnit`,
 * which takes the article's own noun or currency.
 */
export function bareVagueUnits(s: string, found: QuantityMention[]): void {
  if (!found.some((m) => m.qualifier === "vague" && !m.unit) || (UNCLOSED.test(s) && headlineTellsVague(s))) return;
  for (const m of found) {
    if (m.qualifier !== "vague" || m.unit || m.low === null || m.low < 2000) continue;
    const around = s.slice(Math.max(0, m.start - 40), Math.min(s.length, m.end + 30));
    if (MONEY_WORDS.test(around)) m.unit = found.find((x) => x.unit && CURRENCY_NAMES.has(x.unit))?.unit ?? "dollar";
    else m.unit = "person";
  }
}
