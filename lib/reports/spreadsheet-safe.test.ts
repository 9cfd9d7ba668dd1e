import { describe, expect, it } from "vitest";
import { neutralizeCell } from "./spreadsheet-safe";

describe("neutralizeCell", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\")"])("neutralises %j", (cell) => {
    expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });
  it("leaves ordinary text and numbers alone", () => {
    expect(neutralizeCell("Nearly 20,000 civilians")).toBe("Nearly 20,000 civilians");
    expect(neutralizeCell("a=b")).toBe("a=b");
    expect(neutralizeCell(-5)).toBe(-5);
    expect(neutralizeCell(null)).toBe("");
  });
});
