import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mismatch, valid, type Components, type JsonSchema } from "./json-schema";

const components: Components = {
  Error: { type: "object", properties: { code: { type: "string", enum: ["invalid"] } }, required: ["code"] },
};
const claim: JsonSchema = {
  type: "object",
  properties: {
    id: { type: "integer", exclusiveMinimum: 0 },
    asOf: { type: ["string", "null"], format: "date" },
    statement: { type: "string", minLength: 1, maxLength: 20 },
    error: { $ref: "#/components/schemas/Error" },
  },
  required: ["id", "statement"],
  additionalProperties: false,
};

describe("the fuzzer's JSON Schema support", () => {
  it("generates only values its own validator accepts", () => {
    fc.assert(fc.property(valid(claim, components, () => [7]), (value) => mismatch(claim, value, components) === null), { seed: 1, numRuns: 200 });
  });

  it("names the first thing an answer gets wrong", () => {
    expect(mismatch(claim, { id: 1, statement: "ok" }, components)).toBeNull();
    expect(mismatch(claim, { id: 0, statement: "ok" }, components)).toBe("$.id: not above 0");
    expect(mismatch(claim, { id: 1.5, statement: "ok" }, components)).toBe("$.id: number where the document says integer");
    expect(mismatch(claim, { id: 1 }, components)).toBe("$: statement is missing");
    expect(mismatch(claim, { id: 1, statement: "ok", extra: 1 }, components)).toBe("$: extra is not in the document");
    expect(mismatch(claim, { id: 1, statement: "ok", error: { code: "other" } }, components)).toBe('$.error.code: "other" is not one of ["invalid"]');
    expect(mismatch(claim, { id: 1, statement: "x".repeat(21) }, components)).toBe("$.statement: longer than 20");
  });
});
