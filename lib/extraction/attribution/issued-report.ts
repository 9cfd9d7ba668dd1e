/**
 * "Civic Rights Watch issued a report on Friday that said 23 villagers were detained": the body issuing a document
 * whose relative clause says the figures. A report, study or survey is cited (the guide's "X's report says" →
 * according_to); a statement or letter saying so is its issuer's words (a paraphrase).
 */
const ISSUED_THAT = /^(.*?)\s+(?:has\s+|had\s+)?(?:released|issued|published|put\s+out|unveiled)\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(report|study|survey|analysis|assessment|review|statement|letter|release|bulletin)\b[^,;“”"]{0,40}?,?\s+(?:that|which)\s*$/u;
const SAY_OR_SHOW = /^(?:said|says|stated|states|found|finds|showed|shows|estimated|estimates|warned|revealed)$/;
const CITED = /^(?:report|study|survey|analysis|assessment|review)$/;

/** The issuer's text and whether the document is cited (a report) or its words said (a statement); null when none. */
export function issuedDocumentThat(pre: string, verb: string): { subject: string; cited: boolean } | null {
  if (!SAY_OR_SHOW.test(verb) || !/\s(?:that|which)\s*$/.test(pre)) return null;
  const m = ISSUED_THAT.exec(pre);
  return m && m[1].trim() ? { subject: m[1], cited: CITED.test(m[2]) } : null;
}
