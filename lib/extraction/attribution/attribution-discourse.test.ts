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
  it("gives a company described by two joined trades, or as a drugmaker, to the company the article is about", () => {
    const text = "Norvale Media Corp posted a 4% rise in yearly sales. The software and services company said earnings per share were 46 cents.";
    expect(who(text)[1]).toEqual([46, "Norvale Media Corp", "paraphrase"]);
    expect(who("Norvale Energy Ltd reported a loss. The Swiss drugmaker said 40 jobs would go.")[1]).toEqual([40, "Norvale Energy Ltd", "paraphrase"]);
  });
  it("keeps such a company description as written when the article names no company", () => {
    expect(who("Shares fell on Monday. The oil and gas company said 40 jobs would go.")).toEqual([[40, "oil and gas company", "paraphrase"]]);
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
  it("gives 'she' to a person the sentence before opens with behind a body's name and a title", () => {
    const text = "Harbour master Ivo Rask said 12 boats sank. Vale Harbour Authority Chief Executive Lena Moor closed the port on Monday. “We lost 40 boats,” she said.";
    expect(who(text)[1]).toEqual([40, "Lena Moor", "direct_quote"]);
    const secretary = "Secretary of State for Ports Ann Lee toured the docks. “About 300 crew were sent home,” she told reporters.";
    expect(who(secretary)).toEqual([[300, "Ann Lee", "direct_quote"]]);
  });
  it("gives 'he' to a person described and not named who spoke after the person named before", () => {
    const analyst = "Witness Ola Berg said 30 people ran. A safety analyst says the gear failed at 200 feet. He says 2 engines stopped.";
    expect(who(analyst)[2]).toEqual([2, "safety analyst", "paraphrase"]);
    const chief = "Witness Ola Berg said 30 people ran. The county's fire chief said 200 homes burned. He said 2 crews were hurt.";
    expect(who(chief)[2]).toEqual([2, "county's fire chief", "paraphrase"]);
  });
  it("keeps 'he' on the person named before when a body or a group spoke in between", () => {
    const text = "Witness Ola Berg said 30 people ran. The fire service said 200 homes burned. He said 2 crews were hurt.";
    expect(who(text)[2]).toEqual([2, "Ola Berg", "paraphrase"]);
    const group = "Witness Ola Berg said 30 people ran. Local officials said 200 homes burned. He said 2 crews were hurt.";
    expect(who(group)[2]).toEqual([2, "Ola Berg", "paraphrase"]);
  });
  it("keeps 'he' on the person last quoted when a body alone opens the sentence before", () => {
    const text = "Harbour master Ivo Rask said 12 boats sank. Vale Harbour Authority Board closed the port on Monday. “We lost 40 boats,” he said.";
    expect(who(text)[1]).toEqual([40, "Ivo Rask", "direct_quote"]);
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

describe("a body's title before a person's name", () => {
  it("reads 'Bank of Norland Governor Ada Vik' as the person, the body's own title-like name as the body", () => {
    expect(who("Bank of Norland Governor Ada Vik said rates would stay at 4.5%.")).toEqual([[4.5, "Ada Vik", "paraphrase"]]);
    expect(who("The Office of the Chief Coroner said 7 bodies were found.")).toEqual([[7, "Office of the Chief Coroner", "paraphrase"]]);
  });
});

describe("indefinite descriptions", () => {
  it("keeps 'a Norlandic court' a description, so 'the country's top court' does not become it", () => {
    const text = "A Norlandic court said 4 men fled on Monday. The country's top court has said such cases are rare.";
    expect(who(text)).toEqual([
      [4, "Norlandic court", "paraphrase"],
      [null, "top court", "paraphrase"],
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
      [45, "farm lobby", "paraphrase"],
      [null, "government's crop forecaster", "paraphrase"],
    ]);
  });
});

describe("titles after a possessive pronoun", () => {
  it("gives 'its governor' to the governor named before, else keeps the title", () => {
    expect(who("Bank Governor Ilse Marr said 3 lenders failed. The bank held rates. Its governor, quoted by radio, said rates could rise by 0.5 points.")).toEqual([
      [3, "Ilse Marr", "paraphrase"],
      [0.5, "Ilse Marr", "paraphrase"],
    ]);
    expect(who("The bank held rates. Its governor, quoted by radio, said rates could rise by 0.5 points.")).toEqual([[0.5, "governor", "paraphrase"]]);
  });
});

describe("people described by their job", () => {
  it("reads 'one manager, who declined to be named, said' as the manager", () => {
    expect(who("One manager, who declined to be named, said queues grew by 15%.")).toEqual([[15, "manager", "paraphrase"]]);
  });
});

describe("a bare body noun right after an unnamed body spoke", () => {
  it("gives 'the center' to the described body quoted just before, and not later on", () => {
    const text =
      "The state's flood monitoring service said 14 rivers were rising. The center said 3 dams were full. Rain fell all week. Crews worked all night. The center said 5 roads were shut.";
    expect(who(text)).toEqual([
      [14, "flood monitoring service", "paraphrase"],
      [3, "flood monitoring service", "paraphrase"],
      [5, "center", "paraphrase"],
    ]);
  });
});

describe("people described with a place", () => {
  it("keeps 'Norland fire officials' a description, so a later 'fire officials' is written as it is", () => {
    const text = "Fires spread across Norland. Norland fire officials said 300 homes burned. The fire grew, and fire officials said 40 more were at risk.";
    expect(who(text)).toEqual([
      [300, "Norland fire officials", "paraphrase"],
      [40, "fire officials", "paraphrase"],
    ]);
  });
});

describe("a quotation over several sentences named at its end", () => {
  it("gives every sentence to the speaker named after it when the last one cites the speaker's own data", () => {
    const text = "The central bank said inflation held at 4.1 percent.\n\n“We will not have high inflation. We talk about 2 percent over our target. And according to the data we have, inflation in June will fall below 4%,” Mara Velden said at a briefing.";
    expect(who(text)).toEqual([
      [4.1, "central bank", "paraphrase"],
      [null, "Mara Velden", "direct_quote"],
      [2, "Mara Velden", "direct_quote"],
      [4, "Mara Velden", "direct_quote"],
    ]);
  });
  it("still gives a figure to the data cited inside a quotation when they are not the speaker's", () => {
    expect(who("“Prices rose 5%, according to official data,” the minister said.")).toEqual([[5, "official data", "according_to"]]);
  });
});

describe("two closing single marks close a double quotation", () => {
  it("ends the quotation at ’’ so the sentences after it are not quoted", () => {
    const text = "The ferry sank 4 km offshore and “the crew lost control when the rudder broke,’’ the port authority said. Nine of the passengers were taken to a clinic; three are still there.";
    expect(who(text)).toEqual([
      [4, "port authority", "paraphrase"],
      [9, null, "unattributed"],
      [3, null, "unattributed"],
    ]);
  });
  it("reads '' the same way, and a single closing mark alone still closes nothing", () => {
    expect(who("“We lost 12 of them,'' she said. Another 9 sank.")[1]).toEqual([9, null, "unattributed"]);
    expect(who("“We lost 12 boats at the harbour’s edge,” the mayor said. Another 9 sank.")[1]).toEqual([9, null, "unattributed"]);
  });
});

describe("a straight mark followed by a space closes a quotation", () => {
  it("reads a paragraph opening with a stray closing mark as no quotation, and the quotation as closed after it", () => {
    const text = "The agency said the search went on. \"With that, divers have now brought up 15 bodies in all.\n\n\" Harlow said one passenger was still missing. About 40 divers took part.";
    expect(who(text).slice(2)).toEqual([
      [1, "Harlow", "paraphrase"],
      [40, null, "unattributed"],
    ]);
  });
});
