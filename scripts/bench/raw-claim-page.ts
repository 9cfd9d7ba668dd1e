/**
 * The claim page's work through the raw driver, as the page does it: its one statement (the very SQL of
 * lib/data/claim-page-sql.ts), the rating scale, the assignees, the settings and the person's notifications about the
 * claim; then "Checked before?" (the claim's rarer words counted, the claims sharing them, of its figure and the
 * latest, scored by the same pure ranking, the best ones read) and the trackers its figure may belong to.
 */
import { claimPageSql } from "../../lib/data/claim-page-sql";
import { anyOf, toFtsQuery } from "../../lib/data/search-query";
import { rankMatches, type MatchableClaim } from "../../lib/figures/matching";
import { keyWords } from "../../lib/figures/text-terms";
import { unitSpellings } from "../../lib/figures/unit";
import { query, type RawDb, type Row } from "./raw-db";

const claimPage = { forms: { sqlite: claimPageSql("sqlite"), postgres: claimPageSql("postgres") } };
const liveRatings = query(
  `SELECT id, name, "order", colour, description, "reviewValue", retired FROM "RatingLabel" WHERE retired = 0 ORDER BY "order", name`,
  `SELECT id, name, "order", colour, description, "reviewValue", retired FROM "RatingLabel" WHERE NOT retired ORDER BY "order", name`,
);
const assignees = query(
  `SELECT id, name, role FROM "User" WHERE active = 1 AND role IN ('factchecker', 'editor', 'admin') ORDER BY name`,
  `SELECT id, name, role FROM "User" WHERE active AND role IN ('factchecker', 'editor', 'admin') ORDER BY name`,
);
const settings = query(`SELECT key, value FROM "Setting"`);
/** The notifications opening the claim marks read (the raw SQLite connection is read-only: the rows the UPDATE finds). */
const unreadAboutClaim = query(
  `SELECT id FROM "Notification" WHERE "recipientId" = (SELECT "userId" FROM "Session" WHERE token = ?) AND "readAt" IS NULL AND "claimId" = ?`,
);

const claimTotal = query(`SELECT COUNT(*) AS n FROM "Claim"`);
/** PostgreSQL's planner statistics of the claims' documents: common words are known without counting them. */
const documentStats = query(
  `SELECT 1`,
  `SELECT (SELECT reltuples FROM pg_class WHERE oid = 'fulltext.claim_document'::regclass) AS claims,
     (SELECT most_common_elems::text::text[] FROM pg_stats WHERE schemaname = 'fulltext' AND tablename = 'claim_document' AND attname = 'document') AS lexemes,
     (SELECT most_common_elem_freqs FROM pg_stats WHERE schemaname = 'fulltext' AND tablename = 'claim_document' AND attname = 'document') AS freqs`,
);
const ANY_FORM = `to_tsquery('claimdesk_search', array_to_string(ARRAY(SELECT quote_literal(w) FROM unnest($1::text[]) w), ' | '))`;
const claimsHolding = query(
  `SELECT COUNT(*) AS n FROM (SELECT rowid FROM "claim_fts" WHERE "claim_fts" MATCH ? LIMIT ?) capped`,
  `SELECT COUNT(*) AS n FROM (SELECT 1 FROM fulltext.claim_document d WHERE d.document @@ ${ANY_FORM} LIMIT $2) capped`,
);
const claimsSharing = query(
  `SELECT rowid AS id FROM "claim_fts" WHERE "claim_fts" MATCH ? AND rowid <> ? ORDER BY bm25("claim_fts", 4.0, 1.0, 1.0, 2.0) LIMIT 150`,
  `SELECT d.claim_id AS id FROM fulltext.claim_document d WHERE d.document @@ ${ANY_FORM} AND d.claim_id <> $2
    ORDER BY ts_rank(d.document, ${ANY_FORM}) DESC, d.claim_id DESC LIMIT 150`,
);
const MATCH_COLUMNS = `id, statement, excerpt, unit, qualifier, value, low, high, "sameAsId", "speakerId"`;
const candidatesByIds = query(
  `SELECT ${MATCH_COLUMNS} FROM "Claim" WHERE id IN (SELECT value FROM json_each(?))`,
  `SELECT ${MATCH_COLUMNS} FROM "Claim" WHERE id = ANY($1::int[])`,
);
const candidatesByFigure = query(
  `SELECT ${MATCH_COLUMNS} FROM "Claim" WHERE unit IN (SELECT value FROM json_each(?)) AND value BETWEEN ? AND ? AND id <> ? ORDER BY id DESC LIMIT 120`,
  `SELECT ${MATCH_COLUMNS} FROM "Claim" WHERE unit = ANY($1::text[]) AND value BETWEEN $2 AND $3 AND id <> $4 ORDER BY id DESC LIMIT 120`,
);
const latestCandidates = query(`SELECT ${MATCH_COLUMNS} FROM "Claim" WHERE id <> ? ORDER BY id DESC LIMIT 50`);
const matchRows = query(
  `SELECT c.id, c.statement, c.status, c."publishedAt", r.name, r.colour, a.title, a.outlet FROM "Claim" c
    LEFT JOIN "RatingLabel" r ON r.id = c."ratingId" LEFT JOIN "Article" a ON a.id = c."articleId" WHERE c.id IN (SELECT value FROM json_each(?))`,
  `SELECT c.id, c.statement, c.status, c."publishedAt", r.name, r.colour, a.title, a.outlet FROM "Claim" c
    LEFT JOIN "RatingLabel" r ON r.id = c."ratingId" LEFT JOIN "Article" a ON a.id = c."articleId" WHERE c.id = ANY($1::int[])`,
);
const suggestedTrackers = query(
  `SELECT t.id, t.description, t.unit, t.kind FROM "Tracker" t WHERE t.unit IN (SELECT value FROM json_each(?))
    AND NOT EXISTS (SELECT 1 FROM "TrackerClaim" tc WHERE tc."trackerId" = t.id AND tc."claimId" = ?)
    AND NOT EXISTS (SELECT 1 FROM "TrackerDismissal" td WHERE td."trackerId" = t.id AND td."claimId" = ?) LIMIT 200`,
  `SELECT t.id, t.description, t.unit, t.kind FROM "Tracker" t WHERE t.unit = ANY($1::text[])
    AND NOT EXISTS (SELECT 1 FROM "TrackerClaim" tc WHERE tc."trackerId" = t.id AND tc."claimId" = $2)
    AND NOT EXISTS (SELECT 1 FROM "TrackerDismissal" td WHERE td."trackerId" = t.id AND td."claimId" = $3) LIMIT 200`,
);

/** A word's forms as each engine's statement takes them: an FTS5 query, or the forms for tsquery. */
const formsQuery = (db: RawDb, forms: string[]) => (db.engine === "sqlite" ? anyOf(forms.map((f) => toFtsQuery(f, { automaticPrefix: false }))) : forms);

/** The claim's rarer words as lib/data/search.ts chooses them: held by at most 2% of the claims (at least 500), six at most. */
async function selectiveWords(db: RawDb, words: string[][]): Promise<string[][]> {
  const [stats] = (await documentStats(db)) as { claims?: number | null; lexemes?: string[] | null; freqs?: number[] | null }[];
  const analysed = db.engine === "postgres" && stats.claims != null && stats.claims > 0;
  const total = analysed ? Number(stats.claims) : Number((await claimTotal(db))[0].n);
  const limit = Math.ceil(Math.max(500, total * 0.02));
  const share = new Map((stats.lexemes ?? []).map((lexeme, i) => [lexeme, stats.freqs![i]]));
  const counted = [];
  for (const forms of words) {
    const common = forms.some((form) => (share.get(form.toLowerCase()) ?? 0) * total > 2 * limit);
    counted.push({ forms, docs: common ? limit + 1 : Number((await claimsHolding(db, formsQuery(db, forms), limit + 1))[0].n) });
  }
  return counted.filter((c) => c.docs > 0 && c.docs <= limit).sort((a, b) => a.docs - b.docs).slice(0, 6).map((c) => c.forms);
}

const matchable = (c: Row): MatchableClaim => ({
  id: Number(c.id), text: [c.statement, c.excerpt].filter(Boolean).join(" "), unit: c.unit as string | null,
  speaker: c.speakerId == null ? null : String(c.speakerId), qualifier: c.qualifier as string | null,
  value: c.value as number | null, low: c.low as number | null, high: c.high as number | null,
});

async function checkedBefore(db: RawDb, claim: Row) {
  const id = Number(claim.id);
  const words = await selectiveWords(db, keyWords([claim.statement, claim.excerpt].filter(Boolean).join(" ")));
  const fts = db.engine === "sqlite" ? anyOf(words.flat().map((f) => toFtsQuery(f, { automaticPrefix: false }))) : words.flat();
  const textIds = words.length ? (await claimsSharing(db, fts, id)).map((r) => Number(r.id)) : [];
  const byText = textIds.length ? await candidatesByIds(db, textIds) : [];
  const centre = (claim.value ?? claim.low ?? claim.high) as number | null;
  const unit = claim.unit as string | null;
  const byFigure = unit && centre != null ? await candidatesByFigure(db, unitSpellings(unit), Math.min(centre / 2, centre * 2), Math.max(centre / 2, centre * 2), id) : [];
  const seen = new Set<number>();
  const candidates = [...byText, ...byFigure, ...(await latestCandidates(db, id))].filter((c) => {
    const cid = Number(c.id);
    const linked = cid === claim.sameAsId || c.sameAsId === id || (claim.sameAsId != null && c.sameAsId === claim.sameAsId);
    return !linked && !seen.has(cid) && seen.add(cid);
  });
  const ranked = rankMatches(matchable(claim), candidates.map(matchable), 8);
  if (ranked.length) await matchRows(db, ranked.map((m) => m.id));
}

/** Everything the claim page reads of claim `claimId` for the person signed in with `token`. */
export async function rawClaimPage(db: RawDb, claimId: number, token: string) {
  const [claim] = await db.all(claimPage.forms[db.engine], [claimId]);
  await liveRatings(db);
  await assignees(db);
  await settings(db);
  await unreadAboutClaim(db, token, claimId);
  await checkedBefore(db, claim);
  if (claim.unit && (claim.value != null || claim.low != null || claim.high != null)) await suggestedTrackers(db, unitSpellings(claim.unit as string), claimId, claimId);
}
