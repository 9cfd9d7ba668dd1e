import { describe, expect, it } from "vitest";
import { currentEstimate, ESTIMATE_WINDOW_DAYS } from "./estimate";
import type { TrackedReport } from "./conflicts";

let next = 1;
function report(day: string, source: string, qualifier: string, value: number | null, low: number | null = value, high: number | null = value): TrackedReport {
  return { claimId: next++, date: new Date(`${day}T00:00:00Z`), source, qualifier, value, low, high, unit: "civilian" };
}

describe("currentEstimate", () => {
  it("takes each source's latest report and gives low, best (median) and high", () => {
    const estimate = currentEstimate(
      [
        report("2019-02-18", "SDF", "exact", 5000),
        report("2019-02-20", "SDF", "approximately", 6000),
        report("2019-02-20", "AP", "at_least", 5000, 5000, null),
        report("2019-02-21", "UN", "range", null, 5500, 7000),
      ],
      "level",
    );
    expect(estimate).toMatchObject({ low: 5000, best: 6000, high: 7000, sources: 3 });
    expect(estimate!.asOf.toISOString().slice(0, 10)).toBe("2019-02-21");
  });

  it("leaves out sources whose latest report is older than the window", () => {
    const old = report("2019-01-01", "Old wire", "exact", 100);
    const fresh = report(`2019-01-${String(2 + ESTIMATE_WINDOW_DAYS).padStart(2, "0")}`, "New wire", "exact", 900);
    expect(currentEstimate([old, fresh], "level")).toMatchObject({ low: 900, best: 900, high: 900, sources: 1, claimIds: [fresh.claimId] });
  });

  it("never lets a running total fall below an earlier report's floor", () => {
    const estimate = currentEstimate([report("2019-02-01", "SDF", "at_least", 20000, 20000, null), report("2019-02-20", "Wire", "exact", 3000)], "cumulative");
    expect(estimate).toMatchObject({ low: 20000, best: 20000, high: 20000, sources: 1 });
    expect(currentEstimate([report("2019-02-01", "SDF", "at_least", 20000, 20000, null), report("2019-02-20", "Wire", "exact", 3000)], "level")).toMatchObject({ low: 3000, best: 3000 });
  });

  it("uses the 10% reach of 'nearly' for the low end", () => {
    expect(currentEstimate([report("2019-02-01", "SDF", "nearly", 20000, null, 20000)], "level")).toMatchObject({ low: 18000, best: 20000, high: 20000 });
  });

  it("has no estimate without a numeric report", () => {
    expect(currentEstimate([], "level")).toBeNull();
    expect(currentEstimate([report("2019-02-01", "SDF", "exact", null)], "level")).toBeNull();
  });
});
