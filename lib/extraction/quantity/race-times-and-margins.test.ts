import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("finishing times on a stopwatch", () => {
  it("reads h:mm:ss as one duration in seconds, with the qualifier before it", () => {
    expect(all("She won the half-marathon in 1:05:42 on Sunday.")).toEqual([[3942, "exact", "second"]]);
    expect(all("The favourite hoped to run under 2:08:15 this time.")).toEqual([[7695, "less_than", "second"]]);
  });
  it("reads times in brackets after the runners' names", () => {
    expect(all("Jones (3:41:09) beat Lee (3:52:40) by a wide margin.")).toEqual([[13269, "exact", "second"], [13960, "exact", "second"]]);
  });
  it("reads m:ss with hundredths as minutes and seconds", () => {
    expect(all("He clocked 3:31.56 in the final.")).toEqual([[211.56, "exact", "second"]]);
  });
  it("leaves times of day, verses, ratios and scores alone", () => {
    expect(all("The session opens at 9:45 and closes at 4:20 p.m.")).toEqual([]);
    expect(all("The blast was logged at 14:02:11 GMT.")).toEqual([]);
    expect(all("The pastor quoted Romans 8:28 at the service.")).toEqual([]);
    expect(all("The board voted by a 3:1 margin.")).toEqual([]);
    expect(all("The visitors won 3-1 at home.")).toEqual([]);
    expect(all("The entry dated 2021-06-30 08:15:00 was changed.")).toEqual([]);
  });
});

describe("durations spelled out in three units", () => {
  it("counts 'h hours, m minutes, and s seconds' (with the serial comma) as seconds", () => {
    expect(all("She crossed the line in three hours, four minutes, and 12 seconds.")).toEqual([[11052, "exact", "second"]]);
    expect(all("She crossed the line in three hours, four minutes and 12 seconds.")).toEqual([[11052, "exact", "second"]]);
  });
  it("keeps a list of spans a list", () => {
    expect(all("The trek took 2 years, 5 months, 9 days, and 3 hours.").map(([v, , u]) => [v, u])).toEqual([[2, "year"], [5, "month"], [9, "day"], [3, "hour"]]);
  });
  it("still counts a margin in two units", () => {
    expect(all("He lowered the record by three minutes and 5 seconds.")).toEqual([[185, "exact", "second"]]);
  });
});

describe("margins and shorthand percent", () => {
  it("reads 'pc' as percent, 'PC' not", () => {
    expect(all("Output fell 3.4 pc in March.")).toEqual([[3.4, "exact", "percent"]]);
    expect(all("Prices rose minus 0.5 pc, or rather fell.")[0]).toEqual([-0.5, "exact", "percent"]);
    expect(all("Turnout was 61 pc, up 3 pc points and 2 pct points on the region.")).toEqual([[61, "exact", "percent"], [3, "exact", "percentage point"], [2, "exact", "percentage point"]]);
  });
  it("reads 'plus/minus one point' and 'plus or minus one point' as a stated margin", () => {
    expect(all("The goal is 3%, plus/minus one percentage point.")).toEqual([[3, "exact", "percent"], [1, "exact", "percentage point"]]);
    expect(all("The poll has a margin of plus or minus one percentage point.")).toEqual([[1, "exact", "percentage point"]]);
    expect(findQuantities("The goal is 3%, plus/minus one point.")[1]?.text).toBe("plus/minus one point");
  });
});

describe("frequencies", () => {
  it("reads hertz and its multiples, and a figure it changes to", () => {
    expect(all("The grid frequency fell from 60 hertz to zero.")).toEqual([[60, "exact", "hertz"], [0, "exact", "hertz"]]);
    expect(all("The station broadcasts on 99.5 MHz and the mains run at 50 Hz.")).toEqual([[99.5, "exact", "megahertz"], [50, "exact", "hertz"]]);
  });
});

describe("conversions and left-out nouns", () => {
  it("gives a currency conversion in brackets the qualifier of the amount it converts", () => {
    expect(all("Losses could exceed 5 billion rupees ($60 million), officials said.")).toEqual([[5e9, "more_than", "rupee"], [6e7, "more_than", "dollar"]]);
    expect(all("He paid about 900 euros ($1,000) for it.")).toEqual([[900, "approximately", "euro"], [1000, "approximately", "dollar"]]);
  });
  it("keeps a conversion's own qualifier, and money listed after a comma its own", () => {
    expect(all("The fine was $2m (around 30m rand).")).toEqual([[2e6, "exact", "dollar"], [3e7, "approximately", "rand"]]);
    expect(all("Sales topped $9 million, and 4 million euros came from Spain.").map(([, q]) => q)).toEqual(["more_than", "exact"]);
  });
  it("gives a vague amount after 'and' the noun of the count before it", () => {
    expect(all("The storm left 14 people dead and thousands in the hills without power.")).toEqual([[14, "exact", "person"], [[2000, 9999], "vague", "person"]]);
  });
  it("counts 'others' something befell as people", () => {
    expect(all("Nearly 40 others were injured in the blast.")).toEqual([[40, "nearly", "person"]]);
  });
  it("counts the first of two nouns named together right after the number", () => {
    expect(all("Floods cut off 120 farms and hamlets in the valley.")).toEqual([[120, "exact", "farm"]]);
    expect(all("Inspectors checked 300 mines and quarries, and closed ten.")[0]).toEqual([300, "exact", "mine"]);
    expect(all("The plant shed 800 jobs and wages fell.")).toEqual([[800, "exact", "job"]]);
    expect(all("The blaze razed 50 homes and threatens 900 more.").map(([, , u]) => u)[0]).toBe("home");
    expect(all("Crews sent 60 fire officers and paramedics.")).toEqual([[60, "exact", "officer"]]);
  });
});

describe("spans of time stated with 'a'", () => {
  it("counts 'a week of heavy rains' as one week, not a frame, a frequency or an idiom", () => {
    expect(all("A fortnight of talks ended, and a week of heavy snowstorms followed.")).toEqual([[1, "exact", "week"]]);
    expect(all("After a month of protests the law was withdrawn.")).toEqual([[1, "exact", "month"]]);
    expect(all("It rained every day of the week, once a week of it hard.")).toEqual([]);
    expect(all("It happened a year ago.")).toEqual([]);
    expect(all("The town held a day of mourning after a year of music.")).toEqual([]);
  });
});

describe("temperatures glued to their scale", () => {
  it("reads '-10C in Kyiv' and '35C and rising', but not a form's name", () => {
    expect(all("Lows hit -10C in Kyiv and 35C and rising in Delhi.")).toEqual([[-10, "exact", "degree celsius"], [35, "exact", "degree celsius"]]);
    expect(all("The fund made its 13F filing late.")).toEqual([]);
  });
});

describe("readings and periods after an amount", () => {
  it("reads 'a quake measuring 6.2' as a magnitude", () => {
    expect(all("The tremor, measuring 5.8, shook the coast.")).toEqual([[5.8, "exact", "magnitude"]]);
    expect(all("A table measuring 2.5 metres stood there.")).toEqual([[2.5, "exact", "meter"]]);
  });
  it("reads 'over 10 years' after an amount as the period it accrues over", () => {
    expect(all("The plan would cost $2 billion over 10 years.")).toEqual([[2e9, "exact", "dollar"], [10, "exact", "year"]]);
    expect(all("They fought for over two hours.")).toEqual([[2, "more_than", "hour"]]);
  });
});

describe("a bare 'scores'", () => {
  it("counts people something befell, not test scores", () => {
    expect(all("At least 12 people were killed and scores injured.")).toEqual([[12, "at_least", "person"], [[40, 99], "vague", "person"]]);
    expect(all("The blast killed nine, wounding scores.")).toEqual([[9, "exact", "person"], [[40, 99], "vague", "person"]]);
    expect(all("Test scores and scores were mixed, and scores of pupils failed.")).toEqual([[[40, 99], "vague", "pupil"]]);
  });
});

describe("the old figure of a change", () => {
  it("takes the unit of the new figure, past a conversion in brackets", () => {
    expect(all("Unemployment rose to 6.1% from 5.8 in June.").map(([, , u]) => u)).toEqual(["percent", "percent"]);
    expect(all("Sales fell to 4.2 billion euros ($4.6 billion) from 4.9 billion.").map(([, , u]) => u)).toEqual(["euro", "dollar", "euro"]);
    expect(all("Output rose to 1.4 million barrels per day from 1.3 million.").map(([, , u]) => u)).toEqual(["barrel per day", "barrel per day"]);
  });
  it("not across a sentence's clauses", () => {
    expect(all("It cost $5 million; from 30 staff, it grew.").map(([, , u]) => u)).toEqual(["dollar", "staff"]);
  });
});

describe("part of a group just named", () => {
  it("counts in the group's noun", () => {
    expect(all("Of the 120 miners, 97 were brought out alive.")).toEqual([[120, "exact", "miner"], [97, "exact", "miner"]]);
    expect(all("He met 120 miners, and 97 were brought out alive.").map(([, , u]) => u)).toEqual(["miner", "miner"]);
    expect(all("The club has lost 9 of its last 11 matches.")).toEqual([[9, "exact", "match"], [11, "exact", "match"]]);
  });
});

describe("vague amounts of more of a group", () => {
  it("count in the group's noun", () => {
    expect(all("The storm wrecked 40 boats and damaged dozens more.")).toEqual([[40, "exact", "boat"], [[24, 99], "vague", "boat"]]);
    expect(all("Gunmen seized 18 villagers and abducted several others.")).toEqual([[18, "exact", "villager"], [[3, 9], "vague", "villager"]]);
    expect(all("Several others were hurt.")).toEqual([[[3, 9], "vague", "person"]]);
    expect(all("He wanted several more.")).toEqual([]);
  });
});

describe("a race time written out in minutes and seconds with hundredths", () => {
  it("is one time in seconds", () => {
    expect(all("She touched first in a time of 1 minute, 6.48 seconds.")).toEqual([[66.48, "exact", "second"]]);
    expect(all("He clocked 3 minutes, 52.7 seconds.")).toEqual([[232.7, "exact", "second"]]);
  });
  it("keeps a part in another unit with a decimal as its own figure", () => {
    expect(all("They waited 3 hours and 20.5 minutes.")).toEqual([[3, "exact", "hour"], [20.5, "exact", "minute"]]);
  });
});
