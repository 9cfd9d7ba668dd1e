import { describe, expect, it } from "vitest";
import { planMove, type ClaimBeforeMove, type MoveActor, type MoveInput } from "./moves";
import type { WorkflowState } from "./workflow";

const now = new Date("2026-03-01T10:00:00Z");
const checker: MoveActor = { id: "fc", role: "factchecker" };
const editor: MoveActor = { id: "ed", role: "editor" };
const claim = (status: WorkflowState, over: Partial<ClaimBeforeMove> = {}): ClaimBeforeMove => ({
  status,
  assigneeId: null,
  proposedById: null,
  ratingName: null,
  evidenceCount: 1,
  ...over,
});
const mostlyTrue = { id: 2, name: "Mostly true", retired: false };
const moved = (by: MoveActor, to: WorkflowState) => ({ status: to, statusChangedAt: now, statusChangedById: by.id, updatedById: by.id });
const plan = (before: ClaimBeforeMove, input: MoveInput, actor: MoveActor, twoPersonRule = true) => planMove(before, input, actor, twoPersonRule, now);

describe("planMove: what each move changes", () => {
  it("start_review assigns the claim to whoever starts, unless someone has it", () => {
    expect(plan(claim("unverified"), { action: "start_review" }, checker)).toEqual({
      ok: true,
      patch: { ...moved(checker, "in_review"), assigneeId: "fc" },
      correction: null,
    });
    expect(plan(claim("unverified", { assigneeId: "other" }), { action: "start_review" }, checker)).toEqual({
      ok: true,
      patch: moved(checker, "in_review"),
      correction: null,
    });
  });

  it("release only moves the state", () => {
    expect(plan(claim("in_review"), { action: "release" }, checker)).toEqual({ ok: true, patch: moved(checker, "unverified"), correction: null });
  });

  it("propose records the verdict and its proposer, and clears an earlier return comment", () => {
    const result = plan(claim("in_review"), { action: "propose", rating: mostlyTrue, explanation: "Close enough." }, checker);
    expect(result).toEqual({
      ok: true,
      patch: { ...moved(checker, "verdict_proposed"), ratingId: 2, explanation: "Close enough.", proposedById: "fc", proposedAt: now, returnComment: null },
      correction: null,
    });
  });

  it("approve publishes, naming the editor", () => {
    const result = plan(claim("verdict_proposed", { proposedById: "fc" }), { action: "approve" }, editor);
    expect(result).toEqual({ ok: true, patch: { ...moved(editor, "published"), publishedAt: now, publishedById: "ed" }, correction: null });
  });

  it("return goes back to the proposer with the comment, or stays with the assignee when the proposer is unknown", () => {
    const back = plan(claim("verdict_proposed", { proposedById: "fc", assigneeId: "x" }), { action: "return", note: "More sources." }, editor);
    expect(back).toEqual({ ok: true, patch: { ...moved(editor, "in_review"), returnComment: "More sources.", assigneeId: "fc" }, correction: null });
    const orphan = plan(claim("verdict_proposed", { proposedById: null, assigneeId: "x" }), { action: "return", note: "More." }, editor);
    expect(orphan.ok && orphan.patch.assigneeId).toBe("x");
  });

  it("correct replaces the verdict and leaves a correction from the old rating to the new", () => {
    const result = plan(claim("published", { ratingName: "True" }), { action: "correct", rating: mostlyTrue, explanation: "1,420, not 1,500.", note: "Count revised." }, editor);
    expect(result).toEqual({
      ok: true,
      patch: { ...moved(editor, "published"), ratingId: 2, explanation: "1,420, not 1,500." },
      correction: { note: "Count revised.", previousRatingName: "True", newRatingName: "Mostly true" },
    });
  });

  it("reopen withdraws the publication and the proposal, and records the withdrawal", () => {
    const result = plan(claim("published", { ratingName: "False", proposedById: "fc" }), { action: "reopen", note: "New data." }, editor);
    expect(result).toEqual({
      ok: true,
      patch: { ...moved(editor, "in_review"), publishedAt: null, publishedById: null, proposedById: null, proposedAt: null },
      correction: { note: "New data.", previousRatingName: "False", newRatingName: null },
    });
  });

  it("a refused move changes nothing and says why, with the field", () => {
    expect(plan(claim("in_review", { evidenceCount: 0 }), { action: "propose", rating: mostlyTrue, explanation: "x" }, checker)).toEqual({
      ok: false,
      refusal: { code: "needs_evidence", field: null, message: "A verdict needs at least one piece of evidence." },
    });
    expect(plan(claim("verdict_proposed", { proposedById: "ed" }), { action: "approve" }, editor)).toMatchObject({ ok: false, refusal: { code: "self_approval" } });
    expect(plan(claim("verdict_proposed", { proposedById: "ed" }), { action: "approve" }, editor, false)).toMatchObject({ ok: true });
    expect(plan(claim("published"), { action: "correct", rating: mostlyTrue, explanation: "x" }, editor)).toMatchObject({
      ok: false,
      refusal: { code: "needs_note", field: "note" },
    });
  });
});
