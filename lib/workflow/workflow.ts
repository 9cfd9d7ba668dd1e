/**
 * The verification workflow: where a claim is in the checking process, and who may move it on.
 *
 * The workflow state says how far the check has got; the verdict (a rating from the newsroom's
 * rating scale, plus an explanation) is stored separately and only becomes public on `approve`.
 *
 *   unverified --start_review--> in_review --propose--> verdict_proposed --approve--> published
 *   unverified <----release----- in_review <--return--- verdict_proposed
 *                                in_review <-----------reopen------------------------ published
 *                                                                  published --correct--> published
 *
 * Pure: used by data functions, route handlers and the UI alike. Refusals are typed (./refusals.ts);
 * what each move changes on a claim is ./moves.ts.
 */
import type { Role } from "@/lib/access/roles";
import {
  ROLE_REFUSALS,
  SELF_APPROVAL_REFUSAL,
  STATE_REFUSALS,
  VIEWER_REFUSAL,
  refusal,
  type Refusal,
  type RefusalCode,
} from "./refusals";

export const WORKFLOW_STATES = ["unverified", "in_review", "verdict_proposed", "published"] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const WORKFLOW_STATE_LABELS: Record<WorkflowState, string> = {
  unverified: "Unverified",
  in_review: "In review",
  verdict_proposed: "Verdict proposed",
  published: "Published",
};

export const WORKFLOW_ACTIONS = ["start_review", "release", "propose", "approve", "return", "correct", "reopen"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * What the actor must supply for an action, on top of having the right role and the claim being in the right state.
 * `verdict`: rating + explanation + at least one piece of evidence; `corrected_verdict`: rating + explanation +
 * correction note; `comment` / `correction_note`: a non-empty `note`.
 */
export type TransitionRequirement = "verdict" | "corrected_verdict" | "comment" | "correction_note";

export interface Transition {
  from: WorkflowState;
  to: WorkflowState;
  /** Roles that may take the action. Viewers never appear here. */
  roles: readonly Role[];
  /** Button text. */
  label: string;
  requires: TransitionRequirement | null;
}

const CHECKERS = ["admin", "editor", "factchecker"] as const satisfies readonly Role[];
const EDITORS = ["admin", "editor"] as const satisfies readonly Role[];

export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  start_review: { from: "unverified", to: "in_review", roles: CHECKERS, label: "Start review", requires: null },
  release: { from: "in_review", to: "unverified", roles: CHECKERS, label: "Release", requires: null },
  propose: { from: "in_review", to: "verdict_proposed", roles: CHECKERS, label: "Propose verdict", requires: "verdict" },
  approve: { from: "verdict_proposed", to: "published", roles: EDITORS, label: "Approve and publish", requires: null },
  return: { from: "verdict_proposed", to: "in_review", roles: EDITORS, label: "Return for more work", requires: "comment" },
  correct: { from: "published", to: "published", roles: EDITORS, label: "Correct verdict", requires: "corrected_verdict" },
  reopen: { from: "published", to: "in_review", roles: EDITORS, label: "Reopen", requires: "correction_note" },
};

export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === "string" && (WORKFLOW_STATES as readonly string[]).includes(value);
}

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === "string" && (WORKFLOW_ACTIONS as readonly string[]).includes(value);
}

/** A rating from the scale, as chosen for a verdict. */
export interface ChosenRating {
  id: number;
  name: string;
  retired: boolean;
}

export interface TransitionInput {
  action: WorkflowAction;
  from: WorkflowState;
  role: Role;
  actorId: string;
  /** Who proposed the verdict currently awaiting approval (for the two-person rule). */
  proposerId?: string | null;
  /** When on, whoever proposed a verdict may not also approve it. */
  twoPersonRule: boolean;
  /** `propose` / `correct`: the rating chosen; `"unknown"` when the id sent matches no rating. */
  rating?: ChosenRating | "unknown" | null;
  /** `propose` / `correct`: why the claim got that rating. */
  explanation?: string | null;
  /** `propose`: how many pieces of evidence the claim has. */
  evidenceCount?: number;
  /** `return`: the comment for the fact-checker; `correct` / `reopen`: the correction note. */
  note?: string | null;
}

export type TransitionResult = { ok: true; to: WorkflowState } | { ok: false; refusal: Refusal };

export type ActionContext = Pick<TransitionInput, "from" | "role" | "actorId" | "proposerId" | "twoPersonRule">;

const refused = (code: RefusalCode, message: string) => ({ ok: false, refusal: refusal(code, message) }) as const;

function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === "";
}

/** Role, state and two-person rule: everything except what the actor has to fill in. */
function checkAccess(action: WorkflowAction, ctx: ActionContext): TransitionResult {
  const transition = TRANSITIONS[action];
  if (!transition.roles.includes(ctx.role)) return refused("not_allowed", ctx.role === "viewer" ? VIEWER_REFUSAL : ROLE_REFUSALS[action]);
  if (ctx.from !== transition.from) return refused("wrong_state", STATE_REFUSALS[action]);
  // An unknown proposer (e.g. their account was deleted) can't be the actor, so approval is allowed.
  if (action === "approve" && ctx.twoPersonRule && ctx.proposerId != null && ctx.proposerId === ctx.actorId) {
    return refused("self_approval", SELF_APPROVAL_REFUSAL);
  }
  return { ok: true, to: transition.to };
}

function checkRating(rating: TransitionInput["rating"], missing: string): Refusal | null {
  if (rating === null || rating === undefined) return refusal("needs_rating", missing);
  if (rating === "unknown") return refusal("unknown_rating", "That rating does not exist.");
  if (rating.retired) return refusal("retired_rating", `The rating “${rating.name}” is retired; choose another.`);
  return null;
}

/** The first thing the action requires that the input lacks, or null. */
function checkRequirements(action: WorkflowAction, input: TransitionInput): Refusal | null {
  switch (TRANSITIONS[action].requires) {
    case "verdict":
      return (
        checkRating(input.rating, "Choose a rating for the verdict.") ??
        (isBlank(input.explanation) ? refusal("needs_explanation", "Explain the verdict before proposing it.") : null) ??
        (!input.evidenceCount || input.evidenceCount < 1 ? refusal("needs_evidence", "A verdict needs at least one piece of evidence.") : null)
      );
    case "corrected_verdict":
      return (
        checkRating(input.rating, "Choose the corrected rating.") ??
        (isBlank(input.explanation) ? refusal("needs_explanation", "Write the corrected explanation.") : null) ??
        (isBlank(input.note) ? refusal("needs_note", "Add a correction note saying what changed and why.") : null)
      );
    case "comment":
      return isBlank(input.note) ? refusal("needs_note", "Add a comment saying what needs more work.") : null;
    case "correction_note":
      return isBlank(input.note) ? refusal("needs_note", "Add a correction note saying why the published verdict is being withdrawn.") : null;
    default:
      return null;
  }
}

/**
 * Whether the actor may take `action` on a claim in state `from`, and if so the state it moves to.
 * Checks, in order: role, current state, the two-person rule, then what the action requires
 * (the first missing item is reported).
 */
export function checkTransition(input: TransitionInput): TransitionResult {
  const access = checkAccess(input.action, input);
  if (!access.ok) return access;
  const missing = checkRequirements(input.action, input);
  return missing ? { ok: false, refusal: missing } : access;
}

/**
 * The actions to offer as buttons: those the role may take from this state, honouring the
 * two-person rule, but not yet checking what the actor has to fill in. In `WORKFLOW_ACTIONS` order.
 */
export function availableActions(ctx: ActionContext): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => checkAccess(action, ctx).ok);
}

const LEGACY_STATUSES: Record<string, { state: WorkflowState; ratingName: string | null }> = {
  unverified: { state: "unverified", ratingName: null },
  in_progress: { state: "in_review", ratingName: null },
  verified: { state: "published", ratingName: "True" },
  false: { state: "published", ratingName: "False" },
  misleading: { state: "published", ratingName: "Misleading" },
  unverifiable: { state: "published", ratingName: "Unverifiable" },
};

/**
 * Maps a status from the old single-field model (`status.ts`) to a workflow state and the name of
 * the `DEFAULT_RATINGS` entry to attach. Anything unrecognised starts over as unverified.
 */
export function legacyStatusToWorkflow(status: string): { state: WorkflowState; ratingName: string | null } {
  const key = status.trim().toLowerCase();
  const mapped = Object.hasOwn(LEGACY_STATUSES, key) ? LEGACY_STATUSES[key] : undefined;
  return mapped ? { ...mapped } : { state: "unverified", ratingName: null };
}

export interface RatingDefinition {
  name: string;
  /** Display order, 1 first. */
  order: number;
  /** Badge background, `#rrggbb`; light enough for dark text (--ink). */
  colour: string;
  description: string;
  /** schema.org ClaimReview `ratingValue` on a 1 (worst) – 5 (best) scale; null when there is no truth value. */
  reviewValue: number | null;
}

export const DEFAULT_RATINGS: readonly RatingDefinition[] = [
  { name: "True", order: 1, colour: "#bfe6c9", description: "The claim is accurate and nothing significant is missing.", reviewValue: 5 },
  { name: "Mostly true", order: 2, colour: "#dcefc0", description: "The claim is accurate but needs clarification or additional information.", reviewValue: 4 },
  { name: "Misleading", order: 3, colour: "#fbe3a6", description: "The claim contains accurate elements but leaves a false impression.", reviewValue: 3 },
  { name: "Mostly false", order: 4, colour: "#fcd0b0", description: "The claim contains an element of truth but ignores facts that would give a different impression.", reviewValue: 2 },
  { name: "False", order: 5, colour: "#f6c1bd", description: "The claim is inaccurate.", reviewValue: 1 },
  { name: "Unverifiable", order: 6, colour: "#dcdcec", description: "The available evidence can neither confirm nor refute the claim.", reviewValue: null },
];
