import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DATA = path.resolve(import.meta.dirname, "..");

describe("the data layer", () => {
  it("has a test file beside every module", () => {
    const files = fs.readdirSync(DATA);
    const modules = files.filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.filter((m) => !files.includes(m.replace(/\.ts$/, ".test.ts")))).toEqual([]);
  });
});
