"use client";
import { useState } from "react";
import { ArticleReader, type MarkedClaim, type Passage } from "./article-reader";
import { AddClaimPanel } from "./add-claim-panel";
import type { SpeakerOption } from "../../claims/claim-fields";

/** The article text beside the "Add claim" panel that a selection opens. */
export function ArticleWorkspace({
  articleId,
  body,
  claims,
  speakers,
  canAddClaims,
  sidebar,
}: {
  articleId: number;
  body: string;
  claims: MarkedClaim[];
  speakers: SpeakerOption[];
  canAddClaims: boolean;
  sidebar: React.ReactNode;
}) {
  const [passage, setPassage] = useState<Passage | null>(null);
  return (
    <div className="grid-2">
      <section className="panel" aria-label="Article text">
        {canAddClaims && (
          <p className="muted small no-print">
            Select a passage with the mouse, or Tab to a sentence and press Enter, to add a claim.
          </p>
        )}
        <ArticleReader body={body} claims={claims} onPick={canAddClaims ? setPassage : undefined} />
      </section>
      <div className="side-panel">
        {passage ? (
          <AddClaimPanel key={`${passage.start}-${passage.end}`} articleId={articleId} passage={passage} speakers={speakers} onClose={() => setPassage(null)} />
        ) : (
          sidebar
        )}
      </div>
    </div>
  );
}
