import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { normalizeSpeakerName } from "./speaker-name";

describe("normalizeSpeakerName", () => {
  it("folds case, accents, punctuation and spacing", () => {
    expect(normalizeSpeakerName("  José  Ramírez ")).toBe("jose ramirez");
    expect(normalizeSpeakerName("U.S. State Department")).toBe("u s state department");
    expect(normalizeSpeakerName("MUSTAFA BALI")).toBe(normalizeSpeakerName("Mustafa Bali"));
  });
  it("keeps different names apart", () => {
    expect(normalizeSpeakerName("Zana Amedi")).not.toBe(normalizeSpeakerName("Zana Ahmadi"));
  });
});

describe("a one-word name for a person quoted with a longer name", () => {
  const whoSp = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

  it("is the one person quoted whose name has that word before its last, written family name in the middle or after an honour", () => {
    const middle = "“Home prices dropped 14 percent in March,” said Tomas Lok Chi-wing, who heads research at Quayside Estates. Lok expects prices to slip 6 percent this year.";
    expect(whoSp(middle)).toEqual([
      [14, "Tomas Lok Chi-wing"],
      [6, "Tomas Lok Chi-wing"],
    ]);
    const honour = "“Profit rose 15 percent,” said Sheikh Omar bin Rashid, chairman of the airline. Sheikh Omar said 20 aircraft would join the fleet.";
    expect(whoSp(honour)).toEqual([
      [15, "Omar bin Rashid"],
      [20, "Omar bin Rashid"],
    ]);
  });

  it("keeps the word when two people quoted have it", () => {
    const two = "“Sales fell 12 percent,” said Tomas Lok Chi-wing. “Rents rose 3 percent,” said Mina Lok Wing-yee. Lok believes prices will fall 5 percent.";
    expect(whoSp(two)[2]).toEqual([5, "Lok"]);
  });
});
