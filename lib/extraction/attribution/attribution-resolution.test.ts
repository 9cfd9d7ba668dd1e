import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { isTitleWord } from "./names";
import { placeGoesOn } from "./source-phrases";
import { withoutPlacePossessive } from "./subject-words";

/** speaker and attribution of each figure in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);
const speakers = (text: string) => extractClaims(text).map((c) => c.speaker);

describe("a title phrase, then the holder's name set off by commas", () => {
  it("names the holder, not the title, as the speaker", () => {
    expect(who("The head of Norland's Red Cross Society, Peter Alan Marsh, told TV that 45 people were in hospital.")).toEqual([[45, "Peter Alan Marsh", "paraphrase"]]);
    expect(speakers("The director of the Harbour Board, Lena Ostrova, said 6 ships sank.")).toEqual(["Lena Ostrova"]);
  });

  it("still reads a town after a body as the body's place", () => {
    expect(placeGoesOn("Gandhinagar", "Dr Anil Mehta of CCL Hospital", false)).toBe(true);
    expect(placeGoesOn("Peter Marsh", "The head of the Red Cross Society", false)).toBe(false);
    expect(placeGoesOn("New Delhi", "The head of the Red Cross Society", false)).toBe(true);
  });
});

describe("rank abbreviations before a name", () => {
  it("are titles only in capitals", () => {
    expect(isTitleWord("SSP")).toBe(true);
    expect(isTitleWord("DIG")).toBe(true);
    expect(isTitleWord("Dig")).toBe(false);
    expect(isTitleWord("Sp")).toBe(false);
  });

  it("are dropped from the speaker's name", () => {
    expect(speakers("Police Spokesman SSP Rohan Perera said 12 kilograms of heroin were seized.")).toEqual(["Rohan Perera"]);
    expect(speakers("DIG Anil Rao told reporters that 30 people were held.")).toEqual(["Anil Rao"]);
  });

  it("include a member's seat in parliament, before the name or set off after it", () => {
    expect(speakers("Westvale MP Teo Varke said 12 staff were safe.")).toEqual(["Teo Varke"]);
    expect(speakers("Ana Lopes, Dunmore North MP, said 40 jobs would go.")).toEqual(["Ana Lopes"]);
    expect(speakers("Ana Lopes, the local MP, said 40 jobs would go.")).toEqual(["Ana Lopes"]);
    expect(speakers("The Westvale MPs said 43 votes were cast.")).toEqual(["Westvale MPs"]);
  });
});

describe("an unnamed source described by how it stands to the event", () => {
  it("keeps the description and drops the participle phrase", () => {
    expect(speakers("A senior police officer involved in the raid said 300 people were questioned.")).toEqual(["senior police officer"]);
    expect(speakers("An official familiar with the talks said 40 delegates attended.")).toEqual(["official"]);
    expect(speakers("A source close to the negotiations said 12 delegates walked out.")).toEqual(["source"]);
  });

  it("is what a later 'the officer' refers to, not a titled person named before", () => {
    const text = "Police Spokesman SSP Rohan Perera said 12 kilograms of heroin were seized. A senior police officer involved in the raid said 300 people were questioned. The officer said that only 15 were found at home.";
    expect(speakers(text)).toEqual(["Rohan Perera", "senior police officer", "senior police officer"]);
  });

  it("keeps an unnamed source's place of work when no participle says how it stands", () => {
    expect(speakers("Officials in the mayor's office said 20 people were saved.")).toEqual(["officials in the mayor's office"]);
  });
});

describe("a body's name as first given", () => {
  it("resolves a short form that drops only the body's kind words to the full name", () => {
    expect(speakers("The official Xinhua News Agency said 12 people died. More than 200 people were injured, Xinhua said.")).toEqual(["Xinhua News Agency", "Xinhua News Agency"]);
    // The short form given first stays the name.
    expect(speakers("The state news agency, Xinhua, said 12 people died. Xinhua said 30 were hurt.")).toEqual(["Xinhua", "Xinhua"]);
  });

  it("drops the country a body with 'of' in its name sits in", () => {
    expect(speakers("The Ministry of Health in Norland says the outbreak has killed 13 people.")).toEqual(["Ministry of Health"]);
  });

  it("drops a country's possessive before a body's own name, and before a description (the labelling guide's rule)", () => {
    expect(withoutPlacePossessive("Peru's National Emergency Operations Center")).toBe("National Emergency Operations Center");
    expect(withoutPlacePossessive("Intermediate People's Court in Lanzhou")).toBe("Intermediate People's Court in Lanzhou");
    expect(who("At least 7 people died, according to Norland's National Emergency Operations Center.")).toEqual([[7, "National Emergency Operations Center", "according_to"]]);
    expect(speakers("At least 95 people have been killed, the country's state media reported.")).toEqual(["state media"]);
    expect(speakers("At least 96 people have been killed, Norland's state media reported.")).toEqual(["state media"]);
  });
});

describe("back-references resolved across the article", () => {
  it("reads a headline's bare title as the person the article names with it", () => {
    const text = "Coal output up by 30% since 2019: Minister\n\nCoal output in Norland has increased by 30% since 2019, Norlandic Mining Minister Jan Berg says.";
    expect(speakers(text)).toEqual(["Jan Berg", "Jan Berg"]);
    const dashed = "Steel Output Reaches 40% of Capacity - Industry Minister\n\nThe steel output reached 40 percent of capacity in May, the country's Industry Minister Ana Lopes said.";
    expect(speakers(dashed)).toEqual(["Ana Lopes", "Ana Lopes"]);
  });

  it("reads 'TV' as the television described before", () => {
    expect(speakers("At least 30 people were hurt, state television reported. TV reported that 12 homes collapsed.")).toEqual(["state television", "state television"]);
  });

  it("reads 'the court' as the court the text last spoke of, also by its level", () => {
    const text = "The Riverton High Court upheld the sentence on Tuesday. According to the district court, he received 140 million yen. The high court, however, determined the money constituted bribes. He took 7 payments, the court said.";
    const withDistrict = `The Riverton District Court convicted him in 1997. ${text}`;
    const last = (t: string) => who(t).find(([value]) => value === 7)?.[1];
    expect(last(withDistrict)).toBe("Riverton High Court");
    // Without the sentence that speaks of the high court again, the court last cited is the district court.
    expect(last(withDistrict.replace("The high court, however, determined the money constituted bribes. ", ""))).toBe("Riverton District Court");
  });

  it("reads a bare 'the service' as the public body quoted just before", () => {
    const text = "The Roads Authority has warned that up to 25cm of snow could fall. In addition, the service warns that 5 cm of rain may fall.";
    expect(speakers(text)).toEqual(["Roads Authority", "Roads Authority"]);
    expect(speakers("Rail traffic was cut, officials said. In addition, the service warns that 5 cm of rain may fall.")).toEqual(["officials", "service"]);
  });
});

describe("plural company nouns and publication times", () => {
  it("reads 'the carmakers' as the companies the sentence opens listing", () => {
    expect(speakers("Ford, Kia, Subaru and Volvo are recalling about 2.1 million cars, the carmakers said Thursday.")).toEqual(["Ford, Kia, Subaru and Volvo"]);
    // Without a list, the description stays.
    expect(speakers("About 2.1 million cars are being recalled, the carmakers said Thursday.")).toEqual(["carmakers"]);
  });

  it("drops when a document was published from who published it", () => {
    expect(speakers("The party won 59.09 percent of the vote, according to data published by the national election watchdog on Friday.")).toEqual(["national election watchdog"]);
  });
});

describe("a title held in a place, then the holder's name set off by commas", () => {
  it("names the holder, after an opener too", () => {
    expect(speakers("In a statement on Thursday, the Relief Coordinator in Norland, Ada Brill, said 6 people were killed.")).toEqual(["Ada Brill"]);
    expect(speakers("On Thursday, the governor in Westvale, Teo Varke, said 10 homes burned.")).toEqual(["Teo Varke"]);
  });

  it("keeps a town after a place that is no title's, and a place named with its kind", () => {
    expect(placeGoesOn("Westvale", "a hospital in Dunmore", true)).toBe(true);
    expect(placeGoesOn("Kent County", "the police chief in Dunmore", true)).toBe(true);
    expect(placeGoesOn("Kent County", "the mayor of Dunmore", true)).toBe(true);
    expect(speakers("On Thursday, the sheriff in Dunmore, Westvale, said 8 homes burned.")).toEqual([null]);
  });
});
