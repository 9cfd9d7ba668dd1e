import { describe, expect, it } from "vitest";
import { sameLabelNumber } from "./eval-label-number";

describe("comparing an extracted number with a label's", () => {
  it("matches a fraction the label prints rounded to three or more decimals", () => {
    expect(sameLabelNumber(2 / 3, 0.6667)).toBe(true);
    expect(sameLabelNumber(1 / 3, 0.333)).toBe(true);
  });
  it("keeps every other number exact", () => {
    expect(sameLabelNumber(0.6, 0.6667)).toBe(false);
    expect(sameLabelNumber(2.51, 2.5)).toBe(false);
    expect(sameLabelNumber(1001, 1000)).toBe(false);
    expect(sameLabelNumber(0.6668, 0.6667)).toBe(false);
    expect(sameLabelNumber(null, 0)).toBe(false);
    expect(sameLabelNumber(null, null)).toBe(true);
  });
});
