import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { personForDescription, titledPeople } from "./named-later";
import { titleOfBody } from "./source-phrases";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a person named before a title set off by commas", () => {
  it("reads a title without an article ('Fire chief in Dover county') as an apposition of the speaker", () => {
    expect(titleOfBody("Fire chief in Dover county")).toBe(true);
    expect(titleOfBody("head of the port authority")).toBe(true);
    expect(titleOfBody("senior staff at the port")).toBe(false);
    const text = "Karim Abdul Rahman, Fire chief in Dover county, told reporters that 14 people have been rescued.";
    expect(who(text)).toEqual([[14, "Karim Abdul Rahman", "paraphrase"]]);
  });

  it("keeps the speaker with 'the <title> of <body>' and 'head of <body>' appositions", () => {
    expect(who("Lena Ostrova, the mayor of Portview, said 30 homes were flooded.")).toEqual([[30, "Lena Ostrova", "paraphrase"]]);
    expect(who("Tomas Berg, head of the harbour board, said 6 ships were damaged.")).toEqual([[6, "Tomas Berg", "paraphrase"]]);
  });
});

describe("later mentions call a person by the full name first given", () => {
  it("resolves 'he said' to all three names, also when the first sentence quotes no one", () => {
    const quoted = "Karim Abdul Rahman, Fire chief in Dover county, told reporters that 14 people have been rescued. He said 3 were children.";
    expect(who(quoted).map(([, sp]) => sp)).toEqual(["Karim Abdul Rahman", "Karim Abdul Rahman"]);
    const unquoted = "Karim Abdul Rahman, Fire chief in Dover county, visited the site on Monday. He said 3 were children. Rahman said 2 died.";
    expect(who(unquoted).map(([, sp]) => sp)).toEqual(["Karim Abdul Rahman", "Karim Abdul Rahman"]);
  });

  it("still drops a capitalised role opening a sentence without an apposition", () => {
    expect(who("Challenger Nina Vale Ortiz won the vote. Ortiz said 300 volunteers had helped.")[0][1]).toBe("Vale Ortiz");
  });
});

describe("'according to' a titled person from a body", () => {
  it("gives the figure to the person, not the body, and 'the judge' later to that person", () => {
    const text =
      "According to Judge Mara Quint from the High Court of Northland, the gang took 90,000 pounds. " +
      "“Their courage when giving evidence about 40 calls struck me,” said the judge.";
    expect(who(text)).toEqual([
      [90_000, "Mara Quint", "according_to"],
      [40, "Mara Quint", "direct_quote"],
    ]);
  });

  it("gives the figure to the person named after a title, its body and the body's acronym", () => {
    const text = "According to the Director General of Velmar Schools Inspection Authority(VSIA) Marie Uwase, 40 schools were inspected. Uwase said 3 closed.";
    expect(who(text)).toEqual([
      [40, "Marie Uwase", "according_to"],
      [3, "Marie Uwase", "paraphrase"],
    ]);
    expect(who("According to the Velmar Schools Inspection Authority (VSIA) Annual Report, 40 schools were inspected.")[0][1]).toBe("Velmar Schools Inspection Authority");
  });

  it("keeps a body named by its kind and then its name as that body", () => {
    expect(who("According to the UN children's agency UNICEF, 30 schools closed.")).toEqual([[30, "UNICEF", "according_to"]]);
  });
});

describe("a quotation closed by 'said <rank> <name>'", () => {
  it("reads a straight opening mark closed by a curly one, and the speaker after the verb", () => {
    const text =
      "Judge Ann Lee said 4 men were jailed. " +
      "\"They took the savings of 30 elderly people,” said Commander Peter Okafor, head of the fraud squad. " +
      "\"Had we not arrested them, they would have robbed 50 more.\"";
    expect(who(text)).toEqual([
      [4, "Ann Lee", "paraphrase"],
      [30, "Peter Okafor", "direct_quote"],
      [50, "Peter Okafor", "direct_quote"],
    ]);
  });

  it("reads ranks written without a full stop, and the rank later as that person", () => {
    const text = "“They stole 30 cars,” said Det Chief Supt Tom Reed of the Met. The superintendent said 5 men fled.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Tom Reed", "Tom Reed"]);
    expect(who("“They stole 30 cars,” said Det. Chief Supt. Jane Moss.")[0][1]).toBe("Jane Moss");
  });
});

describe("'the official' after a named head", () => {
  it("refers to the person last quoted with a title, also when the title is 'head of'", () => {
    const text = "Sora Batbayar, head of the election commission, said 5 stations closed early. The official noted that all 500 ballots were counted by hand.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Sora Batbayar", "Sora Batbayar"]);
  });
});

describe("who owns or backs a body is no part of its name", () => {
  it("drops 'state-run', 'official' and 'privately held' before a name", () => {
    expect(who("The state-run Pelita news agency said 12 bodies were found.")[0][1]).toBe("Pelita news agency");
    expect(who("The privately held Harbor Freight Co said 3 stores closed.")[0][1]).toBe("Harbor Freight Co");
  });

  it("does not take a body with a name of its own for another body of its kind", () => {
    const text = "The state-run Pelita news agency said 12 bodies were found. The official Nusa news agency reported 5 died. The news agency said 4 fled.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Pelita news agency", "Nusa news agency", "Nusa news agency"]);
  });

  it("keeps an unnamed description as it is", () => {
    expect(who("The state news agency said 12 bodies were found.")[0][1]).toBe("state news agency");
  });
});

describe("'X cited Y as saying'", () => {
  it("gives the figure to the one cited, and keeps an official's description when a later sentence names someone so titled", () => {
    expect(who("The Daily Courier cited a police officer as saying 14 people died.")).toEqual([[14, "police officer", "paraphrase"]]);
    const text =
      "The Harbour Times cited a local coastguard official as estimating that around 23 people were missing.\n\n" +
      "Local coastguard station chief Rudi Hartono said the number could change.";
    expect(who(text)[0]).toEqual([23, "local coastguard official", "paraphrase"]);
  });

  it("names an official from a later title only by a modifier saying their service", () => {
    const people = titledPeople("Coastguard station chief Rudi Hartono arrived. Police spokesman Adi Nugroho spoke.");
    expect(personForDescription(["local", "coastguard", "official"], people)).toBe("Rudi Hartono");
    expect(personForDescription(["senior", "official"], people)).toBeNull();
  });
});

describe("'claimed' a thing is no report", () => {
  it("leaves a prize or a title claimed unattributed", () => {
    expect(who("The veteran claimed a record-setting $4.4 million prize — the largest ever awarded.")).toEqual([[4_400_000, null, "unattributed"]]);
  });

  it("keeps claims of what happened, and claimed responsibility, as statements", () => {
    expect(who("Police claimed the attack killed 30 people.")).toEqual([[30, "police", "paraphrase"]]);
    expect(who("Officials claimed a 20 percent rise was recorded.")).toEqual([[20, "officials", "paraphrase"]]);
    expect(who("Rebel spokesman Omar Haddad claimed responsibility for the attack.")).toEqual([[null, "Omar Haddad", "paraphrase"]]);
  });
});

describe("a company's name used as a modifier", () => {
  it("calls the company by its name without the legal suffix it carried as a modifier", () => {
    const text = "A car of the Norfolk Rail Corp train caught fire, Norfolk Rail said. Norfolk Rail said 57 cars derailed. The company said 3 were hurt.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Norfolk Rail", "Norfolk Rail", "Norfolk Rail"]);
  });

  it("keeps the suffix of a company named with it as a subject", () => {
    expect(who("Harbor Holdings Corp. said 40 stores will close. Harbor said 3,000 jobs go.").map(([, sp]) => sp)).toEqual(["Harbor Holdings Corp.", "Harbor Holdings Corp."]);
  });
});

describe("a nationality as the subject of a speech verb", () => {
  it("is the person named before", () => {
    const text = "Lena Maric won in one hour on Sunday. The Croatian said she had played 3 finals this year. “I lost 2 of them,” said the 24-year-old Croatian.";
    expect(who(text)).toEqual([
      [3, "Lena Maric", "paraphrase"],
      [2, "Lena Maric", "direct_quote"],
    ]);
  });

  it("leaves bodies that look like nationalities and verbs that are not speech alone", () => {
    expect(who("Lena Maric won. The Taliban said 4 soldiers died.")[0][1]).toBe("Taliban");
    expect(who("Lena Maric won. The Croatian claimed a $4 million prize.")).toEqual([[4_000_000, null, "unattributed"]]);
  });
});

describe("a revision of figures", () => {
  it("reports the revised figures for the body that revised them", () => {
    const text = "The Labor Department said 85,000 jobs were lost. The department also revised December job losses higher, from 65,000 to 150,000 jobs.";
    expect(who(text)).toEqual([
      [85_000, "Labor Department", "paraphrase"],
      [65_000, "Labor Department", "paraphrase"],
      [150_000, "Labor Department", "paraphrase"],
    ]);
  });

  it("is no report when it says how figures are revised", () => {
    expect(who("The Labor Department said 85,000 jobs were lost. The Commerce Department revises output over three months.")[1]).toEqual([3, null, "unattributed"]);
  });
});

describe("an impersonal passive report", () => {
  it("is said by the body it was stated in or announced by", () => {
    expect(who("In 2022, it was stated in Parliament that around 40 children died of measles.")).toEqual([[40, "Parliament", "paraphrase"]]);
    expect(who("It was announced by the Health Ministry on Monday that 12 clinics closed.")).toEqual([[12, "Health Ministry", "paraphrase"]]);
    expect(who("It was said that 5 died.")).toEqual([[5, null, "unattributed"]]);
  });
});

describe("a later title for a person named with an apposition", () => {
  it("reads 'the chief executive' as the person described as the firm's chief executive, who is no company", () => {
    const text = "Peter Walsh, the firm's chief executive, said 200 jobs will go. The chief executive said 3 plants will close.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Peter Walsh", "Peter Walsh"]);
  });

  it("reads 'the police chief' as the one described as police chief of a district", () => {
    const text = "Peter Walsh, the firm's chief executive, said 200 jobs will go. Suresh Nair, police chief of Kollam district, said 13 people drowned. The police chief said 2 were children.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Peter Walsh", "Suresh Nair", "Suresh Nair"]);
  });

  it("keeps the rank written before the name when an apposition describes the person", () => {
    const text = "Col. Mark Jensen, a spokesman for the U.S. military, said 200 troops arrived. The colonel said 50 more would follow.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Mark Jensen", "Mark Jensen"]);
  });

  it("reads a body's name and a lower-case title as an apposition", () => {
    expect(titleOfBody("WHO regional director for Europe")).toBe(true);
    expect(who("Dr. Hans Kluge, WHO regional director for Europe, said 25 countries reported cases.")).toEqual([[25, "Hans Kluge", "paraphrase"]]);
  });
});

describe("'the <title>' for a person named with it but not quoted yet", () => {
  it("is that person, by the full name", () => {
    expect(who("Governor Ana Mendes toured the area. The governor said 50 roads were closed.")).toEqual([[50, "Ana Mendes", "paraphrase"]]);
    expect(who("The results were read out by commission chairman Oleg Ivanov. The chairman said turnout was 61 percent.")[0][1]).toBe("Oleg Ivanov");
  });

  it("is the person last named with the title before the sentence, else the one holder the article names after it", () => {
    const text = "Governor Ana Mendes toured the area. The governor said 50 roads were closed. Later Governor Luis Prado arrived.";
    expect(who(text)[0][1]).toBe("Ana Mendes");
    // A definite title the article has not yet tied to a name is the one holder it names later; with two, no one.
    expect(who("The governor said 50 roads were closed. Governor Luis Prado arrived later.")[0][1]).toBe("Luis Prado");
    expect(who("The governor said 50 roads were closed. Governor Luis Prado and Governor Ana Mendes met later.")[0][1]).toBe("governor");
  });
});

describe("'cited'/'quoted' a source 'as saying'", () => {
  it("gives the figure to the source cited, whatever its form", () => {
    expect(who("The Herald cited Li Wei, a county official, as saying 16 miners were trapped.")[0][1]).toBe("Li Wei");
    expect(who("The newspaper cited police as saying 4 people died.")[0][1]).toBe("police");
    expect(who("Local media cited witnesses as saying at least 20 shots were fired.")[0][1]).toBe("witnesses");
    expect(who("Bernama quoted state police chief Ahmad Zaki as saying 7 suspects were detained.")).toEqual([[7, "Ahmad Zaki", "paraphrase"]]);
  });
});

describe("a competitor's role as the subject", () => {
  it("is the person last named", () => {
    expect(who("Erik Lund scored twice for Molde. The striker said the team had won 8 games in a row.")).toEqual([[8, "Erik Lund", "paraphrase"]]);
    expect(who("Sara Lee won the race in Monaco. The defending champion said she had trained for 6 months.")[0][1]).toBe("Sara Lee");
  });

  it("stays an unnamed source described by the same role before", () => {
    expect(who("A bus driver said 4 passengers were hurt. The driver said 2 were children.").map(([, sp]) => sp)).toEqual(["bus driver", "bus driver"]);
  });
});

describe("an unnamed body's statement", () => {
  it("is that body's when 'the statement' is quoted later", () => {
    const text = "The ministry said in a statement that 12 people died. “Another 30 are injured,” the statement said.";
    expect(who(text)).toEqual([
      [12, "ministry", "paraphrase"],
      [30, "ministry", "direct_quote"],
    ]);
  });
});

describe("a common noun opening a sentence before a body's name", () => {
  it("is no part of the name 'the company' refers to", () => {
    expect(who("Shares of Acme Corp fell 5 percent after the company said profit dropped 20 percent.")).toEqual([
      [5, null, "unattributed"],
      [20, "Acme Corp", "paraphrase"],
    ]);
  });
});

describe("outlets named with a common noun", () => {
  it("reads a name before 'daily' as the outlet's, also opening the sentence; the common noun is no part of it", () => {
    expect(who("Kompas daily reported that 5 people died.")).toEqual([[5, "Kompas", "paraphrase"]]);
    expect(who("Local daily reported that 5 people died.")[0][1]).toBe("local daily");
  });

  it("drops 'broadcaster' before or after an outlet's name", () => {
    expect(who("Almost 24 hours after the quake, rescuers freed a woman, Velmar Haber broadcaster reported.")).toEqual([[24, "Velmar Haber", "paraphrase"]]);
    expect(who("Rescuers freed 26 people, broadcaster Velmar Haber reported.")).toEqual([[26, "Velmar Haber", "paraphrase"]]);
    expect(who("Broadcaster Velmar Haber said 24 people died.")).toEqual([[24, "Velmar Haber", "paraphrase"]]);
    expect(who("Daily Harbour Post said 24 people died.")[0][1]).toBe("Daily Harbour Post");
  });

  it("drops the country's possessive and status words before an outlet's own name", () => {
    expect(who("Iran's semi-official Tasnim news agency said 6 guards were killed.")[0][1]).toBe("Tasnim news agency");
    expect(who("Japan's Kyodo news agency said 14 flights were cancelled.")[0][1]).toBe("Kyodo news agency");
  });
});

describe("a report relaying its source", () => {
  it("gives the figures to the source cited or quoted", () => {
    expect(who("Some 30 people were injured, state media reported, citing local officials.")).toEqual([[30, "local officials", "paraphrase"]]);
    expect(who("The toll rose to 45, Xinhua said, citing the provincial health commission.")[0][1]).toBe("provincial health commission");
    expect(who("The toll rose to 45, Xinhua said, citing a statement by the Health Ministry.")[0][1]).toBe("Health Ministry");
    expect(who("Eleven miners were trapped, the semi-official Mehr news agency said, quoting a local official.")[0][1]).toBe("local official");
  });

  it("keeps the reporter when nothing is cited", () => {
    expect(who("At least 12 people died in the blast, the official Xinhua News Agency reported.")[0][1]).toBe("Xinhua News Agency");
  });
});

describe("a public body quoting a document", () => {
  it("states its figures itself, with or without a comma before 'quoting'", () => {
    expect(who("Norland drew 4.2 million tourists in 2023, the tourism ministry said, citing its yearly survey.")).toEqual([
      [4_200_000, "tourism ministry", "paraphrase"],
    ]);
    expect(who("“Norland drew 4.2 million tourists in 2023,” said the trade ministry quoting its annual survey.")).toEqual([
      [4_200_000, "trade ministry", "direct_quote"],
    ]);
  });

  it("still relays the document's issuer, a source of its own, and a news outlet's document", () => {
    expect(who("Norland drew 4.2 million tourists, the ministry said, citing a report by the Tourism Board.")[0][1]).toBe("Tourism Board");
    expect(who("Four people died, the ministry said, citing local officials.")[0][1]).toBe("local officials");
    expect(who("Norland drew 4.2 million tourists, Xinhua said, quoting the Annual Survey.")[0][1]).toBe("Annual Survey");
  });
});

describe("a person citing figures", () => {
  it("states them himself", () => {
    const text = "Labor Secretary Tom Perez said 6 million jobs were added, citing figures from the U.S. Bureau of Labor Statistics.";
    expect(who(text)[0][1]).toBe("Tom Perez");
  });
});

describe("a bare 'the <noun>' after a fuller description", () => {
  it("is the body described in the same sentence or the one before", () => {
    expect(who("The central bank raised its key rate to 5 percent, the bank said in a statement.")).toEqual([[5, "central bank", "paraphrase"]]);
  });

  it("is the source described before when a document it released is cited", () => {
    const text = "The electoral commission said turnout was 62 percent. According to preliminary results released by the commission, the ruling party won 54 percent.";
    expect(who(text)).toEqual([
      [62, "electoral commission", "paraphrase"],
      [54, "electoral commission", "according_to"],
    ]);
  });
});

describe("an acronym spelt like a clause word", () => {
  it("is a body's name before a title", () => {
    expect(who("WHO spokesman Tarik Jasarevic told reporters in Geneva that 40 people had died.")).toEqual([[40, "Tarik Jasarevic", "paraphrase"]]);
  });
});

describe("a body described by an apposition whose noun is also a title", () => {
  it("is the body, and the noun later refers to it", () => {
    const text = "The Syrian Observatory for Human Rights, a Britain-based war monitor, said 33 people were killed. The monitor said 11 were children.";
    expect(who(text).map(([, sp]) => sp)).toEqual(["Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"]);
  });

  it("keeps a country's unnamed body as described, without the country (the labelling guide's rule)", () => {
    expect(who("Ukraine's air force said it shot down 30 drones.")).toEqual([[30, "air force", "paraphrase"]]);
  });
});

describe("a role written before a name like a title", () => {
  it("is no part of the name", () => {
    expect(who("Forecaster Amy Reed said another 4 inches could fall.")).toEqual([[4, "Amy Reed", "paraphrase"]]);
    expect(who("Seismologist Lucy Jones said 3 aftershocks followed. The seismologist said 1 was strong.").map(([, sp]) => sp)).toEqual(["Lucy Jones", "Lucy Jones"]);

  });

  it("takes offices of public money and boards as titles ('Treasurer', 'Chairperson', 'Comptroller')", () => {
    expect(who("Treasurer Maya Tennant said 41,000 jobs were added in May.")).toEqual([[41000, "Maya Tennant", "paraphrase"]]);
    expect(who("Chairperson Ruth Adjei said 4 constituencies had not reported.")).toEqual([[4, "Ruth Adjei", "paraphrase"]]);
    expect(who("Comptroller Dev Sharma said the city overspent by $3 million.")).toEqual([[3000000, "Dev Sharma", "paraphrase"]]);
  });
});

describe("a title-case headline", () => {
  it("names no body with its verb and count ('Harbour Police Detain 9 In Smuggling Case')", () => {
    const text = "Harbour Police Detain 9 In Smuggling Case\n\nPolice said on Monday that 9 men were held after a raid on a warehouse.";
    const speakers = who(text).map(([, sp]) => sp);
    expect(speakers).not.toContain("Harbour Police Detain 9 In Smuggling Case");
    expect(speakers[speakers.length - 1]).toBe("Harbour Police");
  });
});

describe("names opening a sentence before an unnamed source", () => {
  it("keeps a nationality or a name the article writes capitalised elsewhere", () => {
    expect(who("Syrian state media said eight people had died.")).toEqual([[8, "Syrian state media", "paraphrase"]]);
    expect(who("The quake hit Vesta at noon. Vesta police said eight people had died.")).toEqual([[8, "Vesta police", "paraphrase"]]);
  });
  it("still writes a common word opening the sentence in lower case", () => {
    expect(who("Local officials said eight people had died.")).toEqual([[8, "local officials", "paraphrase"]]);
    expect(who("Rescue officials said eight people had died.")).toEqual([[8, "rescue officials", "paraphrase"]]);
  });
});

describe("a participle clause naming a role with 'as'", () => {
  it("keeps the person named before it as the speaker", () => {
    const text = "Mara Velden, appointed on Wednesday for a 7th term as Governor of the Central Bank of Ostria, said inflation may fall below 4%.";
    expect(who(text)).toEqual([[4, "Mara Velden", "paraphrase"]]);
  });
  it("still reads 'as' and a titled person as a clause of its own", () => {
    expect(who("Prices rose 4%, as President Lena Ortiz said they would.")).toEqual([[4, "Lena Ortiz", "paraphrase"]]);
  });
});

describe("a body named in lower case after a possessive, with its acronym", () => {
  it("names the body by its lower-case words without the owner, and its acronym later as the same body", () => {
    const text = "The Kandor government’s coastal flood and rescue agency (KFRA) said 29 died in Velmar. KFRA said 43 people had been rescued.";
    expect(who(text)).toEqual([
      [29, "coastal flood and rescue agency", "paraphrase"],
      [43, "coastal flood and rescue agency", "paraphrase"],
    ]);
  });

  it("leaves a possessive description without an acronym, and a capitalised name with one, as before", () => {
    expect(who("The Kandor government's flood agency said 29 died.")).toEqual([[29, "Kandor government's flood agency", "paraphrase"]]);
    expect(who("The Kandor Flood Agency (KFA) said 29 died. KFA said 4 were missing.").map(([, sp]) => sp)).toEqual(["Kandor Flood Agency", "Kandor Flood Agency"]);
  });
});

describe("a company's legal suffix", () => {
  it("is part of the name as first written, also for a later mention without it", () => {
    const text = "Harlow Foods turns a profit\n\nTORONTO - Harlow Foods Corp. says it earned a profit of US$894 million. On an adjusted basis, Harlow Foods says it earned 84 cents per share.";
    expect(who(text)).toEqual([
      [894_000_000, "Harlow Foods Corp.", "paraphrase"],
      [84, "Harlow Foods Corp.", "paraphrase"],
    ]);
  });

  it("names the company at its fullest when the suffix comes only later in the article, and by it throughout", () => {
    const text = "Velta Media today said its profit declined by 24.01%. The board met on Friday, Velta Media Ltd said in a filing.";
    expect(who(text)[0]).toEqual([24.01, "Velta Media Ltd", "paraphrase"]);
    expect(who("Velta Media Ltd said its profit declined by 24.01%. The company said it would cut 300 jobs.")).toEqual([
      [24.01, "Velta Media Ltd", "paraphrase"],
      [300, "Velta Media Ltd", "paraphrase"],
    ]);
  });

  it("leaves a company without a suffix anywhere as written", () => {
    expect(who("Velta Media said its profit declined by 24.01%.")).toEqual([[24.01, "Velta Media", "paraphrase"]]);
  });

  it("gives one name to a company across the article, the one it is first named by in full, whatever its suffix", () => {
    const both = (suffixed: string) => who(`${suffixed} said it would cut 300 jobs. Nordwell said sales fell 4 percent.`).map((c) => c[1]);
    for (const suffixed of ["Nordwell Corp.", "Nordwell Co.", "Nordwell Inc.", "Nordwell Ltd", "Nordwell AG", "Nordwell plc"]) expect(both(suffixed)).toEqual([suffixed, suffixed]);
    expect(who("Takova Corp. recalled 300,000 cars. Takova said 12 people were hurt. Takova Corp. said it would pay $40 million.").slice(1).map((c) => c[1])).toEqual(["Takova Corp.", "Takova Corp."]);
  });

  it("keeps the suffix when the article writes the company's whole short name only with it", () => {
    expect(who("Harlen Motor Co. said it would cut 300 jobs. Harlen said sales fell 4 percent.").map((c) => c[1])).toEqual(["Harlen Motor Co.", "Harlen Motor Co."]);
    expect(who("Nordwell Co. said it would cut 300 jobs. The company said sales fell 4 percent.").map((c) => c[1])).toEqual(["Nordwell Co.", "Nordwell Co."]);
    expect(who("Nordwell Corp. said it would cut 300 jobs. Nordwell Energy said it would hire 40 people.").map((c) => c[1])).toEqual(["Nordwell Corp.", "Nordwell Energy"]);
  });
});

describe("a capitalised title of a body, then its holder's name set off by commas", () => {
  it("reads the name as the holder, not as the town of the body", () => {
    const text = "The state Sector Commander of the Highway Patrol Service (HPS), Ade Bello, has confirmed the crash. He urged drivers to rest, saying that 12 crashes this year followed long shifts.";
    expect(who(text)).toEqual([
      [null, "Ade Bello", "paraphrase"],
      [12, "Ade Bello", "paraphrase"],
    ]);
    expect(who("The Chief Inspector of the Vale Fire and Rescue Service, Mark Oduya, said 12 homes burned.")).toEqual([[12, "Mark Oduya", "paraphrase"]]);
  });
  it("still reads a town after a person's body as where the body is", () => {
    expect(who("Dr Ana Kumar of Vale City Hospital, Dorton, said 12 people were treated.")).toEqual([[12, "Ana Kumar", "paraphrase"]]);
  });
});

describe("a title of an unnamed body in a place", () => {
  it("keeps the whole description when the title's 'of' names a body, and 'he' goes on with it", () => {
    const text = "The director of the storm and rescue centre in Norland said 40 bodies were found. He added that 12 more were missing.";
    expect(who(text)).toEqual([
      [40, "director of the storm and rescue centre in Norland", "paraphrase"],
      [12, "director of the storm and rescue centre in Norland", "paraphrase"],
    ]);
  });
  it("still calls a title of a place by the place's name", () => {
    expect(who("The mayor of the coastal town of Dorby said 12 boats sank.")).toEqual([[12, "mayor of Dorby", "paraphrase"]]);
  });
});

describe("a definite company description standing for the company the article is about", () => {
  it("registers a name as a company from a possessive apposition or a company noun right before it", () => {
    expect(who("Vexora, Norland's top listed biotech firm, raised its forecast. The Tarnow-based company said net profit rose to 900 million crowns.")).toEqual([
      [900_000_000, "Vexora", "paraphrase"],
    ]);
    expect(who("Profits at the country's biggest carmaker Kestler slipped. A recall costing 230 million euros hit earnings, the group said.")).toEqual([
      [230_000_000, "Kestler", "paraphrase"],
    ]);
  });

  it("reads a company that posts results as the company a later '... maker' describes", () => {
    expect(who("Quandro last night posted a quarterly profit. The world's number two phone maker also forecast sales of $9 billion.")).toEqual([
      [9_000_000_000, "Quandro", "paraphrase"],
    ]);
  });

  it("prefers the company named most often to one named in passing", () => {
    expect(who("Vexora, Norland's top listed biotech firm, raised its forecast. Lindqvist Capital Corp would buy a stake. Vexora also said revenue rose 19 percent. The drugmaker announced results from 3 trials.")).toEqual([
      [19, "Vexora", "paraphrase"],
      [3, "Vexora", "paraphrase"],
    ]);
  });

  it("reads 'the company' as a company named in this sentence or the one before, before the one named most", () => {
    expect(
      who("Kestrel Corp opened a plant in Dovra. Kestrel Corp hired 200 workers there. Kestrel Corp also bought land.\n\nSeparately, Velton Ltd reported a loss on Monday. The company said it would cut 300 jobs."),
    ).toContainEqual([300, "Velton Ltd", "paraphrase"]);
    expect(who("Shares of Velton Foods fell 4% on Monday. Velton Foods makes pies. Shares of Kestrel Meats rose 2%. The company said 300 kilograms were recalled.")).toContainEqual([
      300,
      "Kestrel Meats",
      "paraphrase",
    ]);
  });

  it("takes no person named after a noun a person may be called by for a company", () => {
    expect(
      who("Shares of Velton Foods fell 4% on Monday. The cafe's owner Ana Osei said 40 diners fell ill. Ana Osei closed the cafe. Ana Osei said the supplier sent bad meat. The company said 300 kilograms were recalled."),
    ).toContainEqual([300, "Velton Foods", "paraphrase"]);
    expect(who("The site's operator Jonas Brandt said 12 pumps failed. Brandt said the firm would pay 40,000 euros.")).toContainEqual([12, "Jonas Brandt", "paraphrase"]);
  });

  it("leaves an indefinite company and a group of people to their own description", () => {
    expect(who("Vexora, Norland's top listed biotech firm, raised its forecast. A Swiss company said it would buy 12 of its plants.")).toEqual([[12, "Swiss company", "paraphrase"]]);
    expect(who("Profits at the country's biggest carmaker Kestler slipped. The group of protesters said 300 people marched.")).toEqual([[300, "group of protesters", "paraphrase"]]);
    expect(who("The company Chairman Ivo Brandt said 40 stores would close.")).toEqual([[40, "Ivo Brandt", "paraphrase"]]);
  });
});

describe("a body described at length", () => {
  it("reads a place's name and six lower-case words closing on a body's word as that body, and a lower-case one as described", () => {
    expect(who("The Tarn regional flood relief coordination office said a first survey found 51,800 homes were damaged.")).toEqual([
      [51_800, "Tarn regional flood relief coordination office", "paraphrase"],
    ]);
    expect(who("The provincial earthquake emergency response center said 51,800 homes were damaged.")).toEqual([
      [51_800, "provincial earthquake emergency response center", "paraphrase"],
    ]);
  });

  it("leaves a description with a clause in it to no one", () => {
    expect(who("The new regional ticket office said 300 seats were sold.")).toEqual([[300, "new regional ticket office", "paraphrase"]]);
    expect(who("The long and very cold winter said a lot: 300 homes lost power.")).toEqual([[300, null, "unattributed"]]);
  });
});

describe("two bodies joined by 'and the'", () => {
  it("files each body by its own name, so a later mention of one is that body alone", () => {
    expect(who("A man died on a rescue boat run by the charity MOAS and the Red Cross. The Red Cross said 12 people were missing.")).toEqual([
      [12, "Red Cross", "paraphrase"],
    ]);
    expect(who("The Harbour Trust and the Norland Red Crescent sent 40 tents. The Norland Red Crescent said 300 people were housed.")).toEqual([
      [40, null, "unattributed"],
      [300, "Norland Red Crescent", "paraphrase"],
    ]);
  });

  it("reads a company's name of two words without a body word as a body of its own", () => {
    expect(who("Sales fell for most carmakers, but Harlow Motor and the Vesta Group bucked the trend.\n\nThe Vesta Group said sales rose 0.7 percent.")).toEqual([
      [0.7, "Vesta Group", "paraphrase"],
    ]);
  });

  it("keeps a name with 'and' inside it, and one without a body's word, whole", () => {
    expect(who("The Search and Rescue Agency sent a boat. The agency said 12 people were missing.")).toEqual([[12, "Search and Rescue Agency", "paraphrase"]]);
    expect(who("The Ministry of Culture and the Arts said 40 theatres closed.")).toEqual([[40, "Ministry of Culture and the Arts", "paraphrase"]]);
  });
});

describe("a title described with its owner's possessive", () => {
  it("is the person the article named with that title", () => {
    const text =
      "Speaking to reporters in Tamsa, the Grain Relief Agency Regional Director, Omar Sall informed that stocks were low. “We need $120 million,” said the GRA’s regional director.";
    expect(who(text)).toEqual([
      [null, "Omar Sall", "paraphrase"],
      [120_000_000, "Omar Sall", "direct_quote"],
    ]);
    expect(who("Lina Ortiz, a spokeswoman for the Norland Red Cross, said 40 people died. The agency's spokeswoman said 12 more were missing.")[1]).toEqual([12, "Lina Ortiz", "paraphrase"]);
    expect(who("Tom Hale, a spokesman for the Norland Army, said 40 people died. The army's spokesman said 12 more were missing.")[1]).toEqual([12, "Tom Hale", "paraphrase"]);
  });

  it("keeps the description when no one, or someone of another body, was named with the title", () => {
    expect(who("The Red Cross said 40 people died. The agency's spokeswoman said 12 more were missing.")[1]).toEqual([12, "agency's spokeswoman", "paraphrase"]);
    expect(who("Tom Hale, a spokesman for the army, said 40 people died. The ministry's spokesman said 12 more were missing.")[1]).toEqual([12, "ministry's spokesman", "paraphrase"]);
    expect(who("Lina Ortiz, a spokeswoman for the Red Cross, said 40 people died. The agency's regional director said 12 more were missing.")[1]).toEqual([12, "agency's regional director", "paraphrase"]);
  });
});
