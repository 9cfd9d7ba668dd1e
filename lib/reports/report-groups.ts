/** How the report arranges its claims: by article, then the corrections to their verdicts. Pure. */

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

type ClaimWithCorrections = { id: number; statement: string; corrections: { createdAt: Date }[] };

/** Corrections to published verdicts in the report's selection, newest first: the report's "Corrections" section. */
export function correctionsOf<C extends ClaimWithCorrections>(claims: C[]): (C["corrections"][number] & { claimId: number; statement: string })[] {
  return claims
    .flatMap((claim) => claim.corrections.map((correction) => ({ ...correction, claimId: claim.id, statement: claim.statement })))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}
