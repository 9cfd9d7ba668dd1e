/** The report exports as streams of chunks (CSV, JSON, ClaimReview JSON-LD), a batch of claims at a time. */
import { stringify } from "csv-stringify/sync";
import { buildClaimReviews, type ClaimReviewSource, type ReviewOrganization } from "@/lib/reports/claim-review";
import { REPORT_COLUMNS, toReportJson, toReportRow, type ReportClaim } from "@/lib/reports/report-rows";
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
    const rows = batch.map((claim) => {
      const row = toReportRow(claim);
      return REPORT_COLUMNS.map((column) => neutralizeCell(row[column]));
    });
    yield stringify(rows);
  }
}

export async function* jsonChunks(batches: Batches<ReportClaim>): AsyncGenerator<string> {
  yield `{"generatedAt":${JSON.stringify(new Date().toISOString())},"claims":[`;
  let first = true;
  for await (const batch of batches) {
    for (const claim of batch) {
      yield (first ? "" : ",") + JSON.stringify(toReportJson(claim));
      first = false;
    }
  }
  yield "]}";
}

/**
 * One ClaimReview per exportable claim in an `@graph`; the claims that cannot be exported, with their
 * reasons, and the records' missing recommended fields follow the graph.
 */
export async function* claimReviewChunks(
  batches: Batches<ClaimReviewSource>,
  org: ReviewOrganization,
  baseUrl: string,
): AsyncGenerator<string> {
  const skipped: ReturnType<typeof buildClaimReviews>["skipped"] = [];
  const warnings: ReturnType<typeof buildClaimReviews>["warnings"] = [];
  yield `{"@context":"https://schema.org","@graph":[`;
  let first = true;
  for await (const batch of batches) {
    const built = buildClaimReviews(batch, org, baseUrl);
    skipped.push(...built.skipped);
    warnings.push(...built.warnings);
    for (const record of built.records) {
      // The document's context covers the records; they need not repeat it.
      yield (first ? "" : ",") + JSON.stringify({ ...record, "@context": undefined });
      first = false;
    }
  }
  yield `],"skipped":${JSON.stringify(skipped)},"warnings":${JSON.stringify(warnings)}}`;
}

/** How many claims cannot be exported as ClaimReview, counted without keeping them. */
export async function countUnexportable(batches: Batches<ClaimReviewSource>, org: ReviewOrganization, baseUrl: string) {
  let count = 0;
  for await (const batch of batches) count += buildClaimReviews(batch, org, baseUrl).skipped.length;
  return count;
}
