import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { MAX_SENTENCE, quoteScan, splitSentences } from "./sentences";

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe("splitSentences", () => {
  it("does not split after a lower-case no. before a number (a rank)", () => {
    expect(texts("Chile, the world's no. 1 supplier, grew 4 percent. Peru did not.")).toEqual([
      "Chile, the world's no. 1 supplier, grew 4 percent.",
      "Peru did not.",
    ]);
  });
  it("keeps offsets into the source", () => {
    const src = "  First one.  Second one!\n\nThird one?  ";
    const out = splitSentences(src);
    expect(out.map((s) => s.text)).toEqual(["First one.", "Second one!", "Third one?"]);
    for (const s of out) expect(src.slice(s.start, s.end)).toBe(s.text);
  });

  it.each(["U.S.", "Dr.", "Gen.", "Sen.", "Mr.", "No.", "Jan.", "St."])("does not split after %s before a name or number", (abbr) => {
    const s = `He met ${abbr} Smith 5 times. Then he left.`;
    expect(texts(s)).toEqual([`He met ${abbr} Smith 5 times.`, "Then he left."]);
  });

  it("ends a sentence at a slashed acronym before a sentence's opener, and keeps initials before names", () => {
    expect(texts("Analysts expected 43 cents a share, according to Thomson Reuters I/B/E/S. It was not clear.")).toEqual([
      "Analysts expected 43 cents a share, according to Thomson Reuters I/B/E/S.",
      "It was not clear.",
    ]);
    expect(texts("Harry S. Truman won 49 percent. He left.")).toEqual(["Harry S. Truman won 49 percent.", "He left."]);
    expect(texts("The A/B. Testing group met.")).toEqual(["The A/B. Testing group met."]);
  });

  it("splits after a dotted acronym when a new sentence clearly starts", () => {
    expect(texts("He flew to the U.S. The trip was short.")).toEqual(["He flew to the U.S.", "The trip was short."]);
    expect(texts("The U.S. Army said so.")).toEqual(["The U.S. Army said so."]);
  });

  it("keeps a company, state or month abbreviation inside the sentence before a bracket or a day", () => {
    expect(texts("SALEM, Mass. (Reuters) — Fuel rose 3 percent. Nokia Corp. (NOK) cut 900 jobs.")).toEqual([
      "SALEM, Mass. (Reuters) — Fuel rose 3 percent.",
      "Nokia Corp. (NOK) cut 900 jobs.",
    ]);
    expect(texts("On Jun. 12, a storm hit.")).toEqual(["On Jun. 12, a storm hit."]);
    expect(texts("He works for Acme Inc. Shares fell 4 percent.")).toEqual(["He works for Acme Inc.", "Shares fell 4 percent."]);
  });

  it("keeps initials and decimals inside the sentence", () => {
    expect(texts("John F. Kennedy was shot. Prices rose 1.5 percent. Fine.")).toEqual([
      "John F. Kennedy was shot.",
      "Prices rose 1.5 percent.",
      "Fine.",
    ]);
  });

  it("handles quotes", () => {
    expect(texts("“We will win,” he said. “It is over.” The crowd cheered. He asked, “Why?” and left.")).toEqual([
      "“We will win,” he said.",
      "“It is over.”",
      "The crowd cheered.",
      "He asked, “Why?” and left.",
    ]);
    expect(texts('"Help!" she shouted. Nobody came.')).toEqual(['"Help!" she shouted.', "Nobody came."]);
  });

  it("ends a sentence at a paragraph break and keeps a title line alone", () => {
    expect(texts("Civilians evacuated from Syria\n\nPublished: Updated:\n\nA convoy left. It was late.")).toEqual([
      "Civilians evacuated from Syria",
      "Published: Updated:",
      "A convoy left.",
      "It was late.",
    ]);
    expect(texts("A title without a period\nThe body starts here.")).toEqual(["A title without a period", "The body starts here."]);
  });

  it("joins hard-wrapped lines within a paragraph", () => {
    const src = "The convoy of trucks left the\nenclave on Wednesday, officials\nsaid. It was late.\n\nAnother paragraph\nhere.";
    expect(texts(src)).toEqual([
      "The convoy of trucks left the\nenclave on Wednesday, officials\nsaid.",
      "It was late.",
      "Another paragraph\nhere.",
    ]);
  });

  it("does not split before lower case or inside ellipses mid-sentence", () => {
    expect(texts("He said no... and then yes. Done.")).toEqual(["He said no... and then yes.", "Done."]);
  });

  it("splits the seed article into its paragraphs' sentences", () => {
    const src = readFileSync(path.join(__dirname, "../../seed/corpus/baghouz-evacuation.txt"), "utf8");
    const out = texts(src);
    expect(out[0]).toBe("Civilians evacuated from last ISIS holdout in Syria");
    expect(out).toContain("It was not immediately clear if ISIS fighters were also on board the trucks.");
    expect(out).toContain("Around 300 fighters are believed to be holed up in the enclave, along with several hundred civilians.");
    expect(out).toHaveLength(14);
  });
});

describe("lines without a closing full stop", () => {
  it("keeps a headline line as its own sentence", () => {
    expect(texts("Factory fire kills 3, leaves 12 missing\nThe fire began at dawn.")).toEqual([
      "Factory fire kills 3, leaves 12 missing",
      "The fire began at dawn.",
    ]);
  });

  it("in hard-wrapped text, ends a line where the next word would have fitted", () => {
    const src = [
      "Official: 40 dead, 90 wounded in market attack",
      "The attack happened on a busy morning in the old market when traders were",
      "setting up their stalls and buyers were arriving from the surrounding",
      "villages to shop before the heat of the day set in at around noon.",
    ].join("\n");
    expect(texts(src)).toEqual([
      "Official: 40 dead, 90 wounded in market attack",
      src.slice(src.indexOf("The attack")),
    ]);
  });
  it("does not end a sentence inside a company's legal forms written one after another", () => {
    expect(texts("Shares of Dunmere Steel Co. Ltd. rose 4 percent on Monday. The firm said 300 jobs were safe.")).toEqual([
      "Shares of Dunmere Steel Co. Ltd. rose 4 percent on Monday.",
      "The firm said 300 jobs were safe.",
    ]);
    expect(texts("Tarvel Sons Pvt. Ltd. Chairman Ravi Menon said 40 stores would open.")).toEqual([
      "Tarvel Sons Pvt. Ltd. Chairman Ravi Menon said 40 stores would open.",
    ]);
    expect(texts("Kelso Foods Co., Ltd. Chairman Li Wen said sales rose.")).toEqual(["Kelso Foods Co., Ltd. Chairman Li Wen said sales rose."]);
  });
  it("still ends a sentence after a legal form before a sentence's opening word", () => {
    expect(texts("The contract went to Hanil Co. Ltd. The company will hire 200 people.")).toEqual([
      "The contract went to Hanil Co. Ltd.",
      "The company will hire 200 people.",
    ]);
    expect(texts("He works at Acme Co. Shares fell 3 percent.")).toEqual(["He works at Acme Co.", "Shares fell 3 percent."]);
  });
});

describe("list items", () => {
  it("leaves a bullet or a dash marker out of the sentence, keeping offsets into the text", () => {
    const text = "Results by region were released on Monday.\n\n• The Northern Cape led with 91%, up from 89% in 2023.\n- Lakeside came second with 88.5%.\n* Hillview was third at 86%.";
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual([
      "Results by region were released on Monday.",
      "The Northern Cape led with 91%, up from 89% in 2023.",
      "Lakeside came second with 88.5%.",
      "Hillview was third at 86%.",
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps a minus sign, a hyphenated word and a lone dash line as they are", () => {
    expect(splitSentences("-12 °C was the lowest reading.").map((s) => s.text)).toEqual(["-12 °C was the lowest reading."]);
    expect(splitSentences("*Figures are provisional.").map((s) => s.text)).toEqual(["*Figures are provisional."]);
    expect(splitSentences("First line.\n\n•\n\nSecond line.").map((s) => s.text)).toEqual(["First line.", "•", "Second line."]);
    expect(splitSentences("— Shares rose 12% on Friday.").map((s) => s.text)).toEqual(["— Shares rose 12% on Friday."]);
  });
});

describe("abbreviations at amounts and units", () => {
  it("keeps a currency abbreviation's full stop inside the sentence before an amount", () => {
    expect(texts("Sales rose to Rs. 412 crore from Rs. 380 crore. Margins held.")).toEqual([
      "Sales rose to Rs. 412 crore from Rs. 380 crore.",
      "Margins held.",
    ]);
    expect(texts("Each ticket costs Ksh. 1,500 at the gate. Children enter free.")).toEqual([
      "Each ticket costs Ksh. 1,500 at the gate.",
      "Children enter free.",
    ]);
  });

  it("ends the sentence at a unit letter glued to a number, but not at an initial", () => {
    expect(texts("The water reached 31C. Swimmers stayed out.")).toEqual(["The water reached 31C.", "Swimmers stayed out."]);
    expect(texts("Dale P. Horner said 40 boats sank. Fine.")).toEqual(["Dale P. Horner said 40 boats sank.", "Fine."]);
  });

  it("still ends a sentence at a currency abbreviation before a word", () => {
    expect(texts("The fee was paid in Rs. The rest came in dollars.")).toEqual(["The fee was paid in Rs.", "The rest came in dollars."]);
  });
});

describe("sentence ends after a unit, a dateline in capitals, an ellipsis and a sign-off", () => {
  it("ends the sentence at a degree unit before a new sentence, but not inside one", () => {
    expect(texts("The July norm is 27.4°C. It is 29.1°C for August.")).toEqual(["The July norm is 27.4°C.", "It is 29.1°C for August."]);
    expect(texts("Water froze at -3°F. Pipes burst in 40 homes.")).toEqual(["Water froze at -3°F.", "Pipes burst in 40 homes."]);
    expect(texts("It hit 41°C on Tuesday, a record.")).toEqual(["It hit 41°C on Tuesday, a record."]);
  });

  it("reads a dateline's place in capitals like its title-case abbreviation", () => {
    expect(texts("ST. CLOUD, Minn. (AP) — The county spent $4 million. Voters approved it.")).toEqual([
      "ST. CLOUD, Minn. (AP) — The county spent $4 million.",
      "Voters approved it.",
    ]);
    expect(texts("FT. MYERS, FLA. (AP) — A storm cut power to 9,000 homes.")).toEqual(["FT. MYERS, FLA. (AP) — A storm cut power to 9,000 homes."]);
    expect(texts("MT. ELRIDGE, Scotland — Harlan Voss shot a 66 on Friday.")).toEqual(["MT. ELRIDGE, Scotland — Harlan Voss shot a 66 on Friday."]);
  });

  it("still ends a sentence at a word in capitals that is no abbreviation, and keeps initials", () => {
    expect(texts("The plant is run by TORVEX. The firm hired 300 people.")).toEqual(["The plant is run by TORVEX.", "The firm hired 300 people."]);
    expect(texts("J. R. Tolland said 12 boats sank.")).toEqual(["J. R. Tolland said 12 boats sank."]);
    expect(texts("ST. CLOUD, Minn. (AP) — The county spent $4 million.")).toEqual(["ST. CLOUD, Minn. (AP) — The county spent $4 million."]);
  });

  it("reads capitals as an abbreviation only in a dateline, not an acronym in the body (FT, NO, MS)", () => {
    expect(texts("The figures were first reported by the FT. Kestrel cut 400 jobs, union leader Ana Osei said.")).toEqual([
      "The figures were first reported by the FT.",
      "Kestrel cut 400 jobs, union leader Ana Osei said.",
    ]);
    expect(texts("Asked whether 40 more troops would be sent, the minister said NO. Turnout in the vote was 64%, officials said.")).toEqual([
      "Asked whether 40 more troops would be sent, the minister said NO.",
      "Turnout in the vote was 64%, officials said.",
    ]);
    expect(texts("About 1,200 residents live with MS. The clinic treats 300 patients a year, director Lena Varga said.")).toEqual([
      "About 1,200 residents live with MS.",
      "The clinic treats 300 patients a year, director Lena Varga said.",
    ]);
    // A sentence with a dash in it is no dateline.
    expect(texts("It was reported by the FT. Kestrel cut 400 jobs — a fifth of its staff.")).toEqual([
      "It was reported by the FT.",
      "Kestrel cut 400 jobs — a fifth of its staff.",
    ]);
    // A dateline on the line after a headline.
    expect(texts("Dam repairs approved\nFT. MYERS, FLA. (AP) — The county spent $4 million. Voters approved it.")).toEqual([
      "Dam repairs approved",
      "FT. MYERS, FLA. (AP) — The county spent $4 million.",
      "Voters approved it.",
    ]);
    expect(texts("Minnesota Gov. Dana Ruhl signed it. U.S. Army engineers left.")).toEqual([
      "Minnesota Gov. Dana Ruhl signed it.",
      "U.S. Army engineers left.",
    ]);
  });

  it("ends a sentence at an ellipsis character before a capital, as at three full stops", () => {
    expect(texts("“Prices could fall by a quarter over two years… Cutting rates now may help,” she said.")).toEqual([
      "“Prices could fall by a quarter over two years…",
      "Cutting rates now may help,” she said.",
    ]);
    expect(texts("He said no… and then yes. Done.")).toEqual(["He said no… and then yes.", "Done."]);
  });

  it("leaves a wire service's sign-off after the last sentence out of it", () => {
    expect(texts("Inflation rose to 6.1 per cent in May. — AFP\n\nNext paragraph here.")).toEqual([
      "Inflation rose to 6.1 per cent in May.",
      "— AFP",
      "Next paragraph here.",
    ]);
    expect(texts("The case was adjourned for 14 days, he said. -- Staff Reporter")).toEqual([
      "The case was adjourned for 14 days, he said.",
      "-- Staff Reporter",
    ]);
    // A dash that goes on with a sentence is no sign-off.
    expect(texts("Sales rose 4 percent. — Profits fell 2 percent. The firm said so.")).toEqual([
      "Sales rose 4 percent. — Profits fell 2 percent.",
      "The firm said so.",
    ]);
  });
});

describe("list items after a double colon", () => {
  it("leaves a double-colon marker out of the item, each paragraph a sentence of its own", () => {
    const text = "The figures showed:\n\n:: Some 1,240 people were hurt in 2019 - 5% fewer than in 2018;\n\n:: The number of deaths was 312;";
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual([
      "The figures showed:",
      "Some 1,240 people were hurt in 2019 - 5% fewer than in 2018;",
      "The number of deaths was 312;",
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts("The ratio is 3:: 1 at best.")).toEqual(["The ratio is 3:: 1 at best."]);
  });
});

describe("a line broken inside a sentence in text that is not hard-wrapped", () => {
  it("joins a line ending in a word that cannot end a sentence, or a comma, to the next", () => {
    expect(texts("The rocket that lifted off from\nPortmere at 6am carried 12 satellites.\n\nIt was the longest mission.")).toEqual([
      "The rocket that lifted off from\nPortmere at 6am carried 12 satellites.",
      "It was the longest mission.",
    ]);
    expect(texts("Officials in Dunmore,\nLakeview and Estry counted 40 homes lost.")).toEqual(["Officials in Dunmore,\nLakeview and Estry counted 40 homes lost."]);
    expect(texts("The fire destroyed 30 homes\nand two schools in the valley.")).toEqual(["The fire destroyed 30 homes\nand two schools in the valley."]);
  });

  it("still ends a headline, a list line or a line ending in a noun at its line break", () => {
    expect(texts("Storm leaves 4,000 without power\nThe storm hit at dawn.")).toEqual(["Storm leaves 4,000 without power", "The storm hit at dawn."]);
    expect(texts("Trade: 92,000\nFinance: 68,000")).toEqual(["Trade: 92,000", "Finance: 68,000"]);
    expect(texts("Council approves budget for the year\nThe vote was 7 to 2.")).toEqual(["Council approves budget for the year", "The vote was 7 to 2."]);
    expect(texts("Results by region:\n• Northbank: 1,200 homes")).toEqual(["Results by region:", "Northbank: 1,200 homes"]);
  });

  it("ends a line that ends a sentence, or a title-case headline, and goes on only with an all lower-case word", () => {
    expect(texts("Kestrel shipped 40 million phones in May.\neBay listings fell 12% to 300,000, analysts at Velton said.")).toEqual([
      "Kestrel shipped 40 million phones in May.",
      "eBay listings fell 12% to 300,000, analysts at Velton said.",
    ]);
    expect(texts("Kestrel Posts Record Quarter\niPhone shipments at the firm rose 5% to 40 million units, the company said.")).toEqual([
      "Kestrel Posts Record Quarter",
      "iPhone shipments at the firm rose 5% to 40 million units, the company said.",
    ]);
    expect(texts("Brantley Wins Harbour Seat\nand the party lost 3 others.")).toEqual(["Brantley Wins Harbour Seat", "and the party lost 3 others."]);
    expect(texts("The ferry carried 212 people.\nmost of them were tourists.")).toEqual(["The ferry carried 212 people.", "most of them were tourists."]);
    expect(texts("“We will rebuild 40 homes by June.”\nthe mayor said.")).toEqual(["“We will rebuild 40 homes by June.”", "the mayor said."]);
    // A quotation closed after a comma goes on with its speaker.
    expect(texts("“We will rebuild 40 homes,”\nthe mayor said.")).toEqual(["“We will rebuild 40 homes,”\nthe mayor said."]);
  });
});

describe("a blank line inside a sentence (a page copied with a break at every line)", () => {
  it("goes on into the next paragraph when this one cannot end there", () => {
    expect(texts("Port sets record\n\nCargo calls grew by six per cent and\n\neleven per cent, respectively.\n\nThe board met in June.")).toEqual([
      "Port sets record",
      "Cargo calls grew by six per cent and\n\neleven per cent, respectively.",
      "The board met in June.",
    ]);
    expect(texts("Port sets record\n\nRevenue stood at $2.4 billion, or an average of\n\n$6 million a day. Fees rose.")).toEqual([
      "Port sets record",
      "Revenue stood at $2.4 billion, or an average of\n\n$6 million a day.",
      "Fees rose.",
    ]);
    expect(texts("Port sets record\n\nShips rose to a record, according to figures\n\nfrom the Kestrel Port Authority.")).toEqual([
      "Port sets record",
      "Ships rose to a record, according to figures\n\nfrom the Kestrel Port Authority.",
    ]);
  });
  it("still ends a paragraph at a stop, a headline, a noun before a capital, or a list item", () => {
    expect(texts("Port traffic hits record\n\nthe port said on Monday.")).toEqual(["Port traffic hits record", "the port said on Monday."]);
    expect(texts("Fees rose 4 percent.\n\nmost of them were new.")).toEqual(["Fees rose 4 percent.", "most of them were new."]);
    expect(texts("Port sets record\n\nThe agency appealed for $2 million to feed 4,000 families,\n\nIn a statement, it said so.")).toEqual([
      "Port sets record",
      "The agency appealed for $2 million to feed 4,000 families,",
      "In a statement, it said so.",
    ]);
    expect(texts("Fees rose 4 percent\n\nThe board will meet in June.")).toEqual(["Fees rose 4 percent", "The board will meet in June."]);
    expect(texts("Port sets record\n\nKey figures for the\n\n- 40 homes lost")).toEqual(["Port sets record", "Key figures for the", "40 homes lost"]);
  });
  it("keeps a crosshead apart from a paragraph or rows opening in lower case", () => {
    expect(texts("Tarvin Rovers sign striker\n\nThe Rovers paid a club record fee for the Varn forward on Monday.\n\nA record fee\n\nvan Tol, 24, joined for 75 million euros, the club said.")).toEqual([
      "Tarvin Rovers sign striker",
      "The Rovers paid a club record fee for the Varn forward on Monday.",
      "A record fee",
      "van Tol, 24, joined for 75 million euros, the club said.",
    ]);
    // Not hard-wrapped (a line over 100 characters).
    const long = "The Rovers paid a club record fee for the Varn forward on Monday, after two weeks of talks with the Varn board.";
    expect(texts(`Tarvin Rovers sign striker\n\n${long}\n\nA record fee\n\nvan Tol, 24, joined for 75 million euros.`)).toEqual([
      "Tarvin Rovers sign striker",
      long,
      "A record fee",
      "van Tol, 24, joined for 75 million euros.",
    ]);
    expect(texts("Marlow poll results\n\nVoters in Marlow cast ballots on Sunday.\n\nShare by region\n\nnorth: 40 percent\n\nsouth: 35 percent of the vote in the district\n\neast: 25 percent")).toEqual([
      "Marlow poll results",
      "Voters in Marlow cast ballots on Sunday.",
      "Share by region",
      "north: 40 percent",
      "south: 35 percent of the vote in the district",
      "east: 25 percent",
    ]);
  });
  it("still goes on in lower case after a line of six words or more, a comma, or a line filled to the wrap width", () => {
    const long = "Varnland depends on garments stitched by tailors across a region of 90 million people, officials said on Monday.";
    expect(texts(`Garment exports slip\n\n${long}\n\nRoughly 70 per cent of its export\n\nearnings come from clothing sales.`)).toEqual([
      "Garment exports slip",
      long,
      "Roughly 70 per cent of its export\n\nearnings come from clothing sales.",
    ]);
    expect(texts(`Garment exports slip\n\n${long}\n\nIn the first half,\n\nexports fell.`)).toEqual([
      "Garment exports slip",
      long,
      "In the first half,\n\nexports fell.",
    ]);
    // Hard-wrapped at 26 characters: "Cargo volumes grew sharply" is full, "in" would not have fitted on it.
    expect(texts("Port tolls rose\n\nCargo volumes grew sharply\n\nin the first half of 2031.")).toEqual([
      "Port tolls rose",
      "Cargo volumes grew sharply\n\nin the first half of 2031.",
    ]);
  });
  it("reads a long run of blank lines as one break, between sentences or opening the text", () => {
    const blank = "\n".repeat(50_000);
    const between = `Prices rose 5 percent, officials said.${blank}Sales fell 3 percent, the firm said.`;
    expect(splitSentences(between).map((s) => [s.text, s.start])).toEqual([
      ["Prices rose 5 percent, officials said.", 0],
      ["Sales fell 3 percent, the firm said.", 50_038],
    ]);
    expect(texts(`${blank}Prices rose 5 percent, officials said.\n\nSales fell 3 percent, the firm said.`)).toEqual([
      "Prices rose 5 percent, officials said.",
      "Sales fell 3 percent, the firm said.",
    ]);
    expect(texts(`Port sets record\n\nCargo grew by six per cent and\n \n\t\n\neleven per cent.${"\n \r\n".repeat(20_000)}The board met.`)).toEqual([
      "Port sets record",
      "Cargo grew by six per cent and\n \n\t\n\neleven per cent.",
      "The board met.",
    ]);
  });
});

describe("over-long sentences", () => {
  const row = (i: number) => `district ${i} logged ${100 + i} cases and ${i % 7} deaths in week ${i % 52}`;

  it("cuts a run of text with no full stop into pieces at clause marks, losing no text", () => {
    const src = `${Array.from({ length: 400 }, (_, i) => row(i)).join(", ")}.`;
    const out = splitSentences(src);
    expect(out.length).toBeGreaterThan(src.length / MAX_SENTENCE);
    for (const s of out) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.text).toBe(src.slice(s.start, s.end));
    }
    // Every piece but the last ends at a comma, and the pieces put back together are the text.
    expect(out.slice(0, -1).every((s) => s.text.endsWith(","))).toBe(true);
    expect(out.map((s) => s.text).join(" ")).toBe(src);
  });

  it("prefers a semicolon to a comma, and cuts a text with no mark at all at the limit", () => {
    const clauses = Array.from({ length: 60 }, (_, i) => `${row(i)}, ${row(i + 1)}`).join("; ");
    const pieces = splitSentences(clauses);
    expect(pieces.slice(0, -1).every((s) => s.text.endsWith(";"))).toBe(true);
    const letters = "x".repeat(2500);
    expect(splitSentences(letters).map((s) => s.text.length)).toEqual([MAX_SENTENCE, MAX_SENTENCE, 500]);
  });

  it("leaves a long written sentence whole", () => {
    const long = `The council said ${Array.from({ length: 12 }, (_, i) => row(i)).join(", ")}.`;
    expect(long.length).toBeLessThan(MAX_SENTENCE);
    expect(texts(long)).toEqual([long]);
  });
});

describe("a blank line a copied page put inside a sentence", () => {
  it("joins a body paragraph with no stop, ending on a word that never ends a sentence, to the next", () => {
    expect(texts("Ferry fares rise\n\nFares rose in both regions, with growth of six per cent and\n\nfour per cent, respectively.")).toEqual([
      "Ferry fares rise",
      "Fares rose in both regions, with growth of six per cent and\n\nfour per cent, respectively.",
    ]);
  });
  it("keeps headlines, colons, list items and capitals apart (near-misses)", () => {
    expect(texts("Ferry fares rise in 2031\n\nFares rose 6 per cent.")).toEqual(["Ferry fares rise in 2031", "Fares rose 6 per cent."]);
    expect(texts("The mayor said:\n\nthe fares will rise.")).toEqual(["The mayor said:", "the fares will rise."]);
    expect(texts("The new fares are listed below for all\n\n$4 a ride on weekdays.")).toEqual(["The new fares are listed below for all", "$4 a ride on weekdays."]);
  });
});

describe("sentences run together without a space", () => {
  it("gives a straight quotation mark glued to the next word to the sentence it opens", () => {
    expect(texts('The data came from the Department of Commerce."People want two things," he said.')).toEqual([
      "The data came from the Department of Commerce.",
      '"People want two things," he said.',
    ]);
    // A mark closing a quotation open before the stop stays with it.
    expect(texts('He said "we will stay in Commerce."People left.')).toEqual(['He said "we will stay in Commerce."', "People left."]);
    expect(texts('"We will win the vote."He said it twice.')).toEqual(['"We will win the vote."', "He said it twice."]);
  });

  it("splits a stop glued to the next sentence's capitalised word, as copied pages join paragraphs", () => {
    expect(texts("Output rose, the bureau said on Tuesday.According to the bureau, 40 mills shut.")).toEqual([
      "Output rose, the bureau said on Tuesday.",
      "According to the bureau, 40 mills shut.",
    ]);
    expect(texts("It broke the port's rules.”With summer, more boats will sail.")).toEqual(["It broke the port's rules.”", "With summer, more boats will sail."]);
  });
  it("splits a stop glued to the next sentence after a figure standing alone", () => {
    expect(texts("Tokens in Varda posted a weekly gain of about 12%.Pelcoin is the one most traded.")).toEqual([
      "Tokens in Varda posted a weekly gain of about 12%.",
      "Pelcoin is the one most traded.",
    ]);
    expect(texts("The Morel index closed at 4,100.Traders said volumes were thin.")).toEqual(["The Morel index closed at 4,100.", "Traders said volumes were thin."]);
    expect(texts("Fares rose to $3.50.Riders were angry.")).toEqual(["Fares rose to $3.50.", "Riders were angry."]);
  });
  it("leaves a figure's stop glued to a code, a rank, a decimal, an acronym or an address (near-misses)", () => {
    expect(texts("The rate is 3.5 percent in Lisk.")).toEqual(["The rate is 3.5 percent in Lisk."]);
    expect(texts("He was ranked No.1 last year.")).toEqual(["He was ranked No.1 last year."]);
    expect(texts("Download the mp3.Files are free.")).toEqual(["Download the mp3.Files are free."]);
    expect(texts("Visit shop2.Com today.")).toEqual(["Visit shop2.Com today."]);
    expect(texts("The figure was 12%.EU officials agreed.")).toEqual(["The figure was 12%.EU officials agreed."]);
    expect(texts("Soldiers of the U.S.Army arrived in 2021.")).toEqual(["Soldiers of the U.S.Army arrived in 2021."]);
  });
  it("leaves an ellipsis glued between words inside its sentence, one character or three dots", () => {
    expect(texts('"We are checking with the port…We believe 40 are missing."')).toEqual(['"We are checking with the port…We believe 40 are missing."']);
    expect(texts('"We thank the growers...We will pay 12 more."')).toEqual(['"We thank the growers...We will pay 12 more."']);
  });
  it("ends a sentence at an ellipsis glued to a capital outside a quotation (near-misses)", () => {
    expect(texts("The union said the talks had failed…Workers will strike on 3 May, and 2,000 will march.")).toEqual([
      "The union said the talks had failed…",
      "Workers will strike on 3 May, and 2,000 will march.",
    ]);
    expect(texts("Read more…Velm council approved 4,000 new homes on Tuesday.")).toEqual(["Read more…", "Velm council approved 4,000 new homes on Tuesday."]);
    expect(texts("“We are checking with the port…We believe 40 are missing,” he said.")).toEqual(["“We are checking with the port…We believe 40 are missing,” he said."]);
  });
  it("still ends a sentence at an ellipsis and a space before a capital (near-miss)", () => {
    expect(texts("Rates may rise for two years… Cutting them now would hurt.")).toEqual(["Rates may rise for two years…", "Cutting them now would hurt."]);
  });
  it("leaves acronyms, titles, domains and decimals whole", () => {
    expect(texts("The U.S.Army said 12 were hurt.")).toEqual(["The U.S.Army said 12 were hurt."]);
    expect(texts("Mr.Varga left early.")).toEqual(["Mr.Varga left early."]);
    expect(texts("Book at Travelnest.Com today.")).toEqual(["Book at Travelnest.Com today."]);
    expect(texts("Prices rose 3.5m in May.")).toEqual(["Prices rose 3.5m in May."]);
  });
  it("leaves an abbreviation written without a space before a name whole", () => {
    const govt = "Dr Ana Rao of the Govt.Hospital said 12 patients died on Monday.";
    expect(texts(govt)).toEqual([govt]);
    expect(texts("The Dist.Collector of Merovar said 40 huts burned.")).toEqual(["The Dist.Collector of Merovar said 40 huts burned."]);
    expect(texts("The Addl.Secretary and the Dept.Head met.")).toEqual(["The Addl.Secretary and the Dept.Head met."]);
    expect(texts("Tolls rose at the Bldg.Gate.")).toEqual(["Tolls rose at the Bldg.Gate."]);
  });
  it("splits before a capitalised word of two letters, after a whole word of four letters or more", () => {
    expect(texts("Output rose, the bureau said on Friday.It was the third rise.")).toEqual(["Output rose, the bureau said on Friday.", "It was the third rise."]);
    expect(texts("The vote was won.He left.")).toEqual(["The vote was won.He left."]);
  });
});

describe("an engineer's or an envoy's title before a name", () => {
  it("does not end the sentence at 'Eng.', 'Engr.' or 'Amb.'", () => {
    expect(texts("Eng. Tarek Salim, the provincial disaster head, said 40 homes were lost. Rain fell.")).toEqual([
      "Eng. Tarek Salim, the provincial disaster head, said 40 homes were lost.",
      "Rain fell.",
    ]);
    expect(texts("Engr. Bola Adeyemi said so. Amb. Lin Varga agreed.")).toEqual(["Engr. Bola Adeyemi said so.", "Amb. Lin Varga agreed."]);
  });
});

describe("where an over-long run with no clause mark is cut", () => {
  it("keeps a figure with its scale and its noun, cutting between words with no digit", () => {
    // The last space before the limit falls between "$3" and "million".
    const text = `${"rain ".repeat(199)}x $3 million went to farmers in the valley`;
    expect(text.lastIndexOf(" ", MAX_SENTENCE - 1)).toBe(text.indexOf("$3") + 2);
    const out = splitSentences(text);
    expect(out.map((s) => s.text.slice(-6))).toEqual(["n rain", "valley"]);
    expect(out[1].text.startsWith("x $3 million went to farmers")).toBe(true);
  });
  it("never cuts a character written as two code units in half", () => {
    const text = `${"a".repeat(999)}😀 12 people died, officials said.`;
    const out = splitSentences(text);
    expect(out[0].text).toBe("a".repeat(999));
    expect(out[1].text.startsWith("😀")).toBe(true);
  });
});

describe("a dotted title abbreviation inside a sentence, alone or stacked before a name", () => {
  it("does not end the sentence at a title or rank written short", () => {
    expect(texts("The inquiry was opened by Dir. Gen. Lena Varro of the port authority, who said 14 ships were held. Talks resume.")).toEqual([
      "The inquiry was opened by Dir. Gen. Lena Varro of the port authority, who said 14 ships were held.",
      "Talks resume.",
    ]);
    expect(texts("Adv. Nira Desai told the bench that 3 witnesses were missing.")).toEqual(["Adv. Nira Desai told the bench that 3 witnesses were missing."]);
    expect(texts("The raid was led by Asst. Supt. Kiran Bal and Dy. Commr. Omar Lalji, and 12 men were held.")).toEqual([
      "The raid was led by Asst. Supt. Kiran Bal and Dy. Commr. Omar Lalji, and 12 men were held.",
    ]);
    expect(texts("Wg. Cdr. Sami Rauf and Sqn. Ldr. Ali Noor flew 6 sorties.")).toEqual(["Wg. Cdr. Sami Rauf and Sqn. Ldr. Ali Noor flew 6 sorties."]);
    expect(texts("The vote, said Lt. Col. Ivo Brenn, drew 300 soldiers, and Sr. Insp. Mara Holt counted them.")).toEqual([
      "The vote, said Lt. Col. Ivo Brenn, drew 300 soldiers, and Sr. Insp. Mara Holt counted them.",
    ]);
  });
  it("does not end the sentence at a title in brackets between a rank and a name, or at 'Retd.'", () => {
    expect(texts("The post was held by Brig. (Retd.) Kamal Durrani, who said 40 men served.")).toEqual([
      "The post was held by Brig. (Retd.) Kamal Durrani, who said 40 men served.",
    ]);
    expect(texts("Lt. Col. (Dr.) Sana Mirza treated 30 people.")).toEqual(["Lt. Col. (Dr.) Sana Mirza treated 30 people."]);
    expect(texts("Retd. Justice Ana Villar chaired the 5-member panel.")).toEqual(["Retd. Justice Ana Villar chaired the 5-member panel."]);
  });
  it("still ends the sentence at a bracketed abbreviation after no rank (near-miss)", () => {
    expect(texts("She rejoined the army (Retd.) Two more came back.")).toEqual(["She rejoined the army (Retd.)", "Two more came back."]);
  });
  it("reads 'Md.' before a name as Mohammad, and after a city and a comma as the state", () => {
    expect(texts("The committee chaired by Md. Rafiq Talukder found 40 faults.")).toEqual(["The committee chaired by Md. Rafiq Talukder found 40 faults."]);
    expect(texts("Md. Abul Kashem said 9 boats sank.")).toEqual(["Md. Abul Kashem said 9 boats sank."]);
    expect(texts("The plant is in Elkridge, Md. The company said 40 jobs would go.")).toEqual([
      "The plant is in Elkridge, Md.",
      "The company said 40 jobs would go.",
    ]);
  });
  it("still ends a sentence at a short capitalised word that is no abbreviation (near-miss)", () => {
    expect(texts("The aid went to Mali. Ana Ruiz said 40 trucks left.")).toEqual(["The aid went to Mali.", "Ana Ruiz said 40 trucks left."]);
    expect(texts("The quota rose to 40 ships. Dir. Gen. Lena Varro approved it.")).toEqual(["The quota rose to 40 ships.", "Dir. Gen. Lena Varro approved it."]);
  });
});

describe("an ellipsis inside a quotation before a figure", () => {
  it("does not end the sentence when the quotation is still open", () => {
    expect(texts("“The water came so fast ... 40 people were on the roof,” the mayor said.")).toEqual([
      "“The water came so fast ... 40 people were on the roof,” the mayor said.",
    ]);
    expect(texts('"We counted… 12 bodies by noon," he said. Rain fell.')).toEqual(['"We counted… 12 bodies by noon," he said.', "Rain fell."]);
  });
  it("still ends the sentence outside a quotation, or after the quotation closes (near-misses)", () => {
    expect(texts("The levee held for a day... 40 homes flooded after it broke.")).toEqual(["The levee held for a day...", "40 homes flooded after it broke."]);
    expect(texts("“We waited…” 30 families left that night.")).toEqual(["“We waited…”", "30 families left that night."]);
  });
});

describe("the work of finding an open quotation grows with the text", () => {
  const steps = (s: string) => {
    quoteScan.steps = 0;
    splitSentences(s);
    return quoteScan.steps;
  };
  it("reads a long line of quoted ellipses before figures once, not back to the line's start at every stop", () => {
    const unit = "“We waited and waited... 40 people were trapped there for hours ";
    // Each character is read at most once: four times the text, at most four times the work.
    for (const times of [200, 800, 3200]) expect(steps(unit.repeat(times))).toBeLessThanOrEqual(unit.length * times);
  });
  it("does the same for ellipses glued between words and after straight quotes", () => {
    for (const unit of ['"They said… 12 more came and went ', "“Talks went on…Then 9 left ", "“So… 3 and then... 4 "]) {
      for (const times of [200, 800, 3200]) expect(steps(unit.repeat(times))).toBeLessThanOrEqual(unit.length * times);
    }
  });
  it("still finds the quotation open or closed as before, line by line", () => {
    expect(texts("“It rose ... 40 died,” he said.\nThe levee broke... 30 homes flooded.")).toEqual([
      "“It rose ... 40 died,” he said.",
      "The levee broke...",
      "30 homes flooded.",
    ]);
  });
});
