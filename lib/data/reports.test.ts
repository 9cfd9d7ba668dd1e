import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { makeActors, makeArticle, makeClaim, makeSpeaker, ratingNamed, type Actors } from "./testing/fixtures";
import {
  getReportFilterOptions,
  listReportClaims,
  listReportCorrections,
  nameReportFilter,
  parseReportCursor,
  reportCorrectionBatches,
  verifiedClaimBatches,
} from "./reports";
import { groupByArticle } from "@/lib/reports/report-groups";
import { readReportClaims } from "./report-claim-rows";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function publish(articleId: number | null, data: { start?: number; publishedAt?: Date; speakerId?: number; rating?: string } = {}) {
  const rating = await ratingNamed(data.rating ?? "True");
  return makeClaim(actors.factchecker, {
    articleId,
    start: data.start,
    speakerId: data.speakerId,
    status: "published",
    ratingId: rating.id,
    explanation: "Checked.",
    publishedAt: data.publishedAt ?? day("2024-05-10"),
  });
}

/** Every claim of the report's selection, walked a page at a time as the page's links do. */
async function allPages(actor: Actors[keyof Actors], filter: Parameters<typeof listReportClaims>[1], limit = 2) {
  const ids: number[] = [];
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listReportClaims>> = await listReportClaims(actor, filter, { after: parseReportCursor(after), limit });
    ids.push(...page.claims.map((c) => c.id));
    after = page.next;
  } while (after);
  return ids;
}

describe("listReportClaims", () => {
  it("gives every role, viewers included, only published verdicts, ordered by article and position", async () => {
    const article = await makeArticle(actors.factchecker);
    const second = await publish(article.id, { start: 40 });
    const first = await publish(article.id, { start: 5 });
    await makeClaim(actors.factchecker, { articleId: article.id, status: "verdict_proposed" });
    for (const actor of Object.values(actors)) {
      const { claims } = await listReportClaims(actor, { article: article.id });
      expect(claims.map((c) => c.id)).toEqual([first.id, second.id]);
    }
  });

  it("filters by speaker, rating and a date range that includes the whole 'to' day", async () => {
    const article = await makeArticle(actors.factchecker);
    const speaker = await makeSpeaker();
    const onDay = await publish(article.id, { publishedAt: new Date("2024-06-02T23:30:00.000Z"), speakerId: speaker.id, rating: "False" });
    await publish(article.id, { publishedAt: day("2024-06-03") });
    const ids = async (filter: Parameters<typeof listReportClaims>[1]) => (await listReportClaims(actors.viewer, filter)).claims.map((c) => c.id);
    expect(await ids({ article: article.id, from: day("2024-06-01"), to: day("2024-06-02") })).toEqual([onDay.id]);
    expect(await ids({ speaker: speaker.id })).toEqual([onDay.id]);
    const falseId = (await ratingNamed("False")).id;
    expect(await ids({ article: article.id, rating: falseId })).toEqual([onDay.id]);
  });

  it("pages through the selection by keyset, forwards and back, with claims without a position first and without an article last", async () => {
    const article = await makeArticle(actors.factchecker);
    const speaker = await makeSpeaker();
    const unplaced = await publish(article.id, { speakerId: speaker.id });
    const placed = [];
    for (let i = 0; i < 4; i++) placed.push(await publish(article.id, { start: 10 * (4 - i), speakerId: speaker.id }));
    const loose = await publish(null, { speakerId: speaker.id });
    const expected = [unplaced.id, ...placed.map((c) => c.id).reverse(), loose.id];
    expect(await allPages(actors.viewer, { speaker: speaker.id })).toEqual(expected);
    const first = await listReportClaims(actors.viewer, { speaker: speaker.id }, { limit: 2 });
    expect(first.previous).toBeNull();
    const second = await listReportClaims(actors.viewer, { speaker: speaker.id }, { limit: 2, after: parseReportCursor(first.next) });
    const back = await listReportClaims(actors.viewer, { speaker: speaker.id }, { limit: 2, before: parseReportCursor(second.previous) });
    expect(back.claims.map((c) => c.id)).toEqual(expected.slice(0, 2));
    expect(back.previous).toBeNull();
    expect(back.next).toBe(first.next);
  });

  it("reads cursors only in their own form", () => {
    expect(parseReportCursor("9007199254740991.-1.42")).toEqual({ article: 9007199254740991, start: -1, id: 42 });
    for (const bad of ["", "1.2", "a.b.c", "1.2.3;DROP", undefined]) expect(parseReportCursor(bad)).toBeUndefined();
  });
});

describe("verifiedClaimBatches", () => {
  it("yields the same claims in the same order as the pages, a batch at a time", async () => {
    const article = await makeArticle(actors.factchecker);
    for (let i = 0; i < 5; i++) await publish(article.id, { start: i * 10 });
    const all = await allPages(actors.viewer, { article: article.id });
    const batches: number[][] = [];
    for await (const batch of verifiedClaimBatches(actors.viewer, { article: article.id }, 2)) batches.push(batch.map((c) => c.id));
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(batches.flat()).toEqual(all);
  });

  it("reads each claim with its lists as the page reader does, across batches and claims without an article or a place", async () => {
    const speaker = await makeSpeaker();
    const article = await makeArticle(actors.factchecker);
    const claims = [await publish(article.id, { speakerId: speaker.id }), await publish(article.id, { start: 5, speakerId: speaker.id }), await publish(null, { speakerId: speaker.id })];
    await db.evidence.create({ data: { claimId: claims[1].id, kind: "url", url: "https://example.org/e", title: "Source", stance: "supports", addedById: actors.factchecker.id } });
    await db.correction.create({ data: { claimId: claims[2].id, note: "Changed.", createdById: actors.editor.id } });
    await makeClaim(actors.factchecker, { articleId: article.id, sameAsId: claims[0].id });
    const read = [];
    for await (const batch of verifiedClaimBatches(actors.viewer, { speaker: speaker.id }, 1)) read.push(...batch);
    // The order: by article (none last), place in it (none first), id.
    expect(read.map((c) => c.id)).toEqual(claims.map((c) => c.id));
    expect(read).toEqual(await readReportClaims(claims.map((c) => c.id)));
    expect(read[1].evidence).toHaveLength(1);
    expect(read[2].corrections).toHaveLength(1);
    expect(read[0].appearances).toHaveLength(1);
  });
});

describe("report helpers", () => {
  it("group claims by article (those without one last) and list corrections newest first, in batches", async () => {
    const article = await makeArticle(actors.factchecker);
    const speaker = await makeSpeaker();
    const loose = await publish(null, { speakerId: speaker.id });
    const inArticle = await publish(article.id, { speakerId: speaker.id });
    await db.correction.create({ data: { claimId: inArticle.id, note: "Older", createdById: actors.editor.id, createdAt: day("2024-01-01") } });
    await db.correction.create({ data: { claimId: loose.id, note: "Newer", createdById: actors.editor.id, createdAt: day("2024-02-01") } });
    await db.correction.create({ data: { claimId: loose.id, note: "Newest", createdById: actors.editor.id, createdAt: day("2024-03-01") } });
    const { claims } = await listReportClaims(actors.viewer, { speaker: speaker.id });
    expect(groupByArticle(claims).map((g) => g.article?.id ?? null)).toEqual([article.id, null]);
    const batches: string[][] = [];
    for await (const batch of reportCorrectionBatches(actors.viewer, { speaker: speaker.id }, 2)) batches.push(batch.map((c) => c.note));
    expect(batches).toEqual([["Newest", "Newer"], ["Older"]]);
    expect((await listReportCorrections(actors.viewer, { speaker: speaker.id }, 1)).map((c) => c.statement)).toEqual([loose.statement]);
  });

  it("name the chosen article and speaker and the filter in words, without listing every article", async () => {
    const article = await makeArticle(actors.factchecker, { title: "Named Article" });
    const options = await getReportFilterOptions(actors.viewer, { article: article.id });
    expect(options.article).toEqual({ id: article.id, label: "Named Article" });
    expect(options.speaker).toBeNull();
    expect(options.ratings.map((r) => r.name)).toContain("Unverifiable");
    expect(options.assignees.map((a) => a.id)).not.toContain(actors.viewer.id);
    expect(nameReportFilter({ article: article.id, speaker: 999_998, assignee: actors.factchecker.id, rating: 999_999 }, options)).toMatchObject({
      article: "Named Article",
      speaker: "#999998",
      assignee: "Chris Checker",
      rating: "#999999",
    });
    expect(nameReportFilter({ assignee: "none" }, options).assignee).toBe("nobody");
  });
});
