import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("definite descriptions refer back to sources described earlier", () => {
  it("gives 'the spokesman' to the unnamed spokesman described before", () => {
    const text = "Nine bridges were washed away, said a provincial police spokesman. Also, 14 schools were shut, the spokesman said.";
    expect(who(text)).toEqual([
      [9, "provincial police spokesman", "paraphrase"],
      [14, "provincial police spokesman", "paraphrase"],
    ]);
  });
  it("keeps a bare plural as written: only 'the' refers back", () => {
    const text = "Port workers walked out, harbour officials said. About 300 ships waited, officials said.";
    expect(who(text)).toEqual([
      [null, "harbour officials", "paraphrase"],
      [300, "officials", "paraphrase"],
    ]);
  });
});

describe("what describes a source is not its name", () => {
  it("drops a relative clause after a source named after the verb", () => {
    expect(who("Six people were hurt, said a district council spokeswoman who gave the toll as eight.")[0]).toEqual([6, "district council spokeswoman", "paraphrase"]);
  });
  it("drops a relative clause after 'according to'", () => {
    expect(who("Soil loss doubled in 20 years, according to a group of agronomists who studied 400 farms.")[0]).toEqual([20, "group of agronomists", "according_to"]);
  });
  it("reads a word capitalised only to open the sentence as no speaker", () => {
    const text = "The board said 40 new cases were found. Cumulative confirmed cases reached 310, according to the board. The cumulative total is rising.";
    expect(who(text)[1]).toEqual([310, "board", "according_to"]);
  });
  it("skips a capitalised title of a body set off by commas", () => {
    expect(who("Marta van Dijk, Festival Director and Chair of Tulip Events, said 80,000 people came.")).toEqual([[80_000, "Marta van Dijk", "paraphrase"]]);
  });
  it("skips a town-and-state place inside an apposition", () => {
    expect(who("Lakeside Regional Clinic, a hospital in Dover, Delaware, said it treated 23 people.")).toEqual([[23, "Lakeside Regional Clinic", "paraphrase"]]);
  });
  it("drops a legislator's title and reads a long description closed by a title", () => {
    expect(who("Congresswoman Ada Price said 30 homes were lost.")).toEqual([[30, "Ada Price", "paraphrase"]]);
    expect(who("“We moved 200 families,” North Vale district relief minister K. Anand Pillai told reporters.")).toEqual([[200, "K. Anand Pillai", "direct_quote"]]);
  });
});

describe("courts", () => {
  it("reads what a court upheld or found as its ruling, the court described by a modifier it was first written with", () => {
    const text =
      "The provincial Supreme Court of Arlan delivered its verdict on Monday. Kell had been tried by the District Court of Orme. " +
      "The provincial court also upheld the 12-year term for his brother. The court found Kell guilty of holding 30 rifles.";
    expect(who(text)).toEqual([
      [12, "Supreme Court of Arlan", "paraphrase"],
      [30, "Supreme Court of Arlan", "paraphrase"],
    ]);
  });
  it("still reads an order from anyone but the bench as no statement", () => {
    expect(who("Police ordered 300 homes evacuated.")).toEqual([[300, null, "unattributed"]]);
  });
});

describe("documents", () => {
  it("gives a dated report to the body cited for the report before", () => {
    const text =
      "Exports rose 4% in March, according to the Trade Statistics Office. Tuesday's report also said imports fell 2%. The report also showed that 900 firms closed.";
    expect(who(text)).toEqual([
      [4, "Trade Statistics Office", "according_to"],
      [2, "Trade Statistics Office", "paraphrase"],
      [900, "Trade Statistics Office", "according_to"],
    ]);
  });
  it("reads 'finds that' and 'suggests that' of a document as its stated conclusion, 'shows' as what it shows", () => {
    expect(who("Survey finds that 40% of renters moved")).toEqual([[40, "survey", "paraphrase"]]);
    expect(who("A new survey published Monday suggests that 3 in 10 renters moved.")).toEqual([[0.3, "survey", "paraphrase"]]);
    expect(who("The survey shows 40% of renters moved.")).toEqual([[40, "survey", "according_to"]]);
  });
  it("gives a whole sentence to a closing 'says the study' described by a relative clause", () => {
    expect(who("The authors sampled 1,200 wells and estimated that 35% were dry, says the study, which appears in Hydrology Letters.")).toEqual([
      [1200, "study", "paraphrase"],
      [35, "study", "paraphrase"],
    ]);
  });
  it("reads a figure recorded on a named certificate or register as according to it", () => {
    expect(who("The number recorded on the official Harbour Register certificate is 4,210.")).toEqual([[4210, "Harbour Register certificate", "according_to"]]);
  });
});

describe("held figures and reporting verbs", () => {
  it("gives a figure with thousands separators, or held in the passive, to those who expected it", () => {
    expect(who("Orders fell by 30,000, more than the 12,000 analysts expected.")[1]).toEqual([12_000, "analysts", "paraphrase"]);
    expect(who("That was below the $4.1 billion profit forecast by analysts polled by Refinitiv.")).toEqual([[4_100_000_000, "analysts", "paraphrase"]]);
  });
  it("reads 'X reports' before an amount as a verb, 'reports' before a verb as a noun", () => {
    expect(who("Norland reports 12 new measles cases")).toEqual([[12, "Norland", "paraphrase"]]);
    expect(who("Initial reports indicated 12 people died.")).toEqual([[12, null, "unattributed"]]);
  });
  it("skips 'since' between the subject and its verb", () => {
    const text = "The Electoral Board (EB) ran the vote. The EB has since disclosed that 1,204 ballots were spoiled.";
    expect(who(text)).toEqual([[1204, "Electoral Board", "paraphrase"]]);
  });
});

describe("people referred to again", () => {
  it("reads 'according to him' as the person last named", () => {
    const text = "Port commander Ilse Brandt said 40 containers were opened. According to him, 12 held weapons.";
    expect(who(text)[1]).toEqual([12, "Ilse Brandt", "according_to"]);
  });
  it("gives 'the Norlandic minister' to the minister the article named with that nationality", () => {
    const text = "Norlandic Fisheries Minister Oskar Lind denied the claim. Later, the Norlandic minister said quotas would fall 8%.";
    expect(who(text)).toEqual([
      [null, "Oskar Lind", "paraphrase"],
      [8, "Oskar Lind", "paraphrase"],
    ]);
  });
  it("reads an acronym's title as the person holding it, not a body", () => {
    const text = "The Chairman of the Vale Electoral Board (VEB) Mara Holt said 61% voted. The VEB Chairman noted that 20 polls opened late.";
    expect(who(text)[1]).toEqual([20, "Mara Holt", "paraphrase"]);
  });
  it("names the person after a described title, and a town after the body they work for is no speaker", () => {
    expect(who("“We saw 30 cases,” a clinic spokeswoman in the capital Ruth Adeyemi told reporters.")).toEqual([[30, "Ruth Adeyemi", "direct_quote"]]);
    expect(who("Dr Tomas Berg of Lakeside Clinic, Dunmore, said 14 children were treated.")).toEqual([[14, "Tomas Berg", "paraphrase"]]);
  });
});

describe("nested sources", () => {
  it("gives figures after 'said that according to X' to X", () => {
    expect(who("The chairman said that according to provisional results, the party won 41 seats.")).toEqual([[41, "provisional results", "according_to"]]);
  });
});

describe("titles of a body, and people mentioned without a quote", () => {
  it("reads 'Deputy Commissioner of Police' as a title, so 'police' stays police and the title's initials are its holder", () => {
    const text =
      "Traffic stopped for 2 hours, Deputy Commissioner of Police (north) Ravi Menon said. Nine cars were towed, the DCP said. The road reopened at noon, police said.";
    expect(who(text)).toEqual([
      [2, "Ravi Menon", "paraphrase"],
      [9, "Ravi Menon", "paraphrase"],
      [null, "police", "paraphrase"],
    ]);
  });
  it("takes a person described after a place as the speaker, not the place", () => {
    const text = "A crowd gathered at gate 4, Northgate Bus Terminal, a senior police officer said. The buses left late, police said.";
    expect(who(text)).toEqual([
      [null, "senior police officer", "paraphrase"],
      [null, "police", "paraphrase"],
    ]);
  });
  it("gives 'he' to a person the sentence before opens with, even unquoted", () => {
    const text = "The Vale Water Board said 30 wells were shut. Mr Peter Obi, the board's engineer, gave no dates. He said 12 would reopen.";
    expect(who(text)[1]).toEqual([12, "Peter Obi", "paraphrase"]);
  });
  it("reads a body whose name ends in a document noun measuring a figure as according to it", () => {
    expect(who("The Northern Geological Survey measured the quake as 5.1.")).toEqual([[5.1, "Northern Geological Survey", "according_to"]]);
  });
});

describe("more wire forms", () => {
  it("refers 'according to the bureau' and 'the official' back to the sources described before", () => {
    const text =
      "The weather bureau said gusts reached 140 km per hour. According to the bureau, rain will ease. " +
      "An official at the port authority said 12 ships sheltered. The official said 3 were damaged.";
    expect(who(text)).toEqual([
      [140, "weather bureau", "paraphrase"],
      [null, "weather bureau", "according_to"],
      [12, "official at the port authority", "paraphrase"],
      [3, "official at the port authority", "paraphrase"],
    ]);
  });
  it("gives 'according to the company's filing' to the company", () => {
    const text = "Orvane Mills Inc. said sales rose 5%. According to the company's filing, it held $80 million in cash.";
    expect(who(text)[1]).toEqual([80_000_000, "Orvane Mills Inc.", "according_to"]);
  });
  it("reads a participle clause before a closing noun as no closing attribution", () => {
    expect(who("Tovex Corp. said profit rose 9%, beating Wall Street forecasts.")).toEqual([[9, "Tovex Corp.", "paraphrase"]]);
  });
  it("drops where a body sits from its name, but keeps an acronym's name joined by 'in'", () => {
    expect(who("The Defence Ministry in Valdor said 17 drones were shot down.")).toEqual([[17, "Defence Ministry", "paraphrase"]]);
    const text = "Aid rose 8 percent, according to the Relief Coordination Office in Norland (RCON). RCON said 400 trucks crossed.";
    expect(who(text)).toEqual([
      [8, "Relief Coordination Office in Norland", "according_to"],
      [400, "Relief Coordination Office in Norland", "paraphrase"],
    ]);
  });
});

describe("the bench and those who work for someone", () => {
  it("reads an order by a judge named by surname as a ruling, and what prosecutors sought as theirs", () => {
    const text = "Judge Rosa Lind said the fraud ran for 6 years. Lind also ordered him to repay $900,000. Prosecutors had sought a 9-year term.";
    expect(who(text)).toEqual([
      [6, "Rosa Lind", "paraphrase"],
      [900_000, "Rosa Lind", "paraphrase"],
      [9, "prosecutors", "paraphrase"],
    ]);
  });
  it("reads 'a spokeswoman for Governor X' as the spokeswoman, not the governor", () => {
    expect(who("A spokesman for Mayor Lena Cruz said 40 streets were closed.")).toEqual([[40, "spokesman for Lena Cruz", "paraphrase"]]);
  });
});

describe("a body's title before a person's name", () => {
  it("reads 'Bank of Norland Governor Ada Vik' as the person, the body's own title-like name as the body", () => {
    expect(who("Bank of Norland Governor Ada Vik said rates would stay at 4.5%.")).toEqual([[4.5, "Ada Vik", "paraphrase"]]);
    expect(who("The Office of the Chief Coroner said 7 bodies were found.")).toEqual([[7, "Office of the Chief Coroner", "paraphrase"]]);
  });
});

describe("indefinite descriptions", () => {
  it("keeps 'a Norlandic court' a description, so 'the country's top court' does not become it", () => {
    const text = "A Norlandic court sentenced 4 men on Monday. The country's top court has said such cases are rare.";
    expect(who(text)).toEqual([
      [4, "Norlandic court", "paraphrase"],
      [null, "country's top court", "paraphrase"],
    ]);
  });
});

describe("names joined by a lower-case word", () => {
  it("reads a company named 'X in Y Ltd.' as one name, also without the suffix and as 'the company'", () => {
    const text = "Harvest in Motion Ltd. said sales rose 8%. Harvest in Motion said it hired 300 people. The company also said it opened 4 stores.";
    expect(who(text)).toEqual([
      [8, "Harvest in Motion Ltd.", "paraphrase"],
      [300, "Harvest in Motion Ltd.", "paraphrase"],
      [4, "Harvest in Motion Ltd.", "paraphrase"],
    ]);
  });
});

describe("a title with modifiers refers back to its holder", () => {
  it("gives 'the Norland captain' to the captain named before", () => {
    const text = "“We were lucky,” said captain Ines Roth. The Norland captain said the team trained for 6 weeks.";
    expect(who(text)[1]).toEqual([6, "Ines Roth", "paraphrase"]);
  });
});

describe("described sources of any noun", () => {
  it("reads a possessive description before 'said' as the source, and 'the forecaster' as it again", () => {
    const text =
      "Barley output will fall 20%, the government's crop forecaster said. The region's farm lobby said 45 percent of farms sold cattle. The forecaster said yields would recover.";
    expect(who(text)).toEqual([
      [20, "government's crop forecaster", "paraphrase"],
      [45, "region's farm lobby", "paraphrase"],
      [null, "government's crop forecaster", "paraphrase"],
    ]);
  });
});

describe("a body known by another name", () => {
  it("gives the name first given, not the one after 'known as'", () => {
    expect(who("The fire grew to 900 acres, the Norland Forest and Fire Service, known as Norfire, said.")).toEqual([[900, "Norland Forest and Fire Service", "paraphrase"]]);
  });
});

describe("offices and called-by-name", () => {
  it("reads 'Prime Minister X's office' as the office of X", () => {
    expect(who("Prime Minister Jonas Lerner's office said 14 ministers would travel.")).toEqual([[14, "office of Jonas Lerner", "paraphrase"]]);
  });
  it("reads 'called it “...”' as saying those words, and a plain 'called' as no statement", () => {
    expect(who("Mayor Ida Strand called the budget “a loss of 9 million”.")).toEqual([[9_000_000, "Ida Strand", "direct_quote"]]);
    expect(who("Rescuers called 30 families to the shelter.")).toEqual([[30, null, "unattributed"]]);
  });
});
