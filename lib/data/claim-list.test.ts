import { beforeAll, describe, expect, it } from "vitest";
import { ZClaimListQuery } from "@/lib/validation/filters";
import { makeActors, makeArticle, makeClaim, makeSpeaker, unique, type Actors } from "./testing/fixtures";
import { db } from "@/lib/platform/db";
import { databaseEngine } from "@/lib/platform/database-engine";
import { countClaimsByStatus, listClaimUnits, listClaims, listMyClaimsInProgress, UNIT_MENU_CAP } from "./claim-list";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const query = (input: Record<string, unknown>) => ZClaimListQuery.parse(input);

describe("listClaims", () => {
  it("filters by text, article, speaker and status, for every role", async () => {
    const article = await makeArticle(actors.factchecker);
    const speaker = await makeSpeaker();
    const word = unique("zebra").replace(" ", "");
    const match = await makeClaim(actors.factchecker, { articleId: article.id, speakerId: speaker.id, statement: `The ${word} count rose.`, status: "in_review" });
    await makeClaim(actors.factchecker, { articleId: article.id, statement: "Unrelated." });
    for (const actor of Object.values(actors)) {
      const page = await listClaims(actor, query({ q: word }));
      expect(page.rows.map((r) => r.id)).toEqual([match.id]);
    }
    expect((await listClaims(actors.viewer, query({ article: article.id }))).total).toBe(2);
    expect((await listClaims(actors.viewer, query({ article: article.id, speaker: speaker.id }))).rows.map((r) => r.id)).toEqual([match.id]);
    expect((await listClaims(actors.viewer, query({ article: article.id, status: "in_review" }))).rows.map((r) => r.id)).toEqual([match.id]);
  });

  it("walks every claim by cursor without repeats or gaps, and refuses an unknown cursor", async () => {
    const article = await makeArticle(actors.factchecker);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await makeClaim(actors.factchecker, { articleId: article.id })).id);
    const seen: number[] = [];
    let cursor: number | undefined;
    do {
      const page = await listClaims(actors.viewer, query({ article: article.id, limit: 2, sort: "created", dir: "asc", ...(cursor ? { cursor } : {}) }));
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(ids);
    await expect(listClaims(actors.viewer, query({ cursor: 999_999 }))).rejects.toMatchObject({ code: "invalid" });
  });

  it("walks by cursor in every sort and direction in the same order as one long page, claims without a speaker included", async () => {
    const article = await makeArticle(actors.factchecker);
    const [early, late] = [await makeSpeaker({ name: unique("Aaron") }), await makeSpeaker({ name: unique("Zelda") })];
    const same = new Date("2026-05-05T10:00:00.000Z");
    // Ties on every key (speaker, state, statement, dates), and missing speakers, so the id must break them.
    const plan = [early.id, null, late.id, early.id, null, late.id, null];
    for (const [i, speakerId] of plan.entries())
      await makeClaim(actors.factchecker, { articleId: article.id, speakerId, statement: i % 2 ? "Tied statement." : `Statement ${i}.`, status: i % 3 ? "unverified" : "in_review", updatedAt: same, createdAt: same });
    for (const sort of ["speaker", "statement", "status", "created", "updated"] as const)
      for (const dir of ["asc", "desc"] as const) {
        const whole = (await listClaims(actors.viewer, query({ article: article.id, sort, dir, limit: 100 }))).rows.map((r) => r.id);
        const walked: number[] = [];
        let cursor: number | undefined;
        do {
          const page = await listClaims(actors.viewer, query({ article: article.id, limit: 2, sort, dir, ...(cursor ? { cursor } : {}) }));
          walked.push(...page.rows.map((r) => r.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(walked, `${sort} ${dir}`).toEqual(whole);
        expect(whole, `${sort} ${dir}`).toHaveLength(plan.length);
      }
    const bySpeaker = (await listClaims(actors.viewer, query({ article: article.id, sort: "speaker", dir: "asc", limit: 100 }))).rows;
    // Missing names where the engine's ORDER BY puts them going up: first on SQLite, last on PostgreSQL.
    const named = [early.id, early.id, late.id, late.id];
    expect(bySpeaker.map((r) => r.speaker?.id ?? null)).toEqual(databaseEngine() === "sqlite" ? [null, null, null, ...named] : [...named, null, null, null]);
  });
});

describe("listClaimUnits", () => {
  it("lists each unit once, in order, without claims that count nothing, up to the menu's cap", async () => {
    const tag = unique("unit").replace(" ", "");
    for (const unit of [`${tag}-b`, `${tag}-a`, `${tag}-b`, `${tag}-c`, `${tag}-a`]) await makeClaim(actors.factchecker, { unit });
    await makeClaim(actors.factchecker, { unit: null });
    for (const actor of Object.values(actors)) {
      const units = await listClaimUnits(actor);
      expect(units.filter((u) => u.startsWith(tag))).toEqual([`${tag}-a`, `${tag}-b`, `${tag}-c`]);
      expect(units).toEqual([...new Set(units)].sort());
      expect(units).not.toContain(null);
    }
    await db.claim.createMany({
      data: Array.from({ length: UNIT_MENU_CAP + 5 }, (_, i) => ({ statement: "Many units.", unit: `${tag}-many-${String(i).padStart(4, "0")}`, createdById: actors.factchecker.id, updatedById: actors.factchecker.id })),
    });
    const capped = await listClaimUnits(actors.viewer);
    expect(capped).toHaveLength(UNIT_MENU_CAP);
    expect(capped).toEqual([...capped].sort());
  });
});

describe("counts and my work", () => {
  it("counts claims by state, every state present", async () => {
    const before = await countClaimsByStatus(actors.viewer);
    await makeClaim(actors.factchecker, { status: "verdict_proposed" });
    const after = await countClaimsByStatus(actors.viewer);
    expect(Object.keys(after).sort()).toEqual(["in_review", "published", "unverified", "verdict_proposed"]);
    expect(after.verdict_proposed).toBe(before.verdict_proposed + 1);
    expect(after.unverified).toBe(before.unverified);
  });

  it("lists the actor's own claims in review only", async () => {
    const mine = await makeClaim(actors.factchecker, { status: "in_review", assigneeId: actors.factchecker.id });
    await makeClaim(actors.factchecker, { status: "in_review", assigneeId: actors.editor.id });
    await makeClaim(actors.factchecker, { status: "unverified", assigneeId: actors.factchecker.id });
    expect((await listMyClaimsInProgress(actors.factchecker)).map((c) => c.id)).toEqual([mine.id]);
  });
});
