import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { titledPeople } from "./named-later";

/** speaker and attribution of each figure in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a headline closed by its source", () => {
  it("gives a bare title to the one person the article names with it", () => {
    const text = "Grain exports up 30% this year: Minister\n\nTrade Minister Ana Lopes said on Monday that exports rose 30% this year.";
    expect(who(text)[0]).toEqual([30, "Ana Lopes", "paraphrase"]);
  });

  it("does the same for a capitalised title after a dash", () => {
    const text = "Refining reaches 40% of capacity - Energy Minister\n\nThe plant refined 500,000 barrels a day, the country's Energy Minister Rui Costa said.";
    expect(who(text)[0]).toEqual([40, "Rui Costa", "paraphrase"]);
  });

  it("keeps the title when the article names no holder", () => {
    const text = "Grain exports up 30% this year: Minister\n\nExports rose strongly, the ministry said.";
    expect(who(text)[0]).toEqual([30, "minister", "paraphrase"]);
  });

  it("reads 'govt' as 'government'", () => {
    const text = "Floods kill 8 in the north: govt official\n\nFloods killed eight people on Thursday, a government official said.";
    expect(who(text)[0]).toEqual([8, "government official", "paraphrase"]);
  });

  it("does not take a headline's title and the next line's name for one person", () => {
    expect(titledPeople("Exports up: Minister\n\nTrade Minister Ana Lopes spoke.").map((p) => p.name)).toEqual(["Ana Lopes"]);
  });
});

describe("a described source with a phrase after it", () => {
  it("is the source, not the thing the phrase names", () => {
    expect(who("A senior fire officer involved in the rescue said 40 people were saved.")).toEqual([[40, "senior fire officer", "paraphrase"]]);
    expect(who("An economist based in Nairobi said prices would rise 12% next year.")).toEqual([[12, "economist", "paraphrase"]]);
  });

  it("leaves a phrase after a name that is no source alone", () => {
    expect(who("A car involved in the crash hit 3 poles, police said.")).toEqual([[3, "police", "paraphrase"]]);
  });
});

describe("a body's measurement", () => {
  it("is according to the body when it pegged a figure at a value", () => {
    expect(who("The Northern Seismology Institute had pegged the quake at a magnitude of 6.4.")).toEqual([[6.4, "Northern Seismology Institute", "according_to"]]);
  });

  it("is an estimate when analysts pegged it", () => {
    expect(who("Analysts pegged the damage at $2 billion.")).toEqual([[2_000_000_000, "analysts", "paraphrase"]]);
  });

  it("makes no speaker of a person who pegs nothing at a value", () => {
    expect(who("The trader pegs 5 stalls to the wall.")).toEqual([[5, null, "unattributed"]]);
  });
});

describe("speech relayed by an outlet", () => {
  it("belongs to the one who spoke, not the outlet that reported it", () => {
    const text = "President Ana Lopes said no effort would be spared to help victims of a 6.3 magnitude quake that injured more than 700 people, state television reported on Monday.";
    expect(who(text)).toEqual([[6.3, "Ana Lopes", "paraphrase"], [700, "Ana Lopes", "paraphrase"]]);
  });

  it("stays with the outlet when no one speaks before it", () => {
    expect(who("The quake injured more than 700 people, state television reported on Monday.")).toEqual([[700, "state television", "paraphrase"]]);
  });
});
