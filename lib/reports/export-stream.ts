/** The report exports as streams of chunks (CSV, JSON, ClaimReview JSON-LD), a batch of claims at a time. */
import { stringify } from "csv-stringify/sync";
import { buildClaimReviews, type ClaimReviewSource, type ReviewOrganization } from "@/lib/reports/claim-review";
import { REPORT_COLUMNS, toReportJson, toReportRow, type ReportClaim, type ReportRow } from "@/lib/reports/report-rows";
import { neutralizeCell } from "@/lib/reports/spreadsheet-safe";

type Batches<T> = AsyncIterable<T[]>;

/**
 * A response body that pulls one chunk at a time from `chunks`: the next batch is read from the database only
 * when the client has taken the previous one, so an export of any size holds one batch in memory.
 */
export function streamOf(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** CSV with a byte-order mark (for spreadsheets) and a header row; every text cell spreadsheet-safe. */
export async function* csvChunks(batches: Batches<ReportClaim>): AsyncGenerator<string> {
  yield "\uFEFF" + stringify([], { header: true, columns: [...REPORT_COLUMNS] });
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield batch.map((claim) => csvLine(toReportRow(claim))).join("");
  }
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV record as csv-stringify writes it (a cell is quoted when it holds a comma, a quote or a line break;
 * quotes doubled; the line ends in "\n"), written directly: the library's per-cell options cost more than
 * reading the row from the database.
 */
export function csvLine(row: ReportRow): string {
  let line = "";
  for (let i = 0; i < REPORT_COLUMNS.length; i++) {
    const cell = neutralizeCell(row[REPORT_COLUMNS[i]]);
    const text = typeof cell === "number" ? String(cell) : NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    line += i === 0 ? text : `,${text}`;
  }
  return line + "\n";
}

/** The JSON export: one chunk a batch (a chunk per claim costs the stream more than the claim's formatting). */
export async function* jsonChunks(batches: Batches<ReportClaim>): AsyncGenerator<string> {
  yield `{"generatedAt":${JSON.stringify(new Date().toISOString())},"claims":[`;
  let separator = "";
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield separator + batch.map((claim) => JSON.stringify(toReportJson(claim))).join(",");
    separator = ",";
  }
  yield "]}";
}

/**
 * The warnings of every record, kept as a claim id and the number of its list of warnings (records share a
 * handful of lists), a few bytes a record where the listed objects cost a hundred: an export of a million
 * records that all lack, say, the organisation's address holds megabytes, not hundreds of them, until the
 * list is written after the graph.
 */
class WarningLog {
  private ids = new Int32Array(1024);
  private lists = new Uint16Array(1024);
  private count = 0;
  private readonly known: string[][] = [];
  private readonly numbers = new Map<string, number>();

  add(claimId: number, warnings: string[]) {
    const key = warnings.join("\n");
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.known.push(warnings) - 1;
      this.numbers.set(key, number);
    }
    if (this.count === this.ids.length) {
      this.ids = grow(this.ids, new Int32Array(this.count * 2));
      this.lists = grow(this.lists, new Uint16Array(this.count * 2));
    }
    this.ids[this.count] = claimId;
    this.lists[this.count++] = number;
  }

  /** The warnings as JSON list items, up to `size` records a chunk. */
  *chunks(size: number): Generator<string> {
    const lists = this.known.map((warnings) => JSON.stringify(warnings));
    for (let from = 0; from < this.count; from += size) {
      const items: string[] = [];
      for (let i = from; i < Math.min(from + size, this.count); i++) items.push(`{"claimId":${this.ids[i]},"warnings":${lists[this.lists[i]]}}`);
      yield (from ? "," : "") + items.join(",");
    }
  }
}

function grow<T extends Int32Array | Uint16Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/**
 * One ClaimReview per exportable claim in an `@graph`; the claims that cannot be exported, with their
 * reasons, and the records' missing recommended fields follow the graph. Records go out a batch at a time
 * from the first batch. Without an organisation name no claim can be a record, so the graph is empty and the
 * skipped claims stream out instead, a batch at a time; otherwise a skipped claim is rare (a published claim
 * has a statement and a rating) and is held until the graph is written.
 */
export async function* claimReviewChunks(
  batches: Batches<ClaimReviewSource>,
  org: ReviewOrganization,
  baseUrl: string,
): AsyncGenerator<string> {
  if (!org.name.trim()) {
    yield `{"@context":"https://schema.org","@graph":[],"skipped":[`;
    let separator = "";
    for await (const batch of batches) {
      const { skipped } = buildClaimReviews(batch, org, baseUrl);
      if (skipped.length === 0) continue;
      yield separator + skipped.map((entry) => JSON.stringify(entry)).join(",");
      separator = ",";
    }
    yield `],"warnings":[]}`;
    return;
  }
  const skipped: ReturnType<typeof buildClaimReviews>["skipped"] = [];
  const warnings = new WarningLog();
  yield `{"@context":"https://schema.org","@graph":[`;
  let separator = "";
  for await (const batch of batches) {
    const built = buildClaimReviews(batch, org, baseUrl);
    skipped.push(...built.skipped);
    for (const entry of built.warnings) warnings.add(entry.claimId, entry.warnings);
    if (built.records.length === 0) continue;
    // The document's context covers the records; they need not repeat it.
    yield separator + built.records.map((record) => JSON.stringify({ ...record, "@context": undefined })).join(",");
    separator = ",";
  }
  yield `],"skipped":${JSON.stringify(skipped)},"warnings":[`;
  yield* warnings.chunks(EXPORT_CHUNK_RECORDS);
  yield "]}";
}

const EXPORT_CHUNK_RECORDS = 500;

/** How many claims cannot be exported as ClaimReview, counted without keeping them. */
export async function countUnexportable(batches: Batches<ClaimReviewSource>, org: ReviewOrganization, baseUrl: string) {
  let count = 0;
  for await (const batch of batches) count += buildClaimReviews(batch, org, baseUrl).skipped.length;
  return count;
}
