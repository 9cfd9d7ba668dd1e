import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { countRows, expectAudited, expectRefused } from "./testing/harness";
import { makeActors, makeArticle, unique, type Actors } from "./testing/fixtures";
import { type BulkClaimInput, insertClaims } from "./claim-bulk";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const claimInput = (statement: string, extra: Partial<BulkClaimInput> = {}): BulkClaimInput => ({
  statement,
  attribution: "paraphrase",
  newSpeakerKind: "organization",
  qualifier: "at_least",
  value: 17,
  low: 17,
  unit: "truck",
  ...extra,
});

describe("insertClaims", () => {
  it("refuses a viewer and writes nothing", async () => {
    await expectRefused(() => db.$transaction((tx) => insertClaims(tx, actors.viewer, [claimInput("Seventeen trucks left.")])), "forbidden");
  });

  it("refuses an article that does not exist, writing none of the claims", async () => {
    await expectRefused(
      () => db.$transaction((tx) => insertClaims(tx, actors.factchecker, [claimInput("One."), claimInput("Two.", { articleId: 999_999 })])),
      "invalid",
    );
  });

  it("creates each claim with one audit record, and a new speaker once with its own, all in the caller's transaction", async () => {
    const article = await makeArticle(actors.factchecker);
    const speaker = unique("Relief Agency");
    const { result: ids, audits } = await expectAudited(
      () =>
        db.$transaction((tx) =>
          insertClaims(tx, actors.factchecker, [
            claimInput("First.", { articleId: article.id, newSpeakerName: speaker }),
            claimInput("Second.", { articleId: article.id, newSpeakerName: speaker, value: 20, low: 20 }),
            claimInput("Third.", { importKey: unique("key") }),
          ]),
        ),
      [{ entity: "speaker", action: "create" }, { entity: "claim", action: "create" }, { entity: "claim", action: "create" }, { entity: "claim", action: "create" }],
    );
    expect(ids).toHaveLength(3);
    const claims = await db.claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, include: { speaker: true } });
    expect(claims.map((c) => c.statement)).toEqual(["First.", "Second.", "Third."]);
    expect(claims[0].speakerId).toBe(claims[1].speakerId);
    expect(claims[0].speaker?.name).toBe(speaker);
    expect(claims[2].speakerId).toBeNull();
    expect(claims[1]).toMatchObject({ value: 20, qualifier: "at_least", unit: "truck", status: "unverified", version: 1, createdById: actors.factchecker.id });
    // Dates written by the bulk path read back through Prisma as Dates, like rows Prisma wrote itself.
    expect(claims[0].createdAt).toBeInstanceOf(Date);
    expect(Math.abs(claims[0].createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(audits.filter((a) => a.entity === "claim").map((a) => Number(a.entityId))).toEqual(ids);
    expect(await countRows("Speaker", "name = ?", speaker)).toBe(1);
  });
});
