import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { UN_DESCRIPTION, isUnBody } from "./un-bodies";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

describe("bodies of the UN system", () => {
  it("knows the agencies by name, by the UN's name and by acronym", () => {
    for (const name of ["World Health Organization", "World Health Organisation", "World Food Programme", "International Organization for Migration", "UN Children's Fund", "United Nations Development Programme", "UNHCR", "WFP"]) {
      expect(isUnBody(name), name).toBe(true);
    }
    for (const name of ["Ministry of Health", "World Bank Group", "National Disaster Agency", "UNION", "WHOA"]) expect(isUnBody(name), name).toBe(false);
  });

  it("reads a description of a UN body and its own words", () => {
    expect(UN_DESCRIPTION.exec("UN agency")?.[1]).toBe("");
    expect(UN_DESCRIPTION.exec("U.N. refugee agency")?.[1].trim()).toBe("refugee");
    expect(UN_DESCRIPTION.exec("United Nations body")).not.toBeNull();
    expect(UN_DESCRIPTION.exec("national agency")).toBeNull();
  });
});

describe("the UN agency", () => {
  it("is the UN body the article named, not another body quoted since", () => {
    const text =
      "The World Food Programme (WFP) said 40,000 people needed food aid.\n\n" +
      "The Ministry of Agriculture said 12 districts had lost their harvest.\n\n" +
      "Rations will last 3 weeks, the UN agency said.";
    expect(who(text)).toEqual([
      [40000, "World Food Programme"],
      [12, "Ministry of Agriculture"],
      [3, "World Food Programme"],
    ]);
  });

  it("keeps the description when the article names no UN body", () => {
    const text = "Rations will last 3 weeks, the UN agency said.";
    expect(who(text)).toEqual([[3, "UN agency"]]);
  });
});
