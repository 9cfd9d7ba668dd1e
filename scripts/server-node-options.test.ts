import { describe, expect, it } from "vitest";
import { DEFAULT_SERVER_HEAP_MB, serverNodeOptions } from "./server-node-options.mjs";

describe("serverNodeOptions", () => {
  it("caps the heap at SERVER_HEAP_MB, at the default without it, and not at all when it is off", () => {
    expect(serverNodeOptions({ SERVER_HEAP_MB: "256" })).toEqual(["--max-old-space-size=256"]);
    expect(serverNodeOptions({ SERVER_HEAP_MB: " 2048 " })).toEqual(["--max-old-space-size=2048"]);
    expect(serverNodeOptions({})).toEqual([`--max-old-space-size=${DEFAULT_SERVER_HEAP_MB}`]);
    expect(serverNodeOptions({ SERVER_HEAP_MB: "" })).toEqual([`--max-old-space-size=${DEFAULT_SERVER_HEAP_MB}`]);
    expect(serverNodeOptions({ SERVER_HEAP_MB: "off" })).toEqual([]);
    expect(serverNodeOptions({ SERVER_HEAP_MB: "OFF" })).toEqual([]);
  });

  it("refuses what is not a whole number of megabytes, or too little to run the server", () => {
    for (const value of ["64", "256mb", "1.5", "-300", "lots"]) {
      expect(() => serverNodeOptions({ SERVER_HEAP_MB: value })).toThrow(`SERVER_HEAP_MB must be a whole number of megabytes (at least 128) or off (got "${value}").`);
    }
  });
});
