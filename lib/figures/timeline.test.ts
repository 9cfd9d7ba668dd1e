import { describe, expect, it } from "vitest";
import { figureDomain, SOURCE_COLOURS, timelineMarks } from "./timeline";
import type { TrackedReport } from "./conflicts";

const r = (claimId: number, source: string, qualifier: string, value: number | null, low: number | null, high: number | null): TrackedReport => ({
  claimId, source, qualifier, value, low, high, unit: "truck", date: new Date("2019-02-20T00:00:00Z"),
});

describe("timelineMarks", () => {
  it("draws each qualifier as its documented shape with its interval's finite ends", () => {
    const marks = timelineMarks([
      r(1, "AP", "exact", 17, 17, 17),
      r(2, "SDF", "approximately", 10, 10, 10),
      r(3, "AP", "at_least", 17, 17, null),
      r(4, "Wire", "nearly", 20, null, 20),
      r(5, "Wire", "less_than", 20, null, 20),
      r(6, "UN", "range", null, 12, 16),
    ]);
    expect(marks.map((m) => [m.claimId, m.shape, m.low, m.high, m.y])).toEqual([
      [1, "point", 17, 17, 17],
      [2, "bar", 9, 11, 10],
      [3, "arrow_up", 17, null, 17],
      [4, "capped", 18, 20, 20],
      [5, "capped", null, 20, 20],
      [6, "bar", 12, 16, 14],
    ]);
    expect(marks[3].highOpen).toBe(true);
    expect(marks[2].figure).toBe("at least 17 trucks");
  });

  it("colours by source, the same source always the same colour", () => {
    const marks = timelineMarks([r(1, "AP", "exact", 1, 1, 1), r(2, "SDF", "exact", 2, 2, 2), r(3, "AP", "exact", 3, 3, 3)]);
    expect(marks.map((m) => m.colour)).toEqual([SOURCE_COLOURS[0], SOURCE_COLOURS[1], SOURCE_COLOURS[0]]);
  });

  it("leaves out reports without a number and sets an axis from zero", () => {
    const marks = timelineMarks([r(1, "AP", "exact", null, null, null), r(2, "AP", "exact", 100, 100, 100)]);
    expect(marks.map((m) => m.claimId)).toEqual([2]);
    expect(figureDomain(marks)[0]).toBe(0);
    expect(figureDomain(marks)[1]).toBeCloseTo(115);
    expect(figureDomain([])).toEqual([0, 1]);
  });
});
