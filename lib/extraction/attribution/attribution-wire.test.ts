import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("one body under two spellings", () => {
  it("calls a name written run together by the spacing it was first written with", () => {
    const text = "Cable deal lifts Blue Harbor profit\n\nBlueHarbor said revenue rose 4% to $2.1bn.";
    expect(who(text)).toEqual([
      [4, "Blue Harbor", "paraphrase"],
      [2_100_000_000, "Blue Harbor", "paraphrase"],
    ]);
  });

  it("keeps an acronym's own spelling and a name never written otherwise", () => {
    expect(who("NASA said the ice shrank by 12%.")).toEqual([[12, "NASA", "paraphrase"]]);
    expect(who("Quillfeather Mills said output fell 7%.")).toEqual([[7, "Quillfeather Mills", "paraphrase"]]);
  });
});

describe("acronyms", () => {
  it("gives an acronym in parentheses to the second of two bodies when it abbreviates that one", () => {
    const text =
      "Sea ice hit a low, reports the Polar Institute and the Arctic Monitoring Bureau (AMB). The ice shrank by 4 percent a decade, reported AMB.";
    expect(who(text)).toEqual([
      [null, "Polar Institute and the Arctic Monitoring Bureau", "paraphrase"],
      [4, "Arctic Monitoring Bureau", "paraphrase"],
    ]);
  });

  it("reads an acronym set off by commas after a name as that name's short form", () => {
    const text = "About 2,000 homes flooded, the Norland Press Service, NPS, has reported. NPS said 15 roads were shut.";
    expect(who(text)).toEqual([
      [2000, "Norland Press Service", "paraphrase"],
      [15, "Norland Press Service", "paraphrase"],
    ]);
  });
});

describe("reporting verbs and clauses", () => {
  it("reads 'blamed', 'points out' and a progressive 'is projecting' as reporting", () => {
    expect(who("Orbis Shipping has blamed high fuel prices for a 40% drop in profits.")).toEqual([[40, "Orbis Shipping", "paraphrase"]]);
    expect(who("Fans make up 30% of the crowd, Orbis Shipping pointed out.")).toEqual([[30, "Orbis Shipping", "paraphrase"]]);
    expect(who("For next year, Orbis Shipping is projecting growth of around 5%.")).toEqual([[5, "Orbis Shipping", "paraphrase"]]);
  });

  it("reads 'reports' as a verb only before its subject or a that-clause", () => {
    expect(who("Sea ice hit a record low of 3.4 million square kilometres, reports the Polar Bureau.")).toEqual([[3_400_000, "Polar Bureau", "paraphrase"]]);
    expect(who("Initial reports indicated 12 people were hurt.")).toEqual([[12, null, "unattributed"]]);
  });

  it("does not read a progressive form without its auxiliary as reporting", () => {
    expect(who("By projecting 5% growth, the board cut its costs.")).toEqual([[5, null, "unattributed"]]);
  });

  it("gives a sentence opening with a reporting participle to its subject", () => {
    const text =
      "Northwind Airways cut fares in March. Reporting its results for the winter, the airline made a profit of £75m, against £125m a year earlier.";
    expect(who(text)).toEqual([
      [75_000_000, "Northwind Airways", "paraphrase"],
      [125_000_000, "Northwind Airways", "paraphrase"],
    ]);
  });

  it("limits a reporting verb in a subordinate clause to what follows the conjunction", () => {
    expect(who("Winners will pocket £2 million after the Lawn Club announced the fund will rise to £28 million.")).toEqual([
      [2_000_000, null, "unattributed"],
      [28_000_000, "Lawn Club", "paraphrase"],
    ]);
  });

  it("limits a coordinated reporting clause to what follows the conjunction", () => {
    expect(who("Orbis Shipping beat forecasts of £59m, and the Harbour Board said traffic grew 6%.")).toEqual([
      [59_000_000, null, "unattributed"],
      [6, "Harbour Board", "paraphrase"],
    ]);
  });

  it("still gives a closing '..., police said' the whole sentence", () => {
    expect(who("Four people died in the fire, and 12 were hurt, police said.")).toEqual([
      [4, "police", "paraphrase"],
      [12, "police", "paraphrase"],
    ]);
  });
});

describe("titled people", () => {
  it("splits a titled person from the firm after 'of', whatever the firm's name", () => {
    expect(who("Yet aviation analyst Mara Quist of Dorner Kleinfeld says surcharges of £160m will fall short.")).toEqual([
      [160_000_000, "Mara Quist", "paraphrase"],
    ]);
  });

  it("joins two titles with 'and' before a name", () => {
    const text = 'Orbis Media said profits rose 9%. "Our performance was strong, meeting all of our aims," chairman and chief executive Dana Pell said.';
    expect(who(text)).toEqual([
      [9, "Orbis Media", "paraphrase"],
      [null, "Dana Pell", "direct_quote"],
    ]);
  });
});

describe("documents and bodies referred to", () => {
  it("reads a closing '..., data released by X show' as X's data", () => {
    expect(who("Air traffic rose by 6.8% in 2015, data released by the Global Aviation Organisation show, with Asia fastest.")).toEqual([
      [6.8, "Global Aviation Organisation", "according_to"],
    ]);
  });

  it("ends 'according to' at the document and names an unnamed document by its kind", () => {
    expect(who("According to these initial results only four parties have cleared the 5% threshold.")).toEqual([
      [4, "initial results", "according_to"],
      [5, "initial results", "according_to"],
    ]);
    expect(who("Pupils graduate on time more than ever, according to federal data released today. The federal data show rates rose in all but five states.")).toEqual([
      [null, "federal data", "according_to"],
      [5, "federal data", "according_to"],
    ]);
    expect(who("Sales rose 4%, according to a new study.")).toEqual([[4, "new study", "according_to"]]);
  });

  it("gives 'the organization' and a later 'it' to the body cited just before", () => {
    const text =
      "At least 42 people died, the Valley Observatory for Rights said. More than 158,000 civilians have died, according to the Valley Network for Rights. The UK-registered organization said attacks were rising. It said 124,752 men had been killed.";
    expect(who(text)).toEqual([
      [42, "Valley Observatory for Rights", "paraphrase"],
      [158_000, "Valley Network for Rights", "according_to"],
      [null, "Valley Network for Rights", "paraphrase"],
      [124_752, "Valley Network for Rights", "paraphrase"],
    ]);
  });

  it("reads 'the <Body> agency' as the agency of that body cited just before, not the body itself", () => {
    const text = "Traffic rose 6.8%, data released by the Civil Aviation Organisation show. Airlines in Asia grew 9%, the United Nations agency points out.";
    expect(who(text)).toEqual([
      [6.8, "Civil Aviation Organisation", "according_to"],
      [9, "Civil Aviation Organisation", "paraphrase"],
    ]);
  });
});

describe("people referred to again", () => {
  it("gives a one-word name to the speaker whose name it begins", () => {
    const text = '"The situation is grave," said Li Wei, the county\'s deputy mayor. Li said 12 villages were cut off.';
    expect(who(text)).toEqual([
      [null, "Li Wei", "direct_quote"],
      [12, "Li Wei", "paraphrase"],
    ]);
  });

  it("gives 'the 54-year-old' to the person last named", () => {
    const text = "Mayor Ana Lind said 4 bridges fell. The 54-year-old official told reporters that 8 roads were closed.";
    expect(who(text)).toEqual([
      [4, "Ana Lind", "paraphrase"],
      [8, "Ana Lind", "paraphrase"],
    ]);
  });
});

describe("unnamed sources in the present tense", () => {
  it("reads plural present reporting verbs, but not the same words as nouns", () => {
    expect(who("Officials believe 300 homes were destroyed.")).toEqual([[300, "officials", "paraphrase"]]);
    expect(who("Experts predict 20 aftershocks.")).toEqual([[20, "experts", "paraphrase"]]);
    expect(who("Analysts expect growth of 2%.")).toEqual([[2, "analysts", "paraphrase"]]);
    expect(who("The estimate of 300 homes may rise.")).toEqual([[300, null, "unattributed"]]);
  });

  it("gives a possessive document, or one published by a body, to its unnamed owner", () => {
    expect(who("The ministry's latest figures show 1,100 schools were damaged.")).toEqual([[1100, "ministry", "according_to"]]);
    expect(who("Figures published by the statistics office showed exports fell 8%.")).toEqual([[8, "statistics office", "according_to"]]);
  });
});

describe("headlines and described sources", () => {
  it("reads a lower-case source closing a headline, and no source in a lead that is not one", () => {
    expect(who("Floods kill 40 in the north - officials\n\nRain went on.")).toEqual([[40, "officials", "paraphrase"]]);
    expect(who("Flood update: 40 dead in the north\n\nRain went on.")).toEqual([[40, null, "unattributed"]]);
  });

  it("takes the name closing a described body after 'according to'", () => {
    expect(who("According to the UN children's agency UNICEF, 300,000 children need aid.")).toEqual([[300_000, "UNICEF", "according_to"]]);
  });

  it("keeps a body's unnamed titled person as a description", () => {
    expect(who("The department's head said 3 dams were near capacity.")).toEqual([[3, "department's head", "paraphrase"]]);
  });
});

describe("sources named later", () => {
  it("keeps an indefinite titled source as written when a later sentence names someone with that title", () => {
    const text = "A harbour spokeswoman says about 40 boats were sunk. Harbour spokeswoman Ines Roda said Monday that 12 piers were lost.";
    expect(who(text)).toEqual([
      [40, "harbour spokeswoman", "paraphrase"],
      [12, "Ines Roda", "paraphrase"],
    ]);
  });

  it("gives an indefinite body to the one body of that kind the article later names", () => {
    const text = "A court in the northern province announced that it sentenced 5 men. The Higher People's Court of Linhai ruled that 16 crew died.";
    expect(who(text)).toEqual([
      [5, "Higher People's Court of Linhai", "paraphrase"],
      [16, "Higher People's Court of Linhai", "paraphrase"],
    ]);
  });

  it("keeps the description when two people or no one fit it", () => {
    expect(who("A police spokesman said 4 died. Police spokesman Ari Tal and police spokesman Ben Lev spoke.")[0]).toEqual([4, "police spokesman", "paraphrase"]);
    expect(who("An official said 2 roads closed.")).toEqual([[2, "official", "paraphrase"]]);
  });
});

describe("pronouns for unnamed groups and titled names", () => {
  it("gives 'they' to the plural unnamed source that spoke last, in the next sentence or the same one", () => {
    expect(who("Police said 4 people were arrested. They said 2 officers were hurt.")).toEqual([
      [4, "police", "paraphrase"],
      [2, "police", "paraphrase"],
    ]);
    expect(who("The Harbour Board said 9 cranes failed. Officials said 3 ships sank. They added that 5 more were damaged.")[2]).toEqual([5, "officials", "paraphrase"]);
    expect(who("Authorities in the province said 70 homes were flooded, and they said 15 roads were closed.")).toEqual([
      [70, "authorities in the province", "paraphrase"],
      [15, "authorities in the province", "paraphrase"],
    ]);
  });

  it("reads past the stop of 'Dr.' after the verb", () => {
    expect(who("“We have seen 30 cases,” said Dr. Mia Holt, the hospital's director.")).toEqual([[30, "Mia Holt", "direct_quote"]]);
  });
});

describe("sources after the verb", () => {
  it("gives '..., said the ministry's spokesman, Ali Reza' to the person", () => {
    expect(who("Prices rose 4%, said the ministry's spokesman, Ali Reza.")).toEqual([[4, "Ali Reza", "paraphrase"]]);
  });

  it("gives '..., says a report by X' to X, cited like X's report", () => {
    expect(who("Output fell 2%, says a report by the Trade Institute.")).toEqual([[2, "Trade Institute", "according_to"]]);
  });

  it("drops the possessive of a body cited with its data", () => {
    expect(who("Exports rose 6%, according to Norland Bank's data.")).toEqual([[6, "Norland Bank", "according_to"]]);
  });
});

describe("people described in lower case", () => {
  it("lets any described person speak with a speech verb, not the last one quoted", () => {
    const text = '"We have room for 2,000 people," Mayor Ella Stone said. "We counted 70 tents," a volunteer said.';
    expect(who(text)).toEqual([
      [2000, "Ella Stone", "direct_quote"],
      [70, "volunteer", "direct_quote"],
    ]);
    expect(who("“We counted 70 tents,” one 34-year-old volunteer told reporters.")).toEqual([[70, "34-year-old volunteer", "direct_quote"]]);
  });

  it("does not make a described subject of a non-speech verb a speaker", () => {
    expect(who("The crane lifted 40 containers.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("documents without a determiner or a comma", () => {
  it("reads '... counted results show' as the results, from where they are named", () => {
    expect(who("With half of the ballots already counted results show the ruling bloc will have at least 50 seats.")).toEqual([
      [0.5, null, "unattributed"],
      [50, "results", "according_to"],
    ]);
  });

  it("counts an outlet's own calculations as its observation", () => {
    expect(who("The krona fell 0.4%, according to Reuters calculations.")).toEqual([[0.4, "Reuters", "observation"]]);
  });
});

describe("capitals that only open a sentence", () => {
  it("reads 'Defence lawyers said' as an unnamed source, and no later 'the club' as them", () => {
    const text = "Defence lawyers had argued that 3 of the counts were time-barred. Rovers beat Chelsea 3-1 on Sunday. The club said 74,000 fans attended.";
    expect(who(text)).toEqual([
      [3, "defence lawyers", "paraphrase"],
      [74_000, "club", "paraphrase"],
    ]);
  });

  it("keeps a capitalised word the article also writes mid-sentence as part of a name", () => {
    expect(who("Officials at the Defence Ministry met. Defence officials said 5 jets were lost.")[0]).toEqual([5, "Defence officials", "paraphrase"]);
  });

  it("reads a study 'published in' a journal as the study, and a coach's title as a title", () => {
    expect(who("A study published in the journal Nature found that 40% of glaciers had shrunk.")).toEqual([[40, "study", "according_to"]]);
    expect(who("Coach Erik Lund told reporters his team had won 8 games.")).toEqual([[8, "Erik Lund", "paraphrase"]]);
  });
});

describe("estimates by researchers", () => {
  it("reads 'analysts put X at' as an estimate, but not workers putting things", () => {
    expect(who("Analysts put the cost at $3 billion.")).toEqual([[3_000_000_000, "analysts", "paraphrase"]]);
    expect(who("Workers put 40 sandbags on the road.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("background about a speaker named after the verb", () => {
  it("leaves the figures of '..., which represents 300 airlines' unattributed, but not a relative clause inside what is said", () => {
    expect(who("Demand rose 6%, said the Air Transport Association (ATA), which represents 300 airlines.")).toEqual([
      [6, "Air Transport Association", "paraphrase"],
      [300, null, "unattributed"],
    ]);
    expect(who("The Weather Service says the river will crest at 23 feet, which is about 7 feet above flood stage.")).toEqual([
      [23, "Weather Service", "paraphrase"],
      [7, "Weather Service", "paraphrase"],
    ]);
  });
});

describe("nested and relayed sources", () => {
  it("gives a figure to the one who states it, not to a closing relay", () => {
    expect(who("The mayor of the flooded town of Linz said Saturday that 71 people had died, the regional agency said via Twitter.")).toEqual([
      [71, "mayor of Linz", "paraphrase"],
    ]);
  });

  it("gives a figure to the inner source of a that-clause", () => {
    expect(who("KLTV reported Monday that the State Health Authority announced 9 new cases.")).toEqual([[9, "State Health Authority", "paraphrase"]]);
  });

  it("reads 'X released a statement saying' as X", () => {
    expect(who("Health spokeswoman Mara Voss released a statement Sunday saying the agency had found 61 cases.")).toEqual([[61, "Mara Voss", "paraphrase"]]);
  });

  it("reads 'X has identified N cases' as X's", () => {
    expect(who("County Public Health has identified 2 new measles cases.")).toEqual([[2, "County Public Health", "paraphrase"]]);
  });

  it("drops where an unnamed body sits from its description", () => {
    expect(who("The interior ministry in Kabul confirmed 13 deaths.")).toEqual([[13, "interior ministry", "paraphrase"]]);
  });
});

describe("first-person words without quotation marks", () => {
  it("makes 'We ..., said X' and the first-person sentences after it X's direct quotes", () => {
    const text = "Orbis posted a profit of $2 billion. We delivered 9% growth this quarter, said Dana Pell, the chief executive. We are on track for our three-year plan.";
    expect(who(text)).toEqual([
      [2_000_000_000, null, "unattributed"],
      [9, "Dana Pell", "direct_quote"],
      [3, "Dana Pell", "direct_quote"],
    ]);
  });

  it("does not carry a speaker to a first-person sentence after a plain report", () => {
    expect(who("Orbis said sales rose 4%. We are on track for 5 new stores.")[1]).toEqual([5, null, "unattributed"]);
  });
});

describe("expectations and headline titles", () => {
  it("gives the figure of 'economists' expectations for' to the economists, and what comes before to no one", () => {
    expect(who("Prices rose 0.3%, beating economists' expectations for a 0.2% rise.")).toEqual([
      [0.3, null, "unattributed"],
      [0.2, "economists", "paraphrase"],
    ]);
  });

  it("resolves a headline's short title to the person the article names with it", () => {
    const text = "FinMin warns deficit to exceed 4% of GDP\n\nThe deficit is 2.8%, Finance Minister Ana Pop told reporters.";
    expect(who(text)).toEqual([
      [4, "Ana Pop", "paraphrase"],
      [2.8, "Ana Pop", "paraphrase"],
    ]);
  });

  it("gives a shared verb the subject after an opening phrase", () => {
    const text = "Orbis Systems Inc. posted a profit. Considering its scale, Orbis is seen as a bellwether and is forecasting 5 to 7 percent growth.";
    expect(who(text).at(-1)).toEqual([null, "Orbis Systems Inc.", "paraphrase"]);
  });
});

describe("figures a source holds", () => {
  it("gives 'the 6% analysts had expected' to the analysts and the rest of the sentence to no one", () => {
    expect(who("Sales fell 4%, less than the 6% analysts had expected.")).toEqual([
      [4, null, "unattributed"],
      [6, "analysts", "paraphrase"],
    ]);
  });
});

describe("references resolved by what the article writes elsewhere", () => {
  it("calls bare 'results' by the description the article gives them", () => {
    const text = "With half the ballots counted results show the ruling bloc will win at least 50 seats. According to these initial results 4 parties cleared the bar.";
    expect(who(text)).toEqual([
      [0.5, null, "unattributed"],
      [50, "initial results", "according_to"],
      [4, "initial results", "according_to"],
    ]);
  });

  it("calls a named person's office 'office of <full name>'", () => {
    const text = "“The toll is 27,” said Yogan Marsh, the district collector. Later, Marsh’s office said 57 remain missing.";
    expect(who(text)[1]).toEqual([57, "office of Yogan Marsh", "paraphrase"]);
  });
});

describe("measurements, findings and further details", () => {
  it("cites a body's own measurement, unless an outlet relays it", () => {
    expect(who("The Seismological Service put the magnitude at 6.1.")).toEqual([[6.1, "Seismological Service", "according_to"]]);
    expect(who("The Quake Networks Center measured the earthquake at 6.5, according to Xinhua.")).toEqual([[6.5, "Xinhua", "according_to"]]);
  });

  it("reads a jury's finding of fact and its verdict as the jury's, and 'had anticipated' as an expectation", () => {
    expect(who("A jury found that the donor gave the couple $177,000 in gifts.")).toEqual([[177_000, "jury", "paraphrase"]]);
    expect(who("The jury found the group guilty of 3 murders.")).toEqual([[3, "jury", "paraphrase"]]);
    expect(who("Economists had anticipated a 0.3% rise.")).toEqual([[0.3, "economists", "paraphrase"]]);
  });

  it("gives 'further details show' to the body whose document was cited last", () => {
    expect(who("Data from the Trade Commission show sales rose 3%. Further details show exports fell 4%.")).toEqual([
      [3, "Trade Commission", "according_to"],
      [4, "Trade Commission", "according_to"],
    ]);
  });
});

describe("no speaker where nobody speaks", () => {
  it("leaves unattributed wire sentences without a speaker", () => {
    const text =
      "Shares of Orbis fell 4% after the company cut its forecast. Rescuers pulled 14 survivors from the rubble as aftershocks shook the area. Expecting 20,000 visitors, organisers added 40 buses.";
    expect(who(text).map(([, speaker, attribution]) => [speaker, attribution])).toEqual(Array(4).fill([null, "unattributed"]));
  });

  it("does not make 'the club' a listed company or a number's neighbour", () => {
    expect(who("Shares of Orbis fell 4%. Expecting 20,000 fans, the club said 3 gates would open.")[2]).toEqual([3, "club", "paraphrase"]);
  });
});

describe("abbreviated titles after a place", () => {
  it("takes the person from 'Province Gov. Name' and 'City Supt. Name'", () => {
    expect(who("Floods cut 12 roads, Borvia Gov. Lena Marsh said.")).toEqual([[12, "Lena Marsh", "paraphrase"]]);
    expect(who("Nine officers were hurt, Tallin Supt. Oskar Vey said.")).toEqual([[9, "Oskar Vey", "paraphrase"]]);
  });
});

describe("clauses and headline leads", () => {
  it("leaves a clause before ', and officials said' without a source", () => {
    expect(who("The river swamped 140 farms, and county officials said 600 more were at risk.")).toEqual([
      [140, null, "unattributed"],
      [600, "county officials", "paraphrase"],
    ]);
  });
  it("keeps both sources when each clause has its own verb", () => {
    expect(who("Officials said 12 people died, and police said 40 were hurt.")).toEqual([
      [12, "officials", "paraphrase"],
      [40, "police", "paraphrase"],
    ]);
  });
  it("reads a capitalised topic before a headline's colon as no source, a body or a person as one", () => {
    expect(who("Northern Floods: 300 Families Moved to Shelters\n\nRain fell for a week.")).toEqual([[300, null, "unattributed"]]);
    expect(who("Health Ministry: 12 dead in floods\n\nRain fell for a week.")).toEqual([[12, "Health Ministry", "paraphrase"]]);
    expect(who("Anna Berg: 40 jobs will go\n\nThe plant employs 300 people, Berg said.")).toEqual([
      [40, "Anna Berg", "paraphrase"],
      [300, "Anna Berg", "paraphrase"],
    ]);
  });
  it("drops a weekday written right after a body's name", () => {
    expect(who("Rents rose 6 percent, according to a report by the Housing Office Tuesday.")).toEqual([[6, "Housing Office", "according_to"]]);
  });
});

describe("an outlet reporting at the end of a sentence", () => {
  it("reads a closing 'X reports' or 'X also reports' after a comma as the outlet's paraphrase", () => {
    expect(who("Rents rose 0.7%, while fuel fell by 1.2%, KTVN also reports.")).toEqual([
      [0.7, "KTVN", "paraphrase"],
      [1.2, "KTVN", "paraphrase"],
    ]);
    expect(who("Rents rose 0.7%, the Harlow Courier reports.")).toEqual([[0.7, "Harlow Courier", "paraphrase"]]);
  });

  it("keeps 'reports' a noun when no named subject stands before it", () => {
    expect(who("Rents rose 0.7%, according to local media reports.")).toEqual([[0.7, "local media reports", "according_to"]]);
    expect(who("Rents rose 0.7%, said Tom Vane, who reads the trade reports.")).toEqual([[0.7, "Tom Vane", "paraphrase"]]);
  });
});

describe("bodies and documents that suggest", () => {
  it("reads a named body suggesting as its paraphrase", () => {
    expect(who("But Halden Bank Research suggests rents will fall by 3%.")).toEqual([[3, "Halden Bank Research", "paraphrase"]]);
    expect(who("The Kestrel Institute suggested rents would rise by 3%.")).toEqual([[3, "Kestrel Institute", "paraphrase"]]);
  });

  it("keeps a body's forecast, and data, as documents cited", () => {
    expect(who("The Halden Bank forecast suggests rents rose 3%.")).toEqual([[3, "Halden Bank", "according_to"]]);
    // (plural "suggest" as "suggests" and "show": the data cited.)
    expect(who("The data suggest rents rose 3%.")).toEqual([[3, "data", "according_to"]]);
  });
});

describe("reports and studies their issuer is named with", () => {
  it("cites a report issued or a study published by a body as that body's (according_to)", () => {
    expect(who("A report issued by the Harlow Water Board on Monday said 400 wells had run dry.")).toEqual([[400, "Harlow Water Board", "according_to"]]);
    expect(who("A study published by the Kestrel Institute found 30% of rivers were polluted.")).toEqual([[30, "Kestrel Institute", "according_to"]]);
  });

  it("keeps a statement by a body, and a bare 'the report said', its paraphrase", () => {
    expect(who("A statement issued by the Harlow Water Board on Monday said 400 wells had run dry.")).toEqual([[400, "Harlow Water Board", "paraphrase"]]);
    expect(who("Rain fell for 9 days, the report said.")).toEqual([[9, "report", "paraphrase"]]);
  });
});

describe("speech an outlet relays", () => {
  it("gives the figures to the one whose words an outlet reports inside 'according to'", () => {
    const text = "According to the Harlow Courier, the Vesta army later acknowledged an error that killed 12 people. It added that 3 of them were children.";
    expect(who(text)).toEqual([
      [12, "Vesta army", "paraphrase"],
      [3, "Vesta army", "paraphrase"],
    ]);
  });

  it("keeps the source cited when it is no outlet, or when no speech is reported inside", () => {
    expect(who("According to the Harlow Courier, 12 people died.")).toEqual([[12, "Harlow Courier", "according_to"]]);
    expect(who("According to the ministry, police said 12 people died.")).toEqual([[12, "ministry", "according_to"]]);
  });
});
