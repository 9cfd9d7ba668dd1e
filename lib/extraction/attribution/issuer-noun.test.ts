import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { issuerNounOf } from "./issuer-noun";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a document named by the body noun keeping it", () => {
  it("cites the body for 'according to government figures', 'police reports', 'customs data'", () => {
    expect(who("Reservoirs rose to 72 per cent of capacity, according to government data.")).toEqual([[72, "government", "according_to"]]);
    expect(who("According to police reports, four children were among the injured.")).toEqual([[4, "police", "according_to"]]);
    expect(who("Imports rose 9 percent, according to customs figures.")).toEqual([[9, "customs", "according_to"]]);
  });
  it("leaves documents of no body as written", () => {
    expect(who("Sales rose 3 percent, according to media reports.")).toEqual([[3, "media reports", "according_to"]]);
    expect(who("Sales rose 4 percent, according to industry data.")).toEqual([[4, "industry data", "according_to"]]);
    expect(issuerNounOf("official data")).toBeNull();
    expect(issuerNounOf("Government figures")).toBe("government");
  });
  it("gives a capitalised 'Ministry/Army/Police figures' to the body the article named with that word", () => {
    const second = (text: string) => who(text)[1];
    expect(second("The Norland Health Ministry said on Monday that 40 people had died. Ministry figures show 12 more were in hospital.")).toEqual([12, "Norland Health Ministry", "according_to"]);
    expect(second("The Norland Army said on Monday that 40 soldiers had died. Army figures show 12 more were in hospital.")).toEqual([12, "Norland Army", "according_to"]);
    expect(second("The Norland Police Service said on Monday that 40 people had died. Police figures show 12 more were in hospital.")).toEqual([12, "Norland Police Service", "according_to"]);
    expect(second("The Norland Police Service said 3 people died. Four children were hurt, according to Police reports.")).toEqual([4, "Norland Police Service", "according_to"]);
    // With no such body named, the noun alone, as before.
    expect(who("Government figures show 12 people were in hospital.")).toEqual([[12, "government", "according_to"]]);
    expect(who("Army figures show 12 soldiers were in hospital.")).toEqual([[12, "army", "according_to"]]);
  });
});
