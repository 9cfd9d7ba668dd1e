import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a described body referred back to under another generic head", () => {
  it("resolves 'the seismic agency' and then 'the agency' to the seismic service described first", () => {
    const text =
      "Quake shakes Norland\n\nThe quake struck at 6 km depth, reported the state seismic service. The seismic agency issued a warning. The agency expects 3 strong aftershocks.";
    expect(who(text)).toEqual([
      [6, "state seismic service", "paraphrase"],
      [3, "state seismic service", "paraphrase"],
    ]);
  });

  it("does not lend a described body to another body's words", () => {
    const text = "Rain fell, reported the state seismic service. The weather agency said 40 mm fell.";
    expect(who(text)[1]).toEqual([40, "weather agency", "paraphrase"]);
  });
});

describe("data a sentence is based on", () => {
  it("cites the body whose monitoring a sentence opens on", () => {
    const text = "The Bureau of Health (BOH) said 3 patients died. Based on the BOH monitoring from May 1 to May 7, there were 412 new cases.";
    expect(who(text)[1]).toEqual([412, "Bureau of Health", "according_to"]);
  });

  it("cites a body named with its acronym in brackets and its unit after a hyphen", () => {
    const text = "Based on the Bureau of Roads (BOR)-Crash Registry's monitoring, there were 2,318 crashes this year.";
    expect(who(text)).toEqual([[2318, "Bureau of Roads-Crash Registry", "according_to"]]);
  });

  it("keeps 'Based on' out of the name of the body it opens on, there and later", () => {
    const text = "Based on the Office of Water's monitoring, 46 wells ran dry. The Office of Water data showed 9 wells were tainted.";
    expect(who(text)).toEqual([
      [46, "Office of Water", "according_to"],
      [9, "Office of Water", "according_to"],
    ]);
    expect(who("Based on the Harbour Authority records, 31 ships docked. Speaking to reporters, harbour master Ines Dorr said 4 sank.")).toEqual([
      [31, "Harbour Authority", "according_to"],
      [4, "Ines Dorr", "paraphrase"],
    ]);
  });

  it("leaves 'based on' without data uncited", () => {
    expect(who("Based on his experience, 4 dogs bark at night.")).toEqual([[4, null, "unattributed"]]);
  });
});

describe("a named body's data as the subject of 'show'", () => {
  it("cites the body whose data, figures or survey show the figure", () => {
    expect(who("Water Board data showed exports fell 3 percent in May.")).toEqual([[3, "Water Board", "according_to"]]);
    expect(who("The Tax Office's latest figures show 1,200 firms filed late.")).toEqual([[1200, "Tax Office", "according_to"]]);
    expect(who("The Harbour Authority said 3 piers closed. Harbour Authority records show 640 ships docked.")).toEqual([
      [3, "Harbour Authority", "paraphrase"],
      [640, "Harbour Authority", "according_to"],
    ]);
  });

  it("leaves a one-word issuer, a pollster, a person's document and bare data as before", () => {
    expect(who("Statsland data showed exports fell 3 percent in May.")).toEqual([[3, "Statsland", "according_to"]]);
    expect(who("A Norvale Research poll showed 52% backing the plan.")).toEqual([[52, "Norvale Research", "according_to"]]);
    expect(who("Senator Ada Quist's papers show she received $40,000 in gifts.")).toEqual([[40000, null, "unattributed"]]);
    expect(who("The data showed 900 wells were tainted.")).toEqual([[900, "data", "according_to"]]);
  });
});

describe("a document subject set off by a participle before 'show' or 'find'", () => {
  it("cites the document's issuer past the participle's clause", () => {
    const text = "Support for the mayor fell to 38%, a Harwick/Lorne poll showed on Monday. The poll, completed on Sunday, showed the challenger at 41% of likely voters.";
    expect(who(text)).toEqual([
      [38, "Harwick/Lorne", "according_to"],
      [41, "Harwick/Lorne", "according_to"],
    ]);
    expect(who("The Water Board report, published on Monday, shows 900 wells were tainted.")).toEqual([[900, "Water Board", "according_to"]]);
  });

  it("keeps a pollster named in the participle, and a person set off the same way is no document", () => {
    expect(who("The survey, conducted by Marlow Research in May, found 62 percent of nurses planned to quit.")).toEqual([[62, "Marlow Research", "according_to"]]);
    expect(who("The mayor, speaking on Sunday, showed 300 visitors around the site.")).toEqual([[300, null, "unattributed"]]);
  });
});

describe("a description of the body just cited, whose name shortens its words", () => {
  it("is that body", () => {
    const text = "Joblessness fell to 11.4 percent, StatsNL said. The drop follows a fall of 0.3 points in May, the official statistics agency said.";
    expect(who(text)[1]).toEqual([0.3, "StatsNL", "paraphrase"]);
  });

  it("stays the description after a sentence in between, or when the name shortens none of its words", () => {
    const gap = "Joblessness fell to 11.4 percent, StatsNL said. Rain fell for 3 days. The drop follows a fall of 0.3 points, the official statistics agency said.";
    expect(who(gap)[2]).toEqual([0.3, "official statistics agency", "paraphrase"]);
    const other = "Quakes hit 3 towns, GeoNL said. Another 4 were hit, the national weather agency said.";
    expect(who(other)[1]).toEqual([4, "national weather agency", "paraphrase"]);
  });
});

describe("a thing's name capitalised like a body's", () => {
  it("is no body 'the council' refers to when the article writes it as a common noun", () => {
    const text = "Harlow approves higher council tax\n\nThe 4 percent rise in Council Tax was approved. The council expects a gap of £10 million, it said.";
    expect(who(text).pop()).toEqual([10_000_000, "council", "paraphrase"]);
  });

  it("leaves a council named as such, and a name never written in lower case", () => {
    const named = "The Harlow City Council approved the plan. According to the council, the plan costs £10 million.";
    expect(who(named)[0]).toEqual([10_000_000, "Harlow City Council", "according_to"]);
    const capitalised = "The 4 percent rise in Council Tax was approved. According to the council, the plan costs £10 million.";
    expect(who(capitalised)[1]).toEqual([10_000_000, "Council Tax", "according_to"]);
  });
});

describe("headline leads and tails", () => {
  it("reads a lead the dateline gives as a state as a place", () => {
    const text = "Goa: 9 tourists rescued off the coast\n\nPANAJI (Goa): Nine tourists were rescued on Sunday.";
    expect(who(text)[0]).toEqual([9, null, "unattributed"]);
  });

  it("names a headline's source by the longer name the story gives it", () => {
    const text = "Turnout hits record in Norland vote: Elections Commission\n\nThe Norland Elections Commission on Monday said 71 percent voted.";
    expect(who(text)).toEqual([
      [null, "Norland Elections Commission", "paraphrase"],
      [71, "Norland Elections Commission", "paraphrase"],
    ]);
  });

  it("keeps a headline's body as written when the longer form only opens a person's title", () => {
    const text =
      "Landslides bury 40 homes in Norland: Red Cross\n\nRed Cross says 40 homes were buried overnight.\n\n" +
      "Norland Red Cross Secretary General Ana Berg visited the site on Monday.";
    expect(who(text).slice(0, 2)).toEqual([
      [40, "Red Cross", "paraphrase"],
      [40, "Red Cross", "paraphrase"],
    ]);
    const chief = "Landslides bury 40 homes in Norland: Red Cross\n\nNorland Red Cross Chairman Ana Berg visited the site on Monday.";
    expect(who(chief)[0]).toEqual([40, "Red Cross", "paraphrase"]);
  });

  it("still takes the longer form the story gives the body itself", () => {
    const text =
      "Landslides bury 40 homes in Norland: Red Cross\n\nThe Norland Red Cross said on Monday that 40 homes were buried. Its Secretary General Ana Berg visited.";
    expect(who(text).slice(0, 2)).toEqual([
      [40, "Norland Red Cross", "paraphrase"],
      [40, "Norland Red Cross", "paraphrase"],
    ]);
  });
});

describe("a named body's chief", () => {
  it("is the one head of a body the article quoted", () => {
    const text = "The Norland Central Bank (NCB) raised rates. Governor Ilse Varga said the economy was resilient. The NCB chief expects inflation above 4 percent.";
    expect(who(text)[1]).toEqual([4, "Ilse Varga", "paraphrase"]);
  });

  it("is not a head the description ties to another body", () => {
    const text = "The Norland Central Bank (NCB) raised rates. Harbour police chief Ilse Varga said 3 people were hurt. The NCB chief expects 4 more hikes.";
    expect(who(text)[1]).toEqual([4, "NCB chief", "paraphrase"]);
  });
});

describe("according to a body's unnamed spokesperson", () => {
  it("keeps the description, as 'an NEC spokesperson said' does", () => {
    const text = "The National Election Commission (NEC) announced results. According to NEC spokesperson only 8 results were in.";
    expect(who(text)[1]).toEqual([8, "NEC spokesperson", "according_to"]);
  });

  it("gives the body itself, or the spokesperson's name, when written", () => {
    const text = "The National Election Commission (NEC) announced results. According to the NEC, 3 were late. According to NEC spokesman Omar Dale, 5 were late.";
    expect(who(text).slice(1)).toEqual([
      [3, "National Election Commission", "according_to"],
      [5, "Omar Dale", "according_to"],
    ]);
  });
});

describe("according to details", () => {
  it("are the details of what the body quoted just before announced", () => {
    const text = "The Norland Election Board (NEB) announced results on 300 seats. According to details, the Green Party has so far won 114 seats.";
    expect(who(text)[1]).toEqual([114, "Norland Election Board", "according_to"]);
  });

  it("stay the phrase when no body was quoted", () => {
    expect(who("Floods hit the valley. According to details, 114 homes were lost.")).toEqual([[114, "details", "according_to"]]);
  });
});

describe("'he said' with no one named", () => {
  it("is the one unnamed person quoted before", () => {
    const text = "The National Election Board (NEB) announced results. According to NEB spokesperson only 8 results were in. In the north, he said, the Green Party leads with 127 seats.";
    expect(who(text)[2]).toEqual([127, "NEB spokesperson", "paraphrase"]);
  });

  it("is still the person named when there is one", () => {
    expect(who("A police spokesman said 4 died. Minister Ana Lo said 5 were hurt. In the south, he said, 6 fled.")[2]).toEqual([6, "Ana Lo", "paraphrase"]);
  });
});

describe("a body's common noun before the article names it", () => {
  it("is the one body named later with that word", () => {
    const text =
      "Four students were hurt, the university said.\n\n" +
      "The students were visiting Marlow State University (MSU) for a campus tour.";
    expect(who(text)).toEqual([[4, "Marlow State University", "paraphrase"]]);
  });

  it("stays the noun when two such bodies are named, or when the noun is a service every place has", () => {
    const two =
      "Four students were hurt, the university said.\n\n" +
      "They were visiting Marlow State University and Dunmore State University.";
    expect(who(two)).toEqual([[4, "university", "paraphrase"]]);
    const police = "Nine people were arrested, police said.\n\nThe case was sent to Harbor City Police for review.";
    expect(who(police)).toEqual([[9, "police", "paraphrase"]]);
  });
});

describe("an epithet for the competitor last named", () => {
  it("is the person whose surname opened the sentence before", () => {
    const text =
      "Speed skater Kenji Arata and hockey player Tom Wills ran the race.\n\n" +
      "Arata raised $12,000 for charity. The speedster said he cramped after 20 miles.";
    expect(who(text)).toEqual([
      [12000, null, "unattributed"],
      [20, "Kenji Arata", "paraphrase"],
    ]);
  });
});

describe("bare 'police' and other short forms", () => {
  it("keeps 'police said' as police at large after a police force was named; 'the police' is that force", () => {
    const text =
      "The Harbor City Police seized 40 kg of heroin.\n\n" +
      "Three men were arrested, police said.\n\n" +
      "Two more were held later, the police said.";
    expect(who(text).map(([value, speaker]) => [value, speaker])).toEqual([
      [40, null],
      [3, "police"],
      [2, "Harbor City Police"],
    ]);
  });

  it("reads a broadcaster's acronym as the corporation first named", () => {
    const text =
      "Two planes landed safely, the Northland Broadcasting Corporation reported.\n\n" +
      "The second flight was 3 hours late, NBC reported.";
    expect(who(text).map(([value, speaker]) => [value, speaker])).toEqual([
      [2, "Northland Broadcasting Corporation"],
      [3, "Northland Broadcasting Corporation"],
    ]);
  });

  it("takes no opening participle for the company a sentence is about", () => {
    const text =
      "Harlan Freight Inc posted a profit of $20 million.\n\n" +
      "Excluding special items, the company said profit was 34 cents a share.";
    expect(who(text)[1]).toEqual([34, "Harlan Freight Inc", "paraphrase"]);
  });
});

describe("a definite description for a person introduced by it", () => {
  it("is the person quoted after being introduced as 'a survivor ...'", () => {
    const text =
      "A survivor of the attack, Musa Bello Garba, told reporters that 12 people were shot.\n\n" +
      "The survivor said 3 of them were children.";
    expect(who(text).map(([value, speaker]) => [value, speaker])).toEqual([
      [12, "Musa Bello Garba"],
      [3, "Musa Bello Garba"],
    ]);
  });

  it("takes no place or body a person was found at for that person", () => {
    const text =
      "At a hospital in the city, Musa Bello Garba, a farmer, told reporters that 12 people were shot.\n\n" +
      "The hospital said 3 of them were children.";
    expect(who(text).map(([value, speaker]) => [value, speaker])).toEqual([
      [12, "Musa Bello Garba"],
      [3, "hospital"],
    ]);
  });

  it("stays the description when no one was introduced by it", () => {
    const text = "Musa Bello Garba told reporters that 12 people were shot.\n\nThe survivor said 3 of them were children.";
    expect(who(text).map(([value, speaker]) => [value, speaker])).toEqual([
      [12, "Musa Bello Garba"],
      [3, "survivor"],
    ]);
  });
});

describe("'it' after an unnamed body or a document", () => {
  it("gives 'it said' to the report or ministry quoted before when no body was named", () => {
    expect(who("An internal army report said 14 people were hurt. Another 6 were missing, it said.")).toEqual([
      [14, "internal army report", "paraphrase"],
      [6, "internal army report", "paraphrase"],
    ]);
    expect(who("The health ministry said 12 patients had died. \"Three more patients died overnight,\" it stated.")).toEqual([
      [12, "health ministry", "paraphrase"],
      [3, "health ministry", "direct_quote"],
    ]);
  });
  it("never gives 'it' to an unnamed person or a group", () => {
    expect(who("A ministry spokesman said 12 patients had died. Another 4 were ill, it said.")[1]).toEqual([4, null, "paraphrase"]);
    expect(who("Officials said 12 patients had died. Another 4 were ill, it said.")[1]).toEqual([4, null, "paraphrase"]);
  });
});

describe("'it' goes to the latest body or document quoted", () => {
  it("prefers an unnamed body quoted after a named one", () => {
    const text = "The Geological Survey said the quake measured 5.5. State television reported that there had been 200 aftershocks. Most damage was 4 km from Vesta, it said.";
    expect(who(text)[2]).toEqual([4, "state television", "paraphrase"]);
  });
  it("keeps the named body quoted after an unnamed one", () => {
    const text = "State television reported that there had been 200 aftershocks. The Geological Survey said the quake measured 5.5. Most damage was 4 km from Vesta, it said.";
    expect(who(text)[2]).toEqual([4, "Geological Survey", "paraphrase"]);
  });
});

describe("a newspaper opening a sentence is no 'he'", () => {
  it("leaves 'he' unnamed when only a newspaper's name opened the sentence before", () => {
    const text = "Nineteen passengers died when a coach hit a lorry on the Vale road. Daily Courier learnt that the coach was overloaded. He urged drivers to rest, saying that 12 crashes this year followed long shifts.";
    expect(who(text)[1]).toEqual([12, null, "paraphrase"]);
  });
  it("still gives 'he' to a person opening the sentence before", () => {
    const text = "Police Commissioner Ade Bello toured the site. Daily Courier learnt that the coach was overloaded. He urged drivers to rest, saying that 12 crashes this year followed long shifts.";
    expect(who(text)[0]).toEqual([12, "Ade Bello", "paraphrase"]);
  });
});

describe("pronouns with nothing to refer to", () => {
  it("reads 'he said' as said by someone unnamed, never the words after it as a speaker", () => {
    expect(who("The depot took 40 calls. He further said some callers reported 12 outages.")[1]).toEqual([12, null, "paraphrase"]);
  });
  it("reads an opening 'they' after a sentence about people, sourced to no one, as those people", () => {
    const text = "Fire officials said 300 homes burned. The floods have driven about 9,000 residents from their villages. They have posted photos of 40 ruined farms.";
    expect(who(text)[2]).toEqual([40, null, "unattributed"]);
  });
  it("keeps 'they' on the group that spoke when the sentence between speaks of no people or is sourced", () => {
    const narrative = "Fire officials said 300 homes burned. The blaze started at noon. They said 40 homes were lost.";
    expect(who(narrative)[1]).toEqual([40, "fire officials", "paraphrase"]);
    const sourced = "Fire officials said 300 homes burned, and 9,000 residents left. They said 40 homes were lost.";
    expect(who(sourced)[2]).toEqual([40, "fire officials", "paraphrase"]);
  });
});

describe("an acronym is no title's initials when the title holds it", () => {
  it("reads 'according to the EC' as the commission, not its chairperson titled 'EC Chairperson'", () => {
    const text = "The Electoral Commission of Norland declared the results on Friday. “The count is now complete,” EC Chairperson Mara Quist declared. The tally, according to the EC, leaves out four districts.";
    expect(who(text)[2]).toEqual([4, "Electoral Commission of Norland", "according_to"]);
  });
  it("still reads a title's initials as its holder", () => {
    const text = "The Chairman of the Vale Electoral Board (VEB) Mara Holt said 61% voted. The VEB Chairman noted that 20 polls opened late.";
    expect(who(text)[1]).toEqual([20, "Mara Holt", "paraphrase"]);
  });
});

describe("a body said to be one of a kind", () => {
  it("gives 'the forecaster' to the body the article says is one forecaster", () => {
    const text = "Norvale Economics is one forecaster that expects wage growth of 4.1 per cent. The forecaster predicts rents will rise 5.6 per cent.";
    expect(who(text)[1]).toEqual([5.6, "Norvale Economics", "paraphrase"]);
  });
  it("drops 'The' before the body's name", () => {
    const text = "The Vale Bank is a lender that cut rates to 2.3 per cent. The lender said 40 branches would close.";
    expect(who(text)[1]).toEqual([40, "Vale Bank", "paraphrase"]);
  });
  it("keeps 'the forecaster' as written when no body was said to be one", () => {
    const text = "Economist Rob Lane is an analyst at Norvale. The forecaster predicts inflation will rise to 5.6 per cent.";
    expect(who(text)).toEqual([[5.6, "forecaster", "paraphrase"]]);
  });
});

describe("a person opening the story after a colon dateline", () => {
  it("is who a later 'he' refers to, with the place and colon before the name", () => {
    const text =
      "Levy cut for small earners\n\nWestport: Finance Minister Teo Varke on Monday gave relief to small earners as he presented the budget.\n\nHe also said tenants could deduct up to $6,000 a year.";
    expect(who(text)).toEqual([[6000, "Teo Varke", "paraphrase"]]);
    const caps = "Levy cut\n\nNORTH HAVEN (PNA): Mayor Ada Brill on Friday opened the new wing.\n\nShe said it has 40 beds.";
    expect(who(caps)).toEqual([[40, "Ada Brill", "paraphrase"]]);
  });

  it("leaves a colon after anything but a short capitalised place alone", () => {
    const text = "Levy cut\n\nIn the end it came down to this: Teo Varke on Monday gave relief to small earners.\n\nHe also said tenants could deduct up to $6,000 a year.";
    expect(who(text)).toEqual([[6000, null, "paraphrase"]]);
  });
});

describe("'the data' after a named body gave the figures", () => {
  it("is that body's data when no document was cited before", () => {
    const text = "Claims fall\n\nAsylum applications fell by 32%, the Interior Office said.\n\nThe data also showed 2,640 claimants were turned away from shelters.";
    expect(who(text)).toEqual([
      [32, "Interior Office", "paraphrase"],
      [2640, "Interior Office", "according_to"],
    ]);
    const released = "Waits grow\n\nThe figures, released by the Health Department, confirm that waits are growing.\n\nThe data also shows that 45 hospitals missed the target.";
    expect(who(released)[1]).toEqual([45, "Health Department", "according_to"]);
  });

  it("keeps the document cited first, and leaves the data unowned after a person or an unnamed source", () => {
    const cited = "Claims fall\n\nApplications fell by 32%, according to data from the Statistics Board. The Interior Office said 12 offices would close. The data also showed 2,640 claimants were turned away.";
    expect(who(cited)[2]).toEqual([2640, "Statistics Board", "according_to"]);
    expect(who("Claims fall\n\nApplications fell by 32%, Interior Minister Ana Lopes said. The data also showed 2,640 claimants were turned away.")[1]).toEqual([2640, "data", "according_to"]);
    expect(who("Claims fall\n\nApplications fell by 32%, officials said. The data also showed 2,640 claimants were turned away.")[1]).toEqual([2640, "data", "according_to"]);
  });
});

describe("a one-word name joined by a short particle", () => {
  it("is who a later 'he' refers to, as a plain one-word name is", () => {
    const text = "Floods\n\nWestvale Mayor Teo Varke said supplies went to 12 villages.\n\nIvo-u-Sand, the provincial disaster authority head, said 30 households were moved out. He said 2,000 households had fled.";
    expect(who(text)[2]).toEqual([2000, "Ivo-u-Sand", "paraphrase"]);
  });

  it("leaves a hyphenated body's name alone", () => {
    const text = "Floods\n\nWestvale Mayor Teo Varke said supplies went to 12 villages. Coca-Cola said 30 plants closed. He said 2,000 households had fled.";
    expect(who(text)[2]).toEqual([2000, "Teo Varke", "paraphrase"]);
  });
});

describe("'the data' only after the body that just gave figures", () => {
  it("is the latest body's that said figures in the sentence before", () => {
    const text = "Claims fell 32%, the Interior Office said on Monday. Separately, the Norland Statistics Bureau said exports rose 5% in May. The data also shows 40 factories closed.";
    expect(who(text)[2]).toEqual([40, "Norland Statistics Bureau", "according_to"]);
  });
  it("stays the body's past a news agency relaying its figures", () => {
    const text = "Tally nears\n\nThe Unity Party won 61.2 percent of the vote, the Tarsen Electoral Board said on Monday.\n\nThis could give it at least 31 seats, reported Kestrel News.\n\nThe Green League won 9.4 percent, the results showed.";
    expect(who(text).at(-1)).toEqual([9.4, "Tarsen Electoral Board", "according_to"]);
  });
  it("is no earlier body's after another source or document came in, nor a report's or a study's", () => {
    const person = "Claims fell 32%, the Interior Office said on Monday. Minister Ana Lopes said the office would hire 12 clerks. The data also shows 40 factories closed.";
    expect(who(person).at(-1)?.[1]).not.toBe("Interior Office");
    const study = "Claims fell 32%, the Interior Office said on Monday. A separate study by university researchers was released on Tuesday. The data showed 40 factories closed.";
    expect(who(study).at(-1)?.[1]).not.toBe("Interior Office");
    const runOn = "Claims fell 32%, the Interior Office said on Monday. There were 1,600 new claims in Varn. February saw the lowest number in years. The data also shows 40 factories closed.";
    expect(who(runOn).at(-1)).toEqual([40, "Interior Office", "according_to"]);
    const report = "Claims fell 32%, the Interior Office said on Monday. A separate study by university researchers was released on Tuesday. The report said 40% of renters lacked insurance.";
    expect(who(report).at(-1)).toEqual([40, "report", "paraphrase"]);
  });
});

describe("a description of a body after a titled person of that body", () => {
  it("is never the person: 'the UN refugee agency' after 'the United Nations refugee chief'", () => {
    expect(who("Many people fled, the United Nations refugee chief said on Friday. The UN refugee agency warned that some 100,000 people had been displaced.")).toEqual([
      [null, "United Nations refugee chief", "paraphrase"],
      [100_000, "UN refugee agency", "paraphrase"],
    ]);
  });

  it("leaves a headline's closing body as the article names it when the lead credits a person by title", () => {
    expect(who("More than 5,000 people flee in two days: UN\n\nThousands of people have fled, the United Nations refugee chief said on Friday.")).toEqual([
      [5000, "United Nations", "paraphrase"],
      [2, "United Nations", "paraphrase"],
      [null, "United Nations refugee chief", "paraphrase"],
    ]);
    // (a lead that credits a body of it still names the headline's body)
    expect(who("Some 3,000 flee: UN\n\nSome 3,000 people have fled abroad, the UN refugee agency said on Sunday.")).toEqual([
      [3000, "UN refugee agency", "paraphrase"],
      [3000, "UN refugee agency", "paraphrase"],
    ]);
  });

  it("still refers back to the body named, and to the body just cited that its words shorten", () => {
    expect(who("The UN refugee agency UNHCR said 40 people fled. The UN refugee agency said 12 more fled.")).toEqual([
      [40, "UNHCR", "paraphrase"],
      [12, "UN refugee agency", "paraphrase"],
    ]);
    expect(who("StatsNL said 40 people moved. The official statistics agency said 12 left.")).toEqual([
      [40, "StatsNL", "paraphrase"],
      [12, "StatsNL", "paraphrase"],
    ]);
  });
});

describe("'the union' in an article that names a members' association", () => {
  it("is the association of the members of one trade when no union is named", () => {
    expect(who("The Harlow Teachers Association met on Monday. The union said it wanted a 0.5 percent raise.")).toEqual([[0.5, "Harlow Teachers Association", "paraphrase"]]);
    expect(who("The Harlow Nurses' Federation met on Monday. The union said 40 nurses were on strike.")).toEqual([[40, "Harlow Nurses' Federation", "paraphrase"]]);
  });

  it("stays the union named, and 'union' when only another kind of association is named", () => {
    expect(who("The Harlow Rail Union met the Harlow Teachers Association. The union said 40 drivers were on strike.")).toEqual([[40, "Harlow Rail Union", "paraphrase"]]);
    expect(who("The Harlow Chamber of Commerce Association met on Monday. The union said 40 drivers were on strike.")).toEqual([[40, "union", "paraphrase"]]);
    expect(who("The Harlow Teachers Association met on Monday. Union members said 40 teachers were on strike.")).toEqual([[40, "union members", "paraphrase"]]);
  });
});

describe("'the figures reveal' after a sentence naming whose figures they are", () => {
  it("cites the body whose figures, data or report were named, as 'the figures show' does", () => {
    expect(who("Deeds Registry figures showed prices rose 4% in June. The figures reveal that the number of homes sold was up 12%.")).toEqual([
      [4, "Deeds Registry", "according_to"],
      [12, "Deeds Registry", "according_to"],
    ]);
    expect(who("Prices rose 4% in June, according to data from the Deeds Registry. The data reveal that 310 homes were sold.")[1]).toEqual([310, "Deeds Registry", "according_to"]);
    expect(who("Prices rose 4% in June, according to data from the Deeds Registry. The data show that 310 homes were sold.")[1]).toEqual([310, "Deeds Registry", "according_to"]);
  });

  it("names no body when none was named, and no source for what tests or a refusal reveal", () => {
    expect(who("The figures reveal that the number of homes sold was up 12%.")).toEqual([[12, "figures", "according_to"]]);
    expect(who("Officials refused to reveal how 40 people died.")).toEqual([[40, null, "unattributed"]]);
    expect(who("Lab tests reveal 40 people were infected.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("a body introduced by its kind, referred back to by that kind", () => {
  it("resolves 'the (property) website', 'the regulator', 'the portal' to the body introduced with those words", () => {
    expect(who("Homescope, a property website, tracks asking prices. The property website found that prices increased by 0.6 per cent.")).toEqual([
      [0.6, "Homescope", "paraphrase"],
    ]);
    expect(who("Property website Homescope tracks asking prices. The website said prices rose 0.6 per cent.")).toEqual([[0.6, "Homescope", "paraphrase"]]);
    expect(who("Aqualex, the water regulator, fined the supplier. The regulator said bills would rise 4 per cent.")).toEqual([[4, "Aqualex", "paraphrase"]]);
    expect(who("Jobweave, an online portal, lists vacancies. The portal said vacancies rose by 12 per cent.")).toEqual([[12, "Jobweave", "paraphrase"]]);
    expect(who("Consumer watchdog Fairtest checked 40 kettles. The watchdog found that 12 failed.")[1]).toEqual([12, "Fairtest", "paraphrase"]);
  });

  it("leaves the kind as written when no body was introduced by it", () => {
    expect(who("The Norland Times reported the sale. The website said 40 homes sold.")[1]).toEqual([40, "website", "paraphrase"]);
    expect(who("Tom Reed, a charity worker, said 40 homes sold. The charity said 30 more were built.")).toEqual([
      [40, "Tom Reed", "paraphrase"],
      [30, "charity", "paraphrase"],
    ]);
    expect(who("Police found that 3 cars were stolen.")).toEqual([[3, null, "unattributed"]]);
  });

  it("takes no opening word, time or place before the kind for the body's name", () => {
    expect(who("Meanwhile, the regulator, which oversees 40 firms, met. The regulator said fees rose 3 per cent.")[1]).toEqual([3, "regulator", "paraphrase"]);
    expect(who("In Norland, the broadcaster, which is state-run, said 3 million watched.")).toEqual([[3_000_000, "broadcaster", "paraphrase"]]);
    expect(who("On Tuesday, the watchdog. The watchdog said 12 kettles failed.")).toEqual([[12, "watchdog", "paraphrase"]]);
    expect(who("Meanwhile Homescope, a property website, said prices rose. The website said 40 homes sold.")[1]).toEqual([40, "Homescope", "paraphrase"]);
  });
});

describe("\"the force\" after a police force was named", () => {
  it("is that force, by its name, as \"the company\" is the company", () => {
    expect(who("Kentshire Police arrested 12 people on Friday. The force said 40 officers took part.")[1]).toEqual([40, "Kentshire Police", "paraphrase"]);
    expect(who("The Vale Metropolitan Police said it made 30 arrests. The force said 12 people had been charged.")[1]).toEqual([12, "Vale Metropolitan Police", "paraphrase"]);
    expect(who("Kentshire Police arrested 12 people. The police force said 40 officers took part.")[1]).toEqual([40, "Kentshire Police", "paraphrase"]);
    expect(who("Officers from Dunmore Constabulary seized 3 kilograms of cocaine. The constabulary said 5 people were held.")[1]).toEqual([5, "Dunmore Constabulary", "paraphrase"]);
    expect(who("The Harlow Police Department said 14 people were shot. The department said 9 were teenagers.")[1]).toEqual([9, "Harlow Police Department", "paraphrase"]);
  });

  it("keeps a force of another kind named since, and stays as written when no force was named", () => {
    expect(who("Kentshire Police arrested 12 people. The Royal Air Force said 4 jets flew. The force said 40 planes were ready.")[2]).toEqual([40, "Royal Air Force", "paraphrase"]);
    expect(who("Heavy rain fell. The force said 40 officers took part.")).toEqual([[40, "force", "paraphrase"]]);
    expect(who("Kentshire Police said it made 30 arrests. The labour force grew by 2 percent, the statistics office said.")[1]).toEqual([2, "statistics office", "paraphrase"]);
  });
});
