import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { commaClosingSource, continuationAfterSource, documentIssuer } from "./headline-source";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a headline's source after its last comma, without a verb", () => {
  it("reads a body closing the line as the source of its figures", () => {
    const text = "Factory output fell 1.2% in March, yearly rate was 4.5%, Statistics Bureau\n\nThe Statistics Bureau said output fell.";
    expect(who(text).slice(0, 2)).toEqual([
      [1.2, "Statistics Bureau", "paraphrase"],
      [4.5, "Statistics Bureau", "paraphrase"],
    ]);
    expect(who("Storm kills 12 in coastal towns, officials\n\nThe storm hit on Monday.")).toEqual([[12, "officials", "paraphrase"]]);
  });

  it("leaves a place or a topic after the comma unattributed", () => {
    expect(who("Floods kill 40 in Port Vella, Marosia\n\nThe floods hit.")).toEqual([[40, null, "unattributed"]]);
    expect(who("Fuel prices up 8%, more rises ahead\n\nPrices rose.")).toEqual([[8, null, "unattributed"]]);
    expect(commaClosingSource("Floods kill 40 in Port Vella, Marosia")).toBeNull();
    expect(commaClosingSource("Wages up 3%, report")).toBeNull();
    expect(commaClosingSource("Bus crash kills 5, injures residents")).toBeNull();
    expect(commaClosingSource("Storm kills 12, state media")?.[1]).toBe("state media");
  });
});

describe("a headline's source clause closed by a dash", () => {
  it("gives the figure before the dash to the source and keeps the continuation's own figure unattributed", () => {
    const text = "12,000 displaced by mudslides, says Red Crescent in Tarvia - with at least 6 dead\n\nRoads were cut.";
    expect(who(text)).toEqual([
      [12000, "Red Crescent", "paraphrase"],
      [6, null, "unattributed"],
    ]);
  });

  it("does not split a line whose continuation has a verb of its own or which names no source before the dash", () => {
    expect(continuationAfterSource("12,000 displaced, says Red Crescent - 6 dead, police say")).toBe(-1);
    expect(continuationAfterSource("12,000 displaced by mudslides - with at least 6 dead")).toBe(-1);
  });
});

describe("a place before a headline's colon", () => {
  it("reads a one-word place lead as no source", () => {
    const text = "Varenna: Police seize goods worth Rs 3 crore\n\nPolice seized the goods in a district of Varenna, officials said.";
    expect(who(text)[0]).toEqual([30_000_000, null, "unattributed"]);
    const opening = "Varenna: Police seize goods worth Rs 3 crore\n\nIn Varenna, police seized the goods. Drugs are common in Varenna, officials said.";
    expect(who(opening)[0]).toEqual([30_000_000, null, "unattributed"]);
  });

  it("keeps a title or a person's surname before the colon as the source", () => {
    expect(who("Official: 40 dead in floods\n\nThe floods hit.")).toEqual([[40, "official", "paraphrase"]]);
    const text = "Ngata: tariffs to hit 40%\n\nRina Ngata said tariffs would rise. Faith in Ngata fell.";
    expect(who(text)[0]).toEqual([40, "Ngata", "paraphrase"]);
  });
});

describe("a document word before a headline's colon", () => {
  it("gives the figure to the body the article names as the document's issuer", () => {
    const text =
      "Report: Shelling of Varenna killed 31 children\n\nShelling has killed 90 people, including 31 children, a report issued by the Marosian Ministry of Health in Varenna on Monday said.";
    expect(who(text)[0]).toEqual([31, "Ministry of Health", "according_to"]);
    expect(documentIssuer("The Relief Agency said in a report on Friday that roads were cut.", "report")).toBe("Relief Agency");
  });

  it("leaves the figure unattributed when the article names no issuer, and keeps a speech verb's own source", () => {
    expect(who("Study: 40% of teens sleep too little\n\nMany teens sleep too little.")[0]).toEqual([40, null, "unattributed"]);
    expect(who("Report: 40 dead in floods, police say\n\nThe floods hit.")).toEqual([[40, "police", "paraphrase"]]);
  });
});

describe("a headline's bare document source", () => {
  it("is the body the article says released the document", () => {
    const text =
      "One in nine adults now on housing lists, new figures show\n\nThe list grew to 2.1 million as of May – the latest monthly figures just released by the Norland Housing Agency show.";
    expect(who(text)[0]).toEqual([1 / 9, "Norland Housing Agency", "according_to"].map((x) => (typeof x === "number" ? expect.closeTo(x, 6) : x)));
  });

  it("names no one when the article names no one releasing the figures, and keeps a study as the source", () => {
    const text = "One in nine adults now on housing lists, new figures show\n\nThe list grew to 2.1 million as of May.";
    expect(who(text)[0].slice(1)).toEqual([null, "unattributed"]);
    const study = "One in nine adults now on housing lists, a new study shows\n\nThe list grew to 2.1 million as of May.";
    expect(who(study)[0].slice(1)).toEqual(["new study", "according_to"]);
  });
});

describe("a labelled result line", () => {
  it("takes no label for a source", () => {
    const text = "Berg wins the sprint in Norland\n\nGOLD: Norland's Ana Berg: 10.12 seconds\n\nSILVER: Lena Holt: 10.20 seconds\n\nFirst: Harbor City: 41 votes";
    expect(who(text)).toEqual([
      [10.12, null, "unattributed"],
      [10.2, null, "unattributed"],
      [41, null, "unattributed"],
    ]);
  });

  it("still reads a lead before a figure of its own as its source", () => {
    expect(who("Police: 40 dead in Norland quake")).toEqual([[40, "police", "paraphrase"]]);
    expect(who("WHO: Cases hit 40,000 in Norland")).toEqual([[40_000, "WHO", "paraphrase"]]);
  });
});

describe("a headline's acronym after a dash with no space", () => {
  it("is its source, named in full by the body's name written before a weekday", () => {
    const text = "Storm leaves 4 dead —NDRMA\n\nFour people died, according to the National Disaster Response and Management Agency Tuesday.";
    expect(who(text)).toEqual([
      [4, "National Disaster Response and Management Agency", "paraphrase"],
      [4, "National Disaster Response and Management Agency", "according_to"],
    ]);
  });

  it("takes no capitalised word after such a dash for a source", () => {
    expect(who("Storm leaves 4 dead in Dorra —Mindanao\n\nFour people died.")[0]).toEqual([4, null, "unattributed"]);
  });
});

describe("a common word before a headline's colon", () => {
  it("is the headline's topic when the article writes it in lower case", () => {
    const text = "Measles: 4 die, 120 more in hospital\n\nFour more people died of measles on Monday, the fourth week of the outbreak.";
    expect(who(text).slice(0, 2)).toEqual([
      [4, null, "unattributed"],
      [120, null, "unattributed"],
    ]);
  });

  it("keeps a source noun, a title or a name the article capitalises as a source", () => {
    expect(who("Police: 3 held after raid\n\nPolice said on Monday that 3 men were held.")[0]).toEqual([3, "police", "paraphrase"]);
    expect(who("Official: 40 dead in floods\n\nAn official said 40 people had died.")[0]).toEqual([40, "official", "paraphrase"]);
    expect(who("Vandor: 40 dead in floods\n\nVandor said 40 people had died in the floods.")[0]).toEqual([40, "Vandor", "paraphrase"]);
  });
});

describe("a body's document closing a headline after a colon or a dash", () => {
  it("credits the body, by the full name the article spells its acronym out as, according to its document", () => {
    const text =
      "Measles Cases Rose 30 Percent In Two Years: NHA Report\n\nCases climbed, the Norland Health Agency (NHA) said on Monday.";
    expect(who(text)[0]).toEqual([30, "Norland Health Agency", "according_to"]);
    expect(who("Home sales fell 12 percent - Tarrow data\n\nSales slowed, according to Tarrow. Tarrow said prices held.")[0]).toEqual([12, "Tarrow", "according_to"]);
    expect(who("Wheat exports up 9 percent in May: Grain Council survey\n\nExports grew.")[0]).toEqual([9, "Grain Council", "according_to"]);
  });

  it("leaves a document named by a describing word, a title or a source noun as before", () => {
    expect(who("Jobless claims rose 7 percent in May: New Report\n\nClaims rose.")[0].slice(1)).toEqual(["New Report", "paraphrase"]);
    expect(who("Jobless claims rose 7 percent in May: Annual Report\n\nClaims rose.")[0].slice(1)).toEqual(["Annual Report", "paraphrase"]);
    expect(who("Inflation hit 9 percent in May: Minister\n\nFinance Minister Ana Voss said prices rose.")[0]).toEqual([9, "Ana Voss", "paraphrase"]);
    expect(who("Three killed in crash: Police\n\nPolice said the crash happened at night.")[0]).toEqual([3, "police", "paraphrase"]);
  });
});
