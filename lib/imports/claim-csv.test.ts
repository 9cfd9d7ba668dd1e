import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { parseClaimCsv, unneutralizeCell } from "./claim-csv";
import { REPORT_COLUMNS, toReportRow, type ReportClaim } from "@/lib/reports/report-rows";
import { neutralizeCell } from "@/lib/reports/spreadsheet-safe";
import { ZClaimCreate } from "@/lib/validation/claim";

const csv = (rows: string[][]) => stringify(rows);
const parse = (text: string) => parseClaimCsv(text, ZClaimCreate);

describe("unneutralizeCell", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx"])("takes back the export's apostrophe on %j", (cell) => {
    expect(unneutralizeCell(String(neutralizeCell(cell)))).toBe(cell);
  });
  it("keeps apostrophes that are part of the text", () => {
    expect(unneutralizeCell("'Tis the season")).toBe("'Tis the season");
    expect(unneutralizeCell("O'Brien said")).toBe("O'Brien said");
  });
});

describe("parseClaimCsv", () => {
  it("maps the columns to a claim, with speaker, figure and article reference", () => {
    const text = csv([
      ["statement", "speaker", "speaker_kind", "attribution", "qualifier", "value", "unit", "as_of", "article_title", "article_url"],
      ["At least 240 homes were destroyed.", "Maria Lopez", "person", "paraphrase", "at_least", "240", "homes", "2024-03-01", "Storm", "https://example.org/a"],
    ]);
    const { rows, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0].row).toBe(2);
    expect(rows[0].claim).toMatchObject({
      statement: "At least 240 homes were destroyed.",
      newSpeakerName: "Maria Lopez",
      newSpeakerKind: "person",
      attribution: "paraphrase",
      qualifier: "at_least",
      value: 240,
      unit: "homes",
    });
    expect(rows[0].claim.asOf?.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(rows[0].article).toEqual({ title: "Storm", url: "https://example.org/a" });
  });

  it("reports each bad cell by row and column", () => {
    const text = csv([
      ["statement", "qualifier", "value", "speaker_kind"],
      ["Fine row.", "", "", ""],
      ["", "", "", ""],
      ["A figure without a qualifier.", "", "12", ""],
      ["A robot said it.", "", "", "robot"],
    ]);
    const { errors } = parse(text);
    expect(errors).toContainEqual({ row: 3, column: "statement", message: "Statement is required." });
    expect(errors).toContainEqual(expect.objectContaining({ row: 4, column: "qualifier" }));
    expect(errors).toContainEqual(expect.objectContaining({ row: 5, column: "speaker_kind" }));
    expect(errors.some((e) => e.row === 2)).toBe(false);
  });

  it("gives the same key to the same content however it is typed, and different keys otherwise", () => {
    const one = parse(csv([["statement", "value", "qualifier"], ["Nearly  20,000 left.", "20,000", "nearly"]])).rows[0];
    const two = parse(csv([["qualifier", "statement", "value"], ["nearly", "nearly 20,000 left.", "20000"]])).rows[0];
    const other = parse(csv([["statement", "value", "qualifier"], ["Nearly 20,000 left.", "21000", "nearly"]])).rows[0];
    expect(one.importKey).toBe(two.importKey);
    expect(one.importKey).not.toBe(other.importKey);
  });

  it("refuses a file without a statement column, an empty file and broken CSV", () => {
    expect(parse("speaker\nX\n").errors[0]).toMatchObject({ row: 1, column: "statement" });
    expect(parse("").errors[0].message).toMatch(/empty/);
    expect(parse('statement\n"unclosed\n').errors[0].message).toMatch(/not valid CSV/);
  });

  it("reads back the report export, neutralised cells and byte-order mark included", () => {
    const claim: ReportClaim = {
      id: 7,
      statement: "-5 degrees was the low, officials said.",
      excerpt: "=SUM(A1) is not a formula here",
      attribution: "according_to",
      qualifier: "range",
      value: null,
      low: 10,
      high: 20,
      unit: "people",
      asOf: new Date("2024-01-02T00:00:00Z"),
      status: "published",
      explanation: "Checked.",
      publishedAt: new Date(),
      rating: { name: "True", reviewValue: 5 },
      corrections: [],
      speaker: { name: "@Ministry", kind: "organization", description: "The ministry" },
      article: { id: 1, title: "An article", outlet: "Wire", url: null, publishedAt: null },
      evidence: [{ kind: "url", title: "Bulletin", url: "https://example.org", stance: "supports", notes: null }],
    };
    const row = toReportRow(claim);
    const text = stringify([REPORT_COLUMNS.map((c) => neutralizeCell(row[c]))], { header: true, columns: [...REPORT_COLUMNS], bom: true });
    const { rows, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(rows[0].claim).toMatchObject({
      statement: claim.statement,
      excerpt: claim.excerpt,
      newSpeakerName: "@Ministry",
      newSpeakerKind: "organization",
      qualifier: "range",
      low: 10,
      high: 20,
    });
    expect(rows[0].article).toEqual({ title: "An article", url: undefined });
  });
});
