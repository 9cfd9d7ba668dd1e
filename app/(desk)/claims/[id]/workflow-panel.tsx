import { availableActions, TRANSITIONS, WORKFLOW_STATE_LABELS, type WorkflowState } from "@/lib/workflow/workflow";
import type { Actor } from "@/lib/platform/session";
import { formatDateTime } from "@/lib/web/format";
import { Markdown } from "@/app/_components/markdown";
import { RatingBadge } from "@/app/_components/rating-badge";
import { TransitionForm, type RatingOption } from "./transition-form";

interface WorkflowClaim {
  id: number;
  version: number;
  status: string;
  ratingId: number | null;
  explanation: string | null;
  returnComment: string | null;
  proposedAt: Date | null;
  publishedAt: Date | null;
  rating: { name: string; colour: string } | null;
  proposedBy: { id: string; name: string } | null;
  publishedBy: { name: string } | null;
}

/** Where the claim stands in verification, its verdict, and the moves the signed-in person may make. */
export function WorkflowPanel({ claim, actor, ratings, twoPersonRule }: { claim: WorkflowClaim; actor: Actor; ratings: RatingOption[]; twoPersonRule: boolean }) {
  const state = claim.status as WorkflowState;
  const actions = availableActions({ from: state, role: actor.role, actorId: actor.id, proposerId: claim.proposedBy?.id ?? null, twoPersonRule });
  const waitingForOther = state === "verdict_proposed" && twoPersonRule && claim.proposedBy?.id === actor.id && actor.role !== "factchecker";
  return (
    <section className="panel" aria-labelledby="workflow-title">
      <h2 id="workflow-title" style={{ marginTop: 0 }}>Verification</h2>
      <p style={{ margin: "0 0 0.5rem" }}>
        State: <strong>{WORKFLOW_STATE_LABELS[state] ?? claim.status}</strong>
        {claim.rating && (
          <>
            {" "}· verdict <RatingBadge rating={claim.rating} />
            {state === "verdict_proposed" && <span className="muted small"> (proposed)</span>}
          </>
        )}
      </p>
      {claim.proposedBy && claim.proposedAt && (
        <p className="muted small" style={{ margin: "0 0 0.5rem" }}>
          Proposed by {claim.proposedBy.name}, {formatDateTime(claim.proposedAt)}
          {claim.publishedAt && claim.publishedBy && <> · published by {claim.publishedBy.name}, {formatDateTime(claim.publishedAt)}</>}
        </p>
      )}
      {claim.explanation && (
        <div aria-label="Explanation" role="group">
          <Markdown source={claim.explanation} />
        </div>
      )}
      {state === "in_review" && claim.returnComment && (
        <div className="form-message error" role="note">
          <strong>Returned for more work:</strong> {claim.returnComment}
        </div>
      )}
      {waitingForOther && <p className="muted">You proposed this verdict; another editor must approve it.</p>}
      {actions.length === 0 && !waitingForOther && <p className="muted">No workflow actions are open to you here.</p>}
      {actions.map((action) => (
        <TransitionForm
          key={action}
          claimId={claim.id}
          version={claim.version}
          action={action}
          label={TRANSITIONS[action].label}
          requires={TRANSITIONS[action].requires}
          ratings={ratings}
          current={{ ratingId: claim.ratingId, explanation: claim.explanation }}
        />
      ))}
    </section>
  );
}
