import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a body's seat before its name", () => {
  it("drops a seat of two words or more written with '-based'", () => {
    expect(who("The Cape Town-based Norland Rights Trust said 30 people were held.")).toEqual([[30, "Norland Rights Trust", "paraphrase"]]);
    expect(who("Costa Rica-based Verdant Watch said 12 rivers were polluted.")).toEqual([[12, "Verdant Watch", "paraphrase"]]);
    const text =
      "The raid was “one of the worst in a decade,” the New Haven-based Norland Rights Trust (NRT) said in a report on Monday. NRT said 30 people were held.";
    expect(who(text)).toEqual([
      [null, "Norland Rights Trust", "direct_quote"],
      [30, "Norland Rights Trust", "paraphrase"],
    ]);
  });

  it("keeps a one-word seat's rule and a body with no seat as they were", () => {
    expect(who("Kremlin-backed Rossiya said 40 people were held.")).toEqual([[40, "Rossiya", "paraphrase"]]);
    expect(who("The New Haven Rights Trust said 30 people were held.")).toEqual([[30, "New Haven Rights Trust", "paraphrase"]]);
    expect(who("The US-led coalition said 12 strikes hit the port.")).toEqual([[12, "US-led coalition", "paraphrase"]]);
  });
});
