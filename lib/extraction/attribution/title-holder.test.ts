import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { titledPeople } from "./named-later";
import { holderQuotedNext, soleTitleHolder } from "./title-holder";

const unknown = () => false;
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

describe("soleTitleHolder", () => {
  const people = titledPeople("Prime Minister Ana Lopes met Foreign Minister Rui Costa. Health Secretary Mara Quint and Health Secretary Ivo Sand spoke.");

  it("finds the one person named with every word of the title", () => {
    expect(soleTitleHolder(["prime", "minister"], people)).toBe("Ana Lopes");
    expect(soleTitleHolder(["foreign", "minister"], people)).toBe("Rui Costa");
  });

  it("refuses a title two people carry, and one nobody does", () => {
    expect(soleTitleHolder(["minister"], people)).toBeNull();
    expect(soleTitleHolder(["health", "secretary"], people)).toBeNull();
    expect(soleTitleHolder(["finance", "minister"], people)).toBeNull();
  });
});

describe("holderQuotedNext", () => {
  it("takes the bare full name closing the quotation that opens the next paragraph", () => {
    expect(holderQuotedNext(`\n\n"The figures show 40 new cases in the north," wrote Ana Lopes in a statement.`, unknown)).toBe("Ana Lopes");
    expect(holderQuotedNext(` "We counted 40 new cases this week," Ana Lopes said.`, unknown)).toBe("Ana Lopes");
  });

  it("refuses a titled name, a described name, a known name and a paragraph that opens otherwise", () => {
    expect(holderQuotedNext(`\n\n"We counted 40 new cases this week," said Mayor Ana Lopes.`, unknown)).toBeNull();
    expect(holderQuotedNext(`\n\n"We counted 40 new cases this week," said Ana Lopes, an opposition lawmaker.`, unknown)).toBeNull();
    expect(holderQuotedNext(`\n\n"We lost everything in one night," said Ana Lopes, who fled the floods.`, unknown)).toBeNull();
    expect(holderQuotedNext(`\n\n"We lost everything in one night," said Ana Lopes, 45, a farmer.`, unknown)).toBeNull();
    expect(holderQuotedNext(`\n\n"We counted 40 new cases this week," Ana Lopes said.`, (w) => w === "Lopes")).toBeNull();
    expect(holderQuotedNext(`\n\nAna Lopes said 40 new cases were counted.`, unknown)).toBeNull();
  });
});

describe("a bare title for the person who holds it", () => {
  it("is the one holder the article names with that title later", () => {
    const text =
      "Flooding has closed 12 schools, the Health Secretary said on Monday.\n\n" +
      "Health Secretary Mara Quint visited the area on Tuesday.";
    expect(who(text)).toEqual([[12, "Mara Quint"]]);
  });

  it("stays the title when two people hold it", () => {
    const text =
      "Flooding has closed 12 schools, the Health Secretary said on Monday.\n\n" +
      "Health Secretary Mara Quint and former Health Secretary Ivo Sand visited the area.";
    expect(who(text)).toEqual([[12, "Health Secretary"]]);
  });

  it("is the person quoted by a bare full name right after, when no one is named with the title", () => {
    const text =
      "Fever has killed 90 people since May, the Prime Minister announced on Friday.\n\n" +
      "\"The latest count shows 1,200 cases in the south,\" wrote Tomas Erdel in a statement.\n\n" +
      "According to the Prime Minister, most cases are in the capital.";
    expect(who(text)).toEqual([
      [90, "Tomas Erdel"],
      [1200, "Tomas Erdel"],
      [null, "Tomas Erdel"],
    ]);
  });
});
