import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CONFLICT_LIMIT, conflictBetween, findConflicts, inSameWindow, type TrackedReport } from "./conflicts";

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

describe("findConflicts, compared with every pair", () => {
  const QUALIFIERS = ["exact", "approximately", "at_least", "nearly", "more_than"];
  const everyPair = (reports: TrackedReport[], kind: "cumulative" | "level") => {
    const sorted = [...reports].sort((p, q) => p.date.getTime() - q.date.getTime() || p.claimId - q.claimId);
    const out = [];
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.push(conflictBetween(sorted[i], sorted[j], kind));
    return out.filter(Boolean).map((c) => [c!.kind, c!.first.claimId, c!.second.claimId]);
  };

  it("finds exactly the conflicts a comparison of every pair finds, in the same order, in both kinds of tracker", () => {
    const figure = fc.record({ day: fc.integer({ min: 1, max: 6 }), hour: fc.integer({ min: 0, max: 23 }), qualifier: fc.constantFrom(...QUALIFIERS), value: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 40 }), fc.constantFrom("cumulative" as const, "level" as const), (figures, kind) => {
        const reports = figures.map((f) => report(`2020-01-0${f.day}`, f.qualifier, f.value, { date: new Date(Date.UTC(2020, 0, f.day, f.hour)) }));
        expect(findConflicts(reports, kind).map((c) => [c.kind, c.first.claimId, c.second.claimId])).toEqual(everyPair(reports, kind));
      }),
      { numRuns: 300 },
    );
  });
});

describe("findConflicts on a long tracker", () => {
  const daily = (count: number, value: (i: number) => number) =>
    Array.from({ length: count }, (_, i) => report("2020-01-01", "exact", value(i), { date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000) }));

  it("does not compare every pair: a rising running total of 20,000 daily reports is checked in well under a second's work per thousand", () => {
    const reports = daily(20_000, (i) => 100 + i);
    const started = performance.now();
    expect(findConflicts(reports, "cumulative")).toEqual([]);
    // Every pair would be 200 million comparisons (tens of seconds); the sorted lookups are a few hundred thousand steps.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("stops at the limit, keeping the oldest conflicts, when a running total keeps falling", () => {
    const reports = daily(100, (i) => 10_000 - i);
    const found = findConflicts(reports, "cumulative", 300);
    expect(found).toHaveLength(300);
    expect(found.map((c) => [c.first.claimId, c.second.claimId])).toEqual(
      reports.slice(0, 4).flatMap((a, i) => reports.slice(i + 1).map((b) => [a.claimId, b.claimId])).slice(0, 300),
    );
    expect(findConflicts(reports, "cumulative")).toHaveLength(CONFLICT_LIMIT);
  });
});
