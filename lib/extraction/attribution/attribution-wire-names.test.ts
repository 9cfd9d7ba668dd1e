import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a body with a dotted abbreviation after 'according to'", () => {
  it.each([
    ["Domestic flights carried 4.8 million travellers in July, according to data published by the U.S. Department of Transportation.", 4_800_000, "U.S. Department of Transportation"],
    ["Retail sales rose 4%, according to the U.S. Census Bureau.", 4, "U.S. Census Bureau"],
    ["Some 3,000 families fled, according to figures from the U.N. World Food Programme.", 3000, "U.N. World Food Programme"],
    ["Exports fell 2%, according to the U.K. Office for National Statistics, which publishes them monthly.", 2, "U.K. Office for National Statistics"],
  ])("%s", (text, value, speaker) => {
    expect(who(text)).toEqual([[value, speaker, "according_to"]]);
  });

  it("still ends the source at the sentence's full stop", () => {
    expect(who("Output rose 3%, according to the Harlow Institute. A. Brandt chairs it.")[0]).toEqual([3, "Harlow Institute", "according_to"]);
  });
});

describe("a company as business copy names it", () => {
  it("drops the company's kind written before its name at the start of the sentence", () => {
    expect(who("Miner Northvale Resources said on Tuesday it produced 4.2 million tonnes of ore.")).toEqual([[4_200_000, "Northvale Resources", "paraphrase"]]);
    expect(who("Carmaker Belmont Motors said it sold 120,000 vehicles in June.")).toEqual([[120_000, "Belmont Motors", "paraphrase"]]);
  });

  it("drops the stock code printed after the name", () => {
    expect(who("Northvale Resources NVR.L said it produced 4.2 million tonnes of ore.")).toEqual([[4_200_000, "Northvale Resources", "paraphrase"]]);
    expect(who("Oct 3 (Reuters) - Lender Castlegate Bank CGB.L said profit rose 12%.")).toEqual([[12, "Castlegate Bank", "paraphrase"]]);
  });

  it("keeps a name that only looks like one: initials after a name, a kind word that is the name", () => {
    expect(who("\"We counted 40 boats,\" said Ravi Menon K.P, a fisherman.")[0]?.[1]).toBe("Ravi Menon K.P");
    expect(who("Utility Workers Union said 2,000 members voted.")[0]?.[1]).toBe("Utility Workers Union");
    expect(who("The airline Skyrun said it flew 2,000 flights.")[0]?.[1]).toBe("Skyrun");
  });
});
