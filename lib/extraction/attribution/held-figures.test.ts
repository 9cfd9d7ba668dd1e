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
});
