import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { acronymSpellsName, initialsWithAcronyms } from "./acronym-initials";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("an acronym spelled with the name's own acronyms whole", () => {
  it("matches a name whose acronym words give all their letters", () => {
    expect(acronymSpellsName("UN Relief Office in Marosia", "UNROM")).toBe(true);
    expect(acronymSpellsName("The EU Border Agency", "EUBA")).toBe(true);
    expect(acronymSpellsName("UN Relief Office in Marosia", "UROM")).toBe(false);
    expect(acronymSpellsName("Relief Office in Marosia", "ROM")).toBe(false); // no acronym inside: plain initials decide
  });

  it("keeps \"in <Place>\" in a body's full name introduced with its acronym", () => {
    const text =
      "The UN Relief Office in Marosia (UNROM) on Monday said 14 civilians were killed in a raid.\n\nMore than 2,300 civilians were hurt this year, according to UNROM.";
    expect(who(text)).toEqual([
      [14, "UN Relief Office in Marosia", "paraphrase"],
      [2300, "UN Relief Office in Marosia", "according_to"],
    ]);
  });

  it("gives the initials of a name with its own acronyms whole, and none without one", () => {
    expect(initialsWithAcronyms("NR Cane Growers Association")).toBe("NRCGA");
    expect(initialsWithAcronyms("The UN High Commissioner for Lakes")).toBe("UNHCL");
    expect(initialsWithAcronyms("Cane Growers Association")).toBeNull();
  });

  it("resolves an acronym written against its name's closing word to that name", () => {
    const text =
      "Mills still owe Rs 96 crore to growers, says NR Cane Growers Association(NRCGA).\n\nAccording to a statement by the NRCGA, 71 percent of dues were paid.";
    expect(who(text).find(([v]) => v === 71)).toEqual([71, "NR Cane Growers Association", "according_to"]);
  });

  it("resolves a UN body's acronym to the name the article writes only later", () => {
    const text = "According to UNHCL's annual report, 40 lakes dried up last year.\n\nThe UN High Commissioner for Lakes says 12 more are at risk.";
    expect(who(text)).toEqual([
      [40, "UN High Commissioner for Lakes", "according_to"],
      [12, "UN High Commissioner for Lakes", "paraphrase"],
    ]);
  });

  it("takes no UN official named with a title for a UN body", () => {
    const text = "According to UNEAB, 40 lakes dried up last year.\n\nUN Envoy Ana Berg visited the region on Monday.";
    expect(who(text)[0]).toEqual([40, "UNEAB", "according_to"]);
  });

  it("still drops the seat of a body described with one", () => {
    expect(who("The interior ministry in Port Vella said 40 people were detained.")).toEqual([[40, "interior ministry", "paraphrase"]]);
  });
});
