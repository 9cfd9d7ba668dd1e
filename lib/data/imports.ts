/** Imports that write: claims from CSV (preview, then all or nothing) and articles from files. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { parseClaimCsv, type ClaimCsvRow, type CsvRowError } from "@/lib/imports/claim-csv";
import { articleFromFile, checkArticleFile } from "@/lib/imports/article-file";
import { ZArticleCreate } from "@/lib/validation/article";
import { ZClaimCreate, type TClaimCreate } from "@/lib/validation/claim";
import { fieldErrorsOf } from "@/lib/validation/common";
import type { TArticleFileFields } from "@/lib/validation/imports";
import { createArticle } from "./articles";
import { assertCan } from "@/lib/access/authorize";
import { insertClaims } from "./claim-bulk";
import { lockForWriting, selectWhereIn } from "./bulk-insert";

type Client = Tx | typeof db;
type RowStatus = "new" | "already imported" | "repeated in file";

export interface ClaimCsvPreview {
  total: number;
  newCount: number;
  existingCount: number;
  repeatedCount: number;
  errors: CsvRowError[];
  /** the first rows, for the person to check before importing */
  sample: { row: number; statement: string; speaker: string | null; article: string | null; status: RowStatus }[];
}

export type ClaimCsvImport =
  | { ok: false; errors: CsvRowError[] }
  | { ok: true; created: number; existing: number; repeated: number; claimIds: number[] };

const SAMPLE_ROWS = 50;

/** The article each row names, by its URL first and then its exact title; rows naming none get none. */
async function matchArticles(client: Client, rows: ClaimCsvRow<TClaimCreate>[]) {
  const urls = [...new Set(rows.flatMap((r) => (r.article.url ? [r.article.url] : [])))];
  const titles = [...new Set(rows.flatMap((r) => (r.article.title ? [r.article.title] : [])))];
  if (!urls.length && !titles.length) return new Map<number, { id: number; title: string }>();
  const articles = await client.article.findMany({
    where: { OR: [{ url: { in: urls } }, { title: { in: titles } }] },
    orderBy: { id: "asc" },
    select: { id: true, title: true, url: true },
  });
  const byUrl = new Map<string, { id: number; title: string }>();
  const byTitle = new Map<string, { id: number; title: string }>();
  for (const a of articles) {
    if (a.url && !byUrl.has(a.url)) byUrl.set(a.url, a);
    if (!byTitle.has(a.title)) byTitle.set(a.title, a);
  }
  const found = new Map<number, { id: number; title: string }>();
  for (const r of rows) {
    const article = (r.article.url && byUrl.get(r.article.url)) || (r.article.title && byTitle.get(r.article.title));
    if (article) found.set(r.row, article);
  }
  return found;
}

/** Each row's fate: new, already imported earlier, or a repeat of an earlier row of the same file. */
async function rowStatuses(client: Client, rows: ClaimCsvRow<TClaimCreate>[]) {
  const keys = rows.map((r) => r.importKey);
  const existing = new Set((await selectWhereIn<{ importKey: string }>(client, `SELECT "importKey" FROM "Claim"`, "importKey", keys)).map((c) => c.importKey));
  const seen = new Set<string>();
  return rows.map((r): RowStatus => {
    if (existing.has(r.importKey)) return "already imported";
    if (seen.has(r.importKey)) return "repeated in file";
    seen.add(r.importKey);
    return "new";
  });
}

const count = (statuses: RowStatus[], status: RowStatus) => statuses.filter((s) => s === status).length;

/** What importing the file would do, without writing anything. */
export async function previewClaimCsv(actor: Actor, text: string): Promise<ClaimCsvPreview> {
  assertCan(actor, "claim.create");
  const { rows, errors } = parseClaimCsv(text, ZClaimCreate);
  const [statuses, articles] = await Promise.all([rowStatuses(db, rows), matchArticles(db, rows)]);
  return {
    total: rows.length + new Set(errors.filter((e) => e.row > 1).map((e) => e.row)).size,
    newCount: count(statuses, "new"),
    existingCount: count(statuses, "already imported"),
    repeatedCount: count(statuses, "repeated in file"),
    errors,
    sample: rows.slice(0, SAMPLE_ROWS).map((r, i) => ({
      row: r.row,
      statement: r.claim.statement,
      speaker: r.claim.newSpeakerName ?? null,
      article: articles.get(r.row)?.title ?? null,
      status: statuses[i],
    })),
  };
}

/** What a background job hands an import: progress reports, and a step run in the import's transaction. */
export interface ImportHooks<R> {
  progress?: (done: number, total: number) => Promise<void>;
  /** runs last inside the transaction that saves the rows (or alone, when the input is refused) */
  commit?: (tx: Tx | typeof db, result: R) => Promise<void>;
}

/**
 * Imports the file's claims, all or none: every row is parsed and checked first; then one transaction
 * takes the write lock, reads which rows were imported before (same import key, skipped), writes the
 * rest, and runs the caller's commit step, so a failure anywhere writes nothing.
 */
export async function importClaimCsv(actor: Actor, text: string, hooks: ImportHooks<ClaimCsvImport> = {}): Promise<ClaimCsvImport> {
  assertCan(actor, "claim.create");
  const { rows, errors } = parseClaimCsv(text, ZClaimCreate);
  if (errors.length) {
    const refused: ClaimCsvImport = { ok: false, errors };
    await hooks.commit?.(db, refused);
    return refused;
  }
  await hooks.progress?.(0, rows.length);
  try {
    return await db.$transaction(
      async (tx): Promise<ClaimCsvImport> => {
        await lockForWriting(tx);
        const [statuses, articles] = await Promise.all([rowStatuses(tx, rows), matchArticles(tx, rows)]);
        const fresh = rows.filter((_, i) => statuses[i] === "new");
        const claimIds = await insertClaims(tx, actor, fresh.map((r) => ({ ...r.claim, articleId: articles.get(r.row)?.id, importKey: r.importKey })));
        const result: ClaimCsvImport = { ok: true, created: claimIds.length, existing: count(statuses, "already imported"), repeated: count(statuses, "repeated in file"), claimIds };
        await hooks.commit?.(tx, result);
        return result;
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    if ((error as { code?: string }).code === "P2002")
      throw new AppError("conflict", "Someone imported the same rows at the same moment. Nothing was imported; preview the file again.", { cause: error });
    throw error;
  }
}

/**
 * An article from an uploaded .txt, .md or .html file: the text is reduced to plain text and stored
 * through createArticle, which also looks for claims in it. The title comes from the file unless typed.
 */
export async function importArticleFile(actor: Actor, file: { bytes: Uint8Array; name: string }, fields: TArticleFileFields) {
  assertCan(actor, "article.create");
  const check = checkArticleFile(file);
  if (!check.ok) throw new AppError("invalid", `${check.reason} Nothing was imported.`, { fields: { file: [check.reason] } });
  const fromFile = articleFromFile(check.kind, check.text);
  // The typed fields are parsed already; only the title and body taken from the file are left to check.
  const parsed = ZArticleCreate.pick({ title: true, body: true }).safeParse({ title: fields.title ?? fromFile.title, body: fromFile.body });
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    // The body is the file's text, so its problems are the file's.
    if (errors.body) errors.file = errors.body.map((m) => m.replace("Article text", "The file's text"));
    if (errors.title && !fields.title) errors.title = ["The file has no title line; type a title."];
    throw new AppError("invalid", "Please correct the highlighted fields. Nothing was imported.", { fields: errors });
  }
  return createArticle(actor, { outlet: fields.outlet, url: fields.url, publishedAt: fields.publishedAt, ...parsed.data });
}
