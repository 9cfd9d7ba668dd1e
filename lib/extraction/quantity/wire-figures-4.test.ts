import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";

const figures = (text: string) =>
  extractClaims(text).filter((c) => c.quantity).map((c) => [c.quantity!.value ?? [c.quantity!.low, c.quantity!.high], c.quantity!.qualifier, c.quantity!.unit]);

describe("abbreviations glued to the digits", () => {
  it("a timed result with 's' or 'secs' glued to it is seconds", () => {
    expect(figures("She beat Tom Varga (46.17s) and Ali Osei (46.72s) in the final.")).toEqual([
      [46.17, "exact", "second"],
      [46.72, "exact", "second"],
    ]);
    expect(figures("He won in 9.86s, ahead of Li in 9.91 secs.")).toEqual([
      [9.86, "exact", "second"],
      [9.91, "exact", "second"],
    ]);
    expect(figures("Her previous best of 52.40secs was set in Rome.")).toEqual([[52.4, "exact", "second"]]);
  });
  it("decades, ages and plurals of digits stay no figure", () => {
    expect(figures("The 1990s were hard, and she was in her 40s.")).toEqual([]);
    expect(figures("The band's 3s and 4s sold out.")).toEqual([]);
  });
  it("'pc' or 'pct' glued to the digits is percent", () => {
    expect(figures("The firm's net profit rose 20pc to Sh31.5bn.")).toEqual([
      [20, "exact", "percent"],
      [31_500_000_000, "exact", "shilling"],
    ]);
    expect(figures("Inflation was 4.5pct in June, up from 3pc.")).toEqual([
      [4.5, "exact", "percent"],
      [3, "exact", "percent"],
    ]);
  });
  it("a capitalised 'PC' glued to digits is no percent", () => {
    expect(figures("The 5PC set costs 20 dollars.")).toEqual([[20, "exact", "dollar"]]);
  });
});

describe("earthquake magnitudes", () => {
  it("'a magnitude of 6.8' is a reading, not a count of what the sentence names", () => {
    expect(figures("A shallow quake with an initial magnitude of 6.8 hit Veloria on Monday, killing at least six people.")).toEqual([
      [6.8, "exact", "magnitude"],
      [6, "at_least", "person"],
    ]);
    expect(figures("The survey said the quake had a magnitude of 5.9 and struck 40 kilometers deep.")).toEqual([
      [5.9, "exact", "magnitude"],
      [40, "exact", "kilometer"],
    ]);
    expect(figures("The tremor had an estimated magnitude of about 4.7, officials said.")).toEqual([[4.7, "approximately", "magnitude"]]);
  });
  it("'put the magnitude lower, at 6.1' names the reading", () => {
    expect(figures("The institute put the magnitude lower, at 6.1.")).toEqual([[6.1, "exact", "magnitude"]]);
  });
  it("a large figure after 'magnitude of' is no reading", () => {
    expect(figures("The project was of a magnitude of 500 workers.")).toEqual([[500, "exact", "worker"]]);
  });
});

describe("a negation that is no part of the bound", () => {
  it("'no' before a noun of its own leaves 'more than' a floor", () => {
    expect(figures("Homes left with no electricity in more than 600,000 households waited for crews.")).toEqual([[600_000, "more_than", "household"]]);
    expect(figures("No power in more than 40 villages, officials said.")).toEqual([[40, "more_than", "village"]]);
  });
  it("'no' right before the bound, or a negated verb, still turns it", () => {
    expect(figures("There were no fewer than 30 boats.")).toEqual([[30, "at_least", "boat"]]);
    expect(figures("No more than 12 people may enter.")).toEqual([[12, "at_most", "person"]]);
    expect(figures("Planners do not expect more than 40,000 visitors.")).toEqual([[40_000, "at_most", "visitor"]]);
  });
});

describe("'over' a hyphenated period", () => {
  it("'over an 18-month period' is the time covered, exact", () => {
    expect(figures("They ran the scheme over an 18-month period to make it look legitimate.")).toEqual([[18, "exact", "month"]]);
    expect(figures("The talks stretched over a 10-year span.")).toEqual([[10, "exact", "year"]]);
    expect(figures("Over a 6-week window, 40 firms signed up.")).toEqual([
      [6, "exact", "week"],
      [40, "exact", "firm"],
    ]);
  });
  it("'over' before a plain span or an age stays 'more than'", () => {
    expect(figures("They waited over 18 months for a ruling.")).toEqual([[18, "more_than", "month"]]);
    expect(figures("The firm has over 18 months of cash.")).toEqual([[18, "more_than", "month"]]);
  });
});

describe("a part of an owner's whole", () => {
  it("'18 of the rebels' 25 drones' gives both figures, counted in what follows the whole", () => {
    expect(figures("The army downed 22 of Vostria's 27 drones.")).toEqual([
      [22, "exact", "drone"],
      [27, "exact", "drone"],
    ]);
    expect(figures("The ship hit 12 of the enemy's 40 targets.")).toEqual([
      [12, "exact", "target"],
      [40, "exact", "target"],
    ]);
    expect(figures("She won 3 of Madrid’s 5 titles.")).toEqual([
      [3, "exact", "title"],
      [5, "exact", "title"],
    ]);
  });
  it("a make and model or an owner's share stays as it was", () => {
    expect(figures("The airline ordered six Airbus A321 aircraft and two Boeing 737 jets.")).toEqual([
      [6, "exact", "aircraft"],
      [2, "exact", "jet"],
    ]);
    expect(figures("Vostria's 27 drones fell.")).toEqual([[27, "exact", "drone"]]);
  });
});

describe("a part of an owner's whole in a headline", () => {
  it("a verb before the part is no noun of it", () => {
    expect(figures("Kyiv downs 22 of Vostria's 27 drones launched overnight")).toEqual([
      [22, "exact", "drone"],
      [27, "exact", "drone"],
    ]);
  });
});

describe("'over' places after a verb of flight or spread", () => {
  it("'launched over five regions' is where, exact", () => {
    expect(figures("The air force said it shot down 14 drones launched over five Vostrian regions overnight.")).toEqual([
      [14, "exact", "drone"],
      [5, "exact", "region"],
    ]);
    expect(figures("Debris was scattered over 3 districts.")).toEqual([[3, "exact", "district"]]);
  });
  it("'over' after other verbs, or before people, stays 'more than'", () => {
    expect(figures("The storm hit over five regions.")).toEqual([[5, "more_than", "region"]]);
    expect(figures("Drones were launched over 40 times.")).toEqual([[40, "more_than", "time"]]);
  });
});

describe("'Records' as a headline's verb", () => {
  it("'Records' before a count of plural things is a verb in a title-case headline", () => {
    expect(figures("Kaduna Records 300 Cases Of Cholera")).toEqual([[300, "exact", "case"]]);
    expect(figures("Clinic Records 40 Malaria Cases In March").map(([v, q]) => [v, q])).toEqual([[40, "exact"]]);
  });
  it("a label's 'Records' before years or a singular stays a name", () => {
    expect(figures("Atlantic Records 40 Years On")).toEqual([]);
    expect(figures("Island Records 2 Album Review")).toEqual([]);
  });
});

describe("capitals after a title-case headline's verb", () => {
  it("the count's noun drops the capitalised word before it when a headline verb precedes the number", () => {
    expect(figures("Clinic Records 40 Malaria Cases In March")).toEqual([[40, "exact", "case"]]);
    expect(figures("Lagos Records 12 New Deaths")).toEqual([[12, "exact", "death"]]);
  });
  it("a capitalised name after a scale word, or in a sentence, stays the name", () => {
    expect(figures("The ministry said 16.2 million Sri Lankans voted.")).toEqual([[16_200_000, "exact", "sri lankan"]]);
    expect(figures("Fire Destroys 12 Homes")).toEqual([[12, "exact", "home"]]);
  });
});

describe("a spelled number after a title-case headline's verb", () => {
  it("'Discovers Two Distant Planets' is a headline with its count", () => {
    expect(figures("Telescope Discovers Two Distant Planets")).toEqual([[2, "exact", "planet"]]);
    expect(figures("Agency Confirms Three Deaths")).toEqual([[3, "exact", "death"]]);
  });
  it("crossheads and titles with a spelled number stay no headline", () => {
    expect(figures("Two Sides Of The Story")).toEqual([]);
    expect(figures("A Tale Of Two Cities")).toEqual([]);
  });
});
