import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { bodyNamedNext, personNamedNext } from "./named-next";

const unknown = () => false;
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

describe("personNamedNext", () => {
  it("takes a bare name closing a quotation in the same paragraph", () => {
    expect(personNamedNext(` "We ran for 2 hours," Lina Haddad said.`, "young woman", unknown)).toBe("Lina Haddad");
  });

  it("takes a titled person in the next paragraph sharing a modifier with the description", () => {
    expect(personNamedNext(`\n\n"We found 4 guns," a navy spokesman Omar Farid told reporters.`, "navy source", unknown)).toBe("Omar Farid");
  });

  it("refuses a statement that is not a quotation, a titled stranger, a known name and a later verb", () => {
    expect(personNamedNext(" Lina Haddad said 7 roads were shut.", "resident", unknown)).toBeNull();
    expect(personNamedNext(" Mayor Ann Lee said 7 roads were shut.", "resident", unknown)).toBeNull();
    expect(personNamedNext(`\n\n"We found 4 guns," police chief Omar Farid said.`, "navy source", unknown)).toBeNull();
    expect(personNamedNext(` "We ran," Lina Haddad said.`, "young woman", (w) => w === "Haddad")).toBeNull();
    expect(personNamedNext(` "We ran," he said. Lina Haddad said 3 died.`, "young woman", unknown)).toBeNull();
  });
});

describe("a source described first and named right after", () => {
  it("gives the description's figures and a later 'the source' to the person named", () => {
    const text =
      "Ten militants were killed on Monday, a navy source said.\n\n" +
      "\"We found 12 guns,\" a navy spokesman in the port Omar Farid told reporters.\n\n" +
      "\"Three boats sank,\" the source noted.";
    expect(who(text)).toEqual([
      [10, "Omar Farid"],
      [12, "Omar Farid"],
      [3, "Omar Farid"],
    ]);
  });

  it("keeps the description when the next speaker is someone else", () => {
    const text = "A witness said 5 people died.\n\nPolice chief John Doe said 10 were arrested.";
    expect(who(text)).toEqual([
      [5, "witness"],
      [10, "John Doe"],
    ]);
  });
});

describe("bodyNamedNext", () => {
  const any = () => true;

  it("takes the body the next paragraph opens by citing, by 'according to' or as the subject of a reporting verb", () => {
    expect(bodyNamedNext("\n\nAccording to Harbor Region Emergency Service (HRES), 3 more died.", any)).toBe("Harbor Region Emergency Service");
    expect(bodyNamedNext(" The Federal Roads Agency said 8 bridges were shut.", any)).toBe("Federal Roads Agency");
  });

  it("refuses a paragraph that opens otherwise, and a name the caller refuses", () => {
    expect(bodyNamedNext("\n\nRescuers said 3 more died, according to the Federal Roads Agency.", any)).toBeNull();
    expect(bodyNamedNext(" The Federal Roads Agency said 8 bridges were shut.", () => false)).toBeNull();
  });
});

describe("a body described first and named in the next sentence", () => {
  it("is that body, for its statement and a later 'the statement'", () => {
    const text =
      "The toll rose to 15 on Wednesday, the navy's media wing said in a statement.\n\n" +
      "According to Coastal Command Public Affairs (CCPA), 4 sailors were hurt.\n\n" +
      "Two boats were lost, the statement said.";
    expect(who(text)).toEqual([
      [15, "Coastal Command Public Affairs"],
      [4, "Coastal Command Public Affairs"],
      [2, "Coastal Command Public Affairs"],
    ]);
  });

  it("stays the description when the next sentence cites a news outlet or a body named before", () => {
    const outlet = "The toll rose to 15, the ministry's flood office said.\n\nThe Harbor News said 4 towns were cut off.";
    expect(who(outlet)[0]).toEqual([15, "ministry's flood office"]);
    const before =
      "The Federal Roads Agency opened 3 bridges.\n\nThe toll rose to 15, the ministry's flood office said.\n\n" +
      "The Federal Roads Agency said 4 towns were cut off.";
    expect(who(before)[1]).toEqual([15, "ministry's flood office"]);
  });
});

describe("a described person whose title the next quotation's speaker carries", () => {
  it("takes the full name given that title after the verb", () => {
    const next = `\n\n"We moved them out of the most dangerous zones last night," said Juan Ortega, mayor of Penipe, near the volcano.`;
    expect(personNamedNext(next, "local mayor", unknown)).toBe("Juan Ortega");
    // Another title, or a name the article gave before, is someone else.
    expect(personNamedNext(next.replace("mayor of", "governor of"), "local mayor", unknown)).toBeNull();
    expect(personNamedNext(next, "local mayor", (w) => w === "Ortega")).toBeNull();
  });

  it("names the figures of the described mayor", () => {
    const text =
      "About 300 villagers were evacuated after the eruption, a local mayor said Thursday.\n\n" +
      `"We moved them out of the most dangerous zones last night," said Juan Ortega, mayor of Penipe.\n\nOrtega said about 80 families had returned.`;
    expect(who(text)).toEqual([[300, "Juan Ortega"], [null, "Juan Ortega"], [80, "Juan Ortega"]]);
  });
});
