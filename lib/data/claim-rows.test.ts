import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { makeActors, makeArticle, makeClaim, makeSpeaker, ratingNamed, unique, type Actors } from "./testing/fixtures";
import { countClaimsUpTo, readClaimRows, readClaimRowsByIds } from "./claim-rows";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

/** The same row through Prisma: what the list showed before it read its rows itself. */
const throughPrisma = (id: number) =>
  db.claim.findUniqueOrThrow({
    where: { id },
    select: {
      id: true, statement: true, status: true, qualifier: true, value: true, low: true, high: true, unit: true, updatedAt: true, dueAt: true,
      speaker: { select: { id: true, name: true } }, article: { select: { id: true, title: true } },
      assignee: { select: { id: true, name: true } }, rating: { select: { name: true, colour: true } },
    },
  });

describe("the claim list's rows", () => {
  it("read every field and link as Prisma reads them, with and without the linked records", async () => {
    const speaker = await makeSpeaker();
    const article = await makeArticle(actors.factchecker);
    const rating = await ratingNamed("True");
    const full = await makeClaim(actors.factchecker, {
      speakerId: speaker.id, articleId: article.id, assigneeId: actors.factchecker.id, ratingId: rating.id, status: "published",
      qualifier: "range", low: 1.5, high: 20_000, unit: "truck", dueAt: new Date("2026-03-04T05:06:07.089Z"),
    });
    const bare = await makeClaim(actors.factchecker, { statement: unique("Bare") });
    const rows = await readClaimRowsByIds([bare.id, full.id, 999_999]);
    expect(rows).toEqual([await throughPrisma(bare.id), await throughPrisma(full.id)]);
    expect(rows[1].updatedAt).toBeInstanceOf(Date);
    expect(rows[1].dueAt?.toISOString()).toBe("2026-03-04T05:06:07.089Z");
    expect(await readClaimRowsByIds([])).toEqual([]);
  });

  it("filter, order, limit and skip as asked, and count only up to the cap", async () => {
    const unit = unique("rowunit").replace(" ", "");
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await makeClaim(actors.factchecker, { unit }));
    const where = [Prisma.sql`c."unit" = ${unit}`];
    const ids = made.map((c) => c.id);
    expect((await readClaimRows(where, Prisma.sql`c."id" DESC`, 2, 1)).map((r) => r.id)).toEqual([ids[3], ids[2]]);
    expect((await readClaimRows(where, Prisma.sql`c."id" ASC`, 10, 0)).map((r) => r.id)).toEqual(ids);
    expect(await countClaimsUpTo(where, 100)).toBe(5);
    // The count stops one past the cap: enough to say "more than".
    expect(await countClaimsUpTo(where, 3)).toBe(4);
  });
});
