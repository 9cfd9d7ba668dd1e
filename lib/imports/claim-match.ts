/**
 * Whether another organisation's "claim reviewed" is one of the desk's claims. Pure: statements are
 * compared as sets of words, so word order, punctuation, case, accents and number formatting
 * ("20,000" and "20000") do not matter.
 */

export const MATCH_THRESHOLD = 0.6;

/** Lower-cased words without accents or punctuation; thousands separators inside numbers are dropped. */
export function statementTokens(statement: string): string[] {
  return statement
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/(\d)[,.](?=\d{3}\b)/g, "$1")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

export function normalizeStatement(statement: string): string {
  return statementTokens(statement).join(" ");
}

/** Jaccard similarity of the two statements' word sets: 1 for the same words, 0 for none shared. */
export function statementSimilarity(a: string, b: string): number {
  const left = new Set(statementTokens(a));
  const right = new Set(statementTokens(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * The candidate whose statement is the same as `statement` once normalised, else the most similar one
 * at or above the threshold (the lowest id on a tie), else null.
 */
export function bestClaimMatch<T extends { id: number; statement: string }>(
  statement: string,
  candidates: readonly T[],
  threshold = MATCH_THRESHOLD,
): { claim: T; score: number } | null {
  const wanted = normalizeStatement(statement);
  if (!wanted) return null;
  let best: { claim: T; score: number } | null = null;
  for (const claim of candidates) {
    const score = normalizeStatement(claim.statement) === wanted ? 1 : statementSimilarity(statement, claim.statement);
    if (score < threshold) continue;
    if (!best || score > best.score || (score === best.score && claim.id < best.claim.id)) best = { claim, score };
  }
  return best;
}
