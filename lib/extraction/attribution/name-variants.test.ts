import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { NameVariants, acronymTail, describedPart } from "./name-variants";
import { WordIndex } from "./word-index";

const variants = (text: string) => new NameVariants(new WordIndex(text));

describe("name variants", () => {
  it("calls a name by the spacing it was first written with", () => {
    const v = variants("Cable deal lifts Blue Harbor profit.\n\nBlueHarbor said revenue rose. The BBC said so.");
    expect(v.firstForm("BlueHarbor")).toBe("Blue Harbor");
    expect(v.firstForm("Blue Harbor")).toBe("Blue Harbor");
    expect(variants("BlueHarbor said revenue rose. Blue Harbor agreed.").firstForm("Blue Harbor")).toBe("BlueHarbor");
  });

  it("writes a UN body's name in full when the article does so anywhere", () => {
    const v = variants("The U.N. Lakes Agency said so. The United Nations Lakes Agency runs 40 stations.");
    expect(v.firstForm("U.N. Lakes Agency")).toBe("United Nations Lakes Agency");
    expect(v.firstForm("UN Lakes Agency")).toBe("United Nations Lakes Agency");
    // Only the same name in full: another UN body, or a name never written in full, stays as written.
    expect(v.firstForm("U.N. Fisheries Office")).toBe("U.N. Fisheries Office");
    expect(variants("The UN Lakes Agency said so.").firstForm("UN Lakes Agency")).toBe("UN Lakes Agency");
  });

  it("gives a UN body's figures to its name in full", () => {
    const text = "Lakes shrink in Norland, a region the United Nations Lakes Agency monitors.\n\nThe U.N. Lakes Agency reported that 40 lakes dried up.";
    expect(extractClaims(text).map((c) => c.speaker)).toContain("United Nations Lakes Agency");
    expect(extractClaims(text).find((c) => c.quantity?.value === 40)?.speaker).toBe("United Nations Lakes Agency");
  });

  it("tells a part of a body described in lower case from a body of its own name", () => {
    expect(describedPart("UN", "UN refugee agency")).toBe(true);
    expect(describedPart("EU", "EU border agency")).toBe(true);
    expect(describedPart("UN", "UN Development Programme")).toBe(false);
    expect(describedPart("police", "police in Harbor City")).toBe(false);
    expect(describedPart("UN", "UNICEF")).toBe(false);
  });

  it("gives a headline's body the part of it the story's lead names", () => {
    const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);
    expect(who("Floods displace 40,000 in Norland: UN\n\nThe UN refugee agency said 40,000 people had fled.")).toEqual([
      [40_000, "UN refugee agency"],
      [40_000, "UN refugee agency"],
    ]);
    // Not a body of its own name, nor a part named after the lead.
    expect(who("Floods displace 40,000 in Norland: UN\n\nThe UN Development Programme said 40,000 people had fled.")[0]).toEqual([40_000, "UN"]);
    expect(who("Floods displace 40,000 in Norland: UN\n\nRain fell for 3 days. The UN refugee agency said 40,000 people fled.")[0]).toEqual([40_000, "UN"]);
  });

  it("gives a headline's unnamed source the body the lead gives the same figure to", () => {
    const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);
    const text = "Vesta shoots down 14 drones, military says\n\nThe Vestan air force said it shot down 14 drones.";
    expect(who(text)).toEqual([
      [14, "air force"],
      [14, "air force"],
    ]);
    // Another figure, or a person in the lead, leaves the headline's source as written.
    expect(who("Vesta shoots down 14 drones, military says\n\nThe Vestan air force said it shot down 15 drones.")[0]).toEqual([14, "military"]);
    expect(who("Vesta shoots down 14 drones, military says\n\nColonel Ana Berg said 14 drones were shot down.")[0]).toEqual([14, "military"]);
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
