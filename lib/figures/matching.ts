/**
 * "Checked before?": how likely an earlier claim says the same thing as a new one.
 *
 * Text: the claims' terms (text-terms.ts: numbers normalised, stop words dropped, plurals folded) compared
 * by cosine similarity of IDF-weighted term counts, the IDF taken from the pool the candidates came from
 * (rare terms such as place names weigh more than "civilian"). Structure then moves the score: the same
 * unit and figures that can both hold raise it, another unit or incompatible figures lower it, the same
 * speaker raises it. Two tiers, as in Meedan Check: "same claim" (one-click link) and "related" (shown
 * only). A claim of fewer than MIN_WORDS_TO_LINK words is never offered as "same claim": short sentences
 * ("17 trucks left.") match too much by chance. The thresholds were chosen by measurement on the labelled
 * pairs in seed/corpus/claim-pairs.json (`npm run eval:figures -- --sweep`): "same claim" sits in the middle
 * of the range (0.50–0.55) where precision and recall were both 1.00; "related" at 0.30 (precision 0.78,
 * recall 0.74; at 0.35 precision rose to 0.91 but recall fell to 0.47, and related matches are only shown).
 */
import { sameUnit } from "./unit";
import { figuresCompatible, type ReportedFigure } from "./intervals";
import { textTerms, wordCount } from "./text-terms";

export const SAME_CLAIM_THRESHOLD = 0.55;
export const RELATED_THRESHOLD = 0.3;
export const MIN_WORDS_TO_LINK = 8;

const WEIGHTS = { text: 0.75, sameUnit: 0.1, otherUnit: -0.25, compatible: 0.1, incompatible: -0.3, sameSpeaker: 0.05 } as const;

export interface MatchableClaim extends ReportedFigure {
  id: number;
  /** statement and excerpt */
  text: string;
  unit: string | null;
  speaker: string | null;
}

export type MatchTier = "same_claim" | "related";

export interface ClaimMatch {
  id: number;
  score: number;
  tier: MatchTier;
}

type Vector = Map<string, number>;

const counts = (terms: string[]): Vector => {
  const v: Vector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
};

/** Inverse document frequency over a pool of term sets (smoothed, so a term in every document still counts a little). */
export function idfOf(pool: Vector[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const v of pool) for (const t of v.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = pool.length;
  return (term) => Math.log(1 + (n + 1) / ((df.get(term) ?? 0) + 0.5));
}

function cosine(a: Vector, b: Vector, idf: (t: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, c] of a) {
    const w = c * idf(t);
    na += w * w;
    const other = b.get(t);
    if (other) dot += w * other * idf(t);
  }
  for (const [t, c] of b) nb += (c * idf(t)) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

const hasFigure = (c: ReportedFigure) => c.value != null || c.low != null || c.high != null;

const clamp = (n: number) => Math.max(0, Math.min(1, n));

/**
 * Two scores, 0..1: `related` says the claims are about the same quantity (text, unit, speaker); `same`
 * adds whether their figures can both hold, since the same claim cannot carry incompatible figures while
 * a related one (a later count, another side's figure) often does.
 */
export interface MatchScores {
  same: number;
  related: number;
  /** false when both claims carry figures that cannot both hold: then they are never the same claim */
  compatible: boolean;
}

export function matchScores(claim: MatchableClaim, candidate: MatchableClaim, idf: (t: string) => number, vectors?: { claim: Vector; candidate: Vector }): MatchScores {
  const a = vectors?.claim ?? counts(textTerms(claim.text));
  const b = vectors?.candidate ?? counts(textTerms(candidate.text));
  let related = WEIGHTS.text * cosine(a, b, idf);
  if (claim.unit && candidate.unit) related += sameUnit(claim.unit, candidate.unit) ? WEIGHTS.sameUnit : WEIGHTS.otherUnit;
  if (claim.speaker && candidate.speaker && claim.speaker === candidate.speaker) related += WEIGHTS.sameSpeaker;
  const compatible = !hasFigure(claim) || !hasFigure(candidate) || figuresCompatible(claim, candidate);
  const same = related + (hasFigure(claim) && hasFigure(candidate) ? (compatible ? WEIGHTS.compatible : WEIGHTS.incompatible) : 0);
  return { same: clamp(same), related: clamp(related), compatible };
}

/** The tier of a pair's scores; short claims, and claims with incompatible figures, are at most "related". */
export function tierOf(scores: MatchScores, claim: MatchableClaim, candidate: MatchableClaim): MatchTier | null {
  const linkable = wordCount(claim.text) >= MIN_WORDS_TO_LINK && wordCount(candidate.text) >= MIN_WORDS_TO_LINK;
  if (scores.same >= SAME_CLAIM_THRESHOLD && linkable && scores.compatible) return "same_claim";
  return scores.related >= RELATED_THRESHOLD ? "related" : null;
}

/** The candidates that match `claim`, best first. */
export function rankMatches(claim: MatchableClaim, candidates: MatchableClaim[], limit = 10): ClaimMatch[] {
  const own = counts(textTerms(claim.text));
  const vectors = candidates.map((c) => counts(textTerms(c.text)));
  const idf = idfOf([own, ...vectors]);
  const out: ClaimMatch[] = [];
  candidates.forEach((candidate, i) => {
    if (candidate.id === claim.id) return;
    const scores = matchScores(claim, candidate, idf, { claim: own, candidate: vectors[i] });
    const tier = tierOf(scores, claim, candidate);
    if (tier) out.push({ id: candidate.id, score: tier === "same_claim" ? scores.same : scores.related, tier });
  });
  const rank = (m: ClaimMatch) => (m.tier === "same_claim" ? 1 : 0);
  return out.sort((x, y) => rank(y) - rank(x) || y.score - x.score || x.id - y.id).slice(0, limit);
}
