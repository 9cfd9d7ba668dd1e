import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { titledPeople } from "./named-later";
import { holderQuotedNext, soleTitleHolder } from "./title-holder";

const unknown = () => false;
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

describe("soleTitleHolder", () => {
  const people = titledPeople("Prime Minister Ana Lopes met Foreign Minister Teo Varke. Health Secretary Mara Quint and Health Secretary Ivo Sand spoke.");

  it("finds the one person named with every word of the title", () => {
    expect(soleTitleHolder(["prime", "minister"], people)).toBe("Ana Lopes");
    expect(soleTitleHolder(["foreign", "minister"], people)).toBe("Teo Varke");
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

describe("a title's short forms for the person named with it", () => {
  it("reads the initials of a capitalised title and a title abbreviated with a stop", () => {
    const people = titledPeople("Water Cabinet Secretary Lena Ostrow met Gov. Tom Radley. Later Gov. Radley left. Sen. Pell spoke.");
    expect(people.find((p) => p.name === "Lena Ostrow")?.initials).toEqual(["CS", "WCS"]);
    expect(people.filter((p) => p.title.includes("governor")).map((p) => p.name)).toEqual(["Tom Radley", "Tom Radley"]);
    expect(people.find((p) => p.title.includes("senator"))?.name).toBe("Pell");
    expect(titledPeople("City spokeswoman Gail Loskill said so.")[0].initials).toBeUndefined();
  });

  it("gives initials before a surname, a bare set of initials and a bare title the full name", () => {
    const text =
      "Water Cabinet Secretary Lena Ostrow said 40 dams were full. On Monday, the CS said 12 more were planned. " +
      "CS Ostrow also said 300 wells were dug.\n\nA smiling Gov. Tom Radley signed the bill. The governor said 80 roads would be paved.";
    expect(who(text)).toEqual([
      [40, "Lena Ostrow"],
      [12, "Lena Ostrow"],
      [300, "Lena Ostrow"],
      [80, "Tom Radley"],
    ]);
  });

  it("keeps the initials when two people carry the title, or the surname is someone else's", () => {
    const two = "Cabinet Secretary Lena Ostrow and Cabinet Secretary Ivo Sand met. The CS said 40 dams were full.";
    expect(who(two)).toEqual([[40, "CS"]]);
    const other = "Cabinet Secretary Lena Ostrow met unions. CS Marel said 40 dams were full.";
    expect(who(other)).toEqual([[40, "CS Marel"]]);
  });

  it("calls a governor written only by surname after the abbreviation by that surname", () => {
    const text = "Gov. Radley signed the bill on Friday. The governor said 80 roads would be paved.";
    expect(who(text)).toEqual([[80, "Radley"]]);
  });
});

describe("a title set before a name between commas", () => {
  it("reads 'the <title>, Name,' and a capitalised title with its office and acronym", () => {
    const people = titledPeople("The ferry captain, Teo Varke, said so. Harbour Range Inspector General of Police (IGP), Tomas Velloso, spoke.");
    expect(people.map((p) => [p.name, p.title.join(" ")])).toEqual([
      ["Teo Varke", "ferry captain"],
      ["Tomas Velloso", "harbour range inspector general"],
    ]);
    expect(people[1].initials).toEqual(expect.arrayContaining(["IG", "IGP"]));
    // Mid-sentence after "the" it reads too; a lower-case title after "a" is no such apposition.
    expect(titledPeople("It rained on the captain, Teo Varke, and the crew.").map((p) => p.name)).toEqual(["Teo Varke"]);
    expect(titledPeople("Crews told a captain, Teo Varke, to wait.")).toEqual([]);
  });

  it("gives a bare lower-case title the one holder the article names, before or after it", () => {
    const text = "Rescuers said 40 people were found. But the captain said 300 were children. The ferry captain, Teo Varke, added that 1,500 were aboard.";
    expect(who(text)).toEqual([
      [40, "Rescuers"],
      [300, "Teo Varke"],
      [1500, "Teo Varke"],
    ]);
    const initials = "Harbour Range Inspector General of Police (IGP), Tomas Velloso, said 26 cars were seized. Checks go on at 40 posts, the IG said.";
    expect(who(initials).map(([, sp]) => sp)).toEqual(["Tomas Velloso", "Tomas Velloso"]);
  });

  it("keeps the bare title when two people hold it", () => {
    const text = "But the captain said 300 were children. The ferry captain, Teo Varke, and the tug captain, Ivo Sand, met.";
    expect(who(text)).toEqual([[300, "captain"]]);
  });
});
