import { describe, expect, it } from "vitest";
import { conflictBetween, findConflicts, inSameWindow, type TrackedReport } from "./conflicts";

let next = 1;
function report(day: string, qualifier: string, value: number | null, extra: Partial<TrackedReport> = {}): TrackedReport {
  const bounds = qualifier === "at_least" || qualifier === "more_than" ? { low: value, high: null } : qualifier === "nearly" ? { low: null, high: value } : { low: value, high: value };
  return { claimId: next++, date: new Date(`${day}T00:00:00Z`), qualifier, value, ...bounds, unit: "civilian", source: "Wire", ...extra };
}

describe("same-window conflicts", () => {
  it("flags two same-day reports that cannot both hold, naming both and why", () => {
    const ap = report("2019-02-20", "at_least", 17, { unit: "truck", source: "Associated Press" });
    const sdf = report("2019-02-20", "approximately", 10, { unit: "truck", source: "Mustafa Bali" });
    const conflict = conflictBetween(ap, sdf, "level");
    expect(conflict).toMatchObject({ kind: "same_window", first: { claimId: ap.claimId }, second: { claimId: sdf.claimId } });
    expect(conflict!.reason).toBe("On 2019-02-20, Associated Press said at least 17 trucks, i.e. [17, ∞) and Mustafa Bali said about 10 trucks, i.e. [9, 11]: no single number fits both.");
  });

  it("accepts same-day reports that overlap once 'about' is widened", () => {
    expect(conflictBetween(report("2019-02-20", "approximately", 10), report("2019-02-20", "exact", 11), "level")).toBeNull();
    expect(conflictBetween(report("2019-02-20", "approximately", 10), report("2019-02-20", "exact", 12), "level")).not.toBeNull();
  });

  it("does not compare reports of different days in a level tracker", () => {
    expect(conflictBetween(report("2019-02-20", "exact", 5), report("2019-02-21", "exact", 50), "level")).toBeNull();
    expect(inSameWindow(new Date("2019-02-20T00:00:00Z"), new Date("2019-02-20T23:59:00Z"))).toBe(true);
    expect(inSameWindow(new Date("2019-02-20T23:00:00Z"), new Date("2019-02-21T01:00:00Z"))).toBe(false);
  });

  it("never flags a report without a number", () => {
    expect(conflictBetween(report("2019-02-20", "exact", null), report("2019-02-20", "exact", 50), "cumulative")).toBeNull();
  });
});

describe("cumulative order", () => {
  it("flags a later report entirely below an earlier one, earlier first", () => {
    const early = report("2019-02-01", "nearly", 20000);
    const late = report("2019-02-20", "exact", 3000);
    for (const [a, b] of [[early, late], [late, early]]) {
      const conflict = conflictBetween(a, b, "cumulative");
      expect(conflict).toMatchObject({ kind: "cumulative_fall", first: { claimId: early.claimId }, second: { claimId: late.claimId } });
      expect(conflict!.reason).toContain("A running total cannot fall: on 2019-02-01");
    }
  });

  it("allows a later report that rises, or that still reaches the earlier floor", () => {
    expect(conflictBetween(report("2019-02-01", "exact", 3000), report("2019-02-20", "nearly", 20000), "cumulative")).toBeNull();
    expect(conflictBetween(report("2019-02-01", "at_least", 100), report("2019-02-02", "approximately", 95), "cumulative")).toBeNull();
    expect(conflictBetween(report("2019-02-01", "at_least", 100), report("2019-02-02", "less_than", 100), "cumulative")).not.toBeNull();
  });

  it("does not apply to level trackers: a price may fall", () => {
    expect(conflictBetween(report("2019-02-01", "exact", 300), report("2019-02-20", "exact", 3), "level")).toBeNull();
  });
});

describe("findConflicts", () => {
  it("lists every conflicting pair once, oldest first, and nothing for agreeing reports", () => {
    const a = report("2019-02-18", "nearly", 20000);
    const b = report("2019-02-20", "exact", 3000);
    const c = report("2019-02-20", "exact", 19500);
    const d = report("2019-02-21", "at_least", 19000);
    const conflicts = findConflicts([d, c, b, a], "cumulative");
    expect(conflicts.map((x) => [x.kind, x.first.claimId, x.second.claimId])).toEqual([
      ["cumulative_fall", a.claimId, b.claimId],
      ["same_window", b.claimId, c.claimId],
    ]);
    expect(findConflicts([a, c, d], "cumulative")).toEqual([]);
  });
});
