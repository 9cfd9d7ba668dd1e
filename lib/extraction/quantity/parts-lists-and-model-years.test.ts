import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);
const units = (text: string) => extractClaims(text).map((c) => [c.quantity?.value, c.quantity?.unit]);

describe("a part written before its whole", () => {
  it("takes the whole's scale when it has a decimal point", () => {
    expect(all("A total of 4.1 of about 9.6 million Ruritanians voted.")).toEqual([
      [4100000, "exact", "ruritanian"],
      [9600000, "approximately", "ruritanian"],
    ]);
    expect(all("He paid $1.5 of the $4 billion owed.")).toEqual([
      [1500000000, "exact", "dollar"],
      [4000000000, "exact", "dollar"],
    ]);
  });
  it("keeps a whole number as written", () => {
    expect(all("Only 12 of the 16 million voters were turned away.").map(([v]) => v)).toEqual([12, 16000000]);
  });
});

describe("dates and ranges", () => {
  it("the year of a full date ends no range", () => {
    expect(all("Output surged from 2.2 million barrels per day (bpd) in June 20, 2019 to 3.1 million bpd now.")).toEqual([
      [2200000, "exact", "barrel per day"],
      [3100000, "exact", "barrel per day"],
    ]);
  });
  it("the new level after 'from ... to' takes the old level's unit", () => {
    expect(all("Food prices rose from 21.5 percent in May to 23.25 in June.")).toEqual([
      [21.5, "exact", "percent"],
      [23.25, "exact", "percent"],
    ]);
  });
});

describe("counted totals named by their noun", () => {
  it("a month before the noun is no name", () => {
    expect(all("Acme reported May sales of 113,043.")).toEqual([[113043, "exact", "sale"]]);
    expect(all("Zenith's May sales fell 11 percent to 89,863.")).toEqual([[11, "exact", "percent"], [89863, "exact", "sale"]]);
  });
  it("a running total brought to a figure, with a time frame after its noun", () => {
    expect(all("Six people tested positive, bringing the total number of cases this month to 41.")).toEqual([[6, "exact", "person"], [41, "exact", "case"]]);
  });
  it("a percentage change of a measured noun lends no unit to its level in the article", () => {
    const text = "Orbit's sales fell 8 percent in May.\n\nOrbit reported total sales of 237,640, up 4 percent.";
    expect(units(text)).toEqual([[8, "percent"], [237640, "sale"], [4, "percent"]]);
  });
});

describe("qualifiers with words between", () => {
  it("around, above or below the N mark, also after a price's per-unit", () => {
    expect(all("The price is back around the A$1,480 per ounce mark.")).toEqual([[1480, "approximately", "australian dollar"]]);
    expect(all("Turnout stayed around the 60 percent mark.")).toEqual([[60, "approximately", "percent"]]);
  });
  it("'at least,' and 'at most,' set off by a comma", () => {
    expect(all("That is, at least, 28 seats more than they need.")).toEqual([[28, "at_least", "seat"]]);
    expect(all("They will win, at most, 40 seats.")).toEqual([[40, "at_most", "seat"]]);
  });
});

describe("people counted by what befell them", () => {
  it("hundreds of others trapped, a count that sustained or suffered injuries", () => {
    expect(all("Hundreds of others were trapped inside the coaches.")).toEqual([[[200, 999], "vague", "person"]]);
    expect(all("Four people died and more than 30 sustained injuries.")).toEqual([[4, "exact", "person"], [30, "more_than", "person"]]);
    expect(all("Thirty others suffered minor burns.")).toEqual([[30, "exact", "person"]]);
  });
  it("a people named in the plural before what befell them is counted in the singular", () => {
    expect(all("Five Pakistanis were killed.")).toEqual([[5, "exact", "pakistani"]]);
    expect(all("Three Taliban died.")).toEqual([[3, "exact", "taliban"]]);
  });
  it("a capitalised plural after a capitalised word is one name; an air strike is one noun", () => {
    expect(all("Five New Zealanders won medals.")).toEqual([[5, "exact", "new zealander"]]);
    expect(all("Three US Marines died.")).toEqual([[3, "exact", "marine"]]);
    expect(all("Results of three National Assembly Seats were held back.")).toEqual([[3, "exact", "seat"]]);
    expect(all("Two air strikes hit the town.")).toEqual([[2, "exact", "air strike"]]);
  });
  it("one after a count, joined by while or but, with what befell it", () => {
    expect(all("Two of the five patients were sent home, while one was admitted to a clinic.")).toEqual([
      [2, "exact", "patient"],
      [5, "exact", "patient"],
      [1, "exact", "patient"],
    ]);
  });
  it("one year of a prison sentence, not one year as a time frame", () => {
    expect(all("She was sentenced to one year imprisonment on Monday.")).toEqual([[1, "exact", "year"]]);
    expect(all("He was jailed for one month.")).toEqual([[1, "exact", "month"]]);
    expect(all("One year ago he was jailed.")).toEqual([]);
  });
});

describe("over a span", () => {
  it("a passive of spreading before 'over' makes it the span; 'held for over' keeps its bound", () => {
    expect(all("Fees will be booked as service revenue over two years.")).toEqual([[2, "exact", "year"]]);
    expect(all("The cost will be spread evenly over three years.")).toEqual([[3, "exact", "year"]]);
    expect(all("He was held for over two years.")).toEqual([[2, "more_than", "year"]]);
  });
});

describe("results lists and model years", () => {
  it("a name then a figure of a noun already counted is a list item, not a label", () => {
    expect(all("The ruling bloc holds 54 seats, the Freedom Alliance 10 seats and the Unity Front three seats.")).toEqual([
      [54, "exact", "seat"],
      [10, "exact", "seat"],
      [3, "exact", "seat"],
    ]);
    expect(all("Flight 370 passengers were never found.")).toEqual([]);
  });
  it("model years name a model and describe the count before them", () => {
    expect(all("The recalled cars are the 2003-4 Sedan 6 and the 2004 RX-8.")).toEqual([]);
    expect(all("They recalled 43,000 2002-3 CR-V models and 92,000 2002 Odyssey minivans.")).toEqual([
      [43000, "exact", "model"],
      [92000, "exact", "minivan"],
    ]);
    expect(all("Some 1999 Britons signed.")).toEqual([[1999, "approximately", "briton"]]);
  });
});

describe("metres and golf scores", () => {
  it("a bare Nm after a place above or below it, or an altitude, is metres; a level that rose above it is millions", () => {
    expect(all("Villages above 1,500m were cut off.")).toEqual([[1500, "more_than", "meter"]]);
    expect(all("The camp sits at an altitude of 2,000m.")).toEqual([[2000, "exact", "meter"]]);
    expect(all("Sales rose above 300m.")).toEqual([[300000000, "more_than", "sale"]]);
  });
  it("a score against par, the round after it and a player's bracketed round", () => {
    expect(all("She shot a bogey-free 8-under-par 64 on Sunday.")).toEqual([[8, "exact", "stroke under par"], [64, "exact", "stroke"]]);
    expect(all("He is 3 over par.")).toEqual([[3, "exact", "stroke over par"]]);
    expect(all("The leader Ken Ma (67) missed a birdie chance.")).toEqual([[67, "exact", "stroke"]]);
    expect(all("Ravi Kumar (41) was arrested.")).toEqual([]);
  });
});
