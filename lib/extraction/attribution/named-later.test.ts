import { describe, expect, it } from "vitest";
import { personForDescription, titledPeople } from "./named-later";

describe("people named with a title", () => {
  it("reads a title before a name, with its modifiers, and a title in an apposition", () => {
    const people = titledPeople("It rained. City spokeswoman Gail Loskill said so. Dale Kovacs, the fire chief, agreed.");
    expect(people).toEqual([
      { name: "Gail Loskill", title: ["city", "spokeswoman"] },
      { name: "Dale Kovacs", title: ["fire", "chief"] },
    ]);
    expect(personForDescription(["city", "spokeswoman"], people)).toBe("Gail Loskill");
    expect(personForDescription(["county", "spokeswoman"], people)).toBeNull();
  });

  it("reads no apposition where the description is the subject of the verb after it", () => {
    expect(titledPeople("A crowd gathered at Northgate Bus Terminal, a senior police officer said.")).toEqual([]);
  });
});
