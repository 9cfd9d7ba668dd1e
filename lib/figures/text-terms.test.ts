import { describe, expect, it } from "vitest";
import { keyWords, stem, textTerms, wordCount } from "./text-terms";

describe("textTerms", () => {
  it("drops stop words and reporting verbs, folds case, accents and plurals", () => {
    expect(textTerms("The SDF said the trucks were carrying Civilians from Baghouz")).toEqual(["sdf", "truck", "carrying", "civilian", "baghouz"]);
    expect(textTerms("Évacuation à Baghouz")).toEqual(["leave", "baghouz"]);
  });

  it("writes a number the same however it was typed", () => {
    for (const written of ["20,000", "20 000", "20000", "20k"]) expect(textTerms(`nearly ${written} civilians left`)).toEqual(["nearly", "civilian", "leave", "#20000"]);
  });

  it("reads the verbs reports of one figure use interchangeably as one term", () => {
    expect(textTerms("civilians evacuated")).toEqual(textTerms("civilians fled"));
    expect(textTerms("12 people killed")).toEqual(textTerms("12 people died"));
  });

  it("keeps short words and words ending in -ss/-us whole", () => {
    expect(stem("gas")).toBe("gas");
    expect(stem("census")).toBe("census");
    expect(stem("cities")).toBe("city");
    expect(stem("boxes")).toBe("box");
  });

  it("counts the words a person wrote", () => {
    expect(wordCount("At least 17 trucks left.")).toBe(5);
    expect(wordCount("Nearly 20,000 civilians had left the shrinking area in recent weeks")).toBe(11);
  });
});

describe("keyWords", () => {
  it("keeps the telling words with their singular and plural forms, longest first, without stop words or numbers", () => {
    expect(keyWords("According to officials, 17 trucks left Baghouz; the trucks were full.")).toEqual([
      ["official", "officials"], ["baghouz", "baghouzs"], ["truck", "trucks"], ["full", "fulls"], ["left", "lefts"],
    ]);
  });

  it("folds accents and case, and stops at the limit", () => {
    expect(keyWords("Évacués de São Paulo", 2)).toEqual([["evacue", "evacues"], ["paulo", "paulos"]]);
    expect(keyWords("the of 20,000 and")).toEqual([]);
  });
});
