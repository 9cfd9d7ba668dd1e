import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { acronymSpellsName } from "./acronym-initials";

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

  it("still drops the seat of a body described with one", () => {
    expect(who("The interior ministry in Port Vella said 40 people were detained.")).toEqual([[40, "interior ministry", "paraphrase"]]);
  });
});
