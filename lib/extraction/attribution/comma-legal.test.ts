import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

describe("a company's name before a comma and a legal suffix", () => {
  it("leaves out the words opening the run that are no name's", () => {
    expect(who("The Tarvik Airlines Group, Inc. said its profit rose 14 percent.")).toEqual([[14, "Tarvik Airlines Group, Inc."]]);
    expect(who("On Monday Tarvik Airlines Group, Inc. announced a merger.\n\nTarvik Airlines Group said its profit rose 14 percent.")).toEqual([
      [14, "Tarvik Airlines Group, Inc."],
    ]);
  });
});
