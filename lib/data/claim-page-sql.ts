/**
 * The claim page's one statement, in SQLite's and PostgreSQL's SQL: the claim with its speaker, article, rating and
 * people, and as JSON arrays built by the database its evidence (with archive checks and whether one is pending),
 * corrections, comments (with mentions), history (with the names its edits refer to), other fact-checkers' checks,
 * trackers and group. Plain text with one parameter (the claim's id), so the scale benchmark's raw driver runs the
 * very same statement (scripts/bench/raw-work.ts).
 */
import type { DatabaseEngine } from "@/lib/platform/database-engine";

/** A column holding JSON built by a subquery (SQLite loses its JSON type when it passes through a subquery). */
interface Nested {
  json: string;
}
type Fields = Record<string, string | Nested>;

const isNested = (value: string | Nested): value is Nested => typeof value !== "string";
const sqlOf = (value: string | Nested) => (isNested(value) ? value.json : value);

function jsonObject(engine: DatabaseEngine, fields: Record<string, string>): string {
  const pairs = Object.entries(fields).map(([key, expr]) => `'${key}', ${expr}`);
  return `${engine === "sqlite" ? "json_object" : "json_build_object"}(${pairs.join(", ")})`;
}

/**
 * The rows of `from` (a FROM clause with its WHERE) as a JSON array of objects of `fields`, in `orderBy` order, `[]`
 * when there are none. PostgreSQL orders inside json_agg; SQLite aggregates an ordered subquery and json() keeps a
 * nested array an array.
 */
function jsonList(engine: DatabaseEngine, fields: Fields, from: string, orderBy: string): string {
  if (engine === "postgres") {
    const object = jsonObject(engine, Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, sqlOf(value)])));
    return `(SELECT coalesce(json_agg(${object} ORDER BY ${orderBy}), '[]'::json) FROM ${from})`;
  }
  const columns = Object.entries(fields).map(([key, value]) => `${sqlOf(value)} AS "${key}"`);
  const object = jsonObject(engine, Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, isNested(value) ? `json("${key}")` : `"${key}"`])));
  return `json((SELECT json_group_array(${object}) FROM (SELECT ${columns.join(", ")} FROM ${from} ORDER BY ${orderBy})))`;
}

/** The ids a claim's edits name in their `field` (speakerId, articleId), as the history's sentences need their names. */
function idsNamedInHistory(engine: DatabaseEngine, field: string): string {
  const side = (column: string) =>
    engine === "sqlite"
      ? `SELECT json_extract(h."${column}", '$.${field}') FROM "AuditEvent" h
          WHERE h."claimId" = c."id" AND h."entity" = 'claim' AND json_type(h."${column}", '$.${field}') = 'integer'`
      : `SELECT (h."${column}"::jsonb ->> '${field}')::numeric FROM "AuditEvent" h
          WHERE h."claimId" = c."id" AND h."entity" = 'claim' AND jsonb_typeof(h."${column}"::jsonb -> '${field}') = 'number'`;
  return `${side("before")} UNION ${side("after")}`;
}

/** A claim of the group (the root or an appearance) as "Checked before?" shows it, from `g` joined to its rating and article. */
const GROUP_MEMBER = (g: string): Record<string, string> => ({
  id: `${g}."id"`, statement: `${g}."statement"`, status: `${g}."status"`, publishedAt: `${g}."publishedAt"`,
  ratingName: `${g}r."name"`, ratingColour: `${g}r."colour"`,
  articleId: `${g}a."id"`, articleTitle: `${g}a."title"`, articleOutlet: `${g}a."outlet"`, articleUrl: `${g}a."url"`, articlePublishedAt: `${g}a."publishedAt"`,
});
const groupFrom = (g: string, where: string) =>
  `"Claim" ${g} LEFT JOIN "RatingLabel" ${g}r ON ${g}r."id" = ${g}."ratingId" LEFT JOIN "Article" ${g}a ON ${g}a."id" = ${g}."articleId" WHERE ${where}`;

/** The claim page's statement on `engine`; its one parameter is the claim's id. */
export function claimPageSql(engine: DatabaseEngine): string {
  const list = (fields: Fields, from: string, orderBy: string) => jsonList(engine, fields, from, orderBy);
  const snapshots = list(
    {
      id: `w."id"`, url: `w."url"`, finalUrl: `w."finalUrl"`, outcome: `w."outcome"`, httpStatus: `w."httpStatus"`, contentType: `w."contentType"`,
      contentHash: `w."contentHash"`, title: `w."title"`, error: `w."error"`, fetchedAt: `w."fetchedAt"`,
    },
    `"WebSnapshot" w WHERE w."evidenceId" = e."id"`,
    `w."id"`,
  );
  // A check is pending while its job (input written as web-snapshots.ts writes it) waits or runs.
  const pending = `(e."kind" = 'url' AND EXISTS (SELECT 1 FROM "Job" j WHERE j."kind" = 'web-snapshot' AND j."status" IN ('queued', 'running')
    AND j."input" = '{"evidenceId":' || e."id" || '}'))`;
  const evidence = list(
    {
      id: `e."id"`, claimId: `e."claimId"`, kind: `e."kind"`, url: `e."url"`, title: `e."title"`, notes: `e."notes"`, publisher: `e."publisher"`,
      accessedAt: `e."accessedAt"`, fileHash: `e."fileHash"`, fileName: `e."fileName"`, fileType: `e."fileType"`, fileSize: `e."fileSize"`,
      contactName: `e."contactName"`, contactedAt: `e."contactedAt"`, stance: `e."stance"`, addedById: `e."addedById"`, createdAt: `e."createdAt"`,
      addedByName: `eu."name"`, pending, snapshots: { json: snapshots },
    },
    `"Evidence" e JOIN "User" eu ON eu."id" = e."addedById" WHERE e."claimId" = c."id"`,
    `e."createdAt", e."id"`,
  );
  const corrections = list(
    {
      id: `k."id"`, note: `k."note"`, previousRatingName: `k."previousRatingName"`, newRatingName: `k."newRatingName"`, changes: `k."changes"`,
      createdAt: `k."createdAt"`, createdByName: `ku."name"`,
    },
    `"Correction" k JOIN "User" ku ON ku."id" = k."createdById" WHERE k."claimId" = c."id"`,
    `k."createdAt", k."id"`,
  );
  const mentions = list({ userId: `mm."userId"`, start: `mm."start"`, length: `mm."length"` }, `"CommentMention" mm WHERE mm."commentId" = cm."id"`, `mm."userId"`);
  const comments = list(
    { id: `cm."id"`, body: `cm."body"`, createdAt: `cm."createdAt"`, authorName: `cu."name"`, mentions: { json: mentions } },
    `"Comment" cm JOIN "User" cu ON cu."id" = cm."authorId" WHERE cm."claimId" = c."id"`,
    `cm."createdAt", cm."id"`,
  );
  const history = list(
    {
      id: `h."id"`, actorId: `h."actorId"`, entity: `h."entity"`, entityId: `h."entityId"`, claimId: `h."claimId"`, action: `h."action"`, before: `h."before"`,
      after: `h."after"`, reason: `h."reason"`, createdAt: `h."createdAt"`, actorName: `hu."name"`,
    },
    `"AuditEvent" h LEFT JOIN "User" hu ON hu."id" = h."actorId" WHERE h."claimId" = c."id"`,
    `h."id"`,
  );
  const speakerNames = list({ id: `hs."id"`, name: `hs."name"` }, `"Speaker" hs WHERE hs."id" IN (${idsNamedInHistory(engine, "speakerId")})`, `hs."id"`);
  const articleNames = list({ id: `ha."id"`, title: `ha."title"` }, `"Article" ha WHERE ha."id" IN (${idsNamedInHistory(engine, "articleId")})`, `ha."id"`);
  const external = list(
    {
      id: `x."id"`, url: `x."url"`, publisher: `x."publisher"`, claimReviewed: `x."claimReviewed"`, ratingName: `x."ratingName"`,
      ratingValue: `x."ratingValue"`, datePublished: `x."datePublished"`, importedAt: `x."importedAt"`, claimId: `x."claimId"`, importedByName: `xu."name"`,
    },
    `"ExternalFactCheck" x JOIN "User" xu ON xu."id" = x."importedById" WHERE x."claimId" = c."id"`,
    `x."datePublished" IS NULL, x."datePublished" DESC, x."id" DESC`,
  );
  const trackers = list(
    { id: `t."id"`, description: `t."description"`, unit: `t."unit"`, kind: `t."kind"` },
    `"Tracker" t WHERE t."id" IN (SELECT tc."trackerId" FROM "TrackerClaim" tc WHERE tc."claimId" = c."id")`,
    `t."id"`,
  );
  const groupRoot = `(SELECT ${jsonObject(engine, GROUP_MEMBER("g"))} FROM ${groupFrom("g", `g."id" = coalesce(c."sameAsId", c."id")`)})`;
  const appearances = list(GROUP_MEMBER("m"), groupFrom("m", `m."sameAsId" = coalesce(c."sameAsId", c."id")`), `m."id"`);
  const parameter = engine === "sqlite" ? "?" : "$1";
  return `SELECT c."id", c."statement", c."status", c."version", c."attribution", c."excerpt", c."start", c."end", c."articleId", c."speakerId",
  c."value", c."low", c."high", c."qualifier", c."unit", c."asOf", c."dueAt", c."createdAt", c."updatedAt", c."ratingId", c."explanation",
  c."returnComment", c."proposedAt", c."publishedAt", c."sameAsId", c."assigneeId", c."proposedById",
  s."name" AS "speakerName", s."description" AS "speakerDescription", a."title" AS "articleTitle", a."outlet" AS "articleOutlet",
  a."publishedAt" AS "articlePublishedAt", r."name" AS "ratingName", r."colour" AS "ratingColour",
  cb."name" AS "createdByName", ub."name" AS "updatedByName", au."name" AS "assigneeName", pb."name" AS "proposedByName", qb."name" AS "publishedByName",
  ${evidence} AS "evidence",
  ${corrections} AS "corrections",
  ${comments} AS "comments",
  ${history} AS "history",
  ${speakerNames} AS "historySpeakers",
  ${articleNames} AS "historyArticles",
  ${external} AS "externalFactChecks",
  ${trackers} AS "trackers",
  ${groupRoot} AS "groupRoot",
  ${appearances} AS "appearances"
FROM "Claim" c
  LEFT JOIN "Speaker" s ON s."id" = c."speakerId" LEFT JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "RatingLabel" r ON r."id" = c."ratingId"
  JOIN "User" cb ON cb."id" = c."createdById" JOIN "User" ub ON ub."id" = c."updatedById" LEFT JOIN "User" au ON au."id" = c."assigneeId"
  LEFT JOIN "User" pb ON pb."id" = c."proposedById" LEFT JOIN "User" qb ON qb."id" = c."publishedById"
WHERE c."id" = ${parameter}`;
}
