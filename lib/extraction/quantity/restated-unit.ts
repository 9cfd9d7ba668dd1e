/**
 * The unit a bare figure of a measured quantity takes from an earlier statement of that quantity, over a whole
 * article: "The agreement puts Nigeria's output around 1.74 million" is in the unit output was last given in
 * ("expecting output ... to reach 150,000 bpd" → barrel per day), as a reader takes it. Counts are left to
 * `unit-fallback.ts`; this only lends measures and money ("the price ... $1,800 an ounce ... the price hit 1,850").
 */
import type { QuantityMention } from "./parser";
import { SMALL_NUMBERS, isMeasureOrMoney } from "./lexicon";
import { isCountUnit } from "./unit-fallback";
import { wordTable } from "@/lib/figures/word-table";

/** Sentences back in which a measured noun is looked for. */
const MEASURED_WITHIN = 8;

/** Whether the mention ends on its number (digits, number words, a scale): its unit was read from elsewhere. */
function numberAlone(m: QuantityMention): boolean {
  const last = m.text.split(/[\s-]+/).at(-1) ?? "";
  return /^[\d.,]+$/.test(last) || last.toLowerCase() in SMALL_NUMBERS || /^(?:million|billion|trillion)$/i.test(last);
}

const WORD = /\p{L}[\p{L}'’-]*/gu;
/**
 * Nouns of a quantity measured in a unit rather than counted: what a bare figure after them restates. A closed
 * class: a word such as "company" near a figure says nothing of its unit.
 */
const MEASURED_NOUN = /^(?:output|outputs|production|exports?|imports?|consumption|demand|supply|reserves?|stockpiles?|quotas?|capacity|emissions?|prices?|costs?|revenues?|sales|profits?|budgets?|debts?|deficits?|surplus|spending|turnover|income|earnings|wages?|salary|salaries|fines?|bail|ransom|fares?|rent|valuation|temperatures?|rainfall|snowfall|speed|depth|height|distance|elevation|altitude)$/;

/** Stems that name one quantity: a field's output is what it produces (taken when the noun itself is not found). */
const SAME_QUANTITY: Readonly<Record<string, string>> = wordTable({ output: "produc", pumpin: "produc", pumped: "produc", pump: "produc" });

/** The stem a measured noun is matched by: "production", "produces" → "produc". */
const stem = (w: string) => w.toLowerCase().replace(/(?:['’]s|s)$/, "").slice(0, 6);
const kin = (stems: Set<string>) => new Set([...stems].map((x) => SAME_QUANTITY[x] ?? x));

/** The clause before `start`, back to the figure before it ("shot up 8.2 percent to 28.15" has none of its own). */
const clauseBefore = (s: string, start: number) => s.slice(Math.max(0, start - 60), start).split(/[.;:!?()"“”\d]|,\s/).at(-1) ?? "";

/** Stems of the measured nouns in the clause before `start`: what the figure there may restate. */
function measuredNouns(s: string, start: number): Set<string> {
  const out = new Set<string>();
  for (const [w] of clauseBefore(s, start).matchAll(WORD)) if (MEASURED_NOUN.test(w.toLowerCase())) out.add(stem(w));
  return out;
}

/** Stems of every word in the clause before `start` ("expecting output ... to reach", "produces"). */
function wordStems(s: string, start: number): Set<string> {
  return new Set([...clauseBefore(s, start).matchAll(WORD)].map(([w]) => stem(w)));
}

/** Whether a measured noun stands among the last three words before `start`: "revenue of 5.1", "temperatures hit 47". */
function measuredRightBefore(s: string, start: number): boolean {
  const words = [...clauseBefore(s, start).matchAll(WORD)].map(([w]) => w.toLowerCase()).slice(-3);
  return words.some((w) => MEASURED_NOUN.test(w));
}

/**
 * A figure without a unit of its own after a noun of a quantity takes the unit that noun was last measured in. One
 * right after that noun ("temperatures hit 47", "expected revenue of 5.1 billion") takes it even over a noun the
 * sentence lent it ("temperature", "analyst"): a measured quantity is never counted in its own name or its forecaster.
 */
export function unitsFromMeasuredNoun(sentences: string[], figures: QuantityMention[][]): void {
  for (let k = 0; k < sentences.length; k++) {
    for (const m of figures[k]) {
      if (m.value === null || m.qualifier === "vague" || !numberAlone(m)) continue;
      if (m.unit && (!isCountUnit(m.unit) || !measuredRightBefore(sentences[k], m.start))) continue;
      const nouns = measuredNouns(sentences[k], m.start);
      if (!nouns.size) continue;
      // The same noun first ("output" … "output"), then a noun of the same quantity ("output" … "produces").
      const unit = lastMeasuredAs(sentences, figures, k, m, nouns, false) ?? lastMeasuredAs(sentences, figures, k, m, kin(nouns), true);
      if (unit) m.unit = unit;
    }
  }
}

function lastMeasuredAs(sentences: string[], figures: QuantityMention[][], k: number, m: QuantityMention, nouns: Set<string>, kinned: boolean): string | null {
  for (let j = k; j >= Math.max(0, k - MEASURED_WITHIN); j--) {
    for (const x of [...figures[j]].reverse()) {
      // A percentage after a measured noun is its change or share ("sales fell 21 percent"), never the unit of its level.
      if ((j === k && x.start >= m.start) || !x.unit || x.unit === "percent" || !isMeasureOrMoney(x.unit)) continue;
      const own = kinned ? kin(wordStems(sentences[j], x.start)) : wordStems(sentences[j], x.start);
      for (const n of nouns) if (own.has(n)) return x.unit;
    }
  }
  return null;
}
