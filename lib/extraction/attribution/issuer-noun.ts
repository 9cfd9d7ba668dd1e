/**
 * "customs data", "government figures", "police reports": a document named by the common noun of the body that keeps
 * it. The body is the source (the guide's "figures from X" → X), unnamed as written: "government", "police".
 */
const ISSUER_NOUN = /^(?:the\s+)?(government|customs|police|ministry|military|army)\s+(?:data|figures|statistics|estimates|records|reports)$/i;

/** The lower-case body noun keeping the document the phrase names, or null. */
export function issuerNounOf(phrase: string): string | null {
  const m = ISSUER_NOUN.exec(phrase.trim());
  return m ? m[1].toLowerCase() : null;
}
