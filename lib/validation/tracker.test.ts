import { describe, expect, it } from "vitest";
import { ZTrackerCreate } from "./tracker";

describe("ZTrackerCreate", () => {
  it("stores what is counted under its canonical name", () => {
    const parse = (unit: string) => ZTrackerCreate.parse({ description: "Grain shipped", unit, kind: "cumulative" }).unit;
    expect(parse("Kilometre")).toBe("kilometer");
    expect(parse("metric ton")).toBe("tonne");
    expect(parse("Hong Kong dollar")).toBe("hk dollar");
    expect(parse("ton")).toBe("ton");
    expect(parse("Civilian")).toBe("civilian");
  });
});
