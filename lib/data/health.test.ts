import { describe, expect, it } from "vitest";
import { isDatabaseUp } from "./health";

describe("isDatabaseUp", () => {
  it("is true when the database answers", async () => {
    await expect(isDatabaseUp()).resolves.toBe(true);
  });
});
