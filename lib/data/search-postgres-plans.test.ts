/**
 * PostgreSQL's search statements, as the app sends them: each search below runs with a client that reports its
 * queries, and each statement's EXPLAIN VERBOSE must read the stored documents through their GIN index and never
 * compute a document again (to_tsvector per candidate was what made a search of a common word take seconds).
 * The plans are the planner's with sequential scans priced out, as on a large desk. SQLite's are query-plans.test.ts.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma-postgres/client";
import type { PrismaClient as AppClient } from "@/lib/generated/prisma/client";
import { onPostgres } from "./testing/harness";

const statements: { sql: string; params: unknown[] }[] = [];
const client = onPostgres()
  ? new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, options: "-c timezone=UTC" }), log: [{ emit: "event", level: "query" }] })
  : null;
if (client) {
  client.$on("query", (event) => statements.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  (globalThis as unknown as { claimdeskDb?: AppClient }).claimdeskDb = client as unknown as AppClient;
}

const { makeActors, makeClaim, makeArticle } = await import("./testing/fixtures");
const { searchClaims, searchArticles } = await import("./search");
const { ZClaimListQuery } = await import("@/lib/validation/filters");

/** The plans of the statements `work` sends that name the stored documents. */
async function searchPlans(work: () => Promise<unknown>): Promise<string[]> {
  statements.length = 0;
  await work();
  const sent = statements.filter((s) => /fulltext\./.test(s.sql));
  expect(sent.length).toBeGreaterThan(0);
  return client!.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
    const plans: string[] = [];
    for (const { sql, params } of sent) {
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN VERBOSE ${sql}`, ...params);
      plans.push(rows.map((r) => r["QUERY PLAN"]).join("\n"));
    }
    return plans;
  });
}

describe.skipIf(!onPostgres())("PostgreSQL's search statements", () => {
  it("match through the GIN indexes of the stored documents and rank the stored vectors", async () => {
    const actors = await makeActors();
    const article = await makeArticle(actors.factchecker, { title: "Convoys at the border" });
    for (let i = 0; i < 3; i++) await makeClaim(actors.factchecker, { statement: `Planned claim ${i} about convoys`, articleId: article.id });
    const query = (q: string, extra: Record<string, unknown> = {}) => ({ ...ZClaimListQuery.parse({ q, ...extra }), q });
    const searches: [string, () => Promise<unknown>][] = [
      ["best matches", () => searchClaims(actors.viewer, query("convoys"))],
      ["best matches, windowed", () => searchClaims(actors.viewer, query("convoys"), { window: 2 })],
      ["by article, windowed, after a cursor", async () => {
        const first = await searchClaims(actors.viewer, query("convoys", { article: article.id, limit: 1 }), { window: 2 });
        return searchClaims(actors.viewer, query("convoys", { article: article.id, limit: 1, cursor: first.ids[0] }), { window: 2 });
      }],
      ["newest first", () => searchClaims(actors.viewer, query("convoys", { sort: "created" }))],
      ["a figure and a word", () => searchClaims(actors.viewer, query("20k convoys"))],
      ["articles", () => searchArticles(actors.viewer, "convoys", 10)],
    ];
    for (const [name, work] of searches) {
      for (const plan of await searchPlans(work)) {
        expect(plan, name).toMatch(/(Bitmap Index Scan on|Index Scan (Backward )?using) (claim|article)_document_(idx|pkey)/);
        expect(plan, name).not.toMatch(/Seq Scan on fulltext\./);
        expect(plan, name).not.toMatch(/to_tsvector/);
      }
    }
  });
});
