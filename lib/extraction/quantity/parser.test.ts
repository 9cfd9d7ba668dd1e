import { describe, expect, it } from "vitest";
import { findQuantities, parseQuantity } from "./parser";

const q = (phrase: string) => parseQuantity(phrase);
const texts = (sentence: string) => findQuantities(sentence).map((m) => m.text);

describe("parseQuantity: number forms", () => {
  it.each([
    ["17 trucks", 17, "truck"],
    ["20,000 civilians", 20000, "civilian"],
    ["2.5 kilometers", 2.5, "kilometer"],
    ["three soldiers", 3, "soldier"],
    ["twelve women", 12, "woman"],
    ["forty-five children", 45, "child"],
    ["a dozen people", 12, "person"],
    ["two dozen men", 24, "man"],
    ["a hundred casualties", 100, "casualty"],
    ["half a million refugees", 500000, "refugee"],
    ["three hundred and fifty thousand voters", 350000, "voter"],
    ["1.2 million people", 1200000, "person"],
    ["3.5 billion users", 3500000000, "user"],
    ["$4.2m", 4200000, "dollar"],
    ["5bn euros", 5000000000, "euro"],
    ["10k runners", 10000, "runner"],
    ["$300", 300, "dollar"],
    ["€5 million", 5000000, "euro"],
    ["£3bn", 3000000000, "pound"],
    ["US$12 million", 12000000, "dollar"],
    ["40 dollars", 40, "dollar"],
    ["7 million pounds", 7000000, "pound"],
    ["62 percent", 62, "percent"],
    ["62 per cent", 62, "percent"],
    ["18%", 18, "percent"],
    ["2000 people", 2000, "person"],
    ["a week", 1, "week"],
    ["one truck", 1, "truck"],
  ])("%s → %d %s", (phrase, value, unit) => {
    const r = q(phrase);
    expect(r?.value).toBe(value);
    expect(r?.unit).toBe(unit);
    expect(r?.qualifier).toBe("exact");
  });

  it("gives exact figures a closed interval", () => {
    expect(q("17 trucks")).toEqual({ value: 17, low: 17, high: 17, qualifier: "exact", unit: "truck" });
  });

  it("singularises units and skips adjectives", () => {
    expect(q("17 flatbed trucks")?.unit).toBe("truck");
    expect(q("300 ISIS fighters")?.unit).toBe("fighter");
    expect(q("40 police officers")?.unit).toBe("police officer");
    expect(q("9 gunmen")?.unit).toBe("gunman");
    expect(q("3 churches")?.unit).toBe("church");
    expect(q("12 people")?.unit).toBe("person");
    expect(q("a 10-day ceasefire")).toMatchObject({ value: 10, unit: "day" });
  });
});

describe("parseQuantity: qualifiers and intervals", () => {
  it.each([
    ["exactly 40 people", "exact", 40, 40, 40],
    ["about 300 fighters", "approximately", 300, 300, 300],
    ["around 300 fighters", "approximately", 300, 300, 300],
    ["roughly 300 fighters", "approximately", 300, 300, 300],
    ["some 300 fighters", "approximately", 300, 300, 300],
    ["an estimated 300 fighters", "approximately", 300, 300, 300],
    ["approximately 300 fighters", "approximately", 300, 300, 300],
    ["300 or so fighters", "approximately", 300, 300, 300],
    ["at least 17 trucks", "at_least", 17, 17, null],
    ["no fewer than 17 trucks", "at_least", 17, 17, null],
    ["a minimum of 17 trucks", "at_least", 17, 17, null],
    ["17 or more trucks", "at_least", 17, 17, null],
    ["more than 17 trucks", "more_than", 17, 17, null],
    ["over 17 trucks", "more_than", 17, 17, null],
    ["upwards of 17 trucks", "more_than", 17, 17, null],
    ["in excess of 17 trucks", "more_than", 17, 17, null],
    ["300-plus fighters", "more_than", 300, 300, null],
    ["nearly 20,000 civilians", "nearly", 20000, null, 20000],
    ["almost 20,000 civilians", "nearly", 20000, null, 20000],
    ["just under 20,000 civilians", "nearly", 20000, null, 20000],
    ["close to 20,000 civilians", "nearly", 20000, null, 20000],
    ["up to 300 people", "at_most", 300, null, 300],
    ["as many as 300 people", "at_most", 300, null, 300],
    ["no more than 300 people", "at_most", 300, null, 300],
    ["a maximum of 300 people", "at_most", 300, null, 300],
    ["less than 5 percent", "less_than", 5, null, 5],
    ["fewer than 20 people", "less_than", 20, null, 20],
    ["under 20 people", "less_than", 20, null, 20],
    ["below 20 percent", "less_than", 20, null, 20],
    ["more than a week", "more_than", 1, 1, null],
  ])("%s → %s", (phrase, qualifier, value, low, high) => {
    expect(q(phrase)).toMatchObject({ qualifier, value, low, high });
  });

  it.each([
    ["between 40 and 50 people", 40, 50, "person"],
    ["40 to 50 people", 40, 50, "person"],
    ["40-50 people", 40, 50, "person"],
    ["40–50 people", 40, 50, "person"],
    ["two or three days", 2, 3, "day"],
    ["between $1 and $2 billion", 1e9, 2e9, "dollar"],
    ["20 to 30 percent", 20, 30, "percent"],
  ])("range %s", (phrase, low, high, unit) => {
    expect(q(phrase)).toEqual({ value: null, low, high, qualifier: "range", unit });
  });

  it.each([
    ["hundreds of civilians", 200, 999, "civilian"],
    ["several hundred civilians", 300, 900, "civilian"],
    ["several thousand refugees", 3000, 9000, "refugee"],
    ["dozens of homes", 24, 99, "home"],
    ["thousands of refugees", 2000, 9999, "refugee"],
    ["tens of thousands of protesters", 20000, 99999, "protester"],
    ["hundreds of thousands of people", 200000, 999999, "person"],
    ["millions of dollars", 2e6, 9999999, "dollar"],
    ["a few days", 2, 5, "day"],
    ["a handful of soldiers", 2, 5, "soldier"],
    ["scores of people", 40, 99, "person"],
    ["several dozen trucks", 24, 99, "truck"],
  ])("vague %s", (phrase, low, high, unit) => {
    expect(q(phrase)).toEqual({ value: null, low, high, qualifier: "vague", unit });
  });

  it("keeps a bare vague amount without unit", () => {
    expect(findQuantities("Hundreds were sold.")[0]).toMatchObject({ qualifier: "vague", unit: null, low: 200 });
  });
});

describe("not quantities", () => {
  it.each([
    "It happened on March 3.",
    "It happened on 3 March 2019.",
    "The attack came on Jan. 5, officials said.",
    "It was founded in 2014.",
    "They have lived there since 1998.",
    "The meeting starts at 3 p.m. on Wednesday.",
    "The meeting starts at 10:30 local time.",
    "John Smith, 54, was arrested.",
    "A 34-year-old man was arrested.",
    "The man, aged 54, was arrested.",
    "It was the third day and the 21st attack.",
    "They drove along Route 66 and Highway 401 and the M25.",
    "The COVID-19 pandemic hit the G7 economies.",
    "Section 230 was debated.",
    "He was given No. 2 on the list.",
    "Call 555-123-4567 for details.",
    "Call +44 20 7946 0958 for details.",
    "One man carried a crutch.",
    "It was one of the worst attacks.",
    "The 1990s were hard.",
    "It was 24/7 coverage of 9/11.",
    "It was a third year of drought and a quarter final.",
  ])("%s", (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it("parseQuantity returns null without a quantity", () => {
    expect(q("the civilians")).toBeNull();
    expect(q("in 2014")).toBeNull();
    expect(q("")).toBeNull();
  });
});

describe("findQuantities", () => {
  it("finds every figure with its span", () => {
    const s = "Around 300 fighters are believed to be holed up in the enclave, along with several hundred civilians.";
    const found = findQuantities(s);
    expect(found.map((m) => [m.text, m.qualifier, m.unit])).toEqual([
      ["Around 300 fighters", "approximately", "fighter"],
      ["several hundred civilians", "vague", "civilian"],
    ]);
    for (const m of found) expect(s.slice(m.start, m.end)).toBe(m.text);
  });

  it("keeps amounts next to dates and years", () => {
    const s = "On March 3, 2019, at least 17 people died in 2 separate attacks, the 2019 report said.";
    expect(texts(s)).toEqual(["at least 17 people", "2 separate attacks"]);
  });

  it("treats 'from X to Y' as two figures", () => {
    expect(texts("Turnout rose from 40 to 50 percent.")).toEqual(["40", "50 percent"]);
    expect(findQuantities("Turnout rose from 40 to 50 percent.").map((m) => m.unit)).toEqual(["percent", "percent"]);
  });

  it("reads 'at least the next 18 months' as a floor but 'over the past 10 years' as a time frame", () => {
    expect(q("for at least the next 18 months")).toMatchObject({ qualifier: "at_least", value: 18, unit: "month" });
    expect(q("over the past 10 years")).toMatchObject({ qualifier: "exact", value: 10, unit: "year" });
  });

  it("does not join a percentage and a sum of money into a range", () => {
    expect(findQuantities("Revenue climbed 24% to $9.8 billion.").map((m) => [m.qualifier, m.value, m.unit])).toEqual([
      ["exact", 24, "percent"],
      ["exact", 9.8e9, "dollar"],
    ]);
  });

  it("does not read a descending pair as a range", () => {
    expect(findQuantities("They won 3-1 on Sunday.").some((m) => m.qualifier === "range")).toBe(false);
  });
});

describe("time spans", () => {
  const one = (s: string) => {
    const [m] = findQuantities(s);
    return [m.value, m.low, m.high, m.qualifier, m.unit];
  };

  it("reads 'within' as an upper bound of a measure and of a span of time (the labelling guide's convention)", () => {
    expect(one("Residents within 5 km of the plant were moved.")).toEqual([5, null, 5, "at_most", "kilometer"]);
    expect(one("The crew reached the village within four hours.")).toEqual([4, null, 4, "at_most", "hour"]);
    expect(one("Inspectors must report within 30 days.")).toEqual([30, null, 30, "at_most", "day"]);
  });

  it("reads '<verb> over <n> <time>' as the span, not 'more than'", () => {
    expect(one("The survey, conducted over six weeks in May, reached farmers.")).toEqual([6, 6, 6, "exact", "week"]);
    expect(one("The rise will be spread over three years.")).toEqual([3, 3, 3, "exact", "year"]);
  });

  it("keeps 'over' as 'more than' elsewhere", () => {
    expect(one("He has been jailed for over two years.")).toEqual([2, 2, null, "more_than", "year"]);
    expect(one("The storm destroyed over 300 homes.")).toEqual([300, 300, null, "more_than", "home"]);
  });
});
