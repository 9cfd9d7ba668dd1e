import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { claimReviewChunks, csvChunks, csvLine, jsonChunks, streamOf } from "./export-stream";
import { REPORT_COLUMNS, type ReportRow } from "./report-rows";
import { neutralizeCell } from "./spreadsheet-safe";
import { buildClaimReviews } from "./claim-review";
import type { ReportClaim } from "./report-rows";

function claim(id: number, statement: string): ReportClaim & { asOf: Date | null } {
  return {
    id,
    statement,
    excerpt: null,
    attribution: "paraphrase",
    qualifier: "at_least",
    value: 17,
    low: 17,
    high: null,
    unit: "truck",
    asOf: null,
    status: "published",
    explanation: "Footage shows 17.",
    publishedAt: new Date("2026-11-01T00:00:00Z"),
    rating: { name: "True", reviewValue: 5 },
    corrections: [],
    speaker: { name: "Mustafa Bali", kind: "person", description: "spokesman" },
    article: { id: 1, title: "A", outlet: "AP", url: "https://example.org/a", publishedAt: new Date("2019-02-20T00:00:00Z") },
    evidence: [],
  };
}

async function* batches<T>(...groups: T[][]) {
  for (const group of groups) yield group;
}

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("streamed exports", () => {
  it("CSV: one header, rows from every batch, formulas neutralised", async () => {
    const bytes = new Uint8Array(await new Response(streamOf(csvChunks(batches([claim(1, "=1+1")], [claim(2, "Plain"), claim(3, "@cmd")])))).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark spreadsheets look for
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith("claim_id,statement")).toBe(true);
    expect(csv.match(/^claim_id,/gm)).toHaveLength(1);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.statement)).toEqual(["'=1+1", "Plain", "'@cmd"]);
    expect(rows[1].figure).toBe("at least 17 trucks");
  });

  it("JSON: a valid document across batches, also when empty", async () => {
    const json = JSON.parse(await text(streamOf(jsonChunks(batches([claim(1, "A")], [], [claim(2, "B")])))));
    expect(json.claims.map((c: { statement: string }) => c.statement)).toEqual(["A", "B"]);
    expect(JSON.parse(await text(streamOf(jsonChunks(batches()))))).toMatchObject({ claims: [] });
  });

  it("ClaimReview: records in @graph, unexportable claims listed after it", async () => {
    const ok = JSON.parse(await text(streamOf(claimReviewChunks(batches([claim(1, "A"), claim(2, "B")]), { name: "Desk", url: "https://desk.example" }, "https://desk.example"))));
    expect(ok["@context"]).toBe("https://schema.org");
    expect(ok["@graph"].map((r: { claimReviewed: string }) => r.claimReviewed)).toEqual(["A", "B"]);
    expect(ok.skipped).toEqual([]);
    const noOrg = JSON.parse(await text(streamOf(claimReviewChunks(batches([claim(1, "A")]), { name: "", url: "" }, "https://desk.example"))));
    expect(noOrg["@graph"]).toEqual([]);
    expect(noOrg.skipped[0]).toMatchObject({ claimId: 1 });
  });

  /** Batches that say how many of them have been read, so a test can see what was sent before the last one. */
  function counted<T>(groups: T[][]) {
    const read = { batches: 0, finished: false };
    async function* source() {
      for (const group of groups) {
        read.batches++;
        yield group;
      }
      read.finished = true;
    }
    return { read, source: source() };
  }

  const desk = { name: "Desk", url: "" };
  const many = (from: number, count: number) => Array.from({ length: count }, (_, i) => claim(from + i, `Claim ${from + i}`));

  it("ClaimReview: the first records go out after the first batch is read, not after the last", async () => {
    const { read, source } = counted([many(1, 3), many(4, 3), many(7, 3)]);
    const reader = streamOf(claimReviewChunks(source, desk, "https://desk.example")).getReader();
    const decoder = new TextDecoder();
    let sent = "";
    while (!sent.includes("Claim 1")) sent += decoder.decode((await reader.read()).value);
    expect(read.batches).toBeLessThan(3); // the stream may have asked for the next batch already, never the last
    expect(read.finished).toBe(false);
    expect(sent).toContain("Claim 3");
    expect(sent).not.toContain("Claim 4");
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) sent += decoder.decode(chunk.value);
    expect(read.finished).toBe(true);
    const document = JSON.parse(sent);
    expect(document["@graph"].map((r: { claimReviewed: string }) => r.claimReviewed)).toEqual(many(1, 9).map((c) => c.statement));
  });

  it("ClaimReview: a valid JSON-LD document whose skipped claims and warnings are those of the claims built at once", async () => {
    const claims = many(1, 1200);
    claims[3] = { ...claims[3], statement: " " }; // no statement: skipped
    claims[700] = { ...claims[700], rating: null }; // no rating: skipped
    claims[5] = { ...claims[5], speaker: null }; // a second kind of warning
    claims[1100] = { ...claims[1100], publishedAt: null, article: null };
    const groups = [claims.slice(0, 500), [], claims.slice(500, 1000), claims.slice(1000)];
    const document = JSON.parse(await text(streamOf(claimReviewChunks(counted(groups).source, desk, "https://desk.example"))));
    const expected = buildClaimReviews(claims, desk, "https://desk.example");
    expect(document["@context"]).toBe("https://schema.org");
    expect(document["@graph"]).toEqual(JSON.parse(JSON.stringify(expected.records.map((r) => ({ ...r, "@context": undefined })))));
    expect(document["@graph"]).toHaveLength(1198);
    expect(document.skipped).toEqual(expected.skipped);
    expect(document.warnings).toEqual(expected.warnings);
    expect(document.warnings).toHaveLength(1198);
    expect(document.warnings.find((w: { claimId: number }) => w.claimId === 1101).warnings).toEqual(expected.warnings.find((w) => w.claimId === 1101)!.warnings);
  });

  it("ClaimReview without an organisation name: the skipped claims stream out from the first batch", async () => {
    const { read, source } = counted([many(1, 2), many(3, 2)]);
    const reader = streamOf(claimReviewChunks(source, { name: " ", url: "" }, "https://desk.example")).getReader();
    const decoder = new TextDecoder();
    let sent = "";
    while (!sent.includes('"claimId":1,')) sent += decoder.decode((await reader.read()).value);
    expect(read.finished).toBe(false);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) sent += decoder.decode(chunk.value);
    const document = JSON.parse(sent);
    expect(document["@graph"]).toEqual([]);
    expect(document.skipped.map((s: { claimId: number }) => s.claimId)).toEqual([1, 2, 3, 4]);
    expect(document.skipped[0].reasons).toEqual([expect.stringMatching(/^author\.name/)]);
    expect(document.warnings).toEqual([]);
  });

  it("JSON: the first claims go out after the first batch is read", async () => {
    const { read, source } = counted([many(1, 2), many(3, 2)]);
    const reader = streamOf(jsonChunks(source)).getReader();
    const decoder = new TextDecoder();
    let sent = "";
    while (!sent.includes("Claim 2")) sent += decoder.decode((await reader.read()).value);
    expect(read.finished).toBe(false);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) sent += decoder.decode(chunk.value);
    expect(JSON.parse(sent).claims.map((c: { claim_id: number }) => c.claim_id)).toEqual([1, 2, 3, 4]);
  });

  it("CSV: each line is what csv-stringify writes for the same cells, whatever they hold", () => {
    const cell = fc.oneof(fc.constant(null), fc.double({ noNaN: true }), fc.integer(), fc.string(), fc.constantFrom('a,b', 'say "x"', "two\nlines", "cr\r", "=SUM(A1)", "-3", ""));
    fc.assert(
      fc.property(fc.array(cell, { minLength: REPORT_COLUMNS.length, maxLength: REPORT_COLUMNS.length }), (cells) => {
        const row = Object.fromEntries(REPORT_COLUMNS.map((column, i) => [column, cells[i]])) as ReportRow;
        expect(csvLine(row)).toBe(stringify([REPORT_COLUMNS.map((column) => neutralizeCell(row[column]))]));
      }),
      { numRuns: 500 },
    );
  });
});
