import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { nameOrAcronym, spellsAcronym } from "./name-variants";
import { closesName, splitPersonOfBody, splitTitle } from "./names";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a person named in full after a title", () => {
  it("keeps all three names after a title of a portfolio", () => {
    expect(splitTitle("Superintendent of Police Ravi Kumar Desai".split(" "))).toEqual({
      title: ["Superintendent", "of", "Police"],
      name: ["Ravi", "Kumar", "Desai"],
    });
    // Two names after a portfolio stay two; a portfolio of two words keeps both.
    expect(splitTitle("Secretary of Homeland Security Janet Moreau".split(" ")).name).toEqual(["Janet", "Moreau"]);
    expect(splitTitle("Chancellor of the Exchequer George Hale".split(" ")).name).toEqual(["George", "Hale"]);
  });

  it("calls later mentions by rank, by a bare title and by pronoun the full name first given", () => {
    const text =
      "The van hit a wall near the market, Deputy Inspector of Police Sunil Arjun Patil said. " +
      "Nine people were hurt, the officer said. Three of them were children, the DIP added.";
    expect(who(text)).toEqual([
      [null, "Sunil Arjun Patil", "paraphrase"],
      [9, "Sunil Arjun Patil", "paraphrase"],
      [3, "Sunil Arjun Patil", "paraphrase"],
    ]);
  });

  it("keeps an unnamed officer described before as that description", () => {
    const text = "A police officer said 12 shops were looted. Four were set on fire, the officer said.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["police officer", "police officer"]);
  });
});

describe("a person with an honorific and the body they work for", () => {
  it("drops the honorific and the affiliation, and resolves 'Dr. Surname' to the full name", () => {
    expect(splitPersonOfBody("Dr. Lena Maria Ostrova of the Coastal Disease Control Unit".split(" "), () => false)).toEqual({
      person: ["Lena", "Maria", "Ostrova"],
      body: ["Coastal", "Disease", "Control", "Unit"],
    });
    const text =
      "“We counted 41 cases this month,” Dr. Lena Maria Ostrova of the Coastal Disease Control Unit said. " +
      "Dr. Ostrova noted there were 12 deaths.";
    expect(who(text)).toEqual([
      [41, "Lena Maria Ostrova", "direct_quote"],
      [12, "Lena Maria Ostrova", "paraphrase"],
    ]);
  });
});

describe("a name written family name first", () => {
  it("reads a later one-word mention as the full name given before, quoted or not", () => {
    const text =
      "Tan Weiming, a former provincial official, was jailed for 11 years on Monday. Tan told the court he had repaid 3 million yuan.";
    expect(who(text)[1]).toEqual([3_000_000, "Tan Weiming", "paraphrase"]);
  });

  it("leaves a one-word name alone when two people share that first word", () => {
    const text = "Tan Weiming and Tan Lihua were charged. Tan told the court he had repaid 3 million yuan.";
    expect(who(text)[0][1]).toBe("Tan");
  });
});

describe("a person named after a body's possessive title", () => {
  it("takes the person, not the place, after 'said <Body>'s spokeswoman <Name>'", () => {
    const text = "Fumes sent 30 people to hospital, said Harlan County Sheriff's spokeswoman Dana Whitlock.";
    expect(who(text)).toEqual([[30, "Dana Whitlock", "paraphrase"]]);
  });
});

describe("bodies", () => {
  it("reads 'X or ACRONYM' in a subordinate clause as the body, its acronym a short form", () => {
    expect(spellsAcronym("US Geological Survey", "USGS")).toBe(true);
    expect(spellsAcronym("Coastal Weather Office", "USGS")).toBe(false);
    expect(nameOrAcronym("after the National Tide Bureau or NTB")).toEqual({ name: "National Tide Bureau", acronym: "NTB" });
    expect(nameOrAcronym("after tea or NTB")).toBeNull();
    const text =
      "Roads flooded after the National Tide Bureau or NTB said the water rose 2 metres. NTB said 40 homes were cut off.";
    expect(who(text)).toEqual([
      [2, "National Tide Bureau", "paraphrase"],
      [40, "National Tide Bureau", "paraphrase"],
    ]);
  });

  it("reads a body described by its kind before its name", () => {
    expect(who("The Port Ellery commuter ferry operator Bluewake said on Twitter it had cancelled 14 sailings.")).toEqual([[14, "Bluewake", "paraphrase"]]);
  });

  it("reads a figure measured at a value by a body as according to it", () => {
    expect(who("It was also measured at 6.2 by the Andean Seismic Network.")).toEqual([[6.2, "Andean Seismic Network", "according_to"]]);
  });
});

describe("plural sources", () => {
  it("keeps 'X and Y officials' whole and gives a later 'they said' to it", () => {
    const text =
      "Gunmen attacked a convoy, killing three guards, police and health officials said on Monday. " +
      "The attack was carried out by about 15 men, they said.";
    expect(who(text)).toEqual([
      [3, "police and health officials", "paraphrase"],
      [15, "police and health officials", "paraphrase"],
    ]);
  });

  it("gives 'they' to the plural source opening the sentence before, when that sentence had no source", () => {
    const text =
      "Officials said 20 roads were shut. The army in May launched a clearing operation. In June, they claimed 90 mines were removed.";
    expect(who(text)[1]).toEqual([90, "army", "paraphrase"]);
  });

  it("drops a quantifier before an unnamed source", () => {
    expect(who("Some economists said growth could slow to 2 percent.")).toEqual([[2, "economists", "paraphrase"]]);
  });
});

describe("a subject with a relative clause", () => {
  it("takes the subject before 'who' or 'which', never a noun inside the clause", () => {
    expect(who("A woman who lives near the plant said 40 fish died.")).toEqual([[40, "woman", "paraphrase"]]);
    expect(who("Residents who fled the fire said 12 homes burned.")).toEqual([[12, "residents", "paraphrase"]]);
    expect(who("The agency which runs the port said 9 ships were held.")[0][1]).toBe("agency");
  });
});

describe("later mentions of a titled person", () => {
  it("reads 'the colonel' as the person introduced with the abbreviated rank", () => {
    const text = "Lt. Col. Maria Elena Cruz said 6 soldiers were hurt. The colonel said 8 vehicles burned.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Maria Elena Cruz", "Maria Elena Cruz"]);
  });

  it("remembers a three-word name not quoted yet, but not a role capitalised to open a sentence", () => {
    expect(who("On Monday, Annie Rose Amar appeared in court. Amar said 12 were children.")).toEqual([[12, "Annie Rose Amar", "paraphrase"]]);
    expect(who("Challenger Nina Vale Ortiz won the vote. Ortiz said 300 volunteers had helped.")[0][1]).toBe("Vale Ortiz");
  });

  it("reads a long 'said Dr. <name> of <body>' after a quotation", () => {
    const text = "“We found 11 bodies,” said Dr. Annie Rose Amar of the City Epidemiology Surveillance Unit.";
    expect(who(text)).toEqual([[11, "Annie Rose Amar", "direct_quote"]]);
  });
});

describe("a source in an opening subordinate clause", () => {
  it("reads a capitalised conjunction opening the sentence", () => {
    expect(who("As the National Weather Service reported 19 inches of snow, roads closed.")).toEqual([[19, "National Weather Service", "paraphrase"]]);
  });
});

describe("'added' before a count", () => {
  it("reports a that-less clause opening with a count, not an amount added", () => {
    expect(who("The ministry said 16 people died. The ministry added 17 were missing.")[1]).toEqual([17, "ministry", "paraphrase"]);
    expect(who("Employers added 178,000 jobs in May.")).toEqual([[178_000, null, "unattributed"]]);
    expect(who("The firm added 300 staff who were hired in May.")[0][1]).toBeNull();
  });
});

describe("more name forms", () => {
  it("never makes a body of a portfolio and the person after it", () => {
    const text = "Deputy Superintendent of Police Kavita Rani Sharma said 31 people were held. Witnesses said 38 shots were fired, while police said 39 people were hurt.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Kavita Rani Sharma", "witnesses", "police"]);
  });

  it("reads the end of a full name given before as that person", () => {
    const text = "Brazilian President Luiz Inácio Lula da Silva said 48 ministers would travel. Lula da Silva said 49 deals were signed.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"]);
  });

  it("reads 'The X or ACRONYM' opening a sentence", () => {
    expect(who("The Federal Emergency Management Agency or FEMA said 36 counties were hit.")).toEqual([[36, "Federal Emergency Management Agency", "paraphrase"]]);
  });
});

describe("an aside on how it was said", () => {
  it("reads past ', in a statement on Sunday,' and ', speaking to reporters,' to the subject", () => {
    expect(who("The ministry of health, in a statement on Sunday, said 54 people had died.")).toEqual([[54, "ministry of health", "paraphrase"]]);
    expect(who("The minister, speaking to reporters in Lagos, said 9 ships were seized.")).toEqual([[9, "minister", "paraphrase"]]);
  });
});

describe("a name closed by a word that usually is a function word", () => {
  it("keeps 'On', 'Do' or 'An' closing a three-part name", () => {
    const text =
      "\"We moved 300 families,\" said Tran Van Do, head of the provincial flood committee. " +
      "\"Another 40 are waiting.\"\n\nLe Thi An said 12 roads were cut.";
    expect(who(text)).toEqual([
      [300, "Tran Van Do", "direct_quote"],
      [40, "Tran Van Do", "direct_quote"],
      [12, "Le Thi An", "paraphrase"],
    ]);
  });

  it("leaves the word out where a capitalised word follows it or fewer than two names precede it", () => {
    expect(closesName(["Phan", "Van", "On"], 2)).toBe(true);
    expect(closesName(["Phan", "Van", "On", "Monday"], 2)).toBe(false);
    expect(closesName(["Police", "Raid", "On", "Farm"], 2)).toBe(false);
    expect(closesName(["Van", "On"], 1)).toBe(false);
    expect(closesName(["Minister", "Van", "On"], 2)).toBe(false);
  });
});

describe("a person's apposition before the verb", () => {
  it("names the person when the apposition's closing comma is left out", () => {
    const text = "\"The toll now stands at 212,\" Mara Velden, the governor of the Ostria region told reporters, adding that 40 people were missing.";
    expect(who(text)).toEqual([
      [212, "Mara Velden", "direct_quote"],
      [40, "Mara Velden", "paraphrase"],
    ]);
    expect(who("Mara Velden, the regional governor said 40 people were missing.")).toEqual([[40, "Mara Velden", "paraphrase"]]);
  });
  it("reads a body's title with three modifiers naming the kind of body as an apposition", () => {
    const text = "\"So far 31 bodies have been found,\" Tomas Reyl, West Vesta disaster mitigation agency official, told reporters.";
    expect(who(text)).toEqual([[31, "Tomas Reyl", "direct_quote"]]);
  });
  it("does not take a place or a clause before a described person for a name", () => {
    expect(who("A crowd gathered at gate 4, Northgate Bus Terminal, a senior police officer said.")).toEqual([[null, "senior police officer", "paraphrase"]]);
  });
});

describe("titles before a person's name", () => {
  it("reads company officers' short titles joined by 'and' as titles", () => {
    expect(who("In a statement, COO and CFO Lara Quint said sales rose 8%.")).toEqual([[8, "Lara Quint", "paraphrase"]]);
  });
  it("keeps 'and' and 'of' inside a body's capitalised name before a title and a person", () => {
    expect(who("Nordic Search and Rescue Agency spokesman Paulo Vint said 12 villagers were missing.")).toEqual([[12, "Paulo Vint", "paraphrase"]]);
    expect(who("Ministry of Health and Family Welfare spokesman Paulo Vint said 12 villagers were missing.")).toEqual([[12, "Paulo Vint", "paraphrase"]]);
  });
});

describe("names of four words", () => {
  it("keeps all four names for a later 'Mr. <surname>' and 'he said'", () => {
    const text = "Mohammad Rafiqul Islam Talukder, the district police chief, visited the site. Mr. Talukder said 5 died. He said 3 were children.";
    expect(who(text)).toEqual([
      [5, "Mohammad Rafiqul Islam Talukder", "paraphrase"],
      [3, "Mohammad Rafiqul Islam Talukder", "paraphrase"],
    ]);
  });

  it("keeps four names written in mid-sentence too", () => {
    expect(who("Officials met Mohammad Rafiqul Islam Talukder on Monday. Talukder said 5 died.")).toEqual([[5, "Mohammad Rafiqul Islam Talukder", "paraphrase"]]);
  });

  it("still drops a role opening the sentence before a name without an apposition", () => {
    expect(who("Challenger Nina Vale Ortiz won the vote. Ortiz said 300 volunteers had helped.")[0][1]).toBe("Vale Ortiz");
  });
});

describe("a speaker named after a long clause", () => {
  it("reads the speaker whose appositions close with a relative clause", () => {
    const text =
      "Before it left, an official had warned the captain against taking 300 passengers, Mohammad Rafiqul Islam Talukder, the top civil servant in Dorapur, " +
      "the district in eastern Kandor where the sinking took place, said Wednesday. Mr. Talukder said 137 people were missing.";
    expect(who(text)).toEqual([
      [300, "Mohammad Rafiqul Islam Talukder", "paraphrase"],
      [137, "Mohammad Rafiqul Islam Talukder", "paraphrase"],
    ]);
  });
});

describe("an aside set off by dashes before the verb", () => {
  it("describes the subject, which is the speaker", () => {
    expect(who("Kandor - the world's biggest exporter of tin - said this week it expected export earnings of $16 billion.")).toEqual([[16_000_000_000, "Kandor", "paraphrase"]]);
    expect(who("Marta Olsen — a former minister — said 40 people died.")).toEqual([[40, "Marta Olsen", "paraphrase"]]);
  });

  it("leaves a dash that closes no aside alone", () => {
    expect(who("Prices rose 4% - the ministry said.")).toEqual([[4, "ministry", "paraphrase"]]);
  });
});

describe("an office named by a title with 'for'", () => {
  it("is one name, not a title and a person", () => {
    expect(who("The UN High Commissioner for Refugees says that 61.2 million people had been forced from their homes.")).toEqual([
      [61_200_000, "UN High Commissioner for Refugees", "paraphrase"],
    ]);
  });

  it("still reads a title of a body before a person's name as the person's", () => {
    expect(who("The Commissioner of Police Ravi Nair said 40 people were held.")).toEqual([[40, "Ravi Nair", "paraphrase"]]);
  });
});

describe("a nationality before a ministry", () => {
  it("drops the nationality before a ministry in lower case, as a country's possessive, and the seat", () => {
    const text = "The Vestan health ministry on Wednesday announced 50 deaths. According to the ministry, 12 were children.";
    expect(who(text)).toEqual([
      [50, "health ministry", "paraphrase"],
      [12, "health ministry", "according_to"],
    ]);
    expect(who("The Vestan interior ministry in Dorra said 39 women died.")).toEqual([[39, "interior ministry", "paraphrase"]]);
  });

  it("keeps it as part of a ministry's capitalised name, without the seat", () => {
    expect(who("The Vestan Ministry of Health in Dorra said 39 women died.")).toEqual([[39, "Vestan Ministry of Health", "paraphrase"]]);
    expect(who("The Italian Interior Ministry said 40 migrants landed. The ministry said 12 were children.")).toEqual([
      [40, "Italian Interior Ministry", "paraphrase"],
      [12, "Italian Interior Ministry", "paraphrase"],
    ]);
    expect(who("More than 80,000 came, according to the Saudi Ministry of Hajj.")).toEqual([[80000, "Saudi Ministry of Hajj", "according_to"]]);
  });

  it("keeps a town's name, and a nationality before other bodies", () => {
    expect(who("LAKEVILLE: The Lakeville health ministry on Monday announced 40 new cases.")).toEqual([[40, "Lakeville health ministry", "paraphrase"]]);
    expect(who("The Vestan military said 40 rockets were fired.")).toEqual([[40, "Vestan military", "paraphrase"]]);
  });
});

describe("a country's initials before a department named by its portfolio", () => {
  it("are dropped, as a nationality before a ministry", () => {
    expect(who("Retail sales rose 2.1 percent in May, according to the US Commerce Department.")).toEqual([[2.1, "Commerce Department", "according_to"]]);
    expect(who("The U.S. State Department said 40 visas were issued.")).toEqual([[40, "State Department", "paraphrase"]]);
  });

  it("stay in a body's own name", () => {
    expect(who("The U.S. Department of Transportation said 40 flights were cancelled.")).toEqual([[40, "U.S. Department of Transportation", "paraphrase"]]);
    expect(who("The U.S. Coast Guard said 40 migrants were rescued.")).toEqual([[40, "U.S. Coast Guard", "paraphrase"]]);
  });
});

describe("a nationality before an armed service", () => {
  it("drops the nationality before an air force or a navy written in lower case", () => {
    expect(who("The Vestan air force said it shot down 14 of the 19 drones.")).toEqual([
      [14, "air force", "paraphrase"],
      [19, "air force", "paraphrase"],
    ]);
    expect(who("The Vestan navy said 40 migrants were rescued.")).toEqual([[40, "navy", "paraphrase"]]);
  });

  it("keeps an armed service's capitalised name, and a coast guard's nationality", () => {
    expect(who("The Vestan Air Force said 40 drones were downed.")).toEqual([[40, "Vestan Air Force", "paraphrase"]]);
    expect(who("The Vestan coast guard said 40 migrants were rescued.")).toEqual([[40, "Vestan coast guard", "paraphrase"]]);
  });

  it("reads a coastguard written as one word as a body, a country's possessive dropped and a nationality kept", () => {
    expect(who("Norland’s coastguard said on Sunday two migrants died after they were rescued.")).toEqual([[2, "coastguard", "paraphrase"]]);
    expect(who("HARLOW: The coastguard said 17 people were taken off the ferry.")).toEqual([[17, "coastguard", "paraphrase"]]);
    expect(who("The Vestan coastguard said 40 migrants were rescued. The coastguard said 3 were missing.")).toEqual([
      [40, "Vestan coastguard", "paraphrase"],
      [3, "Vestan coastguard", "paraphrase"],
    ]);
    // "it said" after the coastguard spoke is the coastguard.
    expect(who("The coastguard said it sent a plane. “The search for 12 missing people goes on,” it said.")).toEqual([
      [null, "coastguard", "paraphrase"],
      [12, "coastguard", "direct_quote"],
    ]);
  });

  it("reads a closing 'said Vestan coastguard' or 'say Vestan navy' as the service, the nationality as written before it", () => {
    expect(who("Twelve people are feared dead, say Vestan coastguard")).toEqual([[12, "Vestan coastguard", "paraphrase"]]);
    expect(who("Twelve people are feared dead, said the Vestan coast guard.")).toEqual([[12, "Vestan coast guard", "paraphrase"]]);
    expect(who("Twelve people are feared dead, said the Vestan navy.")).toEqual([[12, "navy", "paraphrase"]]);
  });

  it("leaves a guard who is a person, and a capitalised service, as they were", () => {
    expect(who("Twelve people are feared dead, said Vestan Navy Commander Ivo Lund.")).toEqual([[12, "Ivo Lund", "paraphrase"]]);
    expect(who("Twelve people are feared dead, said Vestan Army.")).toEqual([[12, "Vestan Army", "paraphrase"]]);
    expect(who("A lifeguard pulled 3 swimmers from the sea.")).toEqual([[3, null, "unattributed"]]);
  });
});

describe("a title, then the name in apposition, then a relative clause", () => {
  it("gives the name whatever clause the relative clause holds", () => {
    expect(who("Minister of State for Mining Affairs, Joel Okonta, who spoke to the press after the session, said the Council approved 42 permits.")).toEqual([
      [42, "Joel Okonta", "paraphrase"],
    ]);
    expect(who("Minister of Trade, Ada Ekwe, who spoke to reporters before the vote, said 12 firms had bid.")).toEqual([[12, "Ada Ekwe", "paraphrase"]]);
    expect(who("Minister of Trade, Ada Ekwe, who spoke later, said 12 firms had bid. According to her, 3 of them were foreign.")).toEqual([
      [12, "Ada Ekwe", "paraphrase"],
      [3, "Ada Ekwe", "according_to"],
    ]);
  });

  it("leaves a body or a group described by a relative clause as it was", () => {
    expect(who("The Harbour Board, which reopened the docks after the storm passed, said 30 ships were waiting.")).toEqual([[30, "Harbour Board", "paraphrase"]]);
    expect(who("Officials, who arrived after the blast, said 14 people were hurt.")).toEqual([[14, "officials", "paraphrase"]]);
  });
});

describe("an acronym written as a word", () => {
  it("is the body whose initials it gives", () => {
    expect(who("The Northern Rail Safety Board (NRSB) opened an inquiry. Nrsb said 14 trains were late.")).toEqual([[14, "Northern Rail Safety Board", "paraphrase"]]);
    expect(who("The Coastal Fisheries Agency (Cofa) opened an inquiry. Today's Cfa figures show 14 boats were lost.").pop()?.[1]).toBe("Coastal Fisheries Agency");
  });

  it("leaves a one-word name no body's initials spell", () => {
    expect(who("The Northern Rail Safety Board (NRSB) opened an inquiry. Hollis said 14 trains were late.").pop()).toEqual([14, "Hollis", "paraphrase"]);
    expect(who("Orland said 14 trains were late.")).toEqual([[14, "Orland", "paraphrase"]]);
  });
});

describe("an acronym in brackets after a body's name", () => {
  it("is dropped from the speaker, and so is a seat written after it", () => {
    expect(who("Data from the Bureau of Water Safety (BWS) showed 412 wells were tested.")).toEqual([[412, "Bureau of Water Safety", "according_to"]]);
    expect(who("In the north, the Flood Response Centre (FRC) of Norland reported that 334 people had died.")).toEqual([[334, "Flood Response Centre", "paraphrase"]]);
  });

  it("keeps a seat that belongs to the name, and a bracket the acronym does not spell", () => {
    expect(who("The Electoral Commission of Norland said 40 seats were won.")).toEqual([[40, "Electoral Commission of Norland", "paraphrase"]]);
    expect(who("The Flood Response Centre (Norland) of Vesta reported that 334 people had died.").pop()?.[1]).not.toBe("Flood Response Centre");
  });
});

describe("a British honour before a full name", () => {
  it("is dropped like an honorific", () => {
    expect(who("Lord Toby Vane, the board chairman, added: “This case affected 40 firms.”")).toEqual([[40, "Toby Vane", "direct_quote"]]);
    expect(who("Dame Ada Pell said 13 homes burned.")).toEqual([[13, "Ada Pell", "paraphrase"]]);
  });

  it("stays a surname after a given name", () => {
    expect(who("Jane Lord said 12 homes burned.")).toEqual([[12, "Jane Lord", "paraphrase"]]);
  });
});
