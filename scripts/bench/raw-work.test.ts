/**
 * The scale benchmark's raw work over a small generated desk: every page's statements run on SQLite and, when
 * TEST_POSTGRES_URL names a server (npm run test:pg), on the same desk copied into PostgreSQL, where each
 * statement must read the same rows as its SQLite twin (the same ids, or the same number of rows).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresAvailable, seededSqliteDesk } from "../../lib/platform/test-desks";
import { generateDesk } from "./generate-desk";
import { rawPostgresCopyOf } from "./postgres-copy";
import { openRawDb, query, type RawDb, type Row } from "./raw-db";
import { publishedClaimAt, rawSearch, rawWork, reportRows, searchCount } from "./raw-work";

const WORD = "baghouz";
const TOKEN = "bench-raw-work-token";
const desk = seededSqliteDesk("claimdesk-raw-work-");
const cleanups: (() => Promise<void> | void)[] = [() => desk.remove()];

interface Read {
  rows: number;
  ids: string[] | null;
}

/** A RawDb that keeps what each statement read: its row count and, when the rows have ids, the ids in order. */
function recording(db: RawDb) {
  const reads: Read[] = [];
  const recorded: RawDb = {
    ...db,
    async all(sql, params) {
      const rows = await db.all(sql, params);
      reads.push({ rows: rows.length, ids: rows.length && "id" in rows[0] ? rows.map((r) => String(r.id)) : null });
      return rows;
    },
  };
  return { db: recorded, reads };
}

async function pageReads(db: RawDb, claimId: number) {
  const out: Record<string, Read[]> = {};
  for (const [page, work] of Object.entries(rawWork(claimId, WORD, TOKEN))) {
    const { db: recorded, reads } = recording(db);
    await work(recorded);
    out[page] = reads;
  }
  return out;
}

let sqlite: RawDb;
let claimId: number;

beforeAll(async () => {
  generateDesk(desk.file, 100); // small enough that no ranked read reaches its limit (the engines rank differently)
  const editor = desk.sqlite.prepare(`SELECT id FROM "User" WHERE email = 'editor@claimdesk.test'`).pluck().get() as string;
  desk.sqlite
    .prepare(`INSERT INTO "Session" (id, "expiresAt", token, "createdAt", "updatedAt", "userId") VALUES ('bench', '2030-01-01T00:00:00.000+00:00', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)`)
    .run(TOKEN, editor);
  sqlite = await openRawDb(desk.url);
  cleanups.push(() => sqlite.close());
  claimId = Number((await publishedClaimAt(sqlite, 5))[0].id);
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("query", () => {
  it("numbers the placeholders of a shared form for PostgreSQL, and keeps a PostgreSQL form of its own", () => {
    expect(query(`SELECT ? AS a, ? AS b`).forms).toEqual({ sqlite: `SELECT ? AS a, ? AS b`, postgres: `SELECT $1 AS a, $2 AS b` });
    expect(query(`SELECT 1 WHERE x = 1`, `SELECT 1 WHERE x`).forms.postgres).toBe(`SELECT 1 WHERE x`);
  });
});

describe("raw work on SQLite", () => {
  it("reads every page's rows: the session, the page of claims, the search, the claim's history", async () => {
    const reads = await pageReads(sqlite, claimId);
    expect(Object.keys(reads)).toContain("/claims?page=1000");
    for (const [page, statements] of Object.entries(reads)) expect(statements[0].rows, page).toBe(1); // the session
    // Pages (not the API) count the unread notifications for their header next.
    for (const [page, statements] of Object.entries(reads)) if (!page.startsWith("/api/")) expect(statements[1], page).toEqual({ rows: 1, ids: null });
    expect(reads["/claims"][3].rows).toBe(51);
    expect(reads[`/claims/${claimId}`][2].ids).toEqual([String(claimId)]);
    const matches = Number((await searchCount(sqlite, WORD))[0].n);
    expect(matches).toBeGreaterThan(0);
    expect(reads["/api/v1/claims?q=<word>"].at(-1)!.rows).toBe(Math.min(matches, 51));
  });

  it("batches the report's rows as the export reads them", async () => {
    const sizes: number[] = [];
    await sqlite.batches(reportRows.forms.sqlite, 7, (rows: Row[]) => sizes.push(rows.length));
    const published = Number(desk.sqlite.prepare(`SELECT COUNT(*) FROM "Claim" WHERE status = 'published'`).pluck().get());
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(published);
    expect(sizes.slice(0, -1).every((n) => n === 7)).toBe(true);
  });
});

describe.skipIf(!postgresAvailable)("raw work on PostgreSQL", () => {
  let postgres: RawDb;

  beforeAll(async () => {
    postgres = await rawPostgresCopyOf(desk.url, cleanups);
  }, 120_000);

  it("reads what SQLite reads, statement by statement, on every page", async () => {
    const [fromSqlite, fromPostgres] = [await pageReads(sqlite, claimId), await pageReads(postgres, claimId)];
    for (const page of Object.keys(fromSqlite)) {
      const [a, b] = [fromSqlite[page], fromPostgres[page]];
      expect(b.map((r) => r.rows), page).toEqual(a.map((r) => r.rows));
      // Orders can differ where the engines rank or sort nulls differently: the same rows, compared as sets.
      const asSets = (reads: Read[]) => reads.map((r) => r.ids && [...r.ids].sort());
      expect(asSets(b), page).toEqual(asSets(a));
    }
  });

  it("finds the same claims for a search and exports the same report", async () => {
    const ids = async (db: RawDb) => (await rawSearch(db, WORD)).map((r) => Number(r.id)).sort((x, y) => x - y);
    expect(await ids(postgres)).toEqual(await ids(sqlite));
    const count = async (db: RawDb) => {
      let n = 0;
      await db.batches(reportRows.forms[db.engine], 50, (rows) => (n += rows.length));
      return n;
    };
    expect(await count(postgres)).toBe(await count(sqlite));
  });
});
