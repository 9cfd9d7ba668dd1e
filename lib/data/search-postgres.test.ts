import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { claimIdsSharingWords, ftsToTsquery } from "./search-postgres";
import { insertClaims } from "./claim-bulk";
import { toFtsQuery } from "./search-query";
import { onPostgres } from "./testing/harness";
import { makeActors, makeClaim } from "./testing/fixtures";

// The search's behaviour is search.test.ts's, on both engines; here, what only PostgreSQL's edition does.
describe("FTS5 queries as tsqueries", () => {
  it("keeps phrases, prefixes, AND, OR and brackets", () => {
    expect(ftsToTsquery(toFtsQuery('"at least 17" trucks')!)).toBe(`('at' <-> 'least' <-> '17') & (('trucks') | ('trucks':*))`);
    expect(ftsToTsquery(toFtsQuery("COVID-19 bagh*")!)).toBe(`('covid' <-> '19') & ('bagh':*)`);
    expect(ftsToTsquery(`("a") OR ("b c")`)).toBe(`(('a')) | (('b' <-> 'c'))`);
  });

  it("writes a loose query that only ever finds more: every AND and phrase becomes OR", () => {
    expect(ftsToTsquery(toFtsQuery('"at least 17" trucks')!, true)).toBe(`('at' | 'least' | '17') | (('trucks') | ('trucks':*))`);
  });

  it("cannot be made to say anything else: the text typed is only ever quoted letters and digits", () => {
    for (const typed of [`'); DROP TABLE "Claim"; --`, `a:* | !b <-> c`, `"unclosed`, `\\' OR 1=1`]) {
      const fts = toFtsQuery(typed);
      if (fts === null) continue;
      expect(ftsToTsquery(fts)).toMatch(/^[\s()&|<\->:*'\p{L}\p{N}]+$/u);
      expect(ftsToTsquery(fts).replace(/'[\p{L}\p{N}]+'/gu, "")).not.toMatch(/[\p{L}\p{N}]/u);
    }
  });
});

describe.skipIf(!onPostgres())("PostgreSQL's search indexes", () => {
  it("answer a claim and an article search from the stored documents' GIN indexes, not a scan", async () => {
    const actors = await makeActors();
    for (let i = 0; i < 3; i++) await makeClaim(actors.factchecker, { statement: `Indexed claim ${i} about convoys` });
    const plan = (table: string) =>
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
        const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT 1 FROM fulltext.${table} d WHERE d.document @@ to_tsquery('claimdesk_search', 'convoys')`);
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
    expect(await plan("claim_document")).toMatch(/Bitmap Index Scan on claim_document_idx/);
    expect(await plan("article_document")).toMatch(/Bitmap Index Scan on article_document_idx/);
  });

  it("leave out a word the statistics show in far more claims than the limit, as counting it would, and count the rest", async () => {
    const actors = await makeActors();
    const tag = Math.random().toString(36).slice(2, 8);
    const [common, rare] = [`common${tag}`, `rare${tag}`];
    const statement = (n: number) => ({ statement: `${common} convoy ${n}${n < 3 ? ` ${rare}` : ""}`, attribution: "unattributed" as const, newSpeakerKind: "person" as const });
    const ids = await db.$transaction((tx) => insertClaims(tx, actors.factchecker, Array.from({ length: 1100 }, (_, n) => statement(n))), { timeout: 60_000 });
    const candidates = async () => (await claimIdsSharingWords([[common], [rare]], -1, 50)).sort((a, b) => a - b);
    const counted = await candidates();
    expect(counted).toEqual(ids.slice(0, 3));
    await db.$executeRawUnsafe(`ANALYZE fulltext.claim_document`);
    // The statistics now hold the common word at more than twice the limit (500 claims): it is not counted, and
    // the candidates are the same.
    const [stats] = await db.$queryRawUnsafe<{ share: number; claims: number }[]>(
      `SELECT s.most_common_elem_freqs[array_position(s.most_common_elems::text::text[], $1)] AS share, c.reltuples AS claims
       FROM pg_stats s, pg_class c WHERE s.schemaname = 'fulltext' AND s.tablename = 'claim_document' AND s.attname = 'document'
       AND c.oid = 'fulltext.claim_document'::regclass`,
      common,
    );
    expect(stats.share * stats.claims).toBeGreaterThan(1000);
    expect(await candidates()).toEqual(counted);
  }, 60_000);

  it("fold case and accents like SQLite's unicode61 tokenizer, without stemming", async () => {
    const [row] = await db.$queryRaw<{ words: string }[]>`SELECT to_tsvector('claimdesk_search', 'Élysée TRUCKS running')::text AS words`;
    expect(row.words).toBe(`'elysee':1 'running':3 'trucks':2`);
  });
});
