import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a body's name followed by the lower-case kind of body it is", () => {
  it("drops the kind when the last word of the name is people of a trade or the article abbreviates the name", () => {
    const text =
      "Tractor maker Holbrook ended a walkout on Tuesday after a deal that includes a pay rise, the Allied Farm Workers union said.\n\n" +
      "A total of 58 percent of AFW members approved the deal, the union said.\n\nThe workers will return on Monday, the AFW said.";
    expect(who(text)).toEqual([
      [null, "Allied Farm Workers", "paraphrase"],
      [58, "Allied Farm Workers", "paraphrase"],
      [null, "Allied Farm Workers", "paraphrase"],
    ]);
    expect(who("The Coastal Dock Workers union said 300 members walked out.")).toEqual([[300, "Coastal Dock Workers", "paraphrase"]]);
    expect(who("The Islamic State group said 40 people were killed. IS fighters took the town.")[0]).toEqual([40, "Islamic State", "paraphrase"]);
  });

  it("keeps the kind after a place or a people's adjective, a possessive, or a name the article never abbreviates", () => {
    expect(who("The Hong Kong group said 40 people were hurt.")).toEqual([[40, "Hong Kong group", "paraphrase"]]);
    expect(who("The South Korean group said 40 people were hurt.")).toEqual([[40, "South Korean group", "paraphrase"]]);
    expect(who("The Islamic State group said 40 people were killed.")).toEqual([[40, "Islamic State group", "paraphrase"]]);
    expect(who("The Kandor Farmers' union said 30 farms were lost.")).toEqual([[30, "Kandor Farmers' union", "paraphrase"]]);
    expect(who("The Velmar suburbs weather observatory said 40 mm of rain fell.")).toEqual([[40, "Velmar suburbs weather observatory", "paraphrase"]]);
  });
});

describe("'and' joining two lower-case modifiers of a title before a name", () => {
  it("reads the title's description whole and credits the named person, in the quote and its continuation", () => {
    const text =
      "Firefighters said the blaze was contained.\n\n" +
      "\"We pulled out 14 workers. They have been treated and sent home,\" city fire and rescue services official Dalton Hemba told Reuters.\n\n" +
      "\"There could be more, but we will not send our crews down there.\"";
    expect(who(text)).toEqual([
      [null, "Firefighters", "paraphrase"],
      [14, "Dalton Hemba", "direct_quote"],
      [null, "Dalton Hemba", "direct_quote"],
      [null, "Dalton Hemba", "direct_quote"],
    ]);
    expect(who("\"Output fell by 12 percent,\" oil and gas minister Tarek Abidi told reporters.")).toEqual([[12, "Tarek Abidi", "direct_quote"]]);
    expect(who("\"Output fell by 12 percent,\" health and safety chief Tarek Abidi said.")).toEqual([[12, "Tarek Abidi", "direct_quote"]]);
  });

  it("leaves an 'and' after a verb or between two names as it was", () => {
    expect(who("Output fell by 12 percent, state media reported and police official Tarek Abidi said.")).toEqual([[12, "state media", "paraphrase"]]);
    expect(who("Output fell by 12 percent, Tarek Abidi and police official Omar Gedi said.")).toEqual([[12, null, "unattributed"]]);
  });
});

describe("'declared' a thing in a state", () => {
  it("is an act, not words: the figures after it are the article's own", () => {
    const text =
      "Fire chief Dana Wolcott said the crews were tired.\n\n" +
      "Wolcott declared the search operation closed about three hours after the 14 workers were brought out.";
    expect(who(text)).toEqual([
      [null, "Dana Wolcott", "paraphrase"],
      [3, null, "unattributed"],
      [14, null, "unattributed"],
    ]);
    expect(who("The mayor declared the bridge unsafe after 40 cracks were found.")).toEqual([[40, null, "unattributed"]]);
  });

  it("still reports a figure inside the state, a 'that' clause, a clause without 'that' and a declared emergency with figures", () => {
    expect(who("The mayor declared the fire 40 percent contained.")).toEqual([[40, "mayor", "paraphrase"]]);
    expect(who("The mayor declared that 40 homes were lost.")).toEqual([[40, "mayor", "paraphrase"]]);
    expect(who("The mayor declared the bridge would reopen in 40 days.")).toEqual([[40, "mayor", "paraphrase"]]);
    expect(who("The governor declared a state of emergency for 31 counties.")).toEqual([[31, "governor", "paraphrase"]]);
  });
});

describe("a day and date set off by commas between the subject and the verb", () => {
  it("says when, so the subject before it speaks", () => {
    expect(who("The council Thursday, October 9, 2025, announced the award of 1,480 plots under the land scheme.")).toEqual([[1480, "council", "paraphrase"]]);
    expect(who("The council on Thursday, October 9, 2025, announced the award of 1,480 plots.")).toEqual([[1480, "council", "paraphrase"]]);
    expect(who("The housing board, on Tuesday, said 3,120 units were sold.")).toEqual([[3120, "housing board", "paraphrase"]]);
    expect(who("The housing board, on March 3, said 3,120 units were sold.")).toEqual([[3120, "housing board", "paraphrase"]]);
  });

  it("keeps the day without commas and a subject that is no source as they were", () => {
    expect(who("The ministry Tuesday announced the sale of 3,120 units.")).toEqual([[3120, "ministry", "paraphrase"]]);
    expect(who("Sales of 3,120 units on Monday, April 28, were announced.")).toEqual([[3120, null, "unattributed"]]);
  });
});

describe("a count revised by who holds it", () => {
  it("credits the total it brings the count to, with a time and a manner adverb between subject and verb", () => {
    expect(who("Halvorsen on Friday sharply revised the number of customers whose data was stolen, bringing the total to a possible 40 million people from 25 million.")).toEqual([
      [40000000, "Halvorsen", "paraphrase"],
      [25000000, "Halvorsen", "paraphrase"],
    ]);
    expect(who("The agency revised its estimate of the toll, bringing the total to 61.")).toEqual([[61, "agency", "paraphrase"]]);
    expect(who("The ministry formally announced the sale of 3,120 units.")).toEqual([[3120, "ministry", "paraphrase"]]);
  });

  it("leaves a running total after a plain report and a body whose name ends in -ly as they were", () => {
    expect(who("Officials confirmed three more deaths, bringing the total to eight.")).toEqual([
      [3, "officials", "paraphrase"],
      [8, null, "unattributed"],
    ]);
    expect(who("The family said 12 relatives were missing.")).toEqual([[12, "family", "paraphrase"]]);
  });
});

describe("a short whole sentence quoted after a comma or colon", () => {
  it("is a direct quote of the speaker, however short", () => {
    expect(who("Witness Carla Denholm tells the BBC, “Debris was flying everywhere.”")).toEqual([[null, "Carla Denholm", "direct_quote"]]);
    expect(who("Witness Omar Vance told reporters: “It was chaos.”")).toEqual([[null, "Omar Vance", "direct_quote"]]);
  });

  it("leaves a short phrase borrowed in lower case as a paraphrase", () => {
    expect(who("Witness Omar Vance said the scene was “utter chaos.”")).toEqual([[null, "Omar Vance", "paraphrase"]]);
    expect(who("Witness Omar Vance called the plan, in his words, “a mess.”")).toEqual([[null, "Omar Vance", "paraphrase"]]);
  });
});

describe("a place that 'recorded' a figure, named before with the kind of place it is", () => {
  it("reports nothing, in both clauses", () => {
    const text =
      "Vacancy rates in the Harwick CBD and Delmont CBD fell to 4 percent, the Tenancy Council said.\n\n" +
      "Harwick recorded the highest weekly rent at $812.50 per week, while Delmont recorded $640.";
    expect(who(text)).toEqual([
      [4, "Tenancy Council", "paraphrase"],
      [812.5, null, "unattributed"],
      [640, null, "unattributed"],
    ]);
    expect(who("Lake County recorded 40 new cases on Monday.")).toEqual([[40, null, "unattributed"]]);
  });

  it("keeps a body that keeps records as the source", () => {
    expect(who("The Lake County Health Department recorded 40 new cases on Monday.")).toEqual([[40, "Lake County Health Department", "according_to"]]);
    expect(who("The weather bureau recorded 40 mm of rain in Lake County.")).toEqual([[40, "weather bureau", "according_to"]]);
  });
});

describe("a site the article names as a company's facility", () => {
  it("is no company 'the company' refers to", () => {
    const text =
      "Miner Corvane Resources said on Tuesday output climbed 4% in the period, helped by higher throughput at its Talsa-Norte mine in Peru.\n\n" +
      "Talsa-Norte, one of Corvane's biggest growth projects, is expected to produce 12 million tonnes of copper ore in 2026, the company said.\n\n" +
      "Production of ore at Talsa-Norte was 3.1 million tonnes in the quarter, the company said.";
    expect(who(text)).toEqual([
      [4, "Corvane Resources", "paraphrase"],
      [12000000, "Corvane Resources", "paraphrase"],
      [3100000, "Corvane Resources", "paraphrase"],
    ]);
  });

  it("keeps a company whose name the article writes before a site's noun without a possessive", () => {
    expect(who("Rio Tinto said output at the Rio Tinto mine rose 4%.\n\nRio Tinto expects 12 million tonnes of ore in 2026, the company said.")[1]).toEqual([12000000, "Rio Tinto", "paraphrase"]);
  });
});

describe("a wire dateline opened by the date", () => {
  it("is no company or speaker", () => {
    const text = "Nov 3 (Reuters) - Harlow Foods said sales rose 4% in the quarter.\n\nThe company said 300 jobs would go.";
    expect(who(text)).toEqual([
      [4, "Harlow Foods", "paraphrase"],
      [300, "Harlow Foods", "paraphrase"],
    ]);
    expect(who("Sept. 14, 2024 (Reuters) - Harlow Foods said sales rose 4%.")).toEqual([[4, "Harlow Foods", "paraphrase"]]);
  });

  it("leaves a place's dateline as it was", () => {
    expect(who("LIMA (Reuters) - Harlow Foods said sales rose 4% in the quarter.")).toEqual([[4, "Harlow Foods", "paraphrase"]]);
  });
});

describe("a name written right before 'shares' mid-sentence", () => {
  it("is a company a later description by its trade refers to", () => {
    const text = "Investors sent Harbor Soft shares up more than 12% on Friday.\n\nThe software giant said profit jumped 17% over the six months to June.";
    expect(who(text)).toEqual([
      [12, null, "unattributed"],
      [17, "Harbor Soft", "paraphrase"],
    ]);
  });

  it("leaves a kind of share and a description with no company named as they were", () => {
    const text = "Investors sold Class A shares on Friday.\n\nThe software giant said profit jumped 17% over the six months to June.";
    expect(who(text)).toEqual([[17, "software giant", "paraphrase"]]);
    expect(who("The oil giant said output rose 4%.")).toEqual([[4, "oil giant", "paraphrase"]]);
  });
});

describe("a name whose stock moves", () => {
  it("is a company a later description by its trade refers to, at the opening or mid-sentence", () => {
    const text = "Tarvik Labs stock closed up 5% on Thursday.\n\nThe biotech company said sales of its lead drug doubled to $61 million.";
    expect(who(text)).toEqual([
      [5, null, "unattributed"],
      [61000000, "Tarvik Labs", "paraphrase"],
    ]);
    expect(who("Traders sent Orla Freight stock down 3% on Monday. The shipping company said volumes fell 8%.")[1]).toEqual([8, "Orla Freight", "paraphrase"]);
  });

  it("leaves a kind of stock and stock markets as they were", () => {
    expect(who("Common stock rose 5% on Friday. The software company said profit rose 12%.")[1]).toEqual([12, "software company", "paraphrase"]);
    expect(who("Norland stock markets fell 2% on Friday. The software company said profit rose 12%.")[1]).toEqual([12, "software company", "paraphrase"]);
  });
});

describe("a headline's name changing a count or an estimate it holds", () => {
  it("reports the new figure", () => {
    const text = "Halvorsen lifts count of accounts hit by cyberattack to 55 million\n\nHalvorsen on Wednesday revised the number of accounts hit to 55 million.";
    expect(who(text)).toEqual([
      [55000000, "Halvorsen", "paraphrase"],
      [55000000, "Halvorsen", "paraphrase"],
    ]);
    expect(who("Orla Freight lifts sales forecast to 4%\n\nOrla Freight said on Friday sales would grow.")[0]).toEqual([4, "Orla Freight", "paraphrase"]);
  });

  it("leaves an act on a thing and a change with no figure it holds as the article's own", () => {
    expect(who("Halvorsen cuts 400 jobs\n\nHalvorsen said on Friday it would cut 400 jobs.")[0]).toEqual([400, null, "unattributed"]);
    expect(who("Halvorsen raises prices by 4%\n\nHalvorsen said on Friday prices would rise.")[0]).toEqual([4, null, "unattributed"]);
  });
});

describe("a month and a day written like a numbered name", () => {
  it("is a date, no body a later 'the company' refers to", () => {
    const text =
      "Halvorsen first acknowledged on Nov. 7 that records of roughly 35 million users had been taken.\n\n" +
      "But as its inquiry went on, the company said it found that 60 million more were hit.";
    expect(who(text)).toEqual([
      [35000000, "Halvorsen", "paraphrase"],
      [60000000, "Halvorsen", "paraphrase"],
    ]);
  });
});

describe("'complained that'", () => {
  it("reports what the complaint says", () => {
    expect(who("Workers complained that the offered raise was too small given that the firm made a profit of $2.1 billion last year.")).toEqual([[2100000000, "workers", "paraphrase"]]);
    expect(who("The union complained that 300 members had not been paid.")).toEqual([[300, "union", "paraphrase"]]);
    expect(who("Residents complain that 40 homes still lack water.")).toEqual([[40, "residents", "paraphrase"]]);
  });

  it("leaves a complaint about a thing, with no clause, as the article's own", () => {
    expect(who("Residents complained of 40 power cuts last month.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("a source's own words quoted after 'according to'", () => {
  it("makes the figures inside the quotation a direct quote", () => {
    const text = "According to the union, the agreement contains \"a $4,500 ratification payment; 11 percent rise in pay spread across the agreement's term,\" and more holidays.";
    expect(who(text)).toEqual([
      [4500, "union", "direct_quote"],
      [11, "union", "direct_quote"],
    ]);
  });

  it("leaves a figure outside the quotation and a short borrowed phrase as according_to", () => {
    expect(who("According to the union, the deal includes a \"record\" 15 percent raise.")).toEqual([[15, "union", "according_to"]]);
    expect(who("According to police, 40 people were \"seriously hurt\".")).toEqual([[40, "police", "according_to"]]);
    expect(who("The deal includes 15 percent more pay, according to the union.")).toEqual([[15, "union", "according_to"]]);
  });
});

describe("an acronym that gives 'of' its letter", () => {
  it("stands for the body named in full before", () => {
    const text = "The Department of Energy on Thursday reported a 14% rise in fuel imports.\n\nFrom July to September, the DOE said it logged 6,275 shipments.";
    expect(who(text)).toEqual([
      [14, "Department of Energy", "paraphrase"],
      [6275, "Department of Energy", "paraphrase"],
    ]);
    expect(who("The Bank of Kandor held rates on Tuesday.\n\nThe BOK said inflation would ease to 3% next year.")).toEqual([[3, "Bank of Kandor", "paraphrase"]]);
  });

  it("leaves an acronym whose letters do not spell the name as written", () => {
    const text = "The Department of Energy on Thursday reported a 14% rise in fuel imports.\n\nThe DHS said it logged 6,275 shipments.";
    expect(who(text)[1]).toEqual([6275, "DHS", "paraphrase"]);
  });
});
