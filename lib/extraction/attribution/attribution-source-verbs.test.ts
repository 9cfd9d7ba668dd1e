import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("'allege' and 'observe' as reporting verbs", () => {
  it("reads a plain-present 'allege' like 'alleged'", () => {
    expect(who("Police allege the gang stole 40 cars over a 12-month period.")).toEqual([
      [40, "police", "paraphrase"],
      [12, "police", "paraphrase"],
    ]);
    expect(who("Prosecutors allege that the pair took $2.5 million.")).toEqual([[2_500_000, "prosecutors", "paraphrase"]]);
  });

  it("reads 'observed that' and an observed change in a count as the observer's, a thing observed as nothing said", () => {
    expect(who("The health office also observed a 25% rise in flu admissions after the festival.")).toEqual([[25, "health office", "paraphrase"]]);
    expect(who("The Tarn health department observed a 12.5 per cent rise in admissions.")).toEqual([[12.5, "Tarn health department", "paraphrase"]]);
    expect(who("Dr Jonas Brecht observed that 40 patients had recovered.")).toEqual([[40, "Jonas Brecht", "paraphrase"]]);
    expect(who("Residents observed 12 drones over the valley on Friday.")).toEqual([[12, null, "unattributed"]]);
  });
});

describe("a closing inverted source followed by a bare day", () => {
  it("drops the day after the subject of a closing 'showed' or 'said'", () => {
    expect(who("Norland's steel output slid 3.1 per cent in March from a year before, showed customs data Tuesday.")).toEqual([
      [3.1, "customs", "according_to"],
    ]);
    expect(who("Twelve people died, said a police spokesman Tuesday night.")).toEqual([[12, "police spokesman", "paraphrase"]]);
    expect(who("Norland's steel output slid 3.1 per cent in March, showed government data.")).toEqual([[3.1, "government", "according_to"]]);
  });
});

describe("statistics and predictions as documents", () => {
  it("cites statistics and a body's own predictions as documents, what they say as what they show", () => {
    expect(who("In a boost for the harbour town, new federal statistics show tourist arrivals rose 4% in May.")).toEqual([
      [4, "new federal statistics", "according_to"],
    ]);
    expect(who("Statistics from the health ministry show 300 people died.")).toEqual([[300, "health ministry", "according_to"]]);
    expect(who("The Tarn Treasury's own predictions say that 9,000 extra nurses will be hired.")).toEqual([[9000, "Tarn Treasury", "according_to"]]);
  });

  it("keeps a statistics office, and a body named '... of Statistics', as bodies that speak", () => {
    expect(who("The fall follows a drop of 0.6 points, the official statistics agency said.")).toEqual([[0.6, "official statistics agency", "paraphrase"]]);
    expect(who("The Norland Bureau of Statistics said that the biggest factor was a drop of 3%.")).toEqual([[3, "Norland Bureau of Statistics", "paraphrase"]]);
    expect(who("The Kestrel Institute for Policy Research said 40% of renters moved.")).toEqual([[40, "Kestrel Institute for Policy Research", "paraphrase"]]);
  });
});

describe("closing sources described by whose they are, or relayed by someone", () => {
  it("reads a plural possessive before a plural title as a described source", () => {
    expect(who("Three bridges were closed in the north and five in the south, the counties’ sheriffs said.")).toEqual([
      [3, "counties’ sheriffs", "paraphrase"],
      [5, "counties’ sheriffs", "paraphrase"],
    ]);
    expect(who("The company's directors said 40 jobs would go.")).toEqual([[40, "company's directors", "paraphrase"]]);
    expect(who("The rivers’ levels rose 3 metres.")).toEqual([[3, null, "unattributed"]]);
  });

  it("keeps a closing 'was quoted as saying by local media' and 'said by phone' as the speaker's", () => {
    expect(who("Some 50 cattle drowned in the flood, district chief Jonas Brecht was quoted as saying by local radio.")).toEqual([
      [50, "Jonas Brecht", "paraphrase"],
    ]);
    expect(who("Some 50 cattle drowned in the flood, Jonas Brecht said by telephone.")).toEqual([[50, "Jonas Brecht", "paraphrase"]]);
    expect(who("Figures announced by the Chancellor show 40% growth.")).toEqual([[40, "Chancellor", "according_to"]]);
  });
});

describe("a poll or survey of a counted sample", () => {
  it("reads the poll as the source of its findings and the sample's size as the writer's", () => {
    expect(who("The poll of 18 traders found copper prices were expected to fall 4.2% next month.")).toEqual([
      [18, null, "unattributed"],
      [4.2, "poll", "according_to"],
    ]);
    expect(who("Sales fell 4.2% last month, a survey of more than 1,200 firms found.")).toEqual([
      [4.2, "survey", "according_to"],
      [1200, null, "unattributed"],
    ]);
    expect(who("The survey found 40% of renters moved.")).toEqual([[40, "survey", "according_to"]]);
  });
});

describe("a later clause or a closing document written without its comma", () => {
  it("gives a clause joined by a bare 'and' to the unnamed plural source before its verb, the figures before 'and' to nobody", () => {
    expect(who("The gale battered the port and regional authorities said as many as 300 were injured.")).toEqual([[300, "regional authorities", "paraphrase"]]);
    expect(who("The storm destroyed 40 homes and officials said 12 people were missing.")).toEqual([
      [40, null, "unattributed"],
      [12, "officials", "paraphrase"],
    ]);
    expect(who("The team won 3 games and fans said it was the best season.")).toEqual([[3, null, "unattributed"]]);
    expect(who("Police arrested two men and said 40 guns were seized.")).toEqual([
      [2, "police", "paraphrase"],
      [40, "police", "paraphrase"],
    ]);
  });

  it("reads '... the results showed.' closing the sentence as the results' figures", () => {
    expect(who("The mayor took 19% of the ballots and her deputy took six percent the results showed.")).toEqual([
      [19, "results", "according_to"],
      [6, "results", "according_to"],
    ]);
    expect(who("Turnout was 61 percent the official figures show.")).toEqual([[61, "official figures", "according_to"]]);
  });
});

describe("a closing verb before a named subject", () => {
  it("reads '..., informed Dr X, head of ...' like '..., said Dr X'", () => {
    expect(who("Some 30 children have been treated for burns at the clinic this month, informed Dr Jonas Brecht, director of the clinic.")).toEqual([
      [30, "Jonas Brecht", "paraphrase"],
    ]);
    expect(who("The clinic informed 30 patients of the delay.")).toEqual([[30, null, "unattributed"]]);
  });
});

describe("proposals, classifications and released figures", () => {
  it("reads a body's proposal or unveiled plan as its statement, never the adjective 'proposed' or a participle before 'by'", () => {
    expect(who("The Tarn Valley Council has proposed a 2% cut in parking fees, worth about £12 a year to each driver.")).toEqual([
      [2, "Tarn Valley Council", "paraphrase"],
      [12, "Tarn Valley Council", "paraphrase"],
    ]);
    expect(who("A county board has unveiled plans to trim road spending by £8m across four years.")).toEqual([
      [8_000_000, "county board", "paraphrase"],
      [4, "county board", "paraphrase"],
    ]);
    expect(who("The proposed 2% cut in fees was dropped.")).toEqual([[2, null, "unattributed"]]);
    expect(who("The 2% cut proposed by the mayor was dropped.")).toEqual([[2, null, "unattributed"]]);
    expect(who("The mayor unveiled a statue of 3 horses.")).toEqual([[3, null, "unattributed"]]);
  });

  it("reads a body classifying something 'as' a kind as its statement", () => {
    expect(who("The Tarn weather office classified the gale as a severe storm, with gusts of 140 kilometres per hour.")).toEqual([
      [140, "Tarn weather office", "paraphrase"],
    ]);
    expect(who("About 40 files were classified on Monday.")).toEqual([[40, null, "unattributed"]]);
  });

  it("cites figures a body released 'confirming' or 'showing' what follows as its data", () => {
    expect(who("The Tarn Elections Board on Friday released final figures from the June 8 referendum confirming that the proposal passed with over 58%.")).toEqual([
      [58, "Tarn Elections Board", "according_to"],
    ]);
    expect(who("The statistics office released data showing GDP grew 2% in May.")).toEqual([[2, "statistics office", "according_to"]]);
  });

  it("takes the subject after an opening 'Quoting ...,' even with a stray comma before the verb", () => {
    expect(who("Quoting records from the Tarn Water Authority (TWA), a senior works official, said that 4,200 pipes had burst.")).toEqual([
      [4200, "senior works official", "paraphrase"],
    ]);
    expect(who("Citing police records, the mayor said 40 cars were stolen.")).toEqual([[40, "mayor", "paraphrase"]]);
  });
});

describe("an unnamed official source in a 'with' phrase", () => {
  it("gives what follows ', with officials insisting/saying' to them, the figures before to nobody", () => {
    expect(who("The claim could not be checked, however, with harbour officials insisting only about 30 boats had sunk.")).toEqual([
      [30, "harbour officials", "paraphrase"],
    ]);
    expect(who("The fire destroyed 40 homes, with officials saying 12 people were missing.")).toEqual([
      [40, null, "unattributed"],
      [12, "officials", "paraphrase"],
    ]);
    expect(who("The fire destroyed 40 homes, with residents saying 12 people were missing.")).toEqual([
      [40, null, "unattributed"],
      [12, null, "unattributed"],
    ]);
    expect(who("Close to 80 climbers are still missing after the avalanche, with wardens saying more than 24 hours on that the route had been shut.")).toEqual([
      [80, null, "unattributed"],
      [24, null, "unattributed"],
    ]);
  });
});

describe("a company described rather than named", () => {
  it("reads 'the telco', 'the regional freight and logistics company' and 'the owner of ...' as the company", () => {
    // The company whose results the sentence opens with is the one the telco is.
    expect(who("Varo's half-year revenue grew 12.5 per cent, the telco reported Friday.")).toEqual([[12.5, "Varo", "paraphrase"]]);
    expect(who("The regional freight and logistics company said on Monday that earnings were 46 cents a share.")).toEqual([
      [46, "regional freight and logistics company", "paraphrase"],
    ]);
    expect(who("Kestrel Media Group posted a loss. The owner of the Harbour Gazette said it lost $120 million in the year.")).toEqual([
      [120_000_000, "Kestrel Media Group", "paraphrase"],
    ]);
    expect(who("The search and rescue teams found 40 people.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("a studio or publisher forecasting its own sales", () => {
  it("credits 'the studio expects (is expecting, expected) X to ...' to the studio", () => {
    expect(who("The studio expects opening grosses to come in at $12.4 million.")).toEqual([[12_400_000, "studio", "paraphrase"]]);
    expect(who("The studio is expecting weekend sales to reach $8 million.")).toEqual([[8_000_000, "studio", "paraphrase"]]);
    expect(who("The publisher expected the memoir to sell 300,000 copies.")).toEqual([[300_000, "publisher", "paraphrase"]]);
    expect(who("Harrow Pictures said the film was a hit. The studio expects the sequel to take $20 million.")[1]).toEqual([20_000_000, "Harrow Pictures", "paraphrase"]);
    // A film company's name is a body's, whose later "the company" or "the studio" it is.
    expect(who("Harrow Pictures released the film on Friday. The company expects it to take $20 million.")).toEqual([[20_000_000, "Harrow Pictures", "paraphrase"]]);
    expect(who("The film, from Harrow Studios, opened on Friday. The studio expects it to take $20 million.")).toEqual([[20_000_000, "Harrow Studios", "paraphrase"]]);
  });

  it("credits no one when the film is expected, or the studio only spent or built", () => {
    expect(who("The film is expected to finish at $40 million.")).toEqual([[40_000_000, null, "unattributed"]]);
    expect(who("The studio was built in 1931 for $3 million.")).toEqual([[3_000_000, null, "unattributed"]]);
    expect(who("The studio's new film took $15 million.")).toEqual([[15_000_000, null, "unattributed"]]);
  });
});

describe("subjects with 'however' before the verb, and relative clauses of speech", () => {
  it("skips 'however' between the subject and its verb", () => {
    expect(who("Dr Jonas Brecht however said 40 clinics were short of staff.")).toEqual([[40, "Jonas Brecht", "paraphrase"]]);
  });

  it("gives a relative clause 'that X says is ...' to X, the figures before it to nobody", () => {
    expect(who("The dam sits in a valley that the Tarn water board says is home to about 400,000 people.")).toEqual([
      [400_000, "Tarn water board", "paraphrase"],
    ]);
    expect(who("The fire hit 3 towns in a region that officials say has 12,000 residents.")).toEqual([
      [3, null, "unattributed"],
      [12_000, "officials", "paraphrase"],
    ]);
  });
});

describe("speech relayed by a news outlet", () => {
  it("gives '..., park authorities said, according to the AP' to the authorities, as when the outlet comes first", () => {
    expect(who("At least 19 climbers were hurt on the ridge, park authorities said, according to the AP.")).toEqual([
      [19, "park authorities", "paraphrase"],
    ]);
    expect(who("Police said 40 people died, according to Xinhua.")).toEqual([[40, "police", "paraphrase"]]);
    expect(who("At least 19 climbers were hurt on the ridge, according to the AP.")[0][2]).toBe("according_to");
  });
});

describe("verbs of acts and aims that report no figure", () => {
  it("gives a figure of the act joined after a declaration to no one", () => {
    expect(who("Veldoria on Monday declared a state of emergency and closed its border for 48 hours.")).toEqual([[48, null, "unattributed"]]);
    expect(who("The governor declared a state of emergency and ordered 300 families evacuated.")).toEqual([[300, null, "unattributed"]]);
  });

  it("keeps a declaration that carries its own figure", () => {
    expect(who("Veldoria declared a state of emergency for 31 counties.")).toEqual([[31, "Veldoria", "paraphrase"]]);
    expect(who("The council declared a state of emergency in 12 districts and closed schools.")).toEqual([[12, "council", "paraphrase"]]);
  });

  it("reads 'wants to' as an aim, not words", () => {
    expect(who("The league wants to raise ticket prices by 5 percent.")).toEqual([[5, null, "unattributed"]]);
    expect(who("The Harlow council also wants to sell 40 plots to fund a new pool.")).toEqual([[40, null, "unattributed"]]);
  });

  it("keeps a demand stated as the object of 'wants' and a 'wants' inside speech", () => {
    expect(who("The union wants a 5 percent raise.")).toEqual([[5, "union", "paraphrase"]]);
    expect(who("The union said it wants a 5 percent raise.")).toEqual([[5, "union", "paraphrase"]]);
  });
});

describe("a person opening the sentence, then an act and a reporting verb", () => {
  it("is the subject of the coordinated reporting verb", () => {
    expect(who("Governor Ana Lopes toured the flooded district and said 40 homes were lost.")).toEqual([[40, "Ana Lopes", "paraphrase"]]);
    expect(who("Chief Minister Ravi Palan expressed deep grief over the crash and announced compensation of Rs 5 lakh for each family.")).toEqual([
      [500_000, "Ravi Palan", "paraphrase"],
    ]);
  });

  it("gives nothing that is no person the reporting verb", () => {
    expect(who("Heavy rain hit the coast and said 40 homes were lost.")).toEqual([[40, null, "unattributed"]]);
    expect(who("The storm flattened the town and left 40 homes without power.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("'reports' with the day before its that-clause", () => {
  it("is a reporting verb", () => {
    expect(who("Motor club Vandor North reports Monday that prices rose 3 cents.")).toEqual([[3, "Vandor North", "paraphrase"]]);
  });

  it("leaves the plural noun as it was", () => {
    expect(who("Initial reports Monday indicated 3 people died.")).toEqual([[3, null, "unattributed"]]);
  });
});

describe("a long label of what a body does before its name", () => {
  it("leaves the name the subject", () => {
    expect(who("Real estate data analytics firm Korbel said sales fell 28%.")).toEqual([[28, "Korbel", "paraphrase"]]);
    expect(who("In its latest report, regional property data analytics firm Korbel pointed out that sales fell 28%.")).toEqual([[28, "Korbel", "paraphrase"]]);
  });

  it("does not read a clause before a name as a label", () => {
    expect(who("Sales at the big regional property firm fell 28%, Korbel said.")).toEqual([[28, "Korbel", "paraphrase"]]);
    expect(who("Shares of the regional property data analytics firm fell 28% on Monday.")).toEqual([[28, null, "unattributed"]]);
  });
});

describe("'with X saying it ...' taking up a count the sentence named", () => {
  it("gives the count to the ones saying it", () => {
    expect(who("The count of barns burnt at Vale was not revised, with authorities earlier saying it stood at seven.")).toEqual([
      [7, "authorities", "paraphrase"],
    ]);
  });

  it("leaves an 'it' about something else to the writer", () => {
    expect(who("The storm destroyed 40 homes, with officials saying it was the worst in years.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("a finite verb followed by a that-clause, whatever the verb", () => {
  it("reads the subject of '<verb>s that' or '<verb>ed that' as the one putting the clause in its words", () => {
    expect(who("Statistician-General Ada Okafor presented the survey on Monday. Okafor highlights that jobless claims have risen to 3.2 million.")).toEqual([
      [3_200_000, "Ada Okafor", "paraphrase"],
    ]);
    expect(who("The authors also concluded that about 40% of the lakes are shrinking.")).toEqual([[40, "authors", "paraphrase"]]);
    expect(who("The Meridian Institute reckoned that 300 staff would be cut.")).toEqual([[300, "Meridian Institute", "paraphrase"]]);
  });

  it("leaves relative clauses, a pointing 'that', reasoning verbs and thing subjects to the writer", () => {
    expect(who("The ministry figures that were released on Monday showed 300 deaths.")).toEqual([[300, null, "unattributed"]]);
    expect(who("Coastal towns that reported flooding included Ashby, where 40 homes were damaged.")).toEqual([[40, null, "unattributed"]]);
    expect(who("Other regions that saw the biggest rises in rents include Tarnow, up 0.8%.")).toEqual([[0.8, null, "unattributed"]]);
    expect(who("She was paid that sum in cash by two building firms.")).toEqual([[2, null, "unattributed"]]);
    expect(who("This means that 300 people will lose their homes.")).toEqual([[300, null, "unattributed"]]);
    expect(who("The rule requires that 30% of seats go to women.")).toEqual([[30, null, "unattributed"]]);
    expect(who("Some 300 people were killed that day in the valley.")).toEqual([[300, null, "unattributed"]]);
    expect(who("Farmers were so worried that 40% of the crop would fail.")).toEqual([[40, null, "unattributed"]]);
  });

  it("leaves 'that' pointing at a figure's noun to the writer, and keeps a clause that opens with a figure", () => {
    expect(who("Kestrel Holdings acquired that 30% stake in 2019.")).toEqual([[30, null, "unattributed"]]);
    expect(who("Jane Osei inherited that 40-acre farm in 2015.")).toEqual([[40, null, "unattributed"]]);
    expect(who("Jane Osei concluded that 40 people had died.")).toEqual([[40, "Jane Osei", "paraphrase"]]);
    expect(who("The Meridian Institute reckoned that 30% of staff would be cut.")).toEqual([[30, "Meridian Institute", "paraphrase"]]);
  });
});

describe("an investigation, inquiry, review or audit as a document, and what a document counts", () => {
  it("cites what an investigation or a review by a body found or counted as that body's", () => {
    expect(who("An investigation by the Norland Department of Water found 22 dead fish.")).toEqual([[22, "Norland Department of Water", "according_to"]]);
    expect(who("A review by the Tarn Audit Office counted 40 unpaid invoices and 12 missing files.")).toEqual([
      [40, "Tarn Audit Office", "according_to"],
      [12, "Tarn Audit Office", "according_to"],
    ]);
    expect(who("An audit by the Harbour Trust found 300 empty berths.")).toEqual([[300, "Harbour Trust", "according_to"]]);
    // ("found that ..." is what the document found, as "a report by X found" is.)
    expect(who("An audit by the Harbour Trust found that 300 berths were empty.")).toEqual([[300, "Harbour Trust", "according_to"]]);
  });

  it("names the issuer as the article named it, past a level written in lower case", () => {
    const text = "The town paid the Norland Department of Water a fine of $2,000. But an investigation by the state Department of Water counted 186 dead frogs.";
    expect(who(text)).toEqual([
      [2000, null, "unattributed"],
      [186, "Norland Department of Water", "according_to"],
    ]);
  });

  it("reads a document that records a count as showing it, and plural figures that suggest", () => {
    expect(who("The ministry’s annual count recorded 318 homeless people.")).toEqual([[318, "ministry", "according_to"]]);
    expect(who("The Harbour Trust's figures suggest 4,000 homes are empty.")).toEqual([[4000, "Harbour Trust", "according_to"]]);
  });

  it("leaves a body that counts or records, and people who suggest, as they were read", () => {
    expect(who("The Norland Department of Water counted 22 dead fish.")).toEqual([[22, "Norland Department of Water", "paraphrase"]]);
    expect(who("The weather observatory recorded 204 mm of rain.")).toEqual([[204, "weather observatory", "according_to"]]);
    expect(who("The investigation is continuing after 12 people died.")).toEqual([[12, null, "unattributed"]]);
  });
});

describe("'the county' in an article that names one county as a speaker", () => {
  it("is that county, as owner of a document and after 'according to'", () => {
    expect(who("Cowlen County officials met on Monday. The county’s annual count found 318 homeless people.")).toEqual([[318, "Cowlen County", "according_to"]]);
    expect(who("Cowlen County's council met on Monday. The survey showed 318 homeless people, according to the county.")).toEqual([[318, "Cowlen County", "according_to"]]);
  });

  it("stays 'county' when the article names two counties or none", () => {
    expect(who("Cowlen County officials and Vale County officials met. The survey showed 318 homeless people, according to the county.")).toEqual([[318, "county", "according_to"]]);
    expect(who("The survey showed 318 homeless people, according to the county.")).toEqual([[318, "county", "according_to"]]);
  });
});

describe("a quotation a colon introduces after a verb that reports only a clause", () => {
  it("reads 'observed:', 'emphasised:' and 'maintained:' before a quotation like 'said:'", () => {
    expect(who("Mr Tamsin observed: \"We lost 40 cows in a week.\"")).toEqual([[40, "Tamsin", "direct_quote"]]);
    expect(who("The farm minister emphasised: “We will buy 300 tractors.”")).toEqual([[300, "farm minister", "direct_quote"]]);
    expect(who("Dr Lena Hart maintained: “Only 12 patients were harmed.”")).toEqual([[12, "Lena Hart", "direct_quote"]]);
  });

  it("leaves a colon before no quotation, and the verb's other senses, to the writer", () => {
    expect(who("Residents observed: smoke over 12 hills.")).toEqual([[12, null, "unattributed"]]);
    expect(who("The firm maintained 30 checkpoints.")).toEqual([[30, null, "unattributed"]]);
  });
});

describe("'was quoted by X as saying'", () => {
  it("gives what was said to the subject of the passive, not to who quoted it", () => {
    expect(who("The minister was quoted by the Harbour Times as saying that 300 jobs would go.")).toEqual([[300, "minister", "paraphrase"]]);
    expect(who("Lena Hart was quoted by local media as saying 40 people had died.")).toEqual([[40, "Lena Hart", "paraphrase"]]);
  });

  it("keeps the active form and a passive that quotes no words as they were", () => {
    expect(who("The Harbour Times quoted the minister as saying that 300 jobs would go.")).toEqual([[300, "minister", "paraphrase"]]);
    expect(who("Twelve people were cited by the report as victims.")).toEqual([[12, null, "unattributed"]]);
  });
});

describe("'In X's words,' opening a sentence", () => {
  it("gives the sentence to the one whose words it says it gives", () => {
    expect(who("In Mr Tamsin's words, 4,000 members joined the strike.")).toEqual([[4000, "Tamsin", "paraphrase"]]);
    expect(who("In the words of the mayor, 40 homes were \"simply gone\".")).toEqual([[40, "mayor", "paraphrase"]]);
    expect(who("In Lena Hart's own words, \"we lost 12 cows.\"")).toEqual([[12, "Lena Hart", "direct_quote"]]);
  });

  it("leaves 'in other words' and the words of a thing to the writer", () => {
    expect(who("In other words, 40 homes were lost.")).toEqual([[40, null, "unattributed"]]);
    expect(who("In the words of the song, 40 homes were lost.")).toEqual([[40, null, "unattributed"]]);
  });
});
