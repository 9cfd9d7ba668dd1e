import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEFAULT_SERVER_HEAP_MB, DEFAULT_SERVER_SEMI_SPACE_MB, serverNodeOptions } from "./server-node-options.mjs";

const heap = (mb: number) => `--max-old-space-size=${mb}`;
const semi = (mb: number) => `--max-semi-space-size=${mb}`;

describe("serverNodeOptions", () => {
  it("caps the heap at SERVER_HEAP_MB, at the default without it, and not at all when it is off", () => {
    expect(serverNodeOptions({ SERVER_HEAP_MB: "256" })).toEqual([heap(256), semi(DEFAULT_SERVER_SEMI_SPACE_MB)]);
    expect(serverNodeOptions({ SERVER_HEAP_MB: " 2048 " })).toEqual([heap(2048), semi(DEFAULT_SERVER_SEMI_SPACE_MB)]);
    expect(serverNodeOptions({})).toEqual([heap(DEFAULT_SERVER_HEAP_MB), semi(DEFAULT_SERVER_SEMI_SPACE_MB)]);
    expect(serverNodeOptions({ SERVER_HEAP_MB: "" })).toEqual([heap(DEFAULT_SERVER_HEAP_MB), semi(DEFAULT_SERVER_SEMI_SPACE_MB)]);
    expect(serverNodeOptions({ SERVER_HEAP_MB: "off" })).toEqual([semi(DEFAULT_SERVER_SEMI_SPACE_MB)]);
    expect(serverNodeOptions({ SERVER_HEAP_MB: "OFF" })).toEqual([semi(DEFAULT_SERVER_SEMI_SPACE_MB)]);
  });

  it("sizes the young generation at SERVER_SEMI_SPACE_MB, 32 MB without it, and leaves it to V8 when it is off", () => {
    expect(DEFAULT_SERVER_SEMI_SPACE_MB).toBe(32);
    expect(serverNodeOptions({ SERVER_SEMI_SPACE_MB: "64" })).toEqual([heap(DEFAULT_SERVER_HEAP_MB), semi(64)]);
    expect(serverNodeOptions({ SERVER_SEMI_SPACE_MB: "off" })).toEqual([heap(DEFAULT_SERVER_HEAP_MB)]);
    expect(serverNodeOptions({ SERVER_SEMI_SPACE_MB: "off", SERVER_HEAP_MB: "off" })).toEqual([]);
  });

  it("refuses what is not a whole number of megabytes in range", () => {
    for (const value of ["64", "256mb", "1.5", "-300", "lots"]) {
      expect(() => serverNodeOptions({ SERVER_HEAP_MB: value })).toThrow(`SERVER_HEAP_MB must be a whole number of megabytes (128 to 65536) or off (got "${value}").`);
    }
    for (const value of ["0", "512", "16mb", "2.5"]) {
      expect(() => serverNodeOptions({ SERVER_SEMI_SPACE_MB: value })).toThrow(`SERVER_SEMI_SPACE_MB must be a whole number of megabytes (1 to 256) or off (got "${value}").`);
    }
  });

  it("gives options this Node.js accepts", () => {
    for (const env of [{}, { SERVER_HEAP_MB: "off", SERVER_SEMI_SPACE_MB: "256" }, { SERVER_HEAP_MB: "128", SERVER_SEMI_SPACE_MB: "1" }]) {
      const run = spawnSync(process.execPath, [...serverNodeOptions(env), "-e", "process.exit(0)"], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    }
  });
});
