import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { headlineVagueUnit } from "./headline-vague";

const headlineFigures = (article: string) =>
  extractClaims(article)
    .filter((c) => c.sentence === article.split("\n")[0] && c.quantity?.qualifier === "vague")
    .map((c) => [c.quantity?.low, c.quantity?.unit]);

describe("a vague amount in a headline with no noun of its own", () => {
  it("counts the people the article counts when they are sheltered, displaced or stranded", () => {
    const article = "Thousands still stranded after Rivermoor storm\n\nMore than 2,400 villagers were stranded on Tuesday, officials said.\n";
    expect(headlineFigures(article)).toEqual([[2000, "villager"]]);
    expect(headlineVagueUnit("Hundreds flee as river bursts its banks", { money: null, people: null })).toBe("person");
  });
  it("is the article's money when the headline speaks of money needed, lost or stolen", () => {
    const article = "Clerk jailed for embezzling millions meant for pensioners\n\nThe court heard she took 4.1 million pesos over six years.\n";
    expect(headlineFigures(article)).toEqual([[2e6, "peso"]]);
    expect(headlineVagueUnit("Billions needed to rebuild Port Alder", { money: "euro", people: "resident" })).toBe("euro");
  });
  it("has no unit of the article's when neither the headline nor the article tells what is counted", () => {
    expect(headlineVagueUnit("Billions needed to rebuild Port Alder", { money: null, people: "resident" })).toBeNull();
    expect(headlineVagueUnit("Millions tune in for the final", { money: "dollar", people: "fan" })).toBeNull();
  });
});
