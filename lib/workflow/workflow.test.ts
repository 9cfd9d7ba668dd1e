import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/access/roles";
import {
  DEFAULT_RATINGS,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
  WORKFLOW_STATE_LABELS,
  availableActions,
  checkTransition,
  isWorkflowAction,
  isWorkflowState,
  legacyStatusToWorkflow,
  type TransitionInput,
  type WorkflowAction,
  type WorkflowState,
} from "./workflow";
import { HTTP_STATUS } from "@/lib/platform/errors";
import { REFUSAL_CODES, REFUSAL_ERROR_CODE, REFUSAL_FIELD, refusal, refusalError, type RefusalCode } from "./refusals";

/** A target state means allowed; "R" refused for the role; "S" refused because the claim is in the wrong state. */
type Expect = WorkflowState | "R" | "S";

// Written out by hand, one row per action × current state; columns: admin, editor, factchecker, viewer.
const MATRIX: [WorkflowAction, WorkflowState, [Expect, Expect, Expect, Expect]][] = [
  ["start_review", "unverified", ["in_review", "in_review", "in_review", "R"]],
  ["start_review", "in_review", ["S", "S", "S", "R"]],
  ["start_review", "verdict_proposed", ["S", "S", "S", "R"]],
  ["start_review", "published", ["S", "S", "S", "R"]],

  ["release", "unverified", ["S", "S", "S", "R"]],
  ["release", "in_review", ["unverified", "unverified", "unverified", "R"]],
  ["release", "verdict_proposed", ["S", "S", "S", "R"]],
  ["release", "published", ["S", "S", "S", "R"]],

  ["propose", "unverified", ["S", "S", "S", "R"]],
  ["propose", "in_review", ["verdict_proposed", "verdict_proposed", "verdict_proposed", "R"]],
  ["propose", "verdict_proposed", ["S", "S", "S", "R"]],
  ["propose", "published", ["S", "S", "S", "R"]],

  ["approve", "unverified", ["S", "S", "R", "R"]],
  ["approve", "in_review", ["S", "S", "R", "R"]],
  ["approve", "verdict_proposed", ["published", "published", "R", "R"]],
  ["approve", "published", ["S", "S", "R", "R"]],

  ["return", "unverified", ["S", "S", "R", "R"]],
  ["return", "in_review", ["S", "S", "R", "R"]],
  ["return", "verdict_proposed", ["in_review", "in_review", "R", "R"]],
  ["return", "published", ["S", "S", "R", "R"]],

  ["correct", "unverified", ["S", "S", "R", "R"]],
  ["correct", "in_review", ["S", "S", "R", "R"]],
  ["correct", "verdict_proposed", ["S", "S", "R", "R"]],
  ["correct", "published", ["published", "published", "R", "R"]],

  ["reopen", "unverified", ["S", "S", "R", "R"]],
  ["reopen", "in_review", ["S", "S", "R", "R"]],
  ["reopen", "verdict_proposed", ["S", "S", "R", "R"]],
  ["reopen", "published", ["in_review", "in_review", "R", "R"]],
];
const COLUMNS: Role[] = ["admin", "editor", "factchecker", "viewer"];

/** Everything every action could ask for, with the two-person rule on and someone else as proposer. */
function complete(action: WorkflowAction, from: WorkflowState, role: Role): TransitionInput {
  return {
    action,
    from,
    role,
    actorId: "actor",
    proposerId: "someone-else",
    twoPersonRule: true,
    rating: { id: 3, name: "Misleading", retired: false },
    explanation: "The figure is from 2019, not this year.",
    evidenceCount: 1,
    note: "Source updated.",
  };
}

const cases = MATRIX.flatMap(([action, from, row]) => COLUMNS.map((role, i) => ({ action, from, role, expected: row[i] })));

describe("transition matrix", () => {
  it("covers every action × state × role exactly once", () => {
    expect(cases).toHaveLength(WORKFLOW_ACTIONS.length * WORKFLOW_STATES.length * ROLES.length);
    const keys = new Set(cases.map((c) => `${c.action}/${c.from}/${c.role}`));
    expect(keys.size).toBe(cases.length);
    expect([...COLUMNS].sort()).toEqual([...ROLES].sort());
  });

  it.each(cases)("$action from $from as $role → $expected", ({ action, from, role, expected }) => {
    const result = checkTransition(complete(action, from, role));
    if (expected === "R" || expected === "S") {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.refusal.code).toBe(expected === "R" ? "not_allowed" : "wrong_state");
      expect(result.refusal.field).toBeNull();
    } else {
      expect(result).toEqual({ ok: true, to: expected });
    }
  });

  it.each(WORKFLOW_STATES.flatMap((from) => COLUMNS.map((role, i) => ({ from, role, i }))))(
    "availableActions from $from as $role matches the matrix",
    ({ from, role, i }) => {
      const expected = MATRIX.filter(([, f, row]) => f === from && row[i] !== "R" && row[i] !== "S").map(([action]) => action);
      expect(availableActions({ from, role, actorId: "actor", proposerId: "someone-else", twoPersonRule: true })).toEqual(expected);
    },
  );

  it("viewers get no buttons anywhere", () => {
    for (const from of WORKFLOW_STATES) {
      expect(availableActions({ from, role: "viewer", actorId: "v", twoPersonRule: false })).toEqual([]);
    }
  });

  it("TRANSITIONS agrees with the states and labels", () => {
    for (const action of WORKFLOW_ACTIONS) {
      expect(isWorkflowState(TRANSITIONS[action].from)).toBe(true);
      expect(isWorkflowState(TRANSITIONS[action].to)).toBe(true);
      expect(TRANSITIONS[action].roles).not.toContain("viewer");
    }
    expect(Object.keys(WORKFLOW_STATE_LABELS)).toEqual([...WORKFLOW_STATES]);
    expect(WORKFLOW_STATE_LABELS.verdict_proposed).toBe("Verdict proposed");
  });
});

/** The refusal as the data layer sees it: code, field and message. */
const refusedWith = (code: RefusalCode, message: string | RegExp) => ({
  ok: false,
  refusal: { code, field: REFUSAL_FIELD[code], message: typeof message === "string" ? message : expect.stringMatching(message) },
});

describe("refusals", () => {
  it("say who may act and why the state is wrong", () => {
    expect(checkTransition(complete("approve", "verdict_proposed", "factchecker"))).toEqual(refusedWith("not_allowed", "Only editors can approve a verdict."));
    expect(checkTransition(complete("approve", "in_review", "editor"))).toEqual(refusedWith("wrong_state", "This claim is not awaiting approval."));
    expect(checkTransition(complete("start_review", "unverified", "viewer"))).toEqual(
      refusedWith("not_allowed", "Viewers can't change where a claim is in the checking process."),
    );
  });

  it("map each code to one app error and at most one form field", () => {
    expect(Object.keys(REFUSAL_ERROR_CODE).sort()).toEqual([...REFUSAL_CODES].sort());
    expect(Object.keys(REFUSAL_FIELD).sort()).toEqual([...REFUSAL_CODES].sort());
    expect(REFUSAL_ERROR_CODE).toMatchObject({ not_allowed: "forbidden", self_approval: "forbidden", wrong_state: "conflict", needs_rating: "invalid", needs_note: "invalid" });
    expect(REFUSAL_FIELD).toMatchObject({ needs_rating: "ratingId", unknown_rating: "ratingId", retired_rating: "ratingId", needs_explanation: "explanation", needs_note: "note" });
    // Every refusal about something the person fills in points at the field, and only those do.
    for (const code of REFUSAL_CODES) expect(REFUSAL_FIELD[code] !== null).toBe(REFUSAL_ERROR_CODE[code] === "invalid");
  });

  it("become app errors whose status and field come from the code, whatever the wording", () => {
    const rating = refusalError(refusal("needs_rating", "Words that mention neither field nor role"));
    expect([rating.code, HTTP_STATUS[rating.code], rating.fields]).toEqual(["invalid", 422, { ratingId: ["Words that mention neither field nor role"] }]);
    const self = refusalError(refusal("self_approval", "Only a rating note"));
    expect([HTTP_STATUS[self.code], self.fields]).toEqual([403, undefined]);
    expect(HTTP_STATUS[refusalError(refusal("wrong_state", "x")).code]).toBe(409);
    expect(refusalError(refusal("needs_explanation", "Explain")).fields).toEqual({ explanation: ["Explain"] });
  });
});

describe("two-person rule", () => {
  const approve = (over: Partial<TransitionInput>) =>
    checkTransition({ ...complete("approve", "verdict_proposed", "editor"), ...over });

  it("refuses self-approval when on, for editors and admins alike", () => {
    const refused = refusedWith("self_approval", "You proposed this verdict; another editor must approve it.");
    expect(approve({ actorId: "ed", proposerId: "ed", twoPersonRule: true })).toEqual(refused);
    expect(approve({ role: "admin", actorId: "ad", proposerId: "ad", twoPersonRule: true })).toEqual(refused);
  });

  it("allows self-approval when off", () => {
    expect(approve({ actorId: "ed", proposerId: "ed", twoPersonRule: false })).toEqual({ ok: true, to: "published" });
  });

  it("allows another editor, or an unknown proposer, when on", () => {
    expect(approve({ actorId: "ed", proposerId: "fc", twoPersonRule: true })).toEqual({ ok: true, to: "published" });
    expect(approve({ actorId: "ed", proposerId: null, twoPersonRule: true })).toEqual({ ok: true, to: "published" });
    expect(approve({ actorId: "ed", proposerId: undefined, twoPersonRule: true })).toEqual({ ok: true, to: "published" });
  });

  it("hides the approve button from the proposer only when on", () => {
    const ctx = { from: "verdict_proposed" as const, role: "editor" as const, actorId: "ed", proposerId: "ed" };
    expect(availableActions({ ...ctx, twoPersonRule: true })).toEqual(["return"]);
    expect(availableActions({ ...ctx, twoPersonRule: false })).toEqual(["approve", "return"]);
  });

  it("lets the proposer return their own verdict", () => {
    const result = checkTransition({ ...complete("return", "verdict_proposed", "editor"), actorId: "ed", proposerId: "ed" });
    expect(result).toEqual({ ok: true, to: "in_review" });
  });
});

describe("required fields", () => {
  const propose = (over: Partial<TransitionInput>) =>
    checkTransition({ ...complete("propose", "in_review", "factchecker"), ...over });

  it("propose needs a rating, an explanation and evidence", () => {
    expect(propose({ rating: null })).toEqual(refusedWith("needs_rating", "Choose a rating for the verdict."));
    expect(propose({ rating: undefined })).toEqual(refusedWith("needs_rating", "Choose a rating for the verdict."));
    expect(propose({ explanation: null })).toEqual(refusedWith("needs_explanation", "Explain the verdict before proposing it."));
    expect(propose({ explanation: "  \n " })).toEqual(refusedWith("needs_explanation", "Explain the verdict before proposing it."));
    expect(propose({ evidenceCount: 0 })).toEqual(refusedWith("needs_evidence", "A verdict needs at least one piece of evidence."));
    expect(propose({ evidenceCount: undefined })).toEqual(refusedWith("needs_evidence", "A verdict needs at least one piece of evidence."));
    expect(propose({})).toEqual({ ok: true, to: "verdict_proposed" });
  });

  it("a verdict's rating must exist and not be retired", () => {
    expect(propose({ rating: "unknown" })).toEqual(refusedWith("unknown_rating", "That rating does not exist."));
    expect(propose({ rating: { id: 6, name: "Pants on fire", retired: true } })).toEqual(refusedWith("retired_rating", /Pants on fire.*retired/));
    const correct = (over: Partial<TransitionInput>) => checkTransition({ ...complete("correct", "published", "editor"), ...over });
    expect(correct({ rating: { id: 6, name: "Pants on fire", retired: true } })).toEqual(refusedWith("retired_rating", /retired/));
    expect(correct({ rating: "unknown" })).toEqual(refusedWith("unknown_rating", "That rating does not exist."));
  });

  it("correct needs the corrected rating, explanation and a note, in that order", () => {
    const correct = (over: Partial<TransitionInput>) => checkTransition({ ...complete("correct", "published", "editor"), ...over });
    expect(correct({ rating: null, explanation: null, note: null })).toEqual(refusedWith("needs_rating", "Choose the corrected rating."));
    expect(correct({ explanation: " ", note: null })).toEqual(refusedWith("needs_explanation", "Write the corrected explanation."));
    expect(correct({ note: "" })).toEqual(refusedWith("needs_note", /correction note/));
    // A correction does not ask for evidence again.
    expect(correct({ evidenceCount: 0 })).toEqual({ ok: true, to: "published" });
  });

  it("return needs a comment", () => {
    const ret = (note: string | null | undefined) =>
      checkTransition({ ...complete("return", "verdict_proposed", "editor"), note });
    for (const note of [null, undefined, "", "   "]) {
      expect(ret(note)).toEqual(refusedWith("needs_note", "Add a comment saying what needs more work."));
    }
    expect(ret("Second source please.")).toEqual({ ok: true, to: "in_review" });
  });

  it("correct and reopen need a correction note", () => {
    for (const action of ["correct", "reopen"] as const) {
      const result = checkTransition({ ...complete(action, "published", "editor"), note: " " });
      expect(result).toEqual(refusedWith("needs_note", /correction note/));
    }
  });

  it("actions without requirements ignore missing fields", () => {
    const bare = { actorId: "a", twoPersonRule: true, role: "factchecker" as const };
    expect(checkTransition({ ...bare, action: "start_review", from: "unverified" })).toEqual({ ok: true, to: "in_review" });
    expect(checkTransition({ ...bare, action: "release", from: "in_review" })).toEqual({ ok: true, to: "unverified" });
    expect(checkTransition({ ...bare, role: "editor", action: "approve", from: "verdict_proposed" })).toEqual({
      ok: true,
      to: "published",
    });
  });

  it("reports a wrong role or state before missing fields", () => {
    expect(checkTransition({ action: "propose", from: "unverified", role: "factchecker", actorId: "a", twoPersonRule: false })).toEqual(
      refusedWith("wrong_state", "A verdict can only be proposed for a claim that is in review."),
    );
    expect(checkTransition({ action: "correct", from: "published", role: "factchecker", actorId: "a", twoPersonRule: false })).toEqual(
      refusedWith("not_allowed", "Only editors can correct a published verdict."),
    );
  });
});

describe("legacyStatusToWorkflow", () => {
  it.each([
    ["unverified", "unverified", null],
    ["in_progress", "in_review", null],
    ["verified", "published", "True"],
    ["false", "published", "False"],
    ["misleading", "published", "Misleading"],
    ["unverifiable", "published", "Unverifiable"],
    ["", "unverified", null],
    ["disputed", "unverified", null],
    ["constructor", "unverified", null],
    ["__proto__", "unverified", null],
  ])("%j → %s / %s", (status, state, ratingName) => {
    expect(legacyStatusToWorkflow(status)).toEqual({ state, ratingName });
  });

  it("names only ratings that exist in the default scale", () => {
    const names = new Set(DEFAULT_RATINGS.map((r) => r.name));
    for (const status of ["verified", "false", "misleading", "unverifiable"]) {
      expect(names.has(legacyStatusToWorkflow(status).ratingName ?? "")).toBe(true);
    }
  });
});

describe("DEFAULT_RATINGS", () => {
  it("is the six-point scale in order", () => {
    expect(DEFAULT_RATINGS.map((r) => [r.name, r.order, r.reviewValue])).toEqual([
      ["True", 1, 5],
      ["Mostly true", 2, 4],
      ["Misleading", 3, 3],
      ["Mostly false", 4, 2],
      ["False", 5, 1],
      ["Unverifiable", 6, null],
    ]);
    for (const r of DEFAULT_RATINGS) expect(r.description.length).toBeGreaterThan(10);
  });

  /** WCAG 2 contrast ratio. */
  function contrast(a: string, b: string): number {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  it("has distinct hex colours that dark text reads well on (WCAG AAA)", () => {
    const ink = "#1b1f24"; // --ink in app/globals.css
    for (const r of DEFAULT_RATINGS) {
      expect(r.colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrast(r.colour, ink)).toBeGreaterThanOrEqual(7);
    }
    expect(new Set(DEFAULT_RATINGS.map((r) => r.colour)).size).toBe(DEFAULT_RATINGS.length);
  });
});

describe("guards", () => {
  it("recognise states and actions", () => {
    expect(isWorkflowState("in_review")).toBe(true);
    expect(isWorkflowState("in_progress")).toBe(false);
    expect(isWorkflowAction("approve")).toBe(true);
    expect(isWorkflowAction("publish")).toBe(false);
    expect(isWorkflowAction(undefined)).toBe(false);
  });
});
