import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { titledPeople } from "./named-later";

/** speaker and attribution of each figure in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a headline closed by its source", () => {
  it("gives a bare title to the one person the article names with it", () => {
    const text = "Grain exports up 30% this year: Minister\n\nTrade Minister Ana Lopes said on Monday that exports rose 30% this year.";
    expect(who(text)[0]).toEqual([30, "Ana Lopes", "paraphrase"]);
  });

  it("does the same for a capitalised title after a dash", () => {
    const text = "Refining reaches 40% of capacity - Energy Minister\n\nThe plant refined 500,000 barrels a day, the country's Energy Minister Teo Varke said.";
    expect(who(text)[0]).toEqual([40, "Teo Varke", "paraphrase"]);
  });

  it("keeps the title when the article names no holder", () => {
    const text = "Grain exports up 30% this year: Minister\n\nExports rose strongly, the ministry said.";
    expect(who(text)[0]).toEqual([30, "minister", "paraphrase"]);
  });

  it("reads 'govt' as 'government'", () => {
    const text = "Floods kill 8 in the north: govt official\n\nFloods killed eight people on Thursday, a government official said.";
    expect(who(text)[0]).toEqual([8, "government official", "paraphrase"]);
  });

  it("does not take a headline's title and the next line's name for one person", () => {
    expect(titledPeople("Exports up: Minister\n\nTrade Minister Ana Lopes spoke.").map((p) => p.name)).toEqual(["Ana Lopes"]);
  });
});

describe("a described source with a phrase after it", () => {
  it("is the source, not the thing the phrase names", () => {
    expect(who("A senior fire officer involved in the rescue said 40 people were saved.")).toEqual([[40, "senior fire officer", "paraphrase"]]);
    expect(who("An economist based in Nairobi said prices would rise 12% next year.")).toEqual([[12, "economist", "paraphrase"]]);
  });

  it("leaves a phrase after a name that is no source alone", () => {
    expect(who("A car involved in the crash hit 3 poles, police said.")).toEqual([[3, "police", "paraphrase"]]);
  });
});

describe("a body's measurement", () => {
  it("is according to the body when it pegged a figure at a value", () => {
    expect(who("The Northern Seismology Institute had pegged the quake at a magnitude of 6.4.")).toEqual([[6.4, "Northern Seismology Institute", "according_to"]]);
  });

  it("is an estimate when analysts pegged it", () => {
    expect(who("Analysts pegged the damage at $2 billion.")).toEqual([[2_000_000_000, "analysts", "paraphrase"]]);
  });

  it("makes no measurement of 'put in', 'put up' or 'put on', whatever 'at' comes later", () => {
    expect(who("Starfall put in a strong showing and is expected to finish with $21 million after opening at 3,800 cinemas.")).toEqual([
      [21_000_000, null, "unattributed"],
      [3800, null, "unattributed"],
    ]);
    expect(who("The Rovers put up 20 points in the second half at home.")).toEqual([[20, null, "unattributed"]]);
    expect(who("The Civic Theatre put on 3 shows at the festival.")).toEqual([[3, null, "unattributed"]]);
  });

  it("still reads an object put at a figure as a body's estimate", () => {
    expect(who("The Civil Defence Agency put the death toll at 40.")).toEqual([[40, "Civil Defence Agency", "according_to"]]);
    expect(who("The Seismic Bureau put it at magnitude 5.2.")).toEqual([[5.2, "Seismic Bureau", "according_to"]]);
    expect(who("The Flood Office pegged the damage from the storm at $3 billion.")).toEqual([[3_000_000_000, "Flood Office", "according_to"]]);
  });

  it("makes no speaker of a person who pegs nothing at a value", () => {
    expect(who("The trader pegs 5 stalls to the wall.")).toEqual([[5, null, "unattributed"]]);
  });

  it("is according to a body that keeps records when it recorded a figure", () => {
    expect(who("The Velmar suburbs weather observatory recorded 188 mm of rain over 24 hours.")).toEqual([
      [188, "Velmar suburbs weather observatory", "according_to"],
      [24, "Velmar suburbs weather observatory", "according_to"],
    ]);
    expect(who("The Kandor seismology office has recorded more than 240 aftershocks.")).toEqual([[240, "Kandor seismology office", "according_to"]]);
  });

  it("leaves a person, a place or a company that recorded something as before", () => {
    expect(who("Maria Olsen recorded 45 songs last year.")).toEqual([[45, null, "unattributed"]]);
    expect(who("Last monsoon, the city recorded 1,930mm of rain.")).toEqual([[1930, null, "unattributed"]]);
    expect(who("Harlow Foods Ltd recorded a profit of $5 million.")).toEqual([[5_000_000, null, "unattributed"]]);
  });
});

describe("speech relayed by an outlet", () => {
  it("belongs to the one who spoke, not the outlet that reported it", () => {
    const text = "President Ana Lopes said no effort would be spared to help victims of a 6.3 magnitude quake that injured more than 700 people, state television reported on Monday.";
    expect(who(text)).toEqual([[6.3, "Ana Lopes", "paraphrase"], [700, "Ana Lopes", "paraphrase"]]);
  });

  it("stays with the outlet when no one speaks before it", () => {
    expect(who("The quake injured more than 700 people, state television reported on Monday.")).toEqual([[700, "state television", "paraphrase"]]);
  });
});

describe("a source referring back", () => {
  it("is the one the sentence before cited when written 'the same source'", () => {
    const text = "Floods killed six people in the north on Monday, a regional official said. Another landslide buried two homes in Tal, said the same source.";
    expect(who(text)[1]).toEqual([2, "regional official", "paraphrase"]);
  });

  it("stays as written with no source before", () => {
    expect(who("Another landslide buried two homes, said the same source.")).toEqual([[2, "same source", "paraphrase"]]);
  });
});

describe("a clause judging an event told before it", () => {
  it("leaves the event's figures to the writer", () => {
    expect(who("At least 20 people died in the strike, in what an army official said was an error.")).toEqual([[20, null, "unattributed"]]);
  });

  it("still gives the figures after the verb to the source", () => {
    expect(who("Prices rose sharply, in what the ministry said was a 9% jump.")).toEqual([[9, "ministry", "paraphrase"]]);
  });
});

describe("a document's publisher in an according-to phrase", () => {
  it("drops the day it was published", () => {
    expect(who("The party won 59.1 percent of the vote, according to data published by the national election watchdog on Friday.")).toEqual([
      [59.1, "national election watchdog", "according_to"],
    ]);
  });

  it("drops the day after a plain source too", () => {
    expect(who("Turnout was 70 percent, according to officials on Friday.")).toEqual([[70, "officials", "according_to"]]);
  });
});

describe("a body issuing or changing its forecast", () => {
  const bank = "The Bank of Norland held its key rate at 2.5% on Thursday. ";

  it("states the forecast's figures", () => {
    const text = `${bank}The central bank also issued revised forecasts for growth and inflation to 1.6% and 3.5%, down from October's projections, which were 1.7% and 3.6%.`;
    expect(who(text).slice(1)).toEqual([1.6, 3.5, 1.7, 3.6].map((v) => [v, "Bank of Norland", "paraphrase"]));
  });

  it("makes no source of a subject that cuts something else", () => {
    expect(who("Floods cut 40 roads in the region.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("an outlet's poll a figure is compared with", () => {
  it("is no observation of the figure", () => {
    expect(who("The bank held its rate at 3.50%, in line with the expectation of all 30 economists in a Reuters poll.")).toEqual([
      [3.5, null, "unattributed"],
      [30, null, "unattributed"],
    ]);
  });

  it("still is the source when the poll shows the figure", () => {
    expect(who("Prices rose 4% last month, a Reuters survey showed.")).toEqual([[4, "Reuters", "observation"]]);
  });
});

describe("a court's sentence in the active voice", () => {
  const court = "The special anti-graft court, Karnal, awarded a four-year jail term to the former manager for taking a bribe of Rs 25,000. ";

  it("is an act on the record, not a statement: no one's", () => {
    expect(who(court)).toEqual([
      [4, null, "unattributed"],
      [25_000, null, "unattributed"],
    ]);
    expect(who("Judge Mara Voss sentenced Dalton, 31, to 18 months in prison.")).toEqual([[18, null, "unattributed"]]);
    expect(who("A jury convicted 3 men of fraud on Friday.")).toEqual([[3, null, "unattributed"]]);
    expect(who("Last month a tribunal fined the operator $2.5 million over the outage.")).toEqual([[2_500_000, null, "unattributed"]]);
    const text = `${court}The court of Ravi Mehta, special judge, also imposed a fine of Rs 1 lakh on him. The judge awarded rigorous imprisonment of four years.`;
    expect(who(text).slice(2)).toEqual([
      [100_000, null, "unattributed"],
      [4, null, "unattributed"],
    ]);
  });

  it("still gives the bench what it says, finds or orders", () => {
    expect(who("Judge Mara Voss said Dalton had made £5,000 from the scheme.")).toEqual([[5_000, "Mara Voss", "paraphrase"]]);
    expect(who("The Velmar High Court ruled that the 12 dismissals were unlawful.")).toEqual([[12, "Velmar High Court", "paraphrase"]]);
    expect(who("Judge Mara Voss ordered him to repay $40,000.")).toEqual([[40_000, "Mara Voss", "paraphrase"]]);
  });

  it("is no one's when the subject is no bench", () => {
    expect(who("Traffic police fined 30 drivers on Monday.")).toEqual([[30, null, "unattributed"]]);
    expect(who("Acme Corp awarded 12 contracts last year.")).toEqual([[12, null, "unattributed"]]);
  });
});

describe("a running total after a reporting clause", () => {
  it("is the writer's tally, whichever side of the figures the verb is", () => {
    expect(who("Four people tested positive on Wednesday, said health officials, bringing the total number of cases this year to 30.")).toEqual([
      [4, "health officials", "paraphrase"],
      [30, null, "unattributed"],
    ]);
    expect(who("Officials on Monday confirmed three more deaths, bringing the total number of deaths to eight.")).toEqual([
      [3, "officials", "paraphrase"],
      [8, null, "unattributed"],
    ]);
  });

  it("stays with a source cited with 'according to', which covers the sentence", () => {
    expect(who("According to the army, five soldiers died of their wounds, bringing the total number of troops killed to nine.")).toEqual([
      [5, "army", "according_to"],
      [9, "army", "according_to"],
    ]);
  });
});

describe("a demand", () => {
  it("states its figures", () => {
    expect(who("Opposition parties called for new elections in nearly 300 constituencies.")).toEqual([[300, "opposition parties", "paraphrase"]]);
  });

  it("shares the subject of a verb before it", () => {
    expect(who("Opposition parties have threatened a boycott and have called for new elections in 300 constituencies.")).toEqual([
      [300, "opposition parties", "paraphrase"],
    ]);
  });

  it("is not a call by name", () => {
    expect(who("The storm called Ana killed 12 people.")).toEqual([[12, null, "unattributed"]]);
  });
});

describe("a source updating its own count", () => {
  it("states the new figure; the writer's comment after it is no one's", () => {
    expect(who("County health officials also increased the total case count to 275 infections, marking a 47-case uptick since July.")).toEqual([
      [275, "county health officials", "paraphrase"],
      [47, null, "unattributed"],
    ]);
    expect(who("The ministry raised the death toll to 40 on Monday.")).toEqual([[40, "ministry", "paraphrase"]]);
  });

  it("is no source when the subject is not one", () => {
    expect(who("The storm raised the water level to 3 meters.")).toEqual([[3, null, "unattributed"]]);
  });
});

describe("two sources speaking together", () => {
  it("are the speaker as written", () => {
    expect(who("At least 266 people were missing, officials and press reports said.")).toEqual([[266, "officials and press reports", "paraphrase"]]);
    expect(who("Police and witnesses said 40 people were hurt.")).toEqual([[40, "police and witnesses", "paraphrase"]]);
  });

  it("leaves a clause joined by 'and' alone", () => {
    expect(who("Rain fell and rivers rose 2 meters, officials said.")).toEqual([[2, "officials", "paraphrase"]]);
  });
});

describe("a participle clause inside the complement of speech", () => {
  it("stays the speaker's", () => {
    expect(who("The minister said that output rose from 2 million to 3 million barrels, marking a 50% rise.")).toEqual([
      [2_000_000, "minister", "paraphrase"],
      [3_000_000, "minister", "paraphrase"],
      [50, "minister", "paraphrase"],
    ]);
    expect(who("Officials said three more people died, bringing the total number of deaths to 30.")).toEqual([
      [3, "officials", "paraphrase"],
      [30, "officials", "paraphrase"],
    ]);
  });
});

describe("business results stated as facts", () => {
  it("makes no source of a company that posted or recorded a result", () => {
    expect(who("For the six months ended June 30, the company posted a consolidated PAT of Rs 61.2 crore, compared to Rs 70.5 crore a year earlier.")).toEqual([
      [612_000_000, null, "unattributed"],
      [705_000_000, null, "unattributed"],
    ]);
    expect(who("The company had posted a net profit of Rs 38.1 crore for the same period last year")).toEqual([[381_000_000, null, "unattributed"]]);
  });

  it("keeps a company that says it earned, a closing 'said', and a post on social media as a paraphrase", () => {
    expect(who("Velta Media says it earned 84 cents per share.")).toEqual([[84, "Velta Media", "paraphrase"]]);
    expect(who("The company had posted a net profit of Rs 38.1 crore for the same period, Velta Media Ltd said in a filing.")).toEqual([[381_000_000, "Velta Media Ltd", "paraphrase"]]);
    expect(who("The minister posted on X that 40 people died.")).toEqual([[40, "minister", "paraphrase"]]);
  });
});

describe("a forecast kept", () => {
  it("is stated by the body that maintained it, also in a relative clause on it", () => {
    const text = "Harlow Foods Corp. says it earned $5 million. The company maintained its outlook for 2024, which includes expected revenue growth between 2.5 and 3 per cent.";
    expect(who(text).at(-1)).toEqual([null, "Harlow Foods Corp.", "paraphrase"]);
  });

  it("leaves a body that kept something other than a forecast unattributed", () => {
    expect(who("The airline kept its fleet of 40 planes.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("figures whose issuer the article names elsewhere", () => {
  it("are according to the body named as releasing them, before and after a dash", () => {
    const text =
      "One in six people now on hospital waiting lists, new figures show\n\n" +
      "Around one in six people in Norland are now waiting for routine appointments, figures released yesterday show.\n\n" +
      "Since then, the list has grown to 6.1 million as of June – the latest monthly figures released by Norland Health Service show.";
    expect(who(text).map(([, sp, at]) => [sp, at])).toEqual([
      ["Norland Health Service", "according_to"],
      ["Norland Health Service", "according_to"],
      ["Norland Health Service", "according_to"],
    ]);
  });

  it("are the unnamed body's the article says released them", () => {
    const text =
      "Factory output in Norland fell 2.4% in May, according to early data released by the government.\n\n" +
      "Output of cars fell 5.1%, the data showed.";
    expect(who(text)).toEqual([
      [2.4, "government", "according_to"],
      [5.1, "government", "according_to"],
    ]);
    const office = "Prices rose 3.1% in May, figures published by the statistics office show. Rents rose 4.2%, the figures show.";
    expect(who(office)[1]).toEqual([4.2, "statistics office", "according_to"]);
  });

  it("stay the data when the body releasing other data is no body", () => {
    const text = "Sales rose 3.1%, data released by the end of the week showed. Rents rose 4.2%, the data showed.";
    expect(who(text)[1]).toEqual([4.2, "data", "according_to"]);
  });

  it("are no one's when the article names no issuer, or two", () => {
    expect(who("Around 40 people are waiting, figures released yesterday show.")).toEqual([[40, null, "unattributed"]]);
    const two = "Around 40 people are waiting, figures released yesterday show. Figures released by the Harbour Board and figures released by Velmar Council differ.";
    expect(who(two)[0]).toEqual([40, null, "unattributed"]);
  });
});

describe("a counted group of respondents", () => {
  it("speaks by the name of the poll, the count being the writer's", () => {
    expect(who("Taken together, 9 analysts polled by Marlow Data expected quarterly earnings of 41 cents a share.")).toEqual([
      [9, null, "unattributed"],
      [41, "analysts polled by Marlow Data", "paraphrase"],
    ]);
    expect(who("In all, 9 analysts polled by Marlow Data expected the firm to post earnings of 41 cents a share.")).toEqual([
      [9, null, "unattributed"],
      [41, "analysts polled by Marlow Data", "paraphrase"],
    ]);
    expect(who("Twelve economists surveyed by Marlow Data predicted a 0.3% rise.")).toEqual([
      [12, null, "unattributed"],
      [0.3, "economists surveyed by Marlow Data", "paraphrase"],
    ]);
  });

  it("leaves an uncounted group as it was", () => {
    expect(who("Economists surveyed by Marlow Data predicted a 0.3% rise.")).toEqual([[0.3, "economists surveyed by Marlow Data", "paraphrase"]]);
  });
});

describe("a count in the subject of a reporting verb", () => {
  it("is the writer's description of the source", () => {
    expect(who("The 12-member alliance said in a statement that output would fall by 200,000 barrels.")).toEqual([
      [12, null, "unattributed"],
      [200_000, "12-member alliance", "paraphrase"],
    ]);
  });

  it("leaves figures set off in an aside or after the verb as they were", () => {
    expect(who("Officials said 300 people died.")).toEqual([[300, "officials", "paraphrase"]]);
    expect(who("Rents rose 12% in May, the housing board said.")).toEqual([[12, "housing board", "paraphrase"]]);
  });
});

describe("', saying' or ', stating' after a body's act", () => {
  it("gives what follows the participle to the subject of the act, the act's own figures to the writer", () => {
    expect(who("The Harbour Trust provided aid to all survivors, stating they \"helped 12 people, including a woman who died.\"")).toEqual([
      [12, "Harbour Trust", "direct_quote"],
    ]);
    expect(who("Police arrested 3 men on Friday, saying they had stolen 40 cars.")).toEqual([
      [3, null, "unattributed"],
      [40, "police", "paraphrase"],
    ]);
    expect(who("The Norland Red Crescent opened 4 shelters, stating that 300 families had moved in.")).toEqual([
      [4, null, "unattributed"],
      [300, "Norland Red Crescent", "paraphrase"],
    ]);
  });

  it("keeps a statement's issuer and an act in another tense as they were read; 'stating' after a thing reports nothing", () => {
    expect(who("The minister released a statement, saying 40 people died.")).toEqual([[40, "minister", "paraphrase"]]);
    expect(who("A letter stating that 300 jobs would go was sent to staff.")).toEqual([[300, null, "unattributed"]]);
    expect(who("The charity gave aid to 40 survivors, saying it had helped 12 families.")).toEqual([
      [40, null, "unattributed"],
      [12, null, "unattributed"],
    ]);
  });
});

describe("figures no one is named as giving", () => {
  it("are the writer's account when nothing says whose they are", () => {
    expect(who("Figures show there were 136 burglaries this year.")).toEqual([[136, null, "unattributed"]]);
    expect(who("But early data showed that student numbers fell by more than 30 per cent.")).toEqual([[30, null, "unattributed"]]);
    expect(who("Separate figures showed the number of crimes fell 4% to 4.2 million.")).toEqual([[4, null, "unattributed"], [4200000, null, "unattributed"]]);
  });

  it("stay a source when a body, a kind or an earlier mention says whose", () => {
    expect(who("Cities grew by 52,000 people, Census data released this morning shows.")[0].slice(1)).toEqual(["Census", "according_to"]);
    expect(who("Official figures show 40 people died.")).toEqual([[40, "official figures", "according_to"]]);
    expect(who("Federal statistics show 40 people died.")).toEqual([[40, "federal statistics", "according_to"]]);
    expect(who("New figures from the Office for National Statistics show 12 people died.")).toEqual([[12, "Office for National Statistics", "according_to"]]);
    expect(who("The figures show 40 ships waited.")).toEqual([[40, "figures", "according_to"]]);
    expect(who("A new study shows 40 ships waited.")).toEqual([[40, "new study", "according_to"]]);
  });
});

describe("what a report finds, notes or discloses", () => {
  it("is according to the report", () => {
    expect(who("The audit report identified 56 cases of misuse.")).toEqual([[56, "audit report", "according_to"]]);
    expect(who("The report also disclosed that 12 berths were empty.")).toEqual([[12, "report", "according_to"]]);
    expect(who("A new report noted that output fell 7%.")).toEqual([[7, "new report", "according_to"]]);
  });
  it("leaves a report's words, and a statement's, a paraphrase", () => {
    expect(who("The report warned that 40 schools could close.")).toEqual([[40, "report", "paraphrase"]]);
    expect(who("The statement disclosed that 30 people were held.")).toEqual([[30, "statement", "paraphrase"]]);
  });
});
