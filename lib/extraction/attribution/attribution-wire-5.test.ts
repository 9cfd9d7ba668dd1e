import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a possessive owner before up to three words and a document noun", () => {
  it("is the source of the document", () => {
    expect(who("According to the government's most recent figures, 4,000 people are homeless.")).toEqual([[4000, "government", "according_to"]]);
    expect(who("According to the ministry's latest monthly data, 612 schools closed.")).toEqual([[612, "ministry", "according_to"]]);
    expect(who("Exports fell 3%, the ministry's most recent monthly data show.")).toEqual([[3, "ministry", "according_to"]]);
  });

  it("leaves a document with no owner as the document", () => {
    expect(who("According to a new and very detailed study, 4,000 people are homeless.")).toEqual([[4000, "new and very detailed study", "according_to"]]);
  });
});

describe("\"Official\" before a capitalised word", () => {
  it("is part of the name when the word is no title", () => {
    expect(who("The law takes effect in 30 days, according to Official Gazette.")).toEqual([[30, "Official Gazette", "according_to"]]);
    expect(who("According to the Velmar Election Board decision published in the Official Gazette, 12 seats changed hands.")).toEqual([[12, "Official Gazette", "according_to"]]);
  });

  it("stays a title before a person", () => {
    expect(who("The bill passed with 30 votes, Official Spokesman Tom Hale said.")).toEqual([[30, "Tom Hale", "paraphrase"]]);
    expect(who("The bill passed with 30 votes, according to Official Spokesman Tom Hale.")).toEqual([[30, "Tom Hale", "according_to"]]);
  });
});
