import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { issuerNounOf } from "./issuer-noun";
import { withoutOutletKind } from "./subject-words";

/** speaker and attribution of each figure in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("an outlet named after its kind and status", () => {
  it("names the outlet that carried or published figures by its name alone", () => {
    expect(who("Official figures carried by state-run television Kestrel TV showed 1.8 million pilgrims arrived.")).toEqual([[1_800_000, "Kestrel TV", "according_to"]]);
    expect(who("Figures published by state broadcaster Norvision showed 31 villages were flooded.")).toEqual([[31, "Norvision", "according_to"]]);
    expect(who("Data from the official news agency Pelita showed 640 flights were cancelled.")).toEqual([[640, "Pelita", "according_to"]]);
  });

  it("keeps an outlet with no name, and a day after its kind, as written", () => {
    expect(who("Figures carried by the state broadcaster showed 40 people died.")).toEqual([[40, "state broadcaster", "according_to"]]);
    expect(withoutOutletKind("state television Tuesday")).toBe("state television Tuesday");
    expect(withoutOutletKind("state news agency Pelita")).toBe("Pelita");
    expect(withoutOutletKind("government data")).toBe("government data");
  });
});

describe("a body's common noun before its data, after words of when or which kind", () => {
  it("cites the body the noun names", () => {
    expect(who("New government data show there were 31.2 million people in work.")).toEqual([[31_200_000, "government", "according_to"]]);
    expect(who("Latest police figures show 412 burglaries were reported.")).toEqual([[412, "police", "according_to"]]);
    expect(who("The latest customs data showed exports fell 6 percent.")).toEqual([[6, "customs", "according_to"]]);
  });

  it("cites the census for census data, however it opens", () => {
    expect(who("Census data show there were 8.4 million households.")).toEqual([[8_400_000, "census", "according_to"]]);
    expect(who("Preliminary census data show there were 8.4 million households.")).toEqual([[8_400_000, "census", "according_to"]]);
    expect(who("The census data show there were 8.4 million households.")).toEqual([[8_400_000, "census", "according_to"]]);
  });

  it("leaves data of no body, and a lower-case noun, alone", () => {
    expect(who("New data show exports fell 3 percent.")).toEqual([[3, null, "unattributed"]]);
    expect(issuerNounOf("new industry data")).toBeNull();
    expect(who("The Norland Government said 3 people died. New government data show 42 people were hurt.")[1]).toEqual([42, "government", "according_to"]);
  });
});

describe("a place's possessive before an unnamed source", () => {
  it("drops a place's common noun owning a group or a body", () => {
    expect(who("The kingdom's officials had predicted 2 million visitors.")).toEqual([[2_000_000, "officials", "paraphrase"]]);
    expect(who("The province's health authorities said 40 people died.")).toEqual([[40, "health authorities", "paraphrase"]]);
    expect(who("The country's authorities said 40 people died.")).toEqual([[40, "authorities", "paraphrase"]]);
  });

  it("keeps one holder of a title, and a company's possessive", () => {
    expect(who("The city's mayor said 40 people died.")).toEqual([[40, "city's mayor", "paraphrase"]]);
    expect(who("The company's officials said 40 people died.")).toEqual([[40, "company's officials", "paraphrase"]]);
  });

  it("drops a named place's possessive before a body's source noun", () => {
    expect(who("The lake drew 3 million visitors last year, Norland's government website says.")).toEqual([[3_000_000, "government website", "paraphrase"]]);
    expect(who("Tom Reed's website says 40 people died.")).toEqual([[40, "Tom Reed's website", "paraphrase"]]);
    expect(who("Norland's website says 40 people died.")).toEqual([[40, "Norland's website", "paraphrase"]]);
  });
});

describe("a name of dotted initials", () => {
  it("keeps the stop closing 'U.N.' and 'U.S.'", () => {
    expect(who("The U.N. report predicts arrivals will rise by 6 percent.")).toEqual([[6, "U.N.", "paraphrase"]]);
    expect(who("The U.S. said exports rose 2 percent.")).toEqual([[2, "U.S.", "paraphrase"]]);
    expect(who("Arrivals rose 6 percent, according to a U.N. report.")).toEqual([[6, "U.N.", "according_to"]]);
  });

  it("still drops a stop or comma closing another name", () => {
    expect(who("Exports rose 2 percent, said the Harbor Foods Co.")).toEqual([[2, "Harbor Foods Co", "paraphrase"]]);
  });
});
