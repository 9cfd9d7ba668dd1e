import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("definite descriptions refer back to sources described earlier", () => {
  it("gives 'the spokesman' to the unnamed spokesman described before", () => {
    const text = "Nine bridges were washed away, said a provincial police spokesman. Also, 14 schools were shut, the spokesman said.";
    expect(who(text)).toEqual([
      [9, "provincial police spokesman", "paraphrase"],
      [14, "provincial police spokesman", "paraphrase"],
    ]);
  });
  it("keeps a bare plural as written: only 'the' refers back", () => {
    const text = "Port workers walked out, harbour officials said. About 300 ships waited, officials said.";
    expect(who(text)).toEqual([
      [null, "harbour officials", "paraphrase"],
      [300, "officials", "paraphrase"],
    ]);
  });
});

describe("what describes a source is not its name", () => {
  it("drops a relative clause after a source named after the verb", () => {
    expect(who("Six people were hurt, said a district council spokeswoman who gave the toll as eight.")[0]).toEqual([6, "district council spokeswoman", "paraphrase"]);
  });
  it("drops a relative clause after 'according to'", () => {
    expect(who("Soil loss doubled in 20 years, according to a group of agronomists who studied 400 farms.")[0]).toEqual([20, "group of agronomists", "according_to"]);
  });
  it("reads a word capitalised only to open the sentence as no speaker", () => {
    const text = "The board said 40 new cases were found. Cumulative confirmed cases reached 310, according to the board. The cumulative total is rising.";
    expect(who(text)[1]).toEqual([310, "board", "according_to"]);
  });
  it("skips a capitalised title of a body set off by commas", () => {
    expect(who("Marta van Dijk, Festival Director and Chair of Tulip Events, said 80,000 people came.")).toEqual([[80_000, "Marta van Dijk", "paraphrase"]]);
  });
  it("skips a town-and-state place inside an apposition", () => {
    expect(who("Lakeside Regional Clinic, a hospital in Dover, Delaware, said it treated 23 people.")).toEqual([[23, "Lakeside Regional Clinic", "paraphrase"]]);
  });
  it("drops a legislator's title and reads a long description closed by a title", () => {
    expect(who("Congresswoman Ada Price said 30 homes were lost.")).toEqual([[30, "Ada Price", "paraphrase"]]);
    expect(who("“We moved 200 families,” North Vale district relief minister K. Anand Pillai told reporters.")).toEqual([[200, "K. Anand Pillai", "direct_quote"]]);
  });
});
