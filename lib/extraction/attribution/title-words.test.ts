import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

describe("titles of a coroner and a district collector", () => {
  it("are no part of the name, and the title alone later is the person", () => {
    const text = "Bus crash\n\nDistrict Collector Ravi Menon said 14 people were hurt.\n\nAccording to the Collector, 3 buses were damaged.\n\nCoroner Ivy Dale said 2 passengers died.";
    expect(who(text)).toEqual([
      [14, "Ravi Menon"],
      [3, "Ravi Menon"],
      [2, "Ivy Dale"],
    ]);
  });
});

describe("a medical examiner's title", () => {
  it("is no part of the name, and the surname alone later is the person", () => {
    const text = "Heat deaths\n\nIn Vell County, Chief Medical Examiner Ana Holt said 14 people died.\n\nHolt said eight were over 65.";
    expect(who(text).slice(0, 2)).toEqual([
      [14, "Ana Holt"],
      [8, "Ana Holt"],
    ]);
  });
});

describe("titles of a fire marshal and a prison warden", () => {
  it("are no part of the name", () => {
    const text = "Hill fire\n\nState Fire Marshal Dana Whitlock said 40 homes burned.\n\nWhitlock said 12 were empty.\n\nWarden Lee Park said 3 inmates were moved.";
    expect(who(text)).toEqual([
      [40, "Dana Whitlock"],
      [12, "Dana Whitlock"],
      [3, "Lee Park"],
    ]);
  });

  it("leave a body named with the word whole", () => {
    expect(who("The Marshals Service said 40 fugitives were caught.")).toEqual([[40, "Marshals Service"]]);
  });
});
