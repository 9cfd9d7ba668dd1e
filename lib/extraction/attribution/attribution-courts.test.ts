import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { leadingName, trailingName } from "./names";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a numbered body's name", () => {
  it("goes on through the number after No.", () => {
    const text = "According to a ruling of the Dalian No. 4 Intermediate People's Court, Zhou took 640,000 yuan.";
    expect(who(text)).toEqual([[640_000, "Dalian No. 4 Intermediate People's Court", "according_to"]]);
    expect(trailingName("the Dalian No. 4 Intermediate Court".split(" ")).name).toEqual(["Dalian", "No.", "4", "Intermediate", "Court"]);
    expect(leadingName("Dalian No. 4 Intermediate Court said".split(" "))).toEqual(["Dalian", "No.", "4", "Intermediate", "Court"]);
  });

  it("still ends an according-to phrase at a sentence's own stop", () => {
    expect(who("Rents rose 9 percent, according to Dr. Lena Ortiz of the Housing Institute.")[0][1]).toBe("Lena Ortiz");
  });
});

describe("a ruling and an unnamed bench", () => {
  const court = "The Dalian Maritime Court fined the shipper 30,000 yuan on Monday. ";

  it("speak for the court the article named", () => {
    expect(who(`${court}The court ruling said the cargo was worth 2 million yuan.`)[1]).toEqual([2_000_000, "Dalian Maritime Court", "paraphrase"]);
    expect(who(`${court}The judges held that the crew of 12 had been negligent.`)[1]).toEqual([12, "Dalian Maritime Court", "paraphrase"]);
  });

  it("does not read a held object as a finding", () => {
    expect(who(`${court}Police held 30 sailors.`)[1]).toEqual([30, null, "unattributed"]);
  });

  it("leaves a ruling with no court named before to the phrase itself", () => {
    expect(who("The court ruling said 4 men fled.")).toEqual([[4, "court ruling", "paraphrase"]]);
  });
});

describe("a body's level written before its name", () => {
  const speakers = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

  it("keeps 'regional' or 'provincial' with the name, for later short forms too", () => {
    const text =
      "The appeal was rejected, according to a ruling of the provincial Supreme People's Court.\n\n" +
      "The provincial court also upheld a 12-year term for his brother.";
    expect(speakers(text)).toEqual([
      [null, "provincial Supreme People's Court"],
      [12, "provincial Supreme People's Court"],
    ]);
  });

  it("drops a modifier that is no level", () => {
    const text = "The appeal was rejected, according to a ruling of the new Supreme People's Court.\n\nThe court also upheld a 12-year term.";
    expect(speakers(text)).toEqual([
      [null, "Supreme People's Court"],
      [12, "Supreme People's Court"],
    ]);
  });
});

describe("what a bench finds", () => {
  const court = "The Vale Crown Court heard the case on Monday. ";

  it("is a that-clause or a verdict, reported as the court's", () => {
    expect(who(`${court}The court found that 3 men had lied.`)).toEqual([[3, "Vale Crown Court", "paraphrase"]]);
    expect(who(`${court}The court found the 3 men guilty of fraud.`)).toEqual([[3, "Vale Crown Court", "paraphrase"]]);
  });

  it("is not a thing come upon in a search", () => {
    expect(who(`${court}During the search they found £31,520 hidden in a shed.`)).toEqual([[31_520, null, "unattributed"]]);
  });
});
