import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("records and recorded", () => {
  it("reads 'records' before an amount as a body's record of it (its data)", () => {
    expect(who("The Health Bureau records a total of 4,210 measles cases this year.")).toEqual([[4210, "Health Bureau", "according_to"]]);
  });

  it("keeps 'records' a noun after a determiner or before its own verb", () => {
    expect(who("Hospital records list 40 admissions a day, the ministry said.")).toEqual([[40, "ministry", "paraphrase"]]);
    expect(who("The Harbour Board said its records list 6 wrecks.")).toEqual([[6, "Harbour Board", "paraphrase"]]);
  });

  it("gives no source to a place where a count was recorded", () => {
    expect(who("Northern Visayas recorded 3,100 cases as of June 2.")).toEqual([[3100, null, "unattributed"]]);
    expect(who("Greater Lisbon, recorded 812 cases in May.")).toEqual([[812, null, "unattributed"]]);
  });

  it("keeps a body or a person already quoted who recorded a count: the body's record, the person's word", () => {
    expect(who("The Weather Bureau recorded 210 millimetres of rain.")).toEqual([[210, "Weather Bureau", "according_to"]]);
    const text = "Health Secretary Lina Farro said 3 patients died. Farro recorded 4 new cases on Friday.";
    expect(who(text)).toEqual([
      [3, "Lina Farro", "paraphrase"],
      [4, "Lina Farro", "paraphrase"],
    ]);
  });
});

describe("a country written as its initials recording a count", () => {
  it("gives the count to no one, like a place named in full", () => {
    expect(who("The U.S. has recorded 940 cases of the disease this year.")).toEqual([[940, null, "unattributed"]]);
    expect(who("The UK recorded 41 deaths on Sunday.")).toEqual([[41, null, "unattributed"]]);
  });

  it("keeps a body whose name opens with the initials", () => {
    expect(who("The U.S. Geological Survey recorded 300 aftershocks.")).toEqual([[300, "U.S. Geological Survey", "according_to"]]);
    expect(who("U.S. officials recorded 940 cases.")).toEqual([[940, "U.S. officials", "paraphrase"]]);
  });
});

describe("'recorded' for sound or pictures", () => {
  it("makes no source of a video or songs recorded", () => {
    expect(who("Fire officials said 40 homes burned. Families recorded shaky video of their flight from 3 towns.")[1]).toEqual([3, null, "unattributed"]);
    expect(who("The band recorded 12 songs in Harlow.")).toEqual([[12, null, "unattributed"]]);
  });

  it("keeps a body recording a count", () => {
    expect(who("The weather office recorded 204 mm of rain.")[0][1]).toBe("weather office");
  });
});
