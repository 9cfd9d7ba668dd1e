import { describe, expect, it } from "vitest";
import { NameVariants, acronymTail } from "./name-variants";
import { WordIndex } from "./word-index";

const variants = (text: string) => new NameVariants(new WordIndex(text));

describe("name variants", () => {
  it("calls a name by the spacing it was first written with", () => {
    const v = variants("Cable deal lifts Blue Harbor profit.\n\nBlueHarbor said revenue rose. The BBC said so.");
    expect(v.firstForm("BlueHarbor")).toBe("Blue Harbor");
    expect(v.firstForm("Blue Harbor")).toBe("Blue Harbor");
    expect(variants("BlueHarbor said revenue rose. Blue Harbor agreed.").firstForm("Blue Harbor")).toBe("BlueHarbor");
  });

  it("leaves acronyms and names written one way alone", () => {
    const v = variants("The BBC said so. Quill Mills agreed. PennDOT closed roads.");
    expect(v.firstForm("BBC")).toBe("BBC");
    expect(v.firstForm("Quill Mills")).toBe("Quill Mills");
    expect(v.firstForm("PennDOT")).toBe("PennDOT");
  });

  it("finds the part of a run an acronym abbreviates", () => {
    const words = "NASA and the National Oceanic and Atmospheric Administration".split(" ");
    expect(acronymTail(words, "NOAA")).toEqual(["National", "Oceanic", "and", "Atmospheric", "Administration"]);
    expect(acronymTail(["World", "Health", "Organization"], "WHO")).toBeNull();
    expect(acronymTail(["Polar", "Bureau"], "XYZ")).toBeNull();
  });
});
