import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { findConflicts } from "@/lib/figures/conflicts";
import { trackerCsv, trackerJson, type ExportableReport, type ExportableTracker } from "./tracker-export";

const report = (claimId: number, day: string, qualifier: string, value: number, low: number | null, high: number | null, statement = "A report"): ExportableReport => ({
  claimId, date: new Date(`${day}T00:00:00Z`), dateFrom: "as_of", source: "Wire", qualifier, value, low, high, unit: "truck",
  statement, speakerName: null, article: { id: 1, title: "T", outlet: "Wire", url: "https://example.org/a" },
});

function tracker(): ExportableTracker {
  const reports = [report(1, "2019-02-20", "at_least", 17, 17, null, "=HYPERLINK(\"x\")"), report(2, "2019-02-20", "approximately", 10, 10, 10)];
  return { id: 4, description: "Trucks leaving Baghouz", unit: "truck", kind: "level", createdAt: new Date(0), updatedAt: new Date(0), reports, conflicts: findConflicts(reports, "level"), estimate: null };
}

describe("tracker exports", () => {
  it("gives intervals with open ends as null, and conflicts by claim id", () => {
    const json = trackerJson(tracker());
    expect(json.reports[0]).toMatchObject({ claimId: 1, figure: "at least 17 trucks", interval: { low: 17, high: null, lowOpen: false, highOpen: true } });
    expect(json.reports[1].interval).toEqual({ low: 9, high: 11, lowOpen: false, highOpen: false });
    expect(json.conflicts).toEqual([expect.objectContaining({ kind: "same_window", firstClaimId: 1, secondClaimId: 2 })]);
  });

  it("writes one CSV row per report, formulas neutralised, naming conflicting claims", () => {
    const rows = parse(trackerCsv(tracker()), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ claim_id: "1", figure: "at least 17 trucks", interval_low: "17", interval_high: "", conflicts_with: "2" });
    expect(rows[0].statement).toBe("'=HYPERLINK(\"x\")");
    expect(rows[1].conflicts_with).toBe("1");
  });
});
