import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { claimReviewChunks, csvChunks, jsonChunks, streamOf } from "./export-stream";
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
});
