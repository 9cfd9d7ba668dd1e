import { describe, expect, it } from "vitest";
import { countOverTime, describeReportFilter, formatShare, summarizeReport, weekStart, type SummaryClaim } from "./report-summary";

const TRUE = { name: "True", colour: "#bfe6c9", reviewValue: 5 };
const FALSE = { name: "False", colour: "#f6c1bd", reviewValue: 1 };
const MOSTLY_FALSE = { name: "Mostly false", colour: "#fcd0b0", reviewValue: 2 };
const UNVERIFIABLE = { name: "Unverifiable", colour: "#dcdcec", reviewValue: null };

function claim(fields: Partial<SummaryClaim> = {}): SummaryClaim {
  return {
    publishedAt: new Date("2026-03-04T10:00:00Z"),
    value: null,
    low: null,
    high: null,
    rating: TRUE,
    speaker: null,
    article: { id: 1 },
    corrections: [],
    ...fields,
  };
}

describe("summarizeReport", () => {
  it("counts verdicts, articles, speakers, figures and corrections", () => {
    const summary = summarizeReport([
      claim({ value: 17, speaker: { name: "Mustafa Bali", kind: "person" }, corrections: [{}] }),
      claim({ rating: UNVERIFIABLE, speaker: { name: "Mustafa Bali", kind: "person" }, article: { id: 2 } }),
      claim({ rating: FALSE, low: 40, high: 50, speaker: { name: "Associated Press", kind: "organization" } }),
      claim({ rating: MOSTLY_FALSE, article: null, corrections: [{}, {}] }),
    ]);
    expect(summary).toMatchObject({ verdicts: 4, articles: 2, speakers: 2, unattributed: 1, withFigure: 2, corrections: 3, falseOrMostlyFalse: 2, falseShare: 0.5 });
  });

  it("orders ratings by the scale and keeps each rating's colour", () => {
    const summary = summarizeReport([claim({ rating: UNVERIFIABLE }), claim(), claim(), claim({ rating: FALSE })], ["True", "False", "Unverifiable"]);
    expect(summary.byRating).toEqual([
      { name: "True", colour: "#bfe6c9", count: 2 },
      { name: "False", colour: "#f6c1bd", count: 1 },
      { name: "Unverifiable", colour: "#dcdcec", count: 1 },
    ]);
  });

  it("ranks the top ten speakers by count, then name, and keeps same-named speakers of different kinds apart", () => {
    const claims = Array.from({ length: 12 }, (_, i) => claim({ speaker: { name: `Speaker ${String(i).padStart(2, "0")}`, kind: "person" } }));
    claims.push(claim({ speaker: { name: "Speaker 11", kind: "person" } }), claim({ speaker: { name: "Speaker 11", kind: "organization" } }));
    const { topSpeakers, speakers } = summarizeReport(claims);
    expect(speakers).toBe(13);
    expect(topSpeakers).toHaveLength(10);
    expect(topSpeakers[0]).toEqual({ name: "Speaker 11", count: 2 });
    expect(topSpeakers.slice(1, 4).map((s) => s.name)).toEqual(["Speaker 00", "Speaker 01", "Speaker 02"]);
  });

  it("has an empty state: no share, no series", () => {
    const summary = summarizeReport([]);
    expect(summary).toMatchObject({ verdicts: 0, falseShare: null, byRating: [], topSpeakers: [], overTime: { periods: [] } });
    expect(formatShare(summary.falseShare)).toBe("–");
    expect(formatShare(2 / 3)).toBe("67%");
  });
});

describe("countOverTime", () => {
  it("starts weeks on Monday (UTC)", () => {
    expect(weekStart(new Date("2026-03-08T23:00:00Z")).toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(weekStart(new Date("2026-03-02T00:00:00Z")).toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it("counts per week over short spans, with empty weeks in between", () => {
    const series = countOverTime([new Date("2026-03-03T09:00:00Z"), new Date("2026-03-05T09:00:00Z"), new Date("2026-03-18T09:00:00Z")]);
    expect(series.unit).toBe("week");
    expect(series.periods).toEqual([
      { key: "2026-03-02", label: "Week of 2 Mar 2026", count: 2 },
      { key: "2026-03-09", label: "Week of 9 Mar 2026", count: 0 },
      { key: "2026-03-16", label: "Week of 16 Mar 2026", count: 1 },
    ]);
  });

  it("counts per month over long spans", () => {
    const series = countOverTime([new Date("2025-11-30T09:00:00Z"), new Date("2026-04-01T09:00:00Z"), new Date("2026-04-20T09:00:00Z")]);
    expect(series.unit).toBe("month");
    expect(series.periods.map((p) => [p.key, p.count])).toEqual([["2025-11", 1], ["2025-12", 0], ["2026-01", 0], ["2026-02", 0], ["2026-03", 0], ["2026-04", 2]]);
    expect(series.periods[0].label).toBe("Nov 2025");
  });
});

describe("describeReportFilter", () => {
  it("says what the selection is, one phrase per filter", () => {
    expect(describeReportFilter({})).toEqual([]);
    expect(
      describeReportFilter({ from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-01-31T00:00:00Z"), speaker: "Zana Amedi", rating: "True", assignee: "Chris Checker" }),
    ).toEqual(["Published from 1 Jan 2026 to 31 Jan 2026", "Speaker: Zana Amedi", "Rating: True", "Assigned to: Chris Checker"]);
    expect(describeReportFilter({ to: new Date("2026-01-31T00:00:00Z"), article: "Storm" })).toEqual(["Published to 31 Jan 2026", "Article: Storm"]);
  });
});
