import { describe, expect, it } from "vitest";
import { serverNodeOptions } from "./server-node-options.mjs";

describe("serverNodeOptions", () => {
  it("caps the heap at SERVER_HEAP_MB, and leaves V8 alone without it", () => {
    expect(serverNodeOptions({ SERVER_HEAP_MB: "256" })).toEqual(["--max-old-space-size=256"]);
    expect(serverNodeOptions({ SERVER_HEAP_MB: " 1024 " })).toEqual(["--max-old-space-size=1024"]);
    expect(serverNodeOptions({})).toEqual([]);
    expect(serverNodeOptions({ SERVER_HEAP_MB: "" })).toEqual([]);
  });

  it("refuses what is not a whole number of megabytes, or too little to run the server", () => {
    for (const value of ["64", "256mb", "1.5", "-300", "lots"]) {
      expect(() => serverNodeOptions({ SERVER_HEAP_MB: value })).toThrow(`SERVER_HEAP_MB must be a whole number of megabytes, at least 128 (got "${value}").`);
    }
  });
});
