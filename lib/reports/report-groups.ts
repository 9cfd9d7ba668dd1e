/** How the report arranges its claims: by article; and what its corrections section lists of each correction. Pure. */

/** The report's claims grouped by article, in the order given; claims without an article come last. */
export function groupByArticle<C extends { article: { id: number } | null }>(claims: C[]): { article: C["article"]; claims: C[] }[] {
  const groups = new Map<string, { article: C["article"]; claims: C[] }>();
  for (const claim of claims) {
    const key = claim.article ? String(claim.article.id) : "none";
    if (!groups.has(key)) groups.set(key, { article: claim.article, claims: [] });
    groups.get(key)!.claims.push(claim);
  }
  return [...groups.values()].sort((a, b) => (a.article ? 0 : 1) - (b.article ? 0 : 1));
}

/** One correction to a verdict in the report's selection, with its claim: a line of the "Corrections" section. */
export interface ReportCorrection {
  id: number;
  claimId: number;
  statement: string;
  note: string;
  createdAt: Date;
  previousRatingName: string | null;
  newRatingName: string | null;
  changes: string | null;
}
