// Figures a slip of the copy splits in two or joins to the next words (a grouped number with a space after its last
// comma, money slipped the same way, a scale amount followed by "and a" noun), and one unit of time before "ago".
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("a grouped number with a space slipped after its last comma", () => {
  it("reads the three digits after it as the number's last group", () => {
    expect(all("The governor had 2,483, 193 votes in the count.")).toEqual([[2483193, "vote"]]);
    expect(all("And with 1,616, 917 valid ballots, turnout rose.")).toEqual([[1616917, "ballot"]]);
  });
  it("reads money slipped the same way before a clause of words", () => {
    expect(all("Traders sold a 50kg sack at Sh3, 400, half the price of May.").slice(1, 2)).toEqual([[3400, "shilling"]]);
  });
  it("keeps a whole and its part, lists and dates apart (near-misses)", () => {
    expect(all("Of the 1,500, 400 people were rescued.").map(([v]) => v)).toEqual([1500, 400]);
    expect(all("They counted 1,200, 450 and 300 ballots.").map(([v]) => v)).toEqual([1200, 450, 300]);
    expect(all("Prices were Sh3, 400, 500 and 600.").map(([v]) => v)).toEqual([3, 400, 500, 600]);
    expect(all("Fees of $1, 200, and 300 apply.").map(([v]) => v)).toEqual([1, 200, 300]);
    expect(all("Prices were $5, 300, and $700 in the three cities.").map(([v]) => v)).toEqual([5, 300, 700, 3]);
    expect(all("In May 12, 345 people fled.").map(([v]) => v)).toEqual([345]);
  });
  it("keeps a whole apart from its part or its difference after it (near-misses)", () => {
    const v = (s: string) => all(s).map(([x]) => x);
    expect(v("Police in Veloria detained 4,000, 300 of whom were later released without charge.")).toEqual([4000, 300]);
    expect(v("Of those 1,500, 400 were later released, the ministry said.")).toEqual([1500, 400]);
    expect(v("A crowd of 45,000, 500 more than last season, watched Dunmore Rovers win on Saturday.")).toEqual([45000, 500]);
    expect(v("Out of 2,000, 600 applicants were from the northern province, the agency said.")).toEqual([2000, 600]);
    expect(v("Among 1,200, 150 were injured, police said.")).toEqual([1200, 150]);
    expect(v("The fund raised $1,200, 500 of it from local businesses.")).toEqual([1200, 500]);
    expect(v("Orlen has 1,500, 200 of which are in the capital.")).toEqual([1500, 200]);
    expect(v("Of these 1,200, 350 were new.")).toEqual([1200, 350]);
    expect(v("Of its 12,000, 300 are vacant.")).toEqual([12000, 300]);
    expect(v("Marlo sold 3,000, 250 fewer than in May.")).toEqual([3000, 250]);
    expect(v("Turnout was 12,345, 678 more than in 2019.")).toEqual([12345, 678]);
  });
});

describe("an amount in a scale word followed by 'and a'", () => {
  it("does not add the article to the amount", () => {
    expect(all("The plan shows a revenue gap of Rs 12,381 crore and a fiscal gap of Rs 30,112 crore.")).toEqual([
      [123810000000, "rupee"],
      [301120000000, "rupee"],
    ]);
  });
  it("still adds a number written after 'and' (near-miss)", () => {
    expect(all("It cost 3 hundred and 21 dollars.")).toEqual([[321, "dollar"]]);
  });
});

describe("one unit of time before 'ago'", () => {
  it("is a point in time after a comparison or a qualifier, not an amount", () => {
    expect(all("Sales were 5.2% below a year ago.")).toEqual([[5.2, "percent"]]);
    expect(all("Output ran 3 percent above a month ago.")).toEqual([[3, "percent"]]);
    expect(all("Diesel costs 9p a litre more than a year ago.")).toEqual([[9, "penny per liter"]]);
    expect(all("The mill shut more than a decade ago.")).toEqual([]);
  });
  it("keeps a span of one without 'ago' and counted years before 'ago' (near-misses)", () => {
    expect(all("She waited more than a year for surgery.")).toEqual([[1, "year"]]);
    expect(all("The hearing lasted a day.")).toEqual([[1, "day"]]);
    expect(all("The mill shut more than 30 years ago.")).toEqual([[30, "year"]]);
  });
});

describe("a scale word hyphenated to its digits", () => {
  it("multiplies the figure, alone or on to its noun", () => {
    expect(all("A $4-billion bridge was approved.")).toEqual([[4e9, "dollar"]]);
    expect(all("The port handled a 3-million-tonne cargo.")).toEqual([[3e6, "tonne"]]);
    expect(all("Visitors should cross the 9-million mark in May.").map(([v]) => v)).toEqual([9e6]);
  });
  it("leaves ranges, tie scores and a number after the scale alone (near-misses)", () => {
    expect(all("Seats 5-10 were empty.").map(([v]) => v)).toEqual([[5, 10]]);
    expect(all("It was a 50-50 split.")).toEqual([]);
  });
  it("reads a hyphened abbreviation as a scale only after a currency (near-miss)", () => {
    expect(all("The port bought a 40-tn crane, officials said.").map(([v]) => v)).toEqual([40]);
    expect(all("A $4-bn bridge was approved.")).toEqual([[4e9, "dollar"]]);
  });
});

describe("passing a mark, in the base form after a modal or 'to'", () => {
  it("is more than the mark", () => {
    expect(findQuantities("Ticket sales should cross the 8,000 mark.").map((m) => [m.value, m.qualifier])).toEqual([[8000, "more_than"]]);
    expect(findQuantities("Membership is set to pass the 1 million mark.").map((m) => [m.value, m.qualifier])).toEqual([[1e6, "more_than"]]);
  });
  it("keeps a mark the figure only sits at exact (near-miss)", () => {
    expect(findQuantities("The index sat at the 8,000 mark.").map((m) => [m.value, m.qualifier])).toEqual([[8000, "exact"]]);
  });
  it("keeps a mark not passed exact: not, never, failed to, unable to, yet to before the verb (near-misses)", () => {
    const q = (s: string) => findQuantities(s).map((m) => [m.value, m.qualifier]);
    expect(q("The Tamsin Party failed to cross the 5% threshold needed to enter parliament, officials said.")).toEqual([[5, "exact"]]);
    expect(q("The Tamsin Party has yet to cross the 5% threshold, the latest poll shows.")).toEqual([[5, "exact"]]);
    expect(q("The index did not break the 3,000 level on Tuesday, traders in Marlow said.")).toEqual([[3000, "exact"]]);
    expect(q("Shares could not top the $50 mark this week.")).toEqual([[50, "exact"]]);
    expect(q("Shares couldn't top the $50 mark this week.")).toEqual([[50, "exact"]]);
    expect(q("The firm was unable to pass the 200 mark.")).toEqual([[200, "exact"]]);
  });
});

describe("'estimated' as the verb of who made the estimate", () => {
  const q = (s: string) => findQuantities(s).map((m) => [m.value, m.qualifier]);
  it("does not approximate the figure", () => {
    expect(q("Traders had estimated a 3-million-barrel build.")).toEqual([[3e6, "exact"]]);
    expect(q("The navy earlier estimated 1,200 people were aboard.")).toEqual([[1200, "exact"]]);
    expect(q("They estimated 70 deaths.")).toEqual([[70, "exact"]]);
  });
  it("still approximates 'an estimated', 'some estimated' and 'the estimated' (near-misses)", () => {
    expect(q("An estimated 4,000 people fled.")).toEqual([[4000, "approximately"]]);
    expect(q("Some estimated 300 homes burned.")).toEqual([[300, "approximately"]]);
    expect(q("The estimated 800 residents left.")).toEqual([[800, "approximately"]]);
  });
});

describe("a figure right before 'more/less than the' benchmark", () => {
  const q = (s: string) => findQuantities(s).map((m) => [m.value, m.qualifier]);
  it("takes the comparison, and the benchmark's value is exact", () => {
    expect(q("Takings came in 2.6 percent higher than the $4.1 billion target.")).toEqual([[2.6, "exact"], [4.1e9, "exact"]]);
    expect(q("Sales were 300 more than the 5,000 minimum.")).toEqual([[300, "exact"], [5000, "exact"]]);
  });
  it("still bounds the subject's own amount when no figure stands before (near-misses)", () => {
    expect(q("Spending was higher than the $4.1 billion target.")).toEqual([[4.1e9, "more_than"]]);
    expect(q("The party won less than the 5% threshold.")).toEqual([[5, "less_than"]]);
  });
  it("still bounds it after a year or the day of a date, which says no amount (near-misses)", () => {
    expect(q("In 2024 more than the 3,000 minimum enrolled at Velm University, the registrar said.")).toEqual([[3000, "more_than"]]);
    expect(q("By 2030 more than the 40% target must come from wind, Minister Arlo Penn said.")).toEqual([[40, "more_than"]]);
    expect(q("Since May 12 fewer than the 500 quota have been issued, officials said.")).toEqual([[500, "less_than"]]);
  });
});

describe("scale abbreviations after a space", () => {
  it("reads 'mn' and 'trn' as written apart from the digits, like 'bn' and 'tn'", () => {
    expect(all("Nearly 2.45 mn people have left the region")).toEqual([[2450000, "person"]]);
    expect(all("The fund holds Rs 4.5 mn in deposits.")).toEqual([[4500000, "rupee"]]);
    expect(all("Exports reached 2.1 trn yen.")).toEqual([[2.1e12, "yen"]]);
  });
  it("leaves a spaced 'm' a metre", () => {
    expect(all("The wall is 2.6 m high.")).toEqual([[2.6, "meter"]]);
  });
});

describe("an amount in words written like a cheque", () => {
  it("a comma after the scale word, the rest below it, is one number", () => {
    expect(all("The levy is forty-one thousand, two hundred and ten cedis.")).toEqual([[41210, "cedi"]]);
    expect(all("The fund paid two million, four hundred thousand dollars.")).toEqual([[2400000, "dollar"]]);
  });
  it("reads an ampersand as the 'and' of a number", () => {
    expect(all("Two million, four hundred & ten voters were listed.")).toEqual([[2000410, "voter"]]);
    expect(all("They hired five hundred & then fired ten.").map(([v]) => v)).toEqual([500, 10]);
  });
  it("keeps a list of amounts apart", () => {
    expect(all("They counted two million, three million and then four million voters.").map(([v]) => v)).toEqual([2e6, 3e6, 4e6]);
    expect(all("He owed five thousand, and his brother two thousand.").map(([v]) => v)).toEqual([5000, 2000]);
  });
  it("keeps a clause of 'one of ...' after the comma apart (a lone number word is no cheque's rest)", () => {
    expect(all("A crowd of thirty thousand, one of the largest ever at Kesh stadium, watched the final.")).toEqual([[30000, "spectator"]]);
    expect(all("The death toll reached five thousand, one of the worst disasters in Ardley's history.")).toEqual([[5000, "death"]]);
    expect(all("The camp at Velsby now holds two million, one of the biggest in the region.").map(([v]) => v)).toEqual([2000000]);
    expect(all("The Velsby march drew six thousand, two hundred of them pupils.").map(([v]) => v)[0]).toEqual(6000);
  });
  it("a hyphenated tens word after the comma is a cheque's rest", () => {
    expect(all("The grant was six thousand, twenty-two cedis.")).toEqual([[6022, "cedi"]]);
  });
  it("an amount in words restated in digits in brackets is one figure", () => {
    expect(all("Police arrested seven (7) suspects.")).toEqual([[7, "person"]]);
    expect(all("The fee is Four Thousand, Five Hundred Cedis (GH₵4,500.00) a bag.").map(([v]) => v)).toEqual([4500]);
    expect(all("The fine is two thousand cedis (GH₵2,000).")).toEqual([[2000, "cedi"]]);
  });
  it("keeps a share in brackets after a count in words", () => {
    expect(all("Three people (3%) were hurt.").map(([, u]) => u)).toEqual(["person", "percent"]);
  });
});

describe("a decimal with an unknown abbreviation glued on", () => {
  it("reads the value", () => {
    expect(all("Hobart paid the most, at 131.6xpl.").map(([v]) => v)).toEqual([131.6]);
    expect(all("It was followed by Ashby (118.2xpl) and Corran (109.9xpl).").map(([v]) => v)).toEqual([118.2, 109.9]);
  });
  it("leaves names and codes glued to whole numbers, and versions, alone", () => {
    expect(all("Watch it on 7news tonight.")).toEqual([]);
    expect(all("Version 2.5beta was released.")).toEqual([]);
  });
});

describe("million barrels a day in one glued word", () => {
  it("reads 'mbpd' and 'mbd' as 'mb/d'", () => {
    expect(all("Output rose to 1.9 million barrels per day from 1.4mbpd.")).toEqual([[1.9e6, "barrel per day"], [1.4e6, "barrel per day"]]);
    expect(all("Output was 2.2 mbd in May.")).toEqual([[2.2e6, "barrel per day"]]);
  });
});
