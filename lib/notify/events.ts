/**
 * Notification events: their kinds, how each reads, and who each reaches. Pure: the data layer passes in
 * the claim as it was and as it is, and the people who may approve.
 */

export const NOTIFICATION_KINDS = ["assigned", "returned", "awaiting_approval", "published", "corrected", "mentioned"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** What each kind is called in settings and preferences. */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  assigned: "Assigned to you",
  returned: "Returned to you",
  awaiting_approval: "Awaiting your approval",
  published: "Published",
  corrected: "Corrected",
  mentioned: "Mentioned in a comment",
};

/** "Eddie Editor assigned you claim #12": the sentence a person reads in the list and in mail. */
export function notificationSentence(kind: NotificationKind, actorName: string | null, claimId: number): string {
  const who = actorName ?? "Someone";
  const claim = `claim #${claimId}`;
  switch (kind) {
    case "assigned":
      return `${who} assigned you ${claim}`;
    case "returned":
      return `${who} returned ${claim} to you for more work`;
    case "awaiting_approval":
      return `${who} proposed a verdict on ${claim}: it awaits your approval`;
    case "published":
      return `${who} published the verdict on ${claim}`;
    case "corrected":
      return `${who} corrected the published verdict on ${claim}`;
    case "mentioned":
      return `${who} mentioned you in a comment on ${claim}`;
  }
}

/** An event that reaches people: one notification per recipient (never the person who caused it). */
export interface NotificationEvent {
  kind: NotificationKind;
  claimId: number;
  actorId: string;
  recipientIds: string[];
  commentId?: number | null;
}

/** The recipients without the actor and without repeats, in the order given. */
export function recipientsOf(ids: (string | null | undefined)[], actorId: string): string[] {
  return [...new Set(ids.filter((id): id is string => !!id && id !== actorId))];
}

/** The claim's people before and after a workflow move. */
export interface ClaimPeople {
  assigneeId: string | null;
  proposedById: string | null;
  publishedById: string | null;
}

/**
 * Who a workflow move reaches, and as what: a proposal reaches the people who may approve it (never the
 * proposer); a return reaches the person it goes back to; publishing and corrections reach whoever
 * worked on the claim. Null when the move tells nobody anything (starting a review, releasing it).
 */
export function workflowEvent(
  action: string,
  claimId: number,
  actorId: string,
  before: ClaimPeople,
  after: ClaimPeople,
  approverIds: string[],
): NotificationEvent | null {
  const event = (kind: NotificationKind, ids: (string | null)[]) => {
    const recipientIds = recipientsOf(ids, actorId);
    return recipientIds.length ? { kind, claimId, actorId, recipientIds } : null;
  };
  switch (action) {
    case "propose":
      return event("awaiting_approval", approverIds.filter((id) => id !== after.proposedById));
    case "return":
      return event("returned", [after.assigneeId]);
    case "approve":
      return event("published", [after.assigneeId, after.proposedById]);
    case "correct":
    case "reopen":
      return event("corrected", [after.assigneeId, before.proposedById, before.publishedById]);
    default:
      return null;
  }
}

/** An assignment reaches the new assignee, unless they assigned themselves or nothing changed. */
export function assignmentEvent(claimId: number, actorId: string, beforeAssigneeId: string | null, afterAssigneeId: string | null): NotificationEvent | null {
  if (!afterAssigneeId || afterAssigneeId === beforeAssigneeId) return null;
  const recipientIds = recipientsOf([afterAssigneeId], actorId);
  return recipientIds.length ? { kind: "assigned", claimId, actorId, recipientIds } : null;
}
