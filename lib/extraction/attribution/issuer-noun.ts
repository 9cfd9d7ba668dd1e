import { KIND_OPENING_WORDS } from "./document-phrase";

/**
 * "customs data", "government figures", "police reports", "census data": a document named by the common noun of the
 * body (or the count) that keeps it. That is the source (the guide's "figures from X" → X), unnamed as written:
 * "government", "police", "census". Words of when or of which kind before it say nothing of who: "new government
 * data" → "government", "latest police figures" → "police", "preliminary census data" → "census".
 */
const ISSUER_NOUN = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:${[...KIND_OPENING_WORDS, "New", "Latest", "Recent", "Fresh"].join("|")})\s+){0,2}(government|customs|police|ministry|military|army|census)\s+(?:data|figures|statistics|estimates|records|reports)$`,
  "i",
);

/** The lower-case body noun keeping the document the phrase names, or null. */
export function issuerNounOf(phrase: string): string | null {
  const m = ISSUER_NOUN.exec(phrase.trim());
  return m ? m[1].toLowerCase() : null;
}
