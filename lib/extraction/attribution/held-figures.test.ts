import { describe, expect, it } from "vitest";
import { heldSpans } from "./held-figures";

describe("figures held by a source named after them", () => {
  it("finds the span of 'the 20-year term federal prosecutors sought'", () => {
    const s = "The term is far shorter than the 20-year term federal prosecutors sought.";
    const [span] = heldSpans(s);
    expect(span.speaker.name).toBe("federal prosecutors");
    expect(s.slice(span.start, span.end)).toBe("the 20-year term federal prosecutors sought");
  });

  it("finds nothing without a figure or without such a verb", () => {
    expect(heldSpans("The term prosecutors sought was long.")).toEqual([]);
    expect(heldSpans("The 20 prosecutors met on Monday.")).toEqual([]);
  });

  it("finds what a source sought in the active voice, and in the passive", () => {
    const s = "Prosecutors had sought a 12-year term, but the judge gave 8.";
    const [span] = heldSpans(s);
    expect(span.speaker.name).toBe("prosecutors");
    expect(s.slice(span.start, span.end)).toBe("Prosecutors had sought a 12-year term");
    const p = "It was below the $3bn profit forecast by analysts.";
    expect(p.slice(heldSpans(p)[0].start, heldSpans(p)[0].end)).toBe("the $3bn profit forecast by analysts");
  });
});
