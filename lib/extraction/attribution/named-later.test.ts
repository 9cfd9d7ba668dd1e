import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { lastTitled, personForDescription, titledPeople } from "./named-later";

describe("people named with a title", () => {
  it("reads a title before a name, with its modifiers, and a title in an apposition", () => {
    const people = titledPeople("It rained. City spokeswoman Gail Loskill said so. Dale Kovacs, the fire chief, agreed.");
    expect(people).toEqual([
      { name: "Gail Loskill", title: ["city", "spokeswoman"], at: 28 },
      { name: "Dale Kovacs", title: ["fire", "chief"], at: 50 },
    ]);
    expect(personForDescription(["city", "spokeswoman"], people)).toBe("Gail Loskill");
    expect(personForDescription(["county", "spokeswoman"], people)).toBeNull();
  });

  it("reads no apposition where the description is the subject of the verb after it", () => {
    expect(titledPeople("A crowd gathered at Northgate Bus Terminal, a senior police officer said.")).toEqual([]);
  });

  it("finds the person last named with a title before a point of the text", () => {
    const text = "Governor Ana Mendes left. Governor Luis Prado arrived. Provincial governor Eva Kahn spoke.";
    const people = titledPeople(text);
    expect(lastTitled("governor", [], text.indexOf("Governor Luis"), people)?.name).toBe("Ana Mendes");
    expect(lastTitled("governor", [], text.indexOf("Provincial"), people)?.name).toBe("Luis Prado");
    expect(lastTitled("governor", ["provincial"], text.length, people)?.name).toBe("Eva Kahn");
    expect(lastTitled("mayor", [], text.length, people)).toBeNull();
  });
});

describe("an indefinite description named later", () => {
  const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

  it("is never a person titled so before it, nor one a later sentence titles so", () => {
    const before =
      "Transport Minister Rhea Kallis said crews were working around the clock.\n\n" +
      "Two carriages were empty, said a transport official who spoke on condition of anonymity.";
    expect(who(before)).toEqual([
      [null, "Rhea Kallis"],
      [2, "transport official"],
    ]);
    const after =
      "Two carriages were empty, a transport official said.\n\n" +
      "Transport official Rhea Kallis later visited the site.";
    expect(who(after)).toEqual([[2, "transport official"]]);
  });
});

describe("stacked abbreviated titles", () => {
  const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

  it("read as one title before the name, never an abbreviation as the name", () => {
    expect(titledPeople("Lt. Gov. Mara Quell opened the fair.").map((p) => [p.name, p.title])).toEqual([["Mara Quell", ["lieutenant", "governor"]]]);
    expect(titledPeople("Maj. Gen. Oren Vask spoke.").map((p) => [p.name, p.title])).toEqual([["Oren Vask", ["major", "general"]]]);
    expect(who("Lt. Gov. Mara Quell opened the fair.\n\nThe lieutenant governor said 43 stalls were open.")).toEqual([[43, "Mara Quell"]]);
    expect(who("Maj. Gen. Oren Vask toured the base.\n\nThe general said 17 units were ready.")).toEqual([[17, "Oren Vask"]]);
  });
});

describe("a title set off before a name by commas", () => {
  it("takes up to three words before the title, from 'the', and a capitalised office's initials", () => {
    const people = titledPeople("It rained all week, the ferry captain, Kai Moreno, said. Coast Range Inspector General of Police (IGP), Ivo Dalan Sere, spoke.");
    expect(people.map((p) => [p.name, p.title, p.initials ?? []])).toEqual([
      ["Kai Moreno", ["ferry", "captain"], []],
      ["Ivo Dalan Sere", ["coast", "range", "inspector", "general"], ["IG", "RIG", "CRIG", "IGP", "RIGP", "CRIGP"]],
    ]);
    expect(titledPeople("It rained, captain, Kai Moreno, said.")).toEqual([]);
  });
});
