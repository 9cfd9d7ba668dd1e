import { describe, expect, it } from "vitest";
import { NameVariants, acronymTail, compactName } from "./name-variants";

describe("name variants", () => {
  it("folds spacing, hyphens and case", () => {
    expect(compactName("Time-Warner Cable")).toBe(compactName("TimeWarner cable"));
  });

  it("calls a name by the spacing it was first written with, and leaves acronyms and unseen names alone", () => {
    const v = new NameVariants("Cable deal lifts Blue Harbor profit.\n\nBlueHarbor said revenue rose. The BBC said so.");
    expect(v.firstForm("BlueHarbor")).toBe("Blue Harbor");
    expect(v.firstForm("Blue Harbor")).toBe("Blue Harbor");
    expect(v.firstForm("BBC")).toBe("BBC");
    expect(v.firstForm("Quill Mills")).toBe("Quill Mills");
  });

  it("finds the part of a run an acronym abbreviates", () => {
    const words = "NASA and the National Oceanic and Atmospheric Administration".split(" ");
    expect(acronymTail(words, "NOAA")).toEqual(["National", "Oceanic", "and", "Atmospheric", "Administration"]);
    expect(acronymTail(["World", "Health", "Organization"], "WHO")).toBeNull();
    expect(acronymTail(["Polar", "Bureau"], "XYZ")).toBeNull();
  });
});
