import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { countRows, expectAudited, expectNoAudit, expectRefused } from "./testing/harness";
import { ARTICLE_BODY, makeActors, makeArticle, makeClaim, makeSpeaker, type Actors } from "./testing/fixtures";
import { createClaim, deleteClaim, getClaimById, insertClaim, updateClaim } from "./claims";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const FIGURE = "at least 17 trucks left the town on Tuesday";

describe("createClaim", () => {
  it("refuses a viewer and writes nothing", async () => {
    await expectRefused(() => createClaim(actors.viewer, { statement: "Seventeen trucks left.", attribution: "unattributed", newSpeakerKind: "person" }), "forbidden");
  });

  it("creates the claim with one audit record in the same transaction", async () => {
    const article = await makeArticle(actors.factchecker);
    const start = ARTICLE_BODY.indexOf(FIGURE);
    const { result, audits } = await expectAudited(
      () =>
        createClaim(actors.factchecker, {
          articleId: article.id,
          excerpt: FIGURE,
          start,
          end: start + FIGURE.length,
          statement: "At least 17 trucks left the town.",
          attribution: "direct_quote",
          qualifier: "at_least",
          value: 17,
          unit: "trucks",
          newSpeakerKind: "person",
        }),
      { actorId: actors.factchecker.id, entity: "claim", action: "create" },
    );
    expect(result).toMatchObject({ articleId: article.id, status: "unverified", version: 1, value: 17, createdById: actors.factchecker.id });
    expect(audits[0]).toMatchObject({ entityId: String(result.id), claimId: result.id });
    expect(audits[0].after).toMatchObject({ statement: "At least 17 trucks left the town.", value: 17 });
  });

  it("records a new speaker it creates with a record of its own, in the same transaction", async () => {
    const { result, audits } = await expectAudited(
      () => createClaim(actors.factchecker, { statement: "Prices fell.", attribution: "direct_quote", newSpeakerName: "Nadia Novel", newSpeakerKind: "person" }),
      [
        { entity: "speaker", action: "create" },
        { entity: "claim", action: "create" },
      ],
    );
    expect(audits[0].entityId).toBe(String(result.speakerId));
  });

  it("refuses a viewer inside a caller's transaction too (insertClaim), rolling it back", async () => {
    const article = await makeArticle(actors.factchecker);
    await expectRefused(
      () =>
        db.$transaction(async (tx) => {
          await tx.article.update({ where: { id: article.id }, data: { outlet: "Changed in the same transaction" } });
          await insertClaim(tx, actors.viewer, { statement: "Smuggled in.", attribution: "unattributed", newSpeakerKind: "person" });
        }),
      "forbidden",
    );
  });

  it("refuses an excerpt that is not at the given offsets, and writes nothing", async () => {
    const article = await makeArticle(actors.factchecker);
    const error = await expectRefused(
      () => createClaim(actors.factchecker, { articleId: article.id, excerpt: "not in the text", start: 0, end: 15, statement: "X", attribution: "direct_quote", newSpeakerKind: "person" }),
      "invalid",
    );
    expect(error.fields).toHaveProperty("excerpt");
  });
});

describe("updateClaim", () => {
  const edit = (version: number, statement: string) => ({ statement, version, attribution: "unattributed" as const, newSpeakerKind: "person" as const });

  it("refuses a viewer and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker);
    await expectRefused(() => updateClaim(actors.viewer, claim.id, edit(claim.version, "Changed")), "forbidden");
  });

  it("saves the edit, bumps the version and records the changed fields once", async () => {
    const claim = await makeClaim(actors.factchecker, { statement: "Before" });
    const { result, audits } = await expectAudited(() => updateClaim(actors.editor, claim.id, edit(claim.version, "After")), {
      actorId: actors.editor.id,
      entity: "claim",
      entityId: String(claim.id),
      claimId: claim.id,
      action: "update",
    });
    expect(result).toMatchObject({ statement: "After", version: claim.version + 1, updatedById: actors.editor.id });
    expect(audits[0].before).toEqual({ statement: "Before" });
    expect(audits[0].after).toEqual({ statement: "After" });
  });

  it("refuses a stale version with a conflict and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker, { version: 3 });
    const error = await expectRefused(() => updateClaim(actors.factchecker, claim.id, edit(2, "Late edit")), "conflict");
    expect(error.userMessage).toMatch(/version 2/);
  });

  it("lets exactly one of many edits made at once on the same version through; the others are refused as stale", async () => {
    // On PostgreSQL these transactions overlap (READ COMMITTED), so each reads the old version before any has
    // saved: the version check in the UPDATE itself decides. On SQLite they take turns.
    const claim = await makeClaim(actors.factchecker, { statement: "Contested" });
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => updateClaim(actors.editor, claim.id, edit(claim.version, `Edit ${i}`))));
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const error of lost) expect(error).toMatchObject({ code: "conflict" });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.version).toBe(claim.version + 1);
    expect(stored.statement).toBe((won[0] as PromiseFulfilledResult<{ statement: string }>).value.statement);
    expect(await countRows("AuditEvent", `"claimId" = ? AND action = 'update'`, claim.id)).toBe(1);
  });

  it("writes nothing and records nothing when nothing changed", async () => {
    const claim = await makeClaim(actors.factchecker, { statement: "Same" });
    const result = await expectNoAudit(() => updateClaim(actors.factchecker, claim.id, edit(claim.version, "Same")));
    expect(result.version).toBe(claim.version);
  });

  it("refuses a claim that does not exist", async () => {
    await expectRefused(() => updateClaim(actors.factchecker, 999_999, edit(1, "X")), "not_found");
  });
});

describe("deleteClaim", () => {
  it("refuses a fact-checker and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker);
    await expectRefused(() => deleteClaim(actors.factchecker, claim.id, claim.version), "forbidden");
  });

  it("deletes the claim and records what it was, once", async () => {
    const speaker = await makeSpeaker();
    const claim = await makeClaim(actors.factchecker, { statement: "To be deleted", speakerId: speaker.id });
    const { audits } = await expectAudited(() => deleteClaim(actors.editor, claim.id, claim.version), {
      actorId: actors.editor.id,
      entity: "claim",
      entityId: String(claim.id),
      claimId: claim.id,
      action: "delete",
    });
    expect(audits[0].before).toMatchObject({ statement: "To be deleted", status: "unverified", speakerId: speaker.id });
    expect(await countRows("Claim", "id = ?", claim.id)).toBe(0);
  });

  it("refuses a stale version with a conflict and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker, { version: 2 });
    await expectRefused(() => deleteClaim(actors.editor, claim.id, 1), "conflict");
  });
});

describe("getClaimById", () => {
  it("lets every role read a claim with its relations", async () => {
    const claim = await makeClaim(actors.factchecker, { statement: "Readable" });
    await db.comment.create({ data: { claimId: claim.id, body: "Note", authorId: actors.editor.id } });
    for (const actor of Object.values(actors)) {
      const read = await getClaimById(actor, claim.id);
      expect(read).toMatchObject({ id: claim.id, statement: "Readable", createdBy: { name: "Chris Checker" } });
      expect(read.comments.map((c) => c.body)).toEqual(["Note"]);
    }
  });

  it("says not found for a missing claim", async () => {
    await expect(getClaimById(actors.viewer, 999_999)).rejects.toMatchObject({ code: "not_found" });
  });
});
