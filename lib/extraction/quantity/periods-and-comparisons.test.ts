// Quarter-years counted after a window of periods, and a comparison with another period's figure.
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("quarters counted as periods", () => {
  it.each([
    ["Write-downs will be spread over the next three quarters.", [[3, "exact", "quarter"]]],
    ["Margins narrowed in the past two quarters.", [[2, "exact", "quarter"]]],
    ["Orders fell in two of the last three quarters.", [[2, "exact", "quarter"], [3, "exact", "quarter"]]],
    ["Output has grown over the previous four quarters.", [[4, "exact", "quarter"]]],
    ["The mill made a profit for four straight quarters.", [[4, "exact", "quarter"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    ["The flood reached three quarters of the homes in Tessel.", [[0.75, "exact", "home"]]],
    ["About three-quarters of voters in Arlen backed the levy.", [[0.75, "approximately", "voter"]]],
    ["Two-thirds of the last three-quarters of the budget went on roads.", [[2 / 3, "exact", "budget"], [0.75, "exact", "budget"]]],
    ["By June the tank was three quarters full.", [[0.75, "exact", "tank"]]],
  ])("keeps the fraction in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("a comparison with another period's figure", () => {
  it.each([
    [
      "Bad debts were 9.4 per cent of the book, lower than 9.9 per cent a quarter earlier and 8.7 per cent a year earlier.",
      [[9.4, "exact", "percent"], [9.9, "exact", "percent"], [8.7, "exact", "percent"]],
    ],
    ["Exports were 6.3%, higher than 5.8% a year ago.", [[6.3, "exact", "percent"], [5.8, "exact", "percent"]]],
    ["Burglaries were 240, below 310 last year.", [[240, "exact", "burglary"], [310, "exact", "burglary"]]],
    ["Prices rose 3.1% in May, above 2.6% in April.", [[3.1, "exact", "percent"], [2.6, "exact", "percent"]]],
    ["Sales came to 40 boats, fewer than 52 boats the previous month.", [[40, "exact", "boat"], [52, "exact", "boat"]]],
    [
      "Arrears were 7.2 per cent, lower than 7.9 per cent a quarter earlier but higher than 6.1 per cent a year earlier.",
      [[7.2, "exact", "percent"], [7.9, "exact", "percent"], [6.1, "exact", "percent"]],
    ],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    ["Costs at the depot were lower than 5%.", [[5, "less_than", "percent"]]],
    ["Fewer than 40 people came to the fair.", [[40, "less_than", "person"]]],
    ["Fewer than 40 people came last year.", [[40, "less_than", "person"]]],
    ["The yard hired 20 welders and more than 300 last year.", [[20, "exact", "welder"], [300, "more_than", "welder"]]],
    ["Turnout was 61%, above 50% for the first time.", [[61, "exact", "percent"], [50, "more_than", "percent"]]],
    ["The yard hired 20 welders last year and more than 300 last month.", [[20, "exact", "welder"], [300, "more_than", "welder"]]],
  ])("keeps the bound in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("quarters counted as periods lend no unit", () => {
  it("leaves a later bare figure to the noun its clause counts", () => {
    const s = "In the first three quarters, the number of visitor arrivals from Vestia exceeded 592,000.";
    expect(findQuantities(s).map((m) => [m.value, m.unit])).toEqual([[3, "quarter"], [592000, "arrival"]]);
  });
});

describe("'in one' span after a change is the period it took", () => {
  it("after the change's figure or its verb", () => {
    expect(all("The Tarsa index fell almost 2 percent in one month, the biggest drop in more than a decade.")).toEqual([
      [2, "nearly", "percent"],
      [1, "exact", "month"],
      [1, "more_than", "decade"],
    ]);
    expect(all("Rents in Olmo doubled in one year.")).toEqual([[1, "exact", "year"]]);
    expect(all("Shares gained 9% in one week.")).toEqual([[9, "exact", "percent"], [1, "exact", "week"]]);
  });
  it("a record's frame, an opening 'In one day' and a deadline stay none", () => {
    expect(all("It was the most rain in one day since 1990.")).toEqual([]);
    expect(all("Output hit a record 40 tonnes in one day.")).toEqual([[40, "exact", "tonne"]]);
    expect(all("In one day, the mayor signed the deal.")).toEqual([]);
    expect(all("He hopes to finish in one week.")).toEqual([]);
  });
});
