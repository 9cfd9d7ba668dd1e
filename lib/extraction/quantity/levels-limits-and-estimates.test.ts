import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";
import { extractClaims } from "../extract";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);
const claims = (s: string) => extractClaims(s).map((c) => [c.quantity?.value ?? [c.quantity?.low, c.quantity?.high], c.quantity?.qualifier, c.quantity?.unit]);

describe("a level broken through or crossed is a lower bound", () => {
  it("a verb of breaking or crossing right before money, a percent or a bare figure", () => {
    expect(all("Analysts said Veltro's market value could break $3 trillion.")).toEqual([[3e12, "more_than", "dollar"]]);
    expect(all("Shares in Orlan broke $40 on Tuesday.")).toEqual([[40, "more_than", "dollar"]]);
    expect(all("The group saw its value cross $1 trillion in July.")).toEqual([[1e12, "more_than", "dollar"]]);
    expect(all("The Kestin index crossed 12,000 for the first time.")).toEqual([[12_000, "more_than", null]]);
    expect(all("Turnout broke through 70% in the north.")).toEqual([[70, "more_than", "percent"]]);
    expect(all("Yields are breaching 5% again.")).toEqual([[5, "more_than", "percent"]]);
  });
  it("through before a level's mark", () => {
    expect(all("House prices in Darrow have broken through the £300,000 barrier.")).toEqual([[300_000, "more_than", "pound"]]);
    expect(all("Gold broke through the $2,500 level overnight.")).toEqual([[2_500, "more_than", "dollar"]]);
  });
  it("things broken, ground crossed and a record stay exact", () => {
    expect(all("The striker broke 3 ribs in the fall.")).toEqual([[3, "exact", "rib"]]);
    expect(all("The patrol crossed 30 km of desert.")).toEqual([[30, "exact", "kilometer"]]);
    expect(all("She broke the record of 9.58 seconds.")).toEqual([[9.58, "exact", "second"]]);
    expect(all("He crossed the border with 40 migrants.")).toEqual([[40, "exact", "migrant"]]);
    expect(all("Convoys crossed 4 bridges before dawn.")).toEqual([[4, "exact", "bridge"]]);
  });
  it("a level not broken, or a name, stays exact", () => {
    expect(all("Shares failed to break $40 on Tuesday.")).toEqual([[40, "exact", "dollar"]]);
    expect(all("The stock did not cross 5% all year.")).toEqual([[5, "exact", "percent"]]);
    expect(all("The Red Cross $5 million appeal opened.")).toEqual([[5e6, "exact", "dollar"]]);
  });
});

describe("a mark risen past or named before its figure", () => {
  it("the mark of a figure, a mark a level rose above, a number word hyphened to its scale", () => {
    expect(all("Arrivals in Sendra rose above the mark of one billion.")).toEqual([[1e9, "more_than", "arrival"]]);
    expect(all("Sales passed the threshold of 5% in May.")).toEqual([[5, "more_than", "percent"]]);
    expect(all("Prices rose above the 1,000 mark.")).toEqual([[1_000, "more_than", "price"]]);
    expect(all("Tourism rises above one-billion mark for first time")).toEqual([[1e9, "more_than", null]]);
    expect(all("Turnout passed the two-million mark.")).toEqual([[2e6, "more_than", null]]);
  });
  it("a target or a mark without a move past it, and a number word in a compound, stay as they were", () => {
    expect(all("Inflation stayed above the 2% target.")).toEqual([[2, "exact", "percent"]]);
    expect(all("Inflation rose above the 2% target.")).toEqual([[2, "exact", "percent"]]);
    expect(all("Turnout was over the 1,000 mark.")).toEqual([[1_000, "exact", null]]);
    expect(all("The firm needs the threshold of 5% to qualify.")).toEqual([[5, "exact", "percent"]]);
    expect(all("They set up a one-billion-dollar fund.")).toEqual([]);
  });
});

describe("a level neared is nearly", () => {
  it("approaching a figure", () => {
    expect(all("Deaths in the region are approaching 2,000.")).toEqual([[2_000, "nearly", "death"]]);
    expect(all("Gusts approaching 100 mph hit the coast.")).toEqual([[100, "nearly", "mile per hour"]]);
    expect(all("Losses approached $4 billion by March.")).toEqual([[4e9, "nearly", "dollar"]]);
  });
  it("moving (ever) closer to a figure, closing in on it", () => {
    expect(all("Prices nudged ever closer to the £1,000,000 barrier.")).toEqual([[1e6, "nearly", "pound"]]);
    expect(all("The Brisa index is edging closer to 40,000.")).toEqual([[40_000, "nearly", null]]);
    expect(all("Inflation crept closer to 9% in May.")).toEqual([[9, "nearly", "percent"]]);
    expect(all("Donations are closing in on $1 million.")).toEqual([[1e6, "nearly", "dollar"]]);
  });
  it("things approached, places, and a comparison stay exact", () => {
    expect(all("Troops were approaching 3 villages near Korvo.")).toEqual([[3, "exact", "village"]]);
    expect(all("The ship was approaching 5 km from the coast.")).toEqual([[5, "exact", "kilometer"]]);
    expect(all("The true toll is closer to 400 than 300.").map(([, q]) => q)).toEqual(["exact", "exact"]);
    expect(all("Police were closing in on 3 suspects.")).toEqual([[3, "exact", "suspect"]]);
  });
});

describe("a cap or a limit is a ceiling", () => {
  it("capped at, limited to", () => {
    expect(all("Visitor numbers at the park were capped at two million.")[0].slice(0, 2)).toEqual([2e6, "at_most"]);
    expect(all("The fine is capped at $500.")).toEqual([[500, "at_most", "dollar"]]);
    expect(all("Rent rises are limited to 5% a year.")[0].slice(0, 2)).toEqual([5, "at_most"]);
    expect(all("Class sizes will be limited to 30 pupils.")).toEqual([[30, "at_most", "pupil"]]);
  });
  it("a change or a harm that was limited to a figure is how small it turned out, exact", () => {
    expect(all("The fall was limited to 0.5% on Monday.")).toEqual([[0.5, "exact", "percent"]]);
    expect(all("Damage was limited to three homes.")).toEqual([[3, "exact", "home"]]);
  });
});

describe("the verb 'estimate' right before its figure", () => {
  it("estimate and estimates are approximately", () => {
    expect(all("A projection estimate 41,200 people died.")).toEqual([[41_200, "approximately", "person"]]);
    expect(all("Officials estimate 3,000 homes were lost.")).toEqual([[3_000, "approximately", "home"]]);
    expect(all("The ministry estimates 300 schools were damaged.")).toEqual([[300, "approximately", "school"]]);
  });
  it("'estimated that' before the figure, as 'estimated'", () => {
    expect(all("It is roughly estimated that 60 per cent of hotels reopened.")[0]).toEqual([60, "approximately", "percent"]);
    expect(all("It is estimated that 3,000 people died.")).toEqual([[3_000, "approximately", "person"]]);
    expect(all("He had estimated that 40 boats sank.")).toEqual([[40, "exact", "boat"]]);
  });
  it("the noun, and the verb before an article, leave the figure alone", () => {
    expect(all("The estimate 40 was later revised.")).toEqual([[40, "exact", null]]);
    expect(all("Analysts estimate a 5% fall in sales.")).toEqual([[5, "exact", "percent"]]);
    expect(all("The army earlier estimated 900 fighters.")).toEqual([[900, "exact", "fighter"]]);
  });
});

describe("a capital M glued to a number in title case is a million", () => {
  it("after a decimal point or before a plural", () => {
    expect(claims("More Than 2.4M Voters Head to Polls in Ostrava")).toEqual([[2.4e6, "more_than", "voter"]]);
    expect(claims("Over 3M Tonnes Of Grain Shipped From Varna")).toEqual([[3e6, "more_than", "tonne"]]);
    expect(claims("Ferlo Raises $36.0M In New Funding")).toEqual([[36e6, "exact", "dollar"]]);
  });
  it("a lower-case m after a distance stays metres, and a house number a name", () => {
    expect(all("He ran 100m in 10 seconds.")).toEqual([[100, "exact", "meter"], [10, "exact", "second"]]);
    expect(all("The cliff is 40m high.")).toEqual([[40, "exact", "meter"]]);
    expect(claims("Fans Gather Outside 221B Baker Street")).toEqual([]);
  });
});

describe("a qualifier before an amount added to another", () => {
  it("an extra, an additional, a further, another between the qualifier and its figure", () => {
    expect(all("The board would add up to an extra 1 percent in Tolla.")).toEqual([[1, "at_most", "percent"]]);
    expect(all("Officials sent more than an additional 500 troops.")).toEqual([[500, "more_than", "troop"]]);
    expect(all("As many as another 3,000 people may leave.")).toEqual([[3_000, "at_most", "person"]]);
    expect(all("Around a further 200 homes flooded.")).toEqual([[200, "approximately", "home"]]);
  });
  it("without a qualifier, or after a preposition of time, the figure keeps its reading", () => {
    expect(all("They hired another 40 nurses.")).toEqual([[40, "exact", "nurse"]]);
    expect(all("He gave an extra 5 minutes.")).toEqual([[5, "exact", "minute"]]);
    expect(all("Repairs will be spread over another 12 months.")).toEqual([[12, "exact", "month"]]);
  });
});

describe("the least a figure may come to", () => {
  it("as low as, as little as, as few as are at least", () => {
    expect(all("Yields could be as low as 5 tonnes on his farm.")).toEqual([[5, "at_least", "tonne"]]);
    expect(all("Tickets to Vell sell for as little as $5.")).toEqual([[5, "at_least", "dollar"]]);
    expect(all("As few as 40 people came.")).toEqual([[40, "at_least", "person"]]);
  });
  it("a low figure without the bound's words stays exact", () => {
    expect(all("The low was 5 degrees as forecast.")[0].slice(0, 2)).toEqual([5, "exact"]);
    expect(all("He paid as much for 3 tickets.")).toEqual([[3, "exact", "ticket"]]);
  });
});
