import Link from "next/link";
import { claimHeadline, type Figure } from "@/lib/figures/figure";

/** A claim in a list: a link to it, its figure first, then its statement (shortened; the full one is the tooltip). */
export function ClaimTitle({ claim, max }: { claim: Figure & { id: number; statement: string }; max?: number }) {
  const { figure, statement } = claimHeadline(claim, max);
  return (
    <Link href={`/claims/${claim.id}`} title={claim.statement.length > statement.length ? claim.statement : undefined}>
      {figure && <strong className="claim-figure">{figure}</strong>}
      {figure && " — "}
      {statement}
    </Link>
  );
}
