import { describe, expect, it } from "vitest";
import { diffFields, pickFields } from "./audit-diff";

describe("diffFields", () => {
  it("reports only the listed fields that changed", () => {
    const d = diffFields({ a: 1, b: "x", c: 3, secret: 1 }, { a: 1, b: "y", c: 4, secret: 2 }, ["a", "b", "c"]);
    expect(d.changed).toEqual(["b", "c"]);
    expect(d.before).toEqual({ b: "x", c: 3 });
    expect(d.after).toEqual({ b: "y", c: 4 });
  });
  it("treats undefined and null alike and compares dates by value", () => {
    const d = diffFields(
      { a: undefined, when: new Date("2019-03-06T00:00:00Z") },
      { a: null, when: new Date("2019-03-06T00:00:00Z") },
      ["a", "when"],
    );
    expect(d.changed).toEqual([]);
  });
  it("picks fields with dates as ISO strings", () => {
    expect(pickFields({ when: new Date("2019-03-06T00:00:00Z"), x: 1 }, ["when"])).toEqual({ when: "2019-03-06T00:00:00.000Z" });
  });
});
