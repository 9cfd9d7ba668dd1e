import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { ZClaimListQuery } from "@/lib/validation/filters";
import { onPostgres, raw } from "./testing/harness";
import { makeActors, makeArticle, makeClaim, makeSpeaker, unique, type Actors } from "./testing/fixtures";
import { searchArticles, searchClaims } from "./search";
import { createClaim, deleteClaim, updateClaim } from "./claims";
import { updateSpeaker } from "./speakers";
import { insertClaims } from "./claim-bulk";
import { createArticle } from "./articles";
import type { MarkedPiece } from "./search-query";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

/** A word no other test's claim contains: searches for it see only this test's rows. */
const word = (label: string) => unique(label).replace(/\W/g, "").toLowerCase() + "x" + Math.random().toString(36).slice(2, 8);
const query = (q: string, extra: Record<string, unknown> = {}) => ({ ...ZClaimListQuery.parse({ q, ...extra }), q });
const found = async (q: string, extra: Record<string, unknown> = {}) => (await searchClaims(actors.viewer, query(q, extra))).ids;
const marks = (pieces: MarkedPiece[] | null | undefined) => (pieces ?? []).filter((p) => p.mark).map((p) => p.text);

/**
 * The claim index agrees with the claim table: one row per claim, with its current text and speaker. SQLite's FTS5
 * tables and PostgreSQL's stored documents (fulltext.claim_document, fulltext.article_document) are kept by triggers.
 */
async function expectIndexInStep() {
  if (onPostgres()) {
    const stale = await db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT c.id FROM "Claim" c FULL JOIN fulltext.claim_document d ON d.claim_id = c.id
       WHERE d.document IS DISTINCT FROM fulltext.claim_document_of(c.statement, c.excerpt, c.unit, c."speakerId")
       UNION ALL SELECT a.id FROM "Article" a FULL JOIN fulltext.article_document d ON d.article_id = a.id
       WHERE d.document IS DISTINCT FROM article_search_document(a.title, a.outlet, a.body)`,
    );
    expect(stale).toEqual([]);
    return;
  }
  const stale = raw()
    .prepare(
      `SELECT c.id FROM "Claim" c LEFT JOIN "Speaker" s ON s.id = c."speakerId" LEFT JOIN "claim_fts" f ON f.rowid = c.id
       WHERE f.rowid IS NULL OR f.statement IS NOT c.statement OR f.excerpt IS NOT c.excerpt OR f.unit IS NOT c.unit OR f.speaker IS NOT s.name`,
    )
    .pluck()
    .all();
  expect(stale).toEqual([]);
  expect(raw().prepare(`SELECT COUNT(*) FROM "claim_fts"`).pluck().get()).toBe(raw().prepare(`SELECT COUNT(*) FROM "Claim"`).pluck().get());
  raw().exec(`INSERT INTO "claim_fts" ("claim_fts") VALUES ('integrity-check')`);
  raw().exec(`INSERT INTO "article_fts" ("article_fts") VALUES ('integrity-check')`);
}

describe("the full-text index stays in step", () => {
  it("finds a claim created through the data layer, by its statement, excerpt, unit and speaker", async () => {
    const [w, speakerWord] = [word("created"), word("speaker")];
    const claim = await createClaim(actors.factchecker, {
      statement: `Convoy of ${w} trucks`,
      attribution: "paraphrase",
      newSpeakerName: `Minister ${speakerWord}`,
      newSpeakerKind: "person",
      unit: `${w}unit`,
    });
    expect(await found(w)).toEqual([claim.id]);
    expect(await found(speakerWord)).toEqual([claim.id]);
    expect(await found(`${w}unit`)).toEqual([claim.id]);
    await expectIndexInStep();
  });

  it("follows an edit of the statement: the new words find it, the old ones no longer do", async () => {
    const [before, after] = [word("before"), word("after")];
    const claim = await makeClaim(actors.factchecker, { statement: `Text with ${before}` });
    expect(await found(before)).toEqual([claim.id]);
    await updateClaim(actors.editor, claim.id, { statement: `Text with ${after}`, version: claim.version, attribution: "unattributed", newSpeakerKind: "person" });
    expect(await found(before)).toEqual([]);
    expect(await found(after)).toEqual([claim.id]);
    await expectIndexInStep();
  });

  it("follows a speaker's rename into every claim of theirs", async () => {
    const [oldName, newName] = [word("oldname"), word("newname")];
    const speaker = await makeSpeaker({ name: `Spokesperson ${oldName}` });
    const claims = [await makeClaim(actors.factchecker, { speakerId: speaker.id }), await makeClaim(actors.factchecker, { speakerId: speaker.id })];
    expect((await found(oldName)).sort()).toEqual(claims.map((c) => c.id).sort());
    await updateSpeaker(actors.editor, speaker.id, { name: `Spokesperson ${newName}`, kind: "person" });
    expect(await found(oldName)).toEqual([]);
    expect((await found(newName)).sort()).toEqual(claims.map((c) => c.id).sort());
    await expectIndexInStep();
  });

  it("drops a deleted claim, and a deleted speaker's name from their claims", async () => {
    const [w, name] = [word("deleted"), word("gone")];
    const speaker = await makeSpeaker({ name });
    const claim = await makeClaim(actors.factchecker, { statement: `Soon ${w}` });
    const kept = await makeClaim(actors.factchecker, { speakerId: speaker.id });
    await deleteClaim(actors.editor, claim.id, claim.version);
    expect(await found(w)).toEqual([]);
    await db.speaker.delete({ where: { id: speaker.id } });
    expect(await found(name)).toEqual([]);
    if (!onPostgres()) expect(raw().prepare(`SELECT speaker FROM "claim_fts" WHERE rowid = ?`).pluck().get(kept.id)).toBeNull();
    await expectIndexInStep();
  });

  it("finds claims written by the bulk insert of an import or a restore (raw SQL)", async () => {
    const w = word("bulk");
    const ids = await db.$transaction((tx) =>
      insertClaims(tx, actors.factchecker, [1, 2, 3].map((n) => ({ statement: `Imported ${w} number ${n}`, attribution: "unattributed" as const, newSpeakerKind: "person" as const }))),
    );
    expect((await found(w)).sort((a, b) => a - b)).toEqual(ids);
    await expectIndexInStep();
  });

  it("follows articles created, edited and deleted", async () => {
    const [w, edited] = [word("article"), word("edited")];
    const { id } = await createArticle(actors.factchecker, { title: `Report on ${w}`, outlet: "Test Wire", body: "The ministry said 17 trucks left." });
    expect((await searchArticles(actors.viewer, w, 10)).hits.map((h) => h.id)).toEqual([id]);
    await db.article.update({ where: { id }, data: { body: `Now about ${edited}.` } });
    expect((await searchArticles(actors.viewer, "ministry " + w, 10)).hits).toEqual([]);
    expect((await searchArticles(actors.viewer, edited, 10)).hits.map((h) => h.id)).toEqual([id]);
    await db.article.delete({ where: { id } });
    expect((await searchArticles(actors.viewer, w, 10)).hits).toEqual([]);
    await expectIndexInStep();
  });
});

describe("searchClaims", () => {
  it("ranks the best match first and marks the matched words", async () => {
    const w = word("rank");
    const weak = await makeClaim(actors.factchecker, { statement: "A long statement that says many other things first", excerpt: `and only later ${w}` });
    const strong = await makeClaim(actors.factchecker, { statement: `${w} trucks` });
    const page = await searchClaims(actors.viewer, query(w));
    expect(page.ids).toEqual([strong.id, weak.id]);
    expect(marks(page.highlights.get(strong.id)?.statement)).toEqual([w]);
    expect(page.highlights.get(weak.id)?.statement).toBeNull();
    expect(marks(page.highlights.get(weak.id)?.excerpt)).toEqual([w]);
  });

  it("matches phrases and prefixes", async () => {
    const w = word("phrase");
    const inOrder = await makeClaim(actors.factchecker, { statement: `${w} convoy left Baghouz` });
    const apart = await makeClaim(actors.factchecker, { statement: `Baghouz: the ${w} convoy had left` });
    expect(await found(`${w} "convoy left"`)).toEqual([inOrder.id]);
    expect((await found(`${w} bagh`)).sort()).toEqual([inOrder.id, apart.id].sort());
    expect(await found(`${w.slice(0, 8)}* "left baghouz"`)).toEqual([inOrder.id]);
  });

  it("understands a number as written alongside the words", async () => {
    const w = word("figure");
    const figure = await makeClaim(actors.factchecker, { statement: `${w} twenty thousand trucks`, value: 20000 });
    const written = await makeClaim(actors.factchecker, { statement: `${w} said 20 000 trucks` });
    await makeClaim(actors.factchecker, { statement: `${w} said 25,000 trucks`, value: 25000 });
    for (const q of [`20k ${w}`, `${w} 20,000`, `20000 ${w}`]) expect(await found(q), q).toEqual([figure.id, written.id]);
  });

  it("applies the list's filters and pages by number or cursor without repeats", async () => {
    const w = word("pages");
    const article = await makeArticle(actors.factchecker);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await makeClaim(actors.factchecker, { statement: `${w} item`, articleId: i < 4 ? article.id : null })).id);
    expect((await searchClaims(actors.viewer, query(w, { article: article.id }))).total).toBe(4);
    const seen: number[] = [];
    let cursor: number | undefined;
    do {
      const page = await searchClaims(actors.viewer, query(w, { limit: 2, sort: "created", dir: "asc", ...(cursor ? { cursor } : {}) }));
      seen.push(...page.ids);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(ids);
    expect((await searchClaims(actors.viewer, query(w, { limit: 2, page: 3, sort: "created", dir: "asc" }))).ids).toEqual([ids[4]]);
    const other = await makeClaim(actors.factchecker);
    await expect(searchClaims(actors.viewer, query(w, { cursor: other.id }))).rejects.toMatchObject({ code: "invalid" });
  });

  it("pages best matches by number and by cursor in the same order, ties newest first, with the marks on every page", async () => {
    const w = word("ties");
    const ids: number[] = [];
    // Equal statements score alike: the order between them is the id, newest first.
    for (let i = 0; i < 5; i++) ids.push((await makeClaim(actors.factchecker, { statement: `${w} equal` })).id);
    const best = (await makeClaim(actors.factchecker, { statement: `${w} ${w} ${w}` })).id;
    const expected = [best, ...[...ids].reverse()];
    const byNumber: number[] = [];
    for (let page = 1; page <= 3; page++) {
      const found = await searchClaims(actors.viewer, query(w, { limit: 2, page }));
      expect(found.total).toBe(6);
      for (const id of found.ids) expect(marks(found.highlights.get(id)?.statement)).toContain(w);
      byNumber.push(...found.ids);
      expect(found.nextCursor).toBe(page < 3 ? found.ids[1] : null);
    }
    const byCursor: number[] = [];
    let cursor: number | undefined;
    do {
      const found = await searchClaims(actors.viewer, query(w, { limit: 2, ...(cursor ? { cursor } : {}) }));
      byCursor.push(...found.ids);
      cursor = found.nextCursor ?? undefined;
    } while (cursor);
    expect(byNumber).toEqual(expected);
    expect(byCursor).toEqual(expected);
  });

  it("ranks only the newest matches and caps the count when more claims match than the window", async () => {
    const w = word("common");
    // The best match is the oldest: with a window of 4 it is not ranked, the newest 4 are.
    const oldBest = (await makeClaim(actors.factchecker, { statement: `${w} ${w} ${w}` })).id;
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await makeClaim(actors.factchecker, { statement: i === 3 ? `${w} ${w} strong` : `${w} said one of many who spoke` })).id);
    const newest = [...ids].reverse().slice(0, 4);
    const windowed = await searchClaims(actors.viewer, query(w), { window: 4 });
    expect(windowed).toMatchObject({ total: 4, totalCapped: true, rankedAmongNewest: 4 });
    expect(windowed.ids).toEqual([ids[3], ...newest.filter((id) => id !== ids[3])]);
    // Pages and cursors walk the same window, and nothing beyond it.
    const byPage = [1, 2, 3].map((page) => searchClaims(actors.viewer, query(w, { limit: 2, page }), { window: 4 }));
    expect((await Promise.all(byPage)).flatMap((p) => p.ids)).toEqual(windowed.ids);
    const byCursor: number[] = [];
    let cursor: number | undefined;
    do {
      const page = await searchClaims(actors.viewer, query(w, { limit: 3, ...(cursor ? { cursor } : {}) }), { window: 4 });
      byCursor.push(...page.ids);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(byCursor).toEqual(windowed.ids);
    // With room for every match, all are ranked and counted exactly.
    const all = await searchClaims(actors.viewer, query(w), { window: 6 });
    expect(all).toMatchObject({ total: 6, totalCapped: false, rankedAmongNewest: null });
    expect(all.ids[0]).toBe(oldBest);
    expect(all.ids).toHaveLength(6);
  });

  it("windows the matches that pass the filters, and counts but never windows another order", async () => {
    const w = word("filtered");
    const article = await makeArticle(actors.factchecker);
    const inArticle: number[] = [];
    for (let i = 0; i < 6; i++) {
      const claim = await makeClaim(actors.factchecker, { statement: `${w} item`, articleId: i % 2 === 0 ? article.id : null });
      if (i % 2 === 0) inArticle.push(claim.id);
    }
    const filtered = await searchClaims(actors.viewer, query(w, { article: article.id }), { window: 2 });
    expect(filtered).toMatchObject({ total: 2, totalCapped: true, rankedAmongNewest: 2 });
    expect(filtered.ids).toEqual([inArticle[2], inArticle[1]]);
    expect(await searchClaims(actors.viewer, query(w, { article: article.id }), { window: 3 })).toMatchObject({ total: 3, totalCapped: false, rankedAmongNewest: null });
    // Oldest first: the count stops at the window, the order still goes through every match.
    const oldest = await searchClaims(actors.viewer, query(w, { sort: "created", dir: "asc", limit: 2, page: 3 }), { window: 2 });
    expect(oldest).toMatchObject({ total: 2, totalCapped: true, rankedAmongNewest: null });
    expect(oldest.ids).toHaveLength(2);
  });

  it("answers odd input with results or none, never an error", async () => {
    const w = word("odd");
    const claim = await makeClaim(actors.factchecker, { statement: `${w} (near the border) -- "quoted"` });
    for (const q of ['"', '"""', "*", "-", "NEAR(", `${w} NEAR(`, `"${w}`, `${w} AND OR NOT`, "body:x", "^", "😀".repeat(300), "\u0000", "%_", `-${w}*`]) {
      const page = await searchClaims(actors.viewer, query(q));
      expect(Array.isArray(page.ids), q).toBe(true);
    }
    expect(await found(`"${w}`)).toEqual([claim.id]);
    expect(await found(`-${w}*`)).toEqual([claim.id]);
  });

  it("refuses nobody who may read, and nobody signed out gets here", async () => {
    for (const actor of Object.values(actors)) await expect(searchClaims(actor, query("anything"))).resolves.toBeDefined();
  });
});

describe("searchArticles", () => {
  it("ranks a title match first and marks the body's snippet", async () => {
    const w = word("articles");
    const inBody = await makeArticle(actors.factchecker, { body: `Many words before the ${w} is mentioned in passing.` });
    const inTitle = await makeArticle(actors.factchecker, { title: `${w} report` });
    const { total, hits } = await searchArticles(actors.viewer, w, 10);
    expect(total).toBe(2);
    expect(hits.map((h) => h.id)).toEqual([inTitle.id, inBody.id]);
    expect(marks(hits[0].title)).toEqual([w]);
    expect(marks(hits[1].snippet)).toEqual([w]);
  });
});
