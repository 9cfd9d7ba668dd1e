/**
 * Every list the pages show is read through an index: each data function below is run with the filters and
 * sorts the pages offer, the SQL Prisma sends (and our raw SQL) is captured from the client's query events,
 * and SQLite's EXPLAIN QUERY PLAN of each statement must not scan a big table without an index. The test
 * database has no ANALYZE statistics, like a new desk: the plans are the planner's choice from the indexes alone.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { onPostgres, raw } from "./testing/harness";

const BIG_TABLES = ["Claim", "Article", "Speaker", "AuditEvent", "Evidence"];
const statements: { sql: string; params: unknown[] }[] = [];

// The data modules read `db` from globalThis when they load: give them a client that reports its queries. These are
// SQLite's plans; on PostgreSQL the file is skipped.
const client = onPostgres()
  ? null
  : new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
if (client) {
  client.$on("query", (event) => statements.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  (globalThis as unknown as { claimdeskDb?: PrismaClient }).claimdeskDb = client;
}

const data = {
  fixtures: await import("./testing/fixtures"),
  claimList: await import("./claim-list"),
  articles: await import("./articles"),
  speakers: await import("./speakers"),
  activity: await import("./activity"),
  assignments: await import("./assignments"),
  reports: await import("./reports"),
  figures: await import("./report-figures"),
  audit: await import("./audit"),
  trackers: await import("./trackers"),
  matches: await import("./claim-matches"),
  claimPage: await import("./claim-page"),
  filters: await import("@/lib/validation/filters"),
  search: await import("./search"),
};

/** The tables a statement names, by alias, so "SCAN c" is known to be the Claim table. */
function aliases(sql: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of sql.matchAll(/(?:FROM|JOIN)\s+(?:[`"]main[`"]\.)?[`"](\w+)[`"](?:\s+(?:AS\s+)?[`"]?(\w+)[`"]?)?/gi)) {
    found.set(m[1], m[1]);
    if (m[2] && !/^(WHERE|ON|LEFT|INNER|JOIN|ORDER|GROUP|LIMIT)$/i.test(m[2])) found.set(m[2], m[1]);
  }
  return found;
}

/** Whether the statement's only conditions are on the id: then walking the ids in order finds a match at every step. */
function filtersOnlyById(sql: string): boolean {
  const where = /WHERE(.*?)(?:ORDER BY|GROUP BY|LIMIT|$)/is.exec(sql)?.[1] ?? "";
  const columns = [...where.matchAll(/`(\w+)`(?!\.)/g)].map((m) => m[1]).filter((name) => name !== "id");
  return columns.length === 0;
}

const walksIdWithLimit = (sql: string, plan: { detail: string }[]) =>
  /ORDER BY\s+(?:`main`\.`\w+`\.)?[`"]?id[`"]?\s+(?:ASC|DESC)\s+LIMIT/i.test(sql) &&
  !plan.some((row) => /TEMP B-TREE FOR ORDER BY/.test(row.detail)) &&
  filtersOnlyById(sql);

/** The full scans of big tables in the plan of each statement run by `work`. */
async function fullScans(work: () => Promise<unknown>): Promise<string[]> {
  statements.length = 0;
  await work();
  expect(statements.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const { sql, params } of statements) {
    // Not reads; or an empty IN list, which Prisma writes as a WHERE that matches nothing.
    if (!/^\s*SELECT/i.test(sql) || /WHERE 1=0/.test(sql)) continue;
    const plan = raw().prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params.map((p) => (typeof p === "boolean" ? Number(p) : p))) as { id: number; parent: number; detail: string }[];
    const names = aliases(sql);
    // A subquery in FROM runs as a co-routine; "SCAN <its alias>" reads the rows it gave (its own plan is checked too).
    const coroutines = new Map(plan.flatMap(({ id, detail }) => { const name = /^CO-ROUTINE (\w+)/.exec(detail)?.[1]; return name ? [[name, id]] : []; }));
    for (const { detail, parent } of plan) {
      const scan = /^SCAN (?:main\.)?(\w+)(.*)$/.exec(detail);
      if (!scan || /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(scan[2])) continue;
      if (coroutines.has(scan[1]) && coroutines.get(scan[1]) !== parent && !scan[2]) continue;
      // A walk of the primary key in the order asked for, stopped by LIMIT, reads only the rows it returns.
      if (walksIdWithLimit(sql, plan)) continue;
      const table = names.get(scan[1]) ?? scan[1];
      if (BIG_TABLES.includes(table)) problems.push(`${detail}\n    in: ${sql.slice(0, 300)}`);
    }
  }
  if (process.env.SHOW_PLANS) console.log(statements.map((s) => s.sql).join("\n"), problems);
  return problems;
}

let actor: Awaited<ReturnType<typeof data.fixtures.makeUser>>;
let ids: { claim: number; article: number; speaker: number; rating: number; tracker: number };
let newest = 0;

beforeAll(async () => {
  if (onPostgres()) return;
  const { makeUser, makeArticle, makeSpeaker, makeClaim, ratingNamed } = data.fixtures;
  actor = await makeUser("editor");
  const article = await makeArticle(actor, { title: "Indexed article" });
  const speaker = await makeSpeaker({ name: "Indexed Speaker" });
  const rating = await ratingNamed("True");
  const claim = await makeClaim(actor, {
    articleId: article.id, speakerId: speaker.id, status: "published", ratingId: rating.id, publishedAt: new Date(), start: 3, assigneeId: actor.id, unit: "truck", value: 5,
  });
  await makeClaim(actor, { status: "verdict_proposed", proposedById: actor.id, proposedAt: new Date() });
  // More claims holding the searched word than a small relevance window (search.ts RANKED_MATCHES).
  for (let i = 0; i < 3; i++) newest = (await makeClaim(actor, { statement: `Indexed figure ${i}`, status: "published", ratingId: rating.id, publishedAt: new Date() })).id;
  const tracker = await client!.tracker.create({ data: { description: "Indexed trucks", unit: "truck", kind: "level", createdById: actor.id } });
  ids = { claim: claim.id, article: article.id, speaker: speaker.id, rating: rating.id, tracker: tracker.id };
});

describe.skipIf(onPostgres())("list queries use indexes", () => {
  const claimQuery = (q: Record<string, unknown>) => data.filters.ZClaimListQuery.parse(q);
  const cases: [string, () => Promise<unknown>][] = [
    ["/claims", () => data.claimList.listClaims(actor, claimQuery({}))],
    ["/claims deep page", () => data.claimList.listClaims(actor, claimQuery({ page: "40" }))],
    ["/claims by state", () => data.claimList.listClaims(actor, claimQuery({ status: "published" }))],
    ["/claims by speaker", () => data.claimList.listClaims(actor, claimQuery({ speaker: String(ids.speaker) }))],
    ["/claims by article", () => data.claimList.listClaims(actor, claimQuery({ article: String(ids.article) }))],
    ["/claims by assignee", () => data.claimList.listClaims(actor, claimQuery({ assignee: actor.id }))],
    ["/claims by verdict", () => data.claimList.listClaims(actor, claimQuery({ rating: String(ids.rating) }))],
    ["/claims by unit", () => data.claimList.listClaims(actor, claimQuery({ unit: "truck" }))],
    ["/claims sorted by creation", () => data.claimList.listClaims(actor, claimQuery({ sort: "created", dir: "asc" }))],
    ["/claims sorted by statement", () => data.claimList.listClaims(actor, claimQuery({ sort: "statement" }))],
    ["/claims sorted by state", () => data.claimList.listClaims(actor, claimQuery({ sort: "status" }))],
    ["/claims units", () => data.claimList.listClaimUnits(actor)],
    ["API claims after a cursor", () => data.claimList.listClaims(actor, claimQuery({ cursor: String(ids.claim) }))],
    ["API claims after a cursor, by creation", () => data.claimList.listClaims(actor, claimQuery({ cursor: String(ids.claim), sort: "created", dir: "asc" }))],
    ["API claims of a state after a cursor", () => data.claimList.listClaims(actor, claimQuery({ cursor: String(ids.claim), status: "published" }))],
    ["/claims search", () => data.claimList.listClaims(actor, claimQuery({ q: "indexed" }))],
    ["/claims search, later page", () => data.claimList.listClaims(actor, claimQuery({ q: "indexed", page: "3" }))],
    ["/claims search by state, sorted", () => data.claimList.listClaims(actor, claimQuery({ q: "indexed", status: "published", sort: "updated" }))],
    ["/claims search of a common word: the newest matches ranked", async () => {
      expect((await data.search.searchClaims(actor, { ...claimQuery({ q: "indexed" }), q: "indexed" }, { window: 2 })).rankedAmongNewest).toBe(2);
    }],
    ["/claims search of a common word by state", () => data.search.searchClaims(actor, { ...claimQuery({ q: "indexed", status: "published" }), q: "indexed" }, { window: 1 })],
    ["/claims search of a common word by state, after a cursor", () => data.search.searchClaims(actor, { ...claimQuery({ q: "indexed", status: "published", cursor: String(newest) }), q: "indexed" }, { window: 2 })],
    ["tracker's claim picker", () => data.claimList.listClaims(actor, claimQuery({ q: "indexed", unit: "truck", limit: "10" }))],
    ["tracker's claim picker, blank", () => data.claimList.listClaims(actor, claimQuery({ unit: "truck", limit: "10" }))],
    ["tracker has candidates", () => data.trackers.listAddableClaims(actor, ids.tracker, 1)],
    ["article page: already checked", () => data.matches.findAlreadyChecked(actor, [{ id: 1, statement: "Indexed trucks crossed", sentence: "Indexed trucks crossed the border.", speakerName: null, unit: "truck", qualifier: "exact", value: 5, low: null, high: null }])],
    ["/claims/[id]", () => data.claimPage.readClaimPage(actor, ids.claim)],
    ["/claims/[id] checked before?", () => data.matches.findClaimMatches(actor, ids.claim)],
    ["claim form's speakers by name", () => data.speakers.findSpeakersByNames(actor, ["Indexed Speaker", "Nobody"])],
    ["dashboard counts", () => data.claimList.countClaimsByStatus(actor)],
    ["dashboard my claims", () => data.claimList.listMyClaimsInProgress(actor)],
    ["dashboard activity", () => data.audit.getRecentActivity(actor)],
    ["/articles", () => data.articles.listArticles(actor)],
    ["/articles next page", () => data.articles.listArticles(actor, { after: ids.article + 1 })],
    ["/articles previous page", () => data.articles.listArticles(actor, { before: ids.article - 1 })],
    ["article picker", () => data.articles.listArticles(actor, { prefix: "Ind", limit: 10 })],
    ["/speakers", () => data.speakers.listSpeakers(actor)],
    ["/speakers next page", () => data.speakers.listSpeakers(actor, { after: ids.speaker })],
    ["/speakers previous page", () => data.speakers.listSpeakers(actor, { before: ids.speaker })],
    ["speaker picker", () => data.speakers.listSpeakers(actor, { prefix: "ind", limit: 10 })],
    ["/speakers/[id]", () => data.speakers.getSpeakerById(actor, ids.speaker)],
    ["/speakers/[id] next page", () => data.speakers.getSpeakerById(actor, ids.speaker, { after: ids.claim })],
    ["/queue", () => data.assignments.getQueue(actor, { twoPersonRule: true, pages: { assigned: 2, awaiting: 2 } })],
    ["/activity", () => data.activity.listActivity(actor, {})],
    ["/activity older", () => data.activity.listActivity(actor, { after: 10 })],
    ["/activity by person", () => data.activity.listActivity(actor, { actorId: actor.id, after: 10 })],
    ["/activity by claim", () => data.activity.listActivity(actor, { claimId: ids.claim })],
    ["/activity by kind", () => data.activity.listActivity(actor, { kind: "claim_created" })],
    ["/activity workflow", () => data.activity.listActivity(actor, { kind: "workflow" })],
    ["/reports claims", () => data.reports.listReportClaims(actor, {})],
    ["/reports next page", () => data.reports.listReportClaims(actor, {}, { after: { article: ids.article, start: 0, id: 1 } })],
    ["/reports previous page", () => data.reports.listReportClaims(actor, {}, { before: { article: ids.article, start: 9, id: 1 } })],
    ["/reports by speaker", () => data.reports.listReportClaims(actor, { speaker: ids.speaker })],
    ["/reports by date", () => data.reports.listReportClaims(actor, { from: new Date("2025-01-01"), to: new Date("2030-01-01") })],
    ["/reports corrections", () => data.reports.listReportCorrections(actor, {})],
    ["/reports figures", () => data.figures.getReportSummary(actor, {})],
    ["/reports figures by date", () => data.figures.getReportSummary(actor, { from: new Date("2025-01-01") })],
    ["exports", async () => { for await (const batch of data.reports.verifiedClaimBatches(actor, {}, 1)) void batch; }],
  ];
  for (const [page, work] of cases) it(`${page}`, async () => expect(await fullScans(work)).toEqual([]));

  it("the report's pages and export batches seek to their place in the order's index, not read it from the start", async () => {
    const seeks = async (work: () => Promise<unknown>) => {
      statements.length = 0;
      await work();
      return statements.filter(({ sql }) => /Claim_report_order|ifnull\(c\."articleId"/.test(sql) && /LIMIT/.test(sql)).map(({ sql, params }) =>
        (raw().prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail).find((d) => d.includes("Claim_report_order_idx")));
    };
    const key = { article: ids.article, start: 0, id: 1 };
    for (const plans of [
      await seeks(() => data.reports.listReportClaims(actor, {}, { after: key })),
      await seeks(() => data.reports.listReportClaims(actor, {}, { before: key })),
      await seeks(async () => { for await (const batch of data.reports.verifiedClaimBatches(actor, {}, 1)) void batch; }),
    ]) {
      expect(plans.length).toBeGreaterThan(0);
      // The first export batch starts at the beginning; every statement after a key seeks past it.
      expect(plans.filter((p) => /<expr>[<>]\?/.test(p ?? "")).length).toBeGreaterThanOrEqual(plans.length - 1);
      expect(plans.some((p) => /<expr>[<>]\?/.test(p ?? ""))).toBe(true);
    }
  });

  it("would catch a full scan (a search inside the text, which full-text search replaces)", async () => {
    const found = await fullScans(() => client!.article.findMany({ where: { body: { contains: "Indexed" } }, select: { id: true } }));
    expect(found.join("\n")).toMatch(/^SCAN main\.Article/m);
  });
});
