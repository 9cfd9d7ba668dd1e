import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import type { TTransition } from "@/lib/validation/claim";
import { countRows, expectAudited, expectRefused } from "./testing/harness";
import { makeActors, makeClaim, makeEvidence, ratingNamed, type Actors } from "./testing/fixtures";
import { transitionClaim } from "./workflow";

let actors: Actors;
let trueId: number;
let falseId: number;
beforeAll(async () => {
  actors = await makeActors();
  trueId = (await ratingNamed("True")).id;
  falseId = (await ratingNamed("False")).id;
});

const move = (action: TTransition["action"], version: number, extra: Partial<TTransition> = {}): TTransition => ({ action, version, ...extra });

/** A claim in review with evidence, ready for a verdict. */
async function inReview() {
  const claim = await makeClaim(actors.factchecker, { status: "in_review", assigneeId: actors.factchecker.id });
  await makeEvidence(actors.factchecker, claim.id);
  return claim;
}

async function proposedBy(proposer: Actors[keyof Actors]) {
  const claim = await makeClaim(actors.factchecker, {
    status: "verdict_proposed",
    ratingId: trueId,
    explanation: "Footage shows it.",
    proposedById: proposer.id,
    proposedAt: new Date(),
  });
  await makeEvidence(actors.factchecker, claim.id);
  return claim;
}

async function published() {
  return makeClaim(actors.factchecker, {
    status: "published",
    ratingId: trueId,
    explanation: "Footage shows it.",
    proposedById: actors.factchecker.id,
    publishedById: actors.editor.id,
    publishedAt: new Date(),
  });
}

describe("transitionClaim: who may move a claim", () => {
  it("refuses a viewer any move and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker);
    await expectRefused(() => transitionClaim(actors.viewer, claim.id, move("start_review", claim.version)), "forbidden");
  });

  it("refuses a fact-checker an editor's move and writes nothing", async () => {
    const claim = await proposedBy(actors.factchecker);
    await expectRefused(() => transitionClaim(actors.factchecker, claim.id, move("approve", claim.version)), "forbidden");
  });

  it("refuses the proposer's own approval under the two-person rule and writes nothing", async () => {
    const claim = await proposedBy(actors.editor);
    await expectRefused(() => transitionClaim(actors.editor, claim.id, move("approve", claim.version)), "forbidden");
  });
});

describe("transitionClaim: what a move needs", () => {
  it("refuses a stale version with a conflict and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker, { version: 4 });
    await expectRefused(() => transitionClaim(actors.factchecker, claim.id, move("start_review", 3)), "conflict");
  });

  it("refuses a move from the wrong state and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker);
    await expectRefused(() => transitionClaim(actors.editor, claim.id, move("approve", claim.version)), "conflict");
  });

  it("refuses a verdict without evidence and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker, { status: "in_review" });
    // A missing piece of evidence is about the claim, not a form field: refused either as bad input or as the claim's state.
    await expectRefused(() => transitionClaim(actors.factchecker, claim.id, move("propose", claim.version, { ratingId: trueId, explanation: "Because." })), ["invalid", "conflict"]);
  });

  it("refuses a verdict without a rating or explanation, on the field concerned", async () => {
    const claim = await inReview();
    const noRating = await expectRefused(() => transitionClaim(actors.factchecker, claim.id, move("propose", claim.version, { explanation: "Because." })), "invalid");
    expect(Object.keys(noRating.fields ?? {})).toEqual(["ratingId"]);
    const noExplanation = await expectRefused(() => transitionClaim(actors.factchecker, claim.id, move("propose", claim.version, { ratingId: trueId })), "invalid");
    expect(Object.keys(noExplanation.fields ?? {})).toEqual(["explanation"]);
  });

  it("refuses a retired rating and writes nothing", async () => {
    const retired = await db.ratingLabel.create({ data: { name: "Old label", order: 50, colour: "#eeeeee", retired: true } });
    const claim = await inReview();
    const error = await expectRefused(() => transitionClaim(actors.factchecker, claim.id, move("propose", claim.version, { ratingId: retired.id, explanation: "X" })), "invalid");
    expect(Object.keys(error.fields ?? {})).toEqual(["ratingId"]);
  });

  it("refuses a return without a comment and a correction without a note", async () => {
    const proposed = await proposedBy(actors.factchecker);
    await expectRefused(() => transitionClaim(actors.editor, proposed.id, move("return", proposed.version)), "invalid");
    const done = await published();
    await expectRefused(() => transitionClaim(actors.editor, done.id, move("correct", done.version, { ratingId: falseId, explanation: "New facts." })), "invalid");
    await expectRefused(() => transitionClaim(actors.editor, done.id, move("reopen", done.version)), "invalid");
  });

  it("refuses a claim that does not exist", async () => {
    await expectRefused(() => transitionClaim(actors.editor, 999_999, move("start_review", 1)), "not_found");
  });
});

describe("transitionClaim: each move is saved with one audit record in its transaction", () => {
  const statusAudit = (claimId: number, actorId: string) => ({ entity: "claim", entityId: String(claimId), claimId, action: "status", actorId });

  it("start_review takes the claim and assigns it to whoever started", async () => {
    const claim = await makeClaim(actors.factchecker);
    const { result, audits } = await expectAudited(() => transitionClaim(actors.factchecker, claim.id, move("start_review", claim.version)), statusAudit(claim.id, actors.factchecker.id));
    expect(result).toMatchObject({ status: "in_review", assigneeId: actors.factchecker.id, version: claim.version + 1 });
    expect(audits[0].before).toMatchObject({ status: "unverified" });
    expect(audits[0].after).toMatchObject({ status: "in_review", action: "start_review" });
  });

  it("release puts it back", async () => {
    const claim = await inReview();
    const { result } = await expectAudited(() => transitionClaim(actors.factchecker, claim.id, move("release", claim.version)), statusAudit(claim.id, actors.factchecker.id));
    expect(result.status).toBe("unverified");
  });

  it("propose stores the verdict and who proposed it", async () => {
    const claim = await inReview();
    const { result, audits } = await expectAudited(
      () => transitionClaim(actors.factchecker, claim.id, move("propose", claim.version, { ratingId: trueId, explanation: "Footage shows it." })),
      statusAudit(claim.id, actors.factchecker.id),
    );
    expect(result).toMatchObject({ status: "verdict_proposed", ratingId: trueId, explanation: "Footage shows it.", proposedById: actors.factchecker.id });
    expect(audits[0].after).toMatchObject({ rating: "True", explanation: "Footage shows it." });
  });

  it("approve publishes, by an editor who did not propose", async () => {
    const claim = await proposedBy(actors.editor);
    const { result } = await expectAudited(() => transitionClaim(actors.otherEditor, claim.id, move("approve", claim.version)), statusAudit(claim.id, actors.otherEditor.id));
    expect(result).toMatchObject({ status: "published", publishedById: actors.otherEditor.id });
    expect(result.publishedAt).toBeInstanceOf(Date);
  });

  it("return sends it back to the proposer with the comment", async () => {
    const claim = await proposedBy(actors.factchecker);
    const { result, audits } = await expectAudited(
      () => transitionClaim(actors.editor, claim.id, move("return", claim.version, { note: "Find a second source." })),
      { ...statusAudit(claim.id, actors.editor.id), reason: "Find a second source." },
    );
    expect(result).toMatchObject({ status: "in_review", returnComment: "Find a second source.", assigneeId: actors.factchecker.id });
    expect(audits[0].after).toMatchObject({ status: "in_review" });
  });

  it("correct changes the published verdict and adds a correction in the same transaction", async () => {
    const claim = await published();
    const corrections = await countRows("Correction", `"claimId" = ?`, claim.id);
    const { result } = await expectAudited(
      () => transitionClaim(actors.editor, claim.id, move("correct", claim.version, { ratingId: falseId, explanation: "New footage.", note: "The count was wrong." })),
      { ...statusAudit(claim.id, actors.editor.id), reason: "The count was wrong." },
    );
    expect(result).toMatchObject({ status: "published", ratingId: falseId, explanation: "New footage." });
    expect(await countRows("Correction", `"claimId" = ?`, claim.id)).toBe(corrections + 1);
    expect(await db.correction.findFirst({ where: { claimId: claim.id } })).toMatchObject({ previousRatingName: "True", newRatingName: "False", note: "The count was wrong." });
  });

  it("reopen withdraws the published verdict with a correction note", async () => {
    const claim = await published();
    const { result } = await expectAudited(
      () => transitionClaim(actors.editor, claim.id, move("reopen", claim.version, { note: "Withdrawn pending review." })),
      statusAudit(claim.id, actors.editor.id),
    );
    expect(result).toMatchObject({ status: "in_review", publishedAt: null, publishedById: null, proposedById: null });
    expect(await db.correction.findFirst({ where: { claimId: claim.id } })).toMatchObject({ previousRatingName: "True", newRatingName: null });
  });

  it("of two moves on the same version, exactly one succeeds", async () => {
    const claim = await makeClaim(actors.factchecker);
    const results = await Promise.allSettled([
      transitionClaim(actors.factchecker, claim.id, move("start_review", claim.version)),
      transitionClaim(actors.editor, claim.id, move("start_review", claim.version)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect(await countRows("AuditEvent", `"claimId" = ? AND action = 'status'`, claim.id)).toBe(1);
  });
});
