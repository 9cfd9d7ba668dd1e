/**
 * What the claim page shows of one claim, read by one statement (lib/data/claim-page-sql.ts) instead of a query per
 * relation: on PostgreSQL each ORM query was a round trip and a plan compiled on every call.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { databaseEngine } from "@/lib/platform/database-engine";
import type { HistoryNames } from "@/lib/web/history-sentence";
import type { ExternalFactCheckInput } from "@/lib/validation/imports";
import { auditEntryFromSql, type AuditEntry } from "./audit";
import type { EvidenceItem, WebSnapshotSummary } from "./evidence";
import { claimPageSql } from "./claim-page-sql";
import { jsonList, toDate, type Stored } from "./report-claim-rows";

/** A claim of a group ("Checked before?"): the root whose verdict covers the others, or an appearance. */
export interface ClaimGroupMember {
  id: number;
  statement: string;
  status: string;
  publishedAt: Date | null;
  rating: { name: string; colour: string } | null;
  article: { id: number; title: string; outlet: string; url: string | null; publishedAt: Date | null } | null;
}

export interface ClaimGroup {
  root: ClaimGroupMember;
  appearances: ClaimGroupMember[];
  isRoot: boolean;
}

export interface ClaimPageClaim {
  id: number;
  statement: string;
  status: string;
  version: number;
  attribution: string;
  excerpt: string | null;
  start: number | null;
  end: number | null;
  articleId: number | null;
  speakerId: number | null;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string | null;
  asOf: Date | null;
  dueAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  ratingId: number | null;
  explanation: string | null;
  returnComment: string | null;
  proposedAt: Date | null;
  publishedAt: Date | null;
  sameAsId: number | null;
  speaker: { id: number; name: string; description: string | null } | null;
  article: { id: number; title: string; outlet: string; publishedAt: Date | null } | null;
  rating: { name: string; colour: string } | null;
  assignee: { id: string; name: string } | null;
  proposedBy: { id: string; name: string } | null;
  publishedBy: { name: string } | null;
  createdBy: { name: string };
  updatedBy: { name: string };
  evidence: EvidenceItem[];
  corrections: { id: number; note: string; previousRatingName: string | null; newRatingName: string | null; changes: string | null; createdAt: Date; createdBy: { name: string } }[];
  comments: { id: number; body: string; createdAt: Date; author: { name: string }; mentions: { userId: string; start: number; length: number }[] }[];
}

/** Another fact-checker's check of the claim, as imported. */
export interface ExternalFactCheckItem extends Omit<ExternalFactCheckInput, "rawJson"> {
  id: number;
  importedAt: Date;
  claimId: number | null;
  importedBy: { name: string };
}

export interface ClaimPage {
  claim: ClaimPageClaim;
  history: AuditEntry[];
  /** the speakers and articles the history's edits name by id */
  historyNames: HistoryNames;
  /** the web sources with an archive check waiting or running */
  archiving: Set<number>;
  externalFactChecks: ExternalFactCheckItem[];
  trackers: { id: number; description: string; unit: string; kind: string }[];
  group: ClaimGroup;
}

type Integer = number | bigint;
type Row = Record<string, unknown>;

const int = (value: unknown) => (value === null || value === undefined ? null : Number(value as Integer));
const date = (value: unknown) => toDate((value ?? null) as Stored | null);
const text = (value: unknown) => (value ?? null) as string | null;
/** A JSON object column: text on SQLite, already parsed on PostgreSQL. */
const jsonObject = (value: unknown): Row | null => (typeof value === "string" ? (JSON.parse(value) as Row) : ((value as Row | null) ?? null));

function groupMember(m: Row): ClaimGroupMember {
  return {
    id: Number(m.id),
    statement: m.statement as string,
    status: m.status as string,
    publishedAt: date(m.publishedAt),
    rating: m.ratingName == null ? null : { name: m.ratingName as string, colour: m.ratingColour as string },
    article:
      m.articleId == null
        ? null
        : { id: Number(m.articleId), title: m.articleTitle as string, outlet: m.articleOutlet as string, url: text(m.articleUrl), publishedAt: date(m.articlePublishedAt) },
  };
}

function evidenceItem(e: Row): EvidenceItem {
  return {
    id: Number(e.id), claimId: Number(e.claimId), kind: e.kind as string, url: text(e.url), title: e.title as string, notes: text(e.notes),
    publisher: text(e.publisher), accessedAt: date(e.accessedAt), fileHash: text(e.fileHash), fileName: text(e.fileName), fileType: text(e.fileType),
    fileSize: int(e.fileSize), contactName: text(e.contactName), contactedAt: date(e.contactedAt), stance: e.stance as string,
    addedById: e.addedById as string, createdAt: date(e.createdAt)!, addedBy: { name: e.addedByName as string },
    snapshots: jsonList<Row>(e.snapshots).map(
      (w): WebSnapshotSummary => ({
        id: Number(w.id), url: w.url as string, finalUrl: text(w.finalUrl), outcome: w.outcome as string, httpStatus: int(w.httpStatus),
        contentType: text(w.contentType), contentHash: text(w.contentHash), title: text(w.title), error: text(w.error), fetchedAt: date(w.fetchedAt)!,
      }),
    ),
  };
}

function toClaim(row: Row, evidence: Row[]): ClaimPageClaim {
  return {
    id: Number(row.id), statement: row.statement as string, status: row.status as string, version: Number(row.version),
    attribution: row.attribution as string, excerpt: text(row.excerpt), start: int(row.start), end: int(row.end), articleId: int(row.articleId),
    speakerId: int(row.speakerId), value: row.value as number | null, low: row.low as number | null, high: row.high as number | null,
    qualifier: text(row.qualifier), unit: text(row.unit), asOf: date(row.asOf), dueAt: date(row.dueAt), createdAt: date(row.createdAt)!,
    updatedAt: date(row.updatedAt)!, ratingId: int(row.ratingId), explanation: text(row.explanation), returnComment: text(row.returnComment),
    proposedAt: date(row.proposedAt), publishedAt: date(row.publishedAt), sameAsId: int(row.sameAsId),
    speaker: row.speakerId == null ? null : { id: Number(row.speakerId), name: row.speakerName as string, description: text(row.speakerDescription) },
    article:
      row.articleId == null ? null : { id: Number(row.articleId), title: row.articleTitle as string, outlet: row.articleOutlet as string, publishedAt: date(row.articlePublishedAt) },
    rating: row.ratingName == null ? null : { name: row.ratingName as string, colour: row.ratingColour as string },
    assignee: row.assigneeId == null ? null : { id: row.assigneeId as string, name: row.assigneeName as string },
    proposedBy: row.proposedById == null ? null : { id: row.proposedById as string, name: row.proposedByName as string },
    publishedBy: row.publishedByName == null ? null : { name: row.publishedByName as string },
    createdBy: { name: row.createdByName as string },
    updatedBy: { name: row.updatedByName as string },
    evidence: evidence.map(evidenceItem),
    corrections: jsonList<Row>(row.corrections).map((k) => ({
      id: Number(k.id), note: k.note as string, previousRatingName: text(k.previousRatingName), newRatingName: text(k.newRatingName),
      changes: text(k.changes), createdAt: date(k.createdAt)!, createdBy: { name: k.createdByName as string },
    })),
    comments: jsonList<Row>(row.comments).map((cm) => ({
      id: Number(cm.id), body: cm.body as string, createdAt: date(cm.createdAt)!, author: { name: cm.authorName as string },
      mentions: jsonList<Row>(cm.mentions).map((m) => ({ userId: m.userId as string, start: Number(m.start), length: Number(m.length) })),
    })),
  };
}

/** The claim page's data; a claim that does not exist is not found. */
export async function readClaimPage(actor: Actor, id: number): Promise<ClaimPage> {
  assertCan(actor, "read");
  const [row] = await db.$queryRawUnsafe<Row[]>(claimPageSql(databaseEngine()), id);
  if (!row) throw notFound("That claim");
  const evidence = jsonList<Row>(row.evidence);
  const claim = toClaim(row, evidence);
  const names = (list: unknown, label: string) => Object.fromEntries(jsonList<Row>(list).map((n) => [String(n.id), n[label] as string]));
  return {
    claim,
    history: jsonList<Row>(row.history).map(auditEntryFromSql),
    historyNames: { speakers: names(row.historySpeakers, "name"), articles: names(row.historyArticles, "title") },
    // true on PostgreSQL, 1 on SQLite
    archiving: new Set(evidence.filter((e) => e.pending === true || e.pending === 1).map((e) => Number(e.id))),
    externalFactChecks: jsonList<Row>(row.externalFactChecks).map((x) => ({
      id: Number(x.id), url: x.url as string, publisher: x.publisher as string, claimReviewed: x.claimReviewed as string, ratingName: x.ratingName as string,
      ratingValue: x.ratingValue as number | null, datePublished: date(x.datePublished), importedAt: date(x.importedAt)!, claimId: int(x.claimId),
      importedBy: { name: x.importedByName as string },
    })),
    trackers: jsonList<Row>(row.trackers).map((t) => ({ id: Number(t.id), description: t.description as string, unit: t.unit as string, kind: t.kind as string })),
    group: {
      root: groupMember(jsonObject(row.groupRoot)!),
      appearances: jsonList<Row>(row.appearances).map(groupMember),
      isRoot: claim.sameAsId === null,
    },
  };
}

