import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";
import { extractClaims } from "../extract";
import { isLakhTonneArticle } from "./tokenizer";

const all = (s: string, lakhTonneArticle = false) =>
  findQuantities(s, { lakhTonneArticle }).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);
const figures = (text: string) => extractClaims(text).filter((c) => c.quantity).map((c) => [c.quantity!.value ?? [c.quantity!.low, c.quantity!.high], c.quantity!.qualifier, c.quantity!.unit]);

describe("lakh tonnes abbreviated in Indian farm copy", () => {
  it("'LMT' after an amount is lakh metric tonnes in any article", () => {
    expect(all("The state bought 45 LMT of wheat this season.")).toEqual([[4_500_000, "exact", "tonne"]]);
    expect(all("Sugar output fell to 312.4 LMT, the federation said.")).toEqual([[31_240_000, "exact", "tonne"]]);
    expect(all("Stocks stood at nearly 210 lmt on Monday.")).toEqual([[21_000_000, "nearly", "tonne"]]);
  });
  it("'lt' is lakh tonnes in an article that writes 'lakh tonnes' somewhere", () => {
    expect(all("Of the total, 142.75 lt of paddy came from Odisha, followed by 61.3 lt from Bihar.", true)).toEqual([
      [14_275_000, "exact", "tonne"],
      [6_130_000, "exact", "tonne"],
    ]);
    expect(all("The agency has bought 512.6 lakh tonnes of paddy (or 343.4 lt in terms of rice).", true)).toEqual([
      [51_260_000, "exact", "tonne"],
      [34_340_000, "exact", "tonne"],
    ]);
  });
  it("the article is told by one scan of its text", () => {
    expect(isLakhTonneArticle("Procurement reached 88.1 lakh tonnes by March.")).toBe(true);
    expect(isLakhTonneArticle("Output was 7 lakh metric tonnes.")).toBe(true);
    expect(isLakhTonneArticle("Farmers got Rs 3 lakh each; 40 lt of milk was spilt.")).toBe(false);
    const text = "Paddy buying reaches 300 lakh tonnes\n\nThe Centre bought 97.4 lt of paddy from Norland, officials said.";
    expect(figures(text)).toEqual([
      [30_000_000, "exact", "tonne"],
      [9_740_000, "exact", "tonne"],
    ]);
  });
  it("near-misses keep their reading", () => {
    // "lt" elsewhere may be litres; a name after "LMT" is no measure; a scaled or money amount is left alone.
    expect(all("The tank holds 40 lt of water.")).not.toContainEqual([4_000_000, "exact", "tonne"]);
    expect(figures("Each family drew 20 lt of water a day from the tanker.")).not.toContainEqual([2_000_000, "exact", "tonne"]);
    expect(all("He paid Rs 45 LMT dues.", true).map(([v]) => v)).not.toContain(4_500_000);
    expect(all("Procurement was 606.19 lakh tonnes.", true)).toEqual([[60_619_000, "exact", "tonne"]]);
  });
});

describe("an elliptical 'one' after counts of the same group", () => {
  it("one of a vote or a group that did something else is a count of the same noun", () => {
    expect(figures("Seven trustees voted to approve the sale, while three voted to reject it and one abstained.")).toEqual([
      [7, "exact", "trustee"],
      [3, "exact", "trustee"],
      [1, "exact", "trustee"],
    ]);
    expect(figures("Eleven senators backed the bill, two voted against it and one abstained.")).toContainEqual([1, "exact", "senator"]);
    expect(figures("Six members of the panel voted in favour and one voted against.")).toContainEqual([1, "exact", "member"]);
    expect(figures("Four inmates were recaptured on Tuesday, but one escaped again.")).toContainEqual([1, "exact", "inmate"]);
    expect(figures("Nine hikers were pulled from the gorge and one survived.")).toContainEqual([1, "exact", "hiker"]);
  });
  it("a 'one' with no count before it, or not right after its verb, stays none", () => {
    expect(figures("One abstained from the vote, the clerk said.")).toEqual([]);
    expect(figures("She scored two goals and one voted her player of the match.")).toEqual([[2, "exact", "goal"]]);
    expect(figures("The committee has one voting member from each ward.")).toEqual([]);
  });
});

describe("a vague amount over two modifiers joined by 'and'", () => {
  it("'hundreds of X and Y nouns' counts the noun after both", () => {
    expect(all("Officials said hundreds of breeding and dairy cattle would be lost.")).toEqual([[[200, 999], "vague", "cattle"]]);
    expect(all("Thousands of local and foreign tourists were stranded.")).toEqual([[[2000, 9999], "vague", "tourist"]]);
    expect(all("Dozens of rescue and relief workers arrived by boat.")).toEqual([[[24, 99], "vague", "worker"]]);
  });
  it("a noun of its own before 'and' keeps it", () => {
    expect(all("Thousands of nurses and doctors marched.")).toEqual([[[2000, 9999], "vague", "nurse"]]);
    expect(all("Millions of dollars and euros were moved.")).toEqual([[[2_000_000, 9_999_999], "vague", "dollar"]]);
    expect(all("Hundreds of beef cattle died.")).toEqual([[[200, 999], "vague", "cattle"]]);
  });
});

describe("'MT' for metric tonnes", () => {
  it("'MT' in capitals after an amount is tonnes", () => {
    expect(all("Corn losses reached 2,940 MT.")).toEqual([[2940, "exact", "tonne"]]);
    expect(all("Rice damage covered 51,200 hectares, or 31,075 MT of output.")).toEqual([
      [51_200, "exact", "hectare"],
      [31_075, "exact", "tonne"],
    ]);
    expect(all("The port handled 800 MT of sugar on Monday.")).toEqual([[800, "exact", "tonne"]]);
  });
  it("'mt' in lower case is none", () => {
    expect(all("They climbed 12 mt passes.").map(([, , u]) => u)).not.toContain("tonne");
  });
});

describe("'within the next N' bounds a span ahead", () => {
  it("a deadline ahead is at most the span, as 'within N' is", () => {
    expect(all("The county plans to build 8,000 homes within the next 12 years.")).toEqual([
      [8000, "exact", "home"],
      [12, "at_most", "year"],
    ]);
    expect(all("The ferry link will reopen within the coming six months.")).toEqual([[6, "at_most", "month"]]);
    expect(all("Within the first 72 hours, officers made nine arrests.")).toEqual([
      [72, "at_most", "hour"],
      [9, "exact", "arrest"],
    ]);
  });
  it("a window looking back, or 'over'/'in' the next span, stays exact", () => {
    expect(all("Within the past three weeks, 14 people died.")).toEqual([
      [3, "exact", "week"],
      [14, "exact", "person"],
    ]);
    expect(all("Over the next 20 years, 60 schools will open.")[0]).toEqual([20, "exact", "year"]);
    expect(all("In the next five years, 30 clinics will close.")[0]).toEqual([5, "exact", "year"]);
  });
});

describe("'zero tolerance' counts nothing", () => {
  it("the stance is no figure, written open or hyphenated", () => {
    expect(figures("The commissioner said officers would show zero tolerance for looting of shops.")).toEqual([]);
    expect(all("The league has zero tolerance of racist abuse.")).toEqual([]);
    expect(all("They adopted a zero-tolerance policy.")).toEqual([]);
  });
  it("zero of a counted noun is still a figure", () => {
    expect(all("There were zero deaths on the roads over Easter.")).toEqual([[0, "exact", "death"]]);
    expect(all("Zero tolerance was shown to 14 protesters.")).toEqual([[14, "exact", "protester"]]);
  });
});

describe("decades of degrees in weather copy", () => {
  it("'the 40s', 'the low 40s', 'the mid-30s', 'the high 30s' are ranges of degrees", () => {
    expect(all("Temperatures are likely to climb into the 40s by Friday.")).toEqual([[[40, 49], "range", "degree celsius"]]);
    expect(all("Forecasters expect highs in the low 40s inland.")).toEqual([[[40, 43], "range", "degree celsius"]]);
    expect(all("Highs in the mid-30s are expected on the coast.")).toEqual([[[33, 36], "range", "degree celsius"]]);
    expect(all("Temperatures will reach the high 20s to low 30s across the valley on Sunday.")).toEqual([[[27, 33], "range", "degree celsius"]]);
  });
  it("a decade too hot for Celsius weather, or one said in Fahrenheit, is Fahrenheit", () => {
    expect(all("Highs will reach the 90s in Tulsa this week.")).toEqual([[[90, 99], "range", "degree fahrenheit"]]);
    expect(all("Temperatures stayed in the 40s Fahrenheit all week.")[0]).toEqual([[40, 49], "range", "degree fahrenheit"]);
  });
  it("ages, eras and decades outside weather copy are none", () => {
    expect(all("The heat hit workers in their 40s hardest.")).toEqual([]);
    expect(all("She moved to Leeds in her 30s.")).toEqual([]);
    expect(all("Sales peaked in the 1990s.")).toEqual([]);
    expect(all("The band was big in the 80s.")).toEqual([]);
  });
});

describe("'a century' as a span of 100 years", () => {
  it("a century a record or a spell runs over is 100 years", () => {
    expect(all("The valley saw its worst flooding in a century on Sunday.")).toEqual([[100, "exact", "year"]]);
    expect(all("The rains were the heaviest in over a century.")).toEqual([[100, "more_than", "year"]]);
    expect(all("The family has farmed the land for nearly a century.")).toEqual([[100, "nearly", "year"]]);
  });
  it("a date, an age or a cricket score is none", () => {
    expect(all("The chapel was built a century ago.")).toEqual([]);
    expect(all("They restored a century-old mill.")).toEqual([]);
    expect(all("Patel scored a century in the second test.")).toEqual([]);
  });
});

describe("a quota of one per something", () => {
  it("'one X per Y' counts X", () => {
    expect(all("Each flat will be sold to one buyer per household.")).toEqual([[1, "exact", "buyer"]]);
    // "limited to" is a ceiling: at most one pack.
    expect(all("Shoppers are limited to one pack per visit.")).toEqual([[1, "at_most", "pack"]]);
    expect(all("Members may cast one ballot per election.")).toEqual([[1, "exact", "ballot"]]);
  });
  it("'the one X per Y' and a bare 'one per' stay none", () => {
    expect(all("The one guard per shift was asleep.")).toEqual([]);
    expect(all("He took one per day.")).toEqual([]);
  });
});

describe("a score out of a total", () => {
  it("the first number of 'N/M' after a word of marking is the figure", () => {
    expect(all("Rao said the pupil who scored the top mark came from Lautoka Central College with 412/500.")).toEqual([[412, "exact", "mark"]]);
    expect(all("She scored 88/100 in the final paper.")).toEqual([[88, "exact", null]]);
    expect(all("The squad scored 17/20 points in the drill.")).toEqual([[17, "exact", "point"]]);
  });
  it("fractions, names and dates stay as they were", () => {
    expect(all("Turnout was 3/4 of voters.")).toEqual([[0.75, "exact", "voter"]]);
    expect(all("Since the 9/11 attacks, 40 plots were foiled.")).toEqual([[40, "exact", "plot"]]);
    expect(all("Scores were recorded on 12/10/2021.")).toEqual([]);
    expect(all("Marks were posted 11/10/2022.")).toEqual([]);
  });
});

describe("a model counted by its name", () => {
  it("'52 A320s', '40 A321 Neos', 'one A330 Neo' count the model", () => {
    expect(all("The order covers 64 A320s and 40 A321 Neos.")).toEqual([
      [64, "exact", "a320"],
      [40, "exact", "a321 neo"],
    ]);
    expect(all("Its fleet is made up of 31 A320s and one A330 Neo.")).toEqual([
      [31, "exact", "a320"],
      [1, "exact", "a330 neo"],
    ]);
    expect(all("The carrier flies 12 A350s, the company said.")).toEqual([[12, "exact", "a350"]]);
  });
  it("a noun after the model is still the unit", () => {
    expect(all("The airline ordered 30 A320 jets.")).toEqual([[30, "exact", "jet"]]);
  });
});

describe("'tones' after a scale word", () => {
  it("is tonnes misspelt", () => {
    expect(all("Last season the Centre bought 712.4 lakh tones (lt) of paddy.", true)).toEqual([[71_240_000, "exact", "tonne"]]);
    expect(all("Exports reached 2.5 million tones.")).toEqual([[2_500_000, "exact", "tonne"]]);
  });
  it("tones without a scale stay tones", () => {
    expect(all("The flag uses two tones of blue.").map(([, , u]) => u)).not.toContain("tonne");
  });
});
