/**
 * Claims from a CSV file with the report export's columns (REPORT_COLUMNS). Pure: parses, un-does the
 * export's spreadsheet neutralising, maps columns to the claim form's fields, validates each row with
 * the claim schema the caller passes in (the claim form's, from lib/validation) and gives each row a
 * stable import key. Finding articles and writing is the data layer's job.
 */
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { REPORT_COLUMNS } from "@/lib/reports/report-rows";
import { normalizeSpeakerName } from "@/lib/extraction/attribution/speaker-name";

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 5000;

/** A problem with one cell (or the whole row, or the file when `row` is 0). Row 1 is the header. */
export interface CsvRowError {
  row: number;
  column: string;
  message: string;
}

/** The claim fields a row's import key is made of; the claim form's schema gives them all. */
export interface ImportedClaim {
  statement: string;
  excerpt?: string;
  newSpeakerName?: string;
  newSpeakerKind?: string;
  attribution: string;
  qualifier?: string | null;
  value?: number;
  low?: number;
  high?: number;
  unit?: string;
  asOf?: Date;
}

/** What checks one row's fields: any zod schema whose output is an ImportedClaim fits. */
export interface ClaimRowSchema<C extends ImportedClaim> {
  safeParse(fields: unknown): { success: true; data: C } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export interface ClaimCsvRow<C extends ImportedClaim = ImportedClaim> {
  row: number;
  claim: C;
  /** how to find the claim's article; it is linked only when one matches */
  article: { title?: string; url?: string };
  importKey: string;
}

export interface ClaimCsvResult<C extends ImportedClaim = ImportedClaim> {
  rows: ClaimCsvRow<C>[];
  errors: CsvRowError[];
}

type ReportColumn = (typeof REPORT_COLUMNS)[number];

/**
 * The export's columns the import reads, by the claim-form field each fills (the others, such as figure,
 * rating and evidence, are derived or belong to the verdict and are ignored). Typed against the export's
 * list, so renaming an export column fails the build instead of silently dropping it from imports.
 */
const FIELD_COLUMNS = {
  statement: "statement",
  excerpt: "excerpt",
  newSpeakerName: "speaker",
  newSpeakerKind: "speaker_kind",
  newSpeakerDescription: "speaker_description",
  attribution: "attribution",
  qualifier: "qualifier",
  value: "value",
  low: "low",
  high: "high",
  unit: "unit",
  asOf: "as_of",
} as const satisfies Record<string, ReportColumn>;
const ARTICLE_COLUMNS = ["article_title", "article_url"] as const satisfies readonly ReportColumn[];

const READ_COLUMNS = [...Object.values(FIELD_COLUMNS), ...ARTICLE_COLUMNS];
type ReadColumn = (typeof READ_COLUMNS)[number];

/** Which column a claim-form field came from, so its errors point at the cell. */
const columnOf = (field: string): string => (Object.hasOwn(FIELD_COLUMNS, field) ? FIELD_COLUMNS[field as keyof typeof FIELD_COLUMNS] : field);

/**
 * The export puts an apostrophe before a cell that a spreadsheet would run as a formula; reading it
 * back, that apostrophe goes. Other apostrophes are the author's and stay.
 */
export function unneutralizeCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

const headerName = (cell: string) => cell.trim().toLowerCase().replace(/[\s-]+/g, "_");

function parseRecords(text: string): string[][] | CsvRowError {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { row: 0, column: "", message: `The file is not valid CSV${line ? ` (near line ${line})` : ""}. Nothing was imported.` };
  }
}

/** Lower-cased, single-spaced text, for keys that ignore how a row was typed. */
const norm = (value: string | undefined) => (value ?? "").normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
const num = (value: number | undefined) => (value === undefined ? "" : String(value));

/** sha256 of what the row says (not of its position), so the same claim in any file gets the same key. */
export function claimImportKey(claim: ImportedClaim, article: { title?: string; url?: string }): string {
  const content = [
    norm(claim.statement),
    norm(claim.excerpt),
    normalizeSpeakerName(claim.newSpeakerName ?? ""),
    claim.newSpeakerName ? claim.newSpeakerKind : "",
    claim.attribution,
    claim.qualifier ?? "",
    num(claim.value),
    num(claim.low),
    num(claim.high),
    norm(claim.unit),
    claim.asOf ? claim.asOf.toISOString().slice(0, 10) : "",
    norm(article.url),
    norm(article.url ? "" : article.title),
  ];
  return `csv1:${createHash("sha256").update(JSON.stringify(content)).digest("hex")}`;
}

/** A row's cells as the claim form's fields. */
function mapRow(cells: Record<ReadColumn, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(FIELD_COLUMNS).map(([field, column]) => [field, cells[column]]));
}

/** Parses and validates every row with `rowSchema`; the file is importable only when `errors` is empty. */
export function parseClaimCsv<C extends ImportedClaim>(text: string, rowSchema: ClaimRowSchema<C>): ClaimCsvResult<C> {
  const records = parseRecords(text);
  if (!Array.isArray(records)) return { rows: [], errors: [records] };
  const [header, ...data] = records;
  if (!header) return { rows: [], errors: [{ row: 0, column: "", message: "The file is empty." }] };
  const names = header.map((cell) => headerName(unneutralizeCell(cell)));
  if (!names.includes("statement"))
    return { rows: [], errors: [{ row: 1, column: "statement", message: `The header has no "statement" column. Use the columns of the report export: ${REPORT_COLUMNS.join(", ")}.` }] };
  if (data.length === 0) return { rows: [], errors: [{ row: 0, column: "", message: "The file has a header but no rows." }] };
  if (data.length > MAX_CSV_ROWS)
    return { rows: [], errors: [{ row: 0, column: "", message: `The file has ${data.length} rows; import at most ${MAX_CSV_ROWS} at a time.` }] };

  const rows: ClaimCsvRow<C>[] = [];
  const errors: CsvRowError[] = [];
  data.forEach((record, index) => {
    const row = index + 2;
    if (record.length > names.length) {
      errors.push({ row, column: "", message: `The row has ${record.length} cells but the header has ${names.length}.` });
      return;
    }
    const cells = Object.fromEntries(READ_COLUMNS.map((column) => {
      const at = names.indexOf(column);
      return [column, at >= 0 && record[at] !== undefined ? unneutralizeCell(record[at]) : undefined];
    })) as Record<ReadColumn, string | undefined>;
    const parsed = rowSchema.safeParse(mapRow(cells));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row, column: columnOf(String(issue.path[0] ?? "")), message: issue.message });
      return;
    }
    const article = { title: cells.article_title?.trim() || undefined, url: cells.article_url?.trim() || undefined };
    rows.push({ row, claim: parsed.data, article, importKey: claimImportKey(parsed.data, article) });
  });
  return { rows, errors };
}
