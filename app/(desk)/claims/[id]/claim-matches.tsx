import Link from "next/link";
import type { Actor } from "@/lib/platform/session";
import { can } from "@/lib/access/roles";
import { findMatchesOf, type ClaimForMatching } from "@/lib/data/claim-matches";
import type { ClaimGroup } from "@/lib/data/claim-page";
import { formatDate } from "@/lib/web/format";
import { LinkClaimButton, UnlinkClaimButton } from "./match-buttons";

/**
 * "Checked before?": the claim's group (the verdict that covers it and every appearance), and earlier
 * claims that say the same thing (one click links them) or are related (shown only).
 */
export async function ClaimMatches({ actor, claim, group }: { actor: Actor; claim: ClaimForMatching; group: ClaimGroup }) {
  const claimId = claim.id;
  const matches = await findMatchesOf(actor, claim);
  const edit = can(actor.role, "claim.edit");
  const { root } = group;
  const members = [root, ...group.appearances];
  return (
    <section className="panel" aria-labelledby="checked-before-title">
      <h2 id="checked-before-title" style={{ marginTop: 0 }}>Checked before?</h2>
      {!group.isRoot && (
        <div role="group" aria-label="Covered by">
          <p>
            The verdict on <Link href={`/claims/${root.id}`}>claim #{root.id}</Link> covers this claim
            {root.status === "published" && root.rating ? <>: <strong>{root.rating.name}</strong>{root.publishedAt && `, ${formatDate(root.publishedAt)}`}</> : " (not yet published)"}.
          </p>
          {edit && <UnlinkClaimButton claimId={claimId} rootId={root.id} />}
        </div>
      )}
      {group.appearances.length > 0 && (
        <div role="group" aria-labelledby="appearances-title">
          <h3 id="appearances-title">Appearances ({members.length})</h3>
          <ul>
            {members.map((m) => (
              <li key={m.id}>
                {m.id === claimId ? <strong>This claim</strong> : <Link href={`/claims/${m.id}`}>claim #{m.id}</Link>}
                {m.article && <> in {m.article.url ? <a href={m.article.url} rel="noopener noreferrer nofollow">{m.article.title}</a> : m.article.title} <span className="muted small">({m.article.outlet}{m.article.publishedAt && `, ${formatDate(m.article.publishedAt)}`})</span></>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {matches.length === 0 ? (
        group.isRoot && group.appearances.length === 0 && <p className="muted">No earlier claim says the same.</p>
      ) : (
        <ul aria-label="Matching claims">
          {matches.map((m) => (
            <li key={m.id} aria-label={`${m.tier === "same_claim" ? "Same claim" : "Related"}: claim #${m.id}`}>
              <span className={`badge ${m.tier === "same_claim" ? "status-published" : ""}`}>{m.tier === "same_claim" ? "Same claim" : "Related"}</span>{" "}
              <Link href={`/claims/${m.id}`}>#{m.id}</Link> {m.statement}
              <div className="muted small">
                {m.article ? `${m.article.outlet} · ` : ""}
                {m.rating ? <>Already checked: <strong>{m.rating.name}</strong>{m.publishedAt && `, ${formatDate(m.publishedAt)}`}</> : "not checked yet"}
              </div>
              {edit && m.tier === "same_claim" && group.isRoot && group.appearances.length === 0 && <LinkClaimButton claimId={claimId} targetId={m.id} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
