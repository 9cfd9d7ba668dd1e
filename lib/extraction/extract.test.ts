import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims, toStatement } from "./extract";
import { MAX_SENTENCE } from "./sentences";

const seed = readFileSync(path.join(__dirname, "../../seed/corpus/baghouz-evacuation.txt"), "utf8");
const claims = extractClaims(seed);
const find = (prefix: string) => claims.filter((c) => c.sentence.startsWith(prefix));

describe("extractClaims on the seed article", () => {
  it("keeps offsets into the input", () => {
    for (const c of claims) expect(seed.slice(c.start, c.end)).toBe(c.sentence);
  });

  it("skips the headline and the Published/Updated furniture", () => {
    expect(claims.some((c) => c.sentence.startsWith("Civilians evacuated"))).toBe(false);
    expect(claims.some((c) => c.sentence.startsWith("Published"))).toBe(false);
  });

  it("emits one entry per figure", () => {
    const two = find("Around 300 fighters");
    expect(two.map((c) => [c.quantity?.qualifier, c.quantity?.value, c.quantity?.unit])).toEqual([
      ["approximately", 300, "fighter"],
      ["vague", null, "civilian"],
    ]);
    expect(two[1].quantity).toMatchObject({ low: 300, high: 900 });
    expect(find("A convoy of trucks").map((c) => c.quantity?.unit)).toEqual(["civilian", "week"]);
    expect(find("Nearly 20,000")[0].quantity).toEqual({ value: 20000, low: null, high: 20000, qualifier: "nearly", unit: "civilian" });
  });

  it("does not treat the year 2014 as a claim", () => {
    expect(find("ISIS has been reduced")).toEqual([]);
  });

  it("attributes the AP team's count to the Associated Press as an observation", () => {
    const [c] = find("An Associated Press team");
    expect(c).toMatchObject({ speaker: "Associated Press", attribution: "observation" });
    expect(c.quantity).toEqual({ value: 17, low: 17, high: null, qualifier: "at_least", unit: "truck" });
  });

  it("reads speakers, descriptions and surname references", () => {
    const [confirm] = find("Mustafa Bali");
    expect(confirm).toMatchObject({
      quantity: null,
      speaker: "Mustafa Bali",
      speakerDescription: "spokesman for the Syrian Democratic Forces",
      attribution: "paraphrase",
    });
    const [later] = find("On Tuesday, Bali said");
    expect(later).toMatchObject({ speaker: "Mustafa Bali", attribution: "paraphrase" });
    expect(later.statement.startsWith("Bali said a military operation")).toBe(true);
    const [amedi] = find("An SDF commander");
    expect(amedi).toMatchObject({ speaker: "Zana Amedi", speakerDescription: "SDF commander", attribution: "paraphrase" });
  });

  it("keeps hedged unattributed sentences and marks believed figures unattributed", () => {
    expect(find("It was not immediately clear")).toMatchObject([{ quantity: null, speaker: null, attribution: "unattributed" }]);
    expect(find("Around 300 fighters")[0]).toMatchObject({ speaker: null, attribution: "unattributed" });
    expect(find("One man carried")).toEqual([]);
  });
});

describe("extractClaims attribution rules", () => {
  const one = (text: string) => extractClaims(text);

  it("resolves 'he said' to the last named person", () => {
    const out = one("Gen. John Smith, the commander of the task force, said 40 soldiers were hurt. He said 3 of them were in serious condition.");
    expect(out.map((c) => c.speaker)).toEqual(["John Smith", "John Smith"]);
    expect(out[0].speakerDescription).toBe("commander of the task force");
  });

  it("carries no speaker into a sentence without attribution of its own, in business copy too", () => {
    const text = [
      "Orvel Foods Corp. said quarterly revenue fell 8 percent to 10.7 billion dollars.",
      "Shares fell 3 percent in New York. Net income rose to 4 million dollars.",
      "“It’s a disaster,” said Ola Brink, an analyst at Marlow Securities. “They cannot control 40 percent of their costs.”",
    ].join("\n\n");
    expect(one(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution])).toEqual([
      [8, "Orvel Foods Corp.", "paraphrase"],
      [10_700_000_000, "Orvel Foods Corp.", "paraphrase"],
      [3, null, "unattributed"],
      [4_000_000, null, "unattributed"],
      [null, "Ola Brink", "direct_quote"],
      [40, "Ola Brink", "direct_quote"],
    ]);
    expect(one(text)[4].speakerDescription).toBe("analyst at Marlow Securities");
  });

  it("gives 'the company', 'the ministry' and 'the agency' the named body of that kind", () => {
    const text =
      "Orvel Foods Corp. posted a loss. The Norland Health Ministry said 12 plants were inspected. The company said 300 jobs would go. The ministry said 4 plants closed.";
    expect(one(text).map((c) => [c.quantity?.value ?? null, c.speaker])).toEqual([
      [12, "Norland Health Ministry"],
      [300, "Orvel Foods Corp."],
      [4, "Norland Health Ministry"],
    ]);
  });

  it("gives 'of them' / 'of those' the counted unit of the sentence before", () => {
    const out = one("By May, 2,500,021 cases were confirmed. Of those, 2,340,115 of them had recovered. Officials said 12 of them were in hospital.");
    expect(out.map((c) => [c.quantity?.value, c.quantity?.unit])).toEqual([[2500021, "case"], [2340115, "case"], [12, "case"]]);
    const later = one("The town has 40 shelters. Of those, 12 are full.");
    expect(later.map((c) => c.quantity?.unit)).toEqual(["shelter", "shelter"]);
  });

  it("carries no unit across a sentence without a counted figure, nor a measure or money", () => {
    const gap = one("There were 40 cases in March. The rain lasted for days. 12 of them were serious.");
    expect(gap.at(-1)?.quantity?.unit).toBeNull();
    const measure = one("The river rose 3 meters. 2 of them were dry.");
    expect(measure.at(-1)?.quantity?.unit).toBeNull();
    const none = one("The rain lasted all week. Of those, 12 were closed.");
    expect(none.at(-1)?.quantity?.unit).toBeNull();
  });

  it("marks figures inside quotation marks as direct quotes", () => {
    const [c] = one("“We have 140 beds, and this morning we had no room,” said Mwila Banda, a doctor who runs the center.");
    expect(c).toMatchObject({ speaker: "Mwila Banda", attribution: "direct_quote", quantity: { value: 140, unit: "bed" } });
  });

  it("reads 'according to' with organisations and resolves acronyms", () => {
    const out = one(
      "According to the World Health Organization, Zambia has recorded roughly 9,000 cases. The WHO said it had shipped 500,000 doses.",
    );
    expect(out.map((c) => [c.speaker, c.attribution])).toEqual([
      ["World Health Organization", "according_to"],
      ["World Health Organization", "paraphrase"],
    ]);
  });

  it("resolves 'the ministry said' to the ministry named earlier", () => {
    const out = one("The Health Ministry said 47 people had died. The ministry reported 213 new cases on Wednesday.");
    expect(out.map((c) => c.speaker)).toEqual(["Health Ministry", "Health Ministry"]);
  });

  it("skips a party-state tag after a senator's name", () => {
    const [c] = one("The bill includes a 3% raise, Sen. Patty Murray, D-Wash., said in a statement.");
    expect(c).toMatchObject({ speaker: "Patty Murray", speakerDescription: "Sen.", attribution: "paraphrase" });
  });

  it("names an unnamed source by its description", () => {
    const [c] = one("Prosecutors said Pruitt took almost seven years to repay the money.");
    expect(c).toMatchObject({ speaker: "prosecutors", attribution: "paraphrase", quantity: { qualifier: "nearly", value: 7 } });
  });

  it("skips ages, dates and phone numbers but keeps the figures beside them", () => {
    const out = one("Tameka Hollis, 41, a home health aide, said on March 3 she paid $46 for a ride; call 614-555-0148.");
    expect(out.map((c) => [c.quantity?.value, c.quantity?.unit, c.speaker])).toEqual([[46, "dollar", "Tameka Hollis"]]);
  });
});

describe("lines of a list under a line saying what is counted", () => {
  const article = [
    "Factories shed staff as orders fall",
    "",
    "The survey showed 40,000 jobs were added in the quarter.",
    "",
    "Jobs were added in four industries:",
    "",
    "Retail: 52,000",
    "Mining: 14,000",
    "Public administration: 9,000",
    "",
    "The derby ended late.",
    "",
    "Kick-off: 19:45",
    "",
    "Fixtures:",
    "",
    "Page: 4",
    "Result: 2-1",
    "Round: 3",
  ].join("\n");
  const out = extractClaims(article).filter((c) => c.quantity);

  it("takes one-word 'Label: N' lines as figures of the counted noun, credited to nobody", () => {
    const lines = out.filter((c) => /^(?:Retail|Mining|Public)/.test(c.sentence));
    expect(lines.map((c) => [c.quantity?.value, c.quantity?.unit, c.speaker, c.attribution])).toEqual([
      [52000, "job", null, "unattributed"],
      [14000, "job", null, "unattributed"],
      [9000, "job", null, "unattributed"],
    ]);
  });
  it("takes a list line with its own noun the same way ('Northbank: 1,200 homes'), its label no speaker", () => {
    const text = "Floods hit the valley on Monday.\n\nDamage by district:\n\n• Northbank: 1,200 homes\n• Eastvale: 85 shops.\n";
    const lines = extractClaims(text).filter((c) => c.quantity);
    expect(lines.map((c) => [c.sentence, c.quantity?.value, c.quantity?.unit, c.speaker, c.attribution])).toEqual([
      ["Northbank: 1,200 homes", 1200, "home", null, "unattributed"],
      ["Eastvale: 85 shops.", 85, "shop", null, "unattributed"],
    ]);
  });
  it("keeps dropping times, scores, pages and rounds, and label lines outside a list", () => {
    expect(out.filter((c) => /^(?:Kick-off|Page|Result|Round)/.test(c.sentence))).toEqual([]);
    expect(extractClaims("Prices held steady.\n\nMining: 14,000\n").filter((c) => c.quantity)).toEqual([]);
  });
});

describe("list items and sentences ending in an ellipsis", () => {
  it("reads a paragraph ending in a semicolon as a list item, like the body", () => {
    const text = "Crime fell last year.\n\nThe report showed:\n\n:: Some 4,310 burglaries were recorded in 2022 - 7% fewer than in 2021;\n\n- Thefts of cars fell to 812;\n";
    const got = extractClaims(text).filter((c) => c.quantity);
    expect(got.map((c) => [c.sentence, c.quantity?.value])).toEqual([
      ["Some 4,310 burglaries were recorded in 2022 - 7% fewer than in 2021;", 4310],
      ["Some 4,310 burglaries were recorded in 2022 - 7% fewer than in 2021;", 7],
      ["Thefts of cars fell to 812;", 812],
    ]);
  });
  it("keeps a semicolon inside a sentence: no new sentence starts there", () => {
    const got = extractClaims("Sales rose 5% in May; profits fell 2%.\n").filter((c) => c.quantity);
    expect(got.map((c) => [c.sentence, c.quantity?.value])).toEqual([
      ["Sales rose 5% in May; profits fell 2%.", 5],
      ["Sales rose 5% in May; profits fell 2%.", 2],
    ]);
  });
  it("reads a quotation's sentence ending in an ellipsis character", () => {
    const text = "Dana Whitlow, a board member, said: “A fall of about a fifth over three years… Cutting rates may help.”";
    const got = extractClaims(text);
    expect(got[0].sentence).toBe("Dana Whitlow, a board member, said: “A fall of about a fifth over three years…");
    expect(got[0].speaker).toBe("Dana Whitlow");
  });
});

describe("items of a list introduced by a line naming a source", () => {
  const who = (text: string) => extractClaims(text).filter((c) => c.quantity).map((c) => [c.quantity?.value, c.speaker, c.attribution]);
  it("gives each item that names no source the introducing line's source", () => {
    expect(who("Floods hit Norland\n\nThe health ministry said:\n\n• 40 people died\n• 120 were hurt\n\nRain fell for 9 days.")).toEqual([
      [40, "health ministry", "paraphrase"],
      [120, "health ministry", "paraphrase"],
      [9, null, "unattributed"],
    ]);
    const text = "Crime falls\n\nBurglaries fell by 8% last year, according to Interior Ministry figures.\n\nThe figures showed:\n\n:: 4,310 burglaries were recorded in 2022;\n\n:: car thefts fell to 812;";
    expect(who(text).slice(1)).toEqual([
      [4310, "Interior Ministry", "according_to"],
      [812, "Interior Ministry", "according_to"],
    ]);
  });
  it("leaves items under a line without a source, an item's own source and list lines as they were", () => {
    expect(who("Floods hit Norland\n\nThe damage so far:\n\n• 40 homes were lost\n• 12 bridges fell")).toEqual([
      [40, null, "unattributed"],
      [12, null, "unattributed"],
    ]);
    expect(who("Floods hit Norland\n\nThe health ministry said:\n\n• 40 people died, the army said\n• 120 were hurt")).toEqual([
      [40, "army", "paraphrase"],
      [120, "health ministry", "paraphrase"],
    ]);
    expect(who("Jobs rose\n\nThe statistics office said jobs were added in these sectors:\n\nTrade: 92,000\nMining: 31,000\n")).toEqual([
      [92000, null, "unattributed"],
      [31000, null, "unattributed"],
    ]);
    // A paragraph after a line ending in a colon is no list item.
    expect(who("Floods hit Norland\n\nThe health ministry said:\n\nSome 40 people died in the floods.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("a headline's body written with dotted initials in the lead", () => {
  const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);
  it("reads the lead's U.N. as the headline's UN", () => {
    expect(who("UN says 60 killed in Norland floods\n\nThe U.N. humanitarian agency says 60 people have died.")).toEqual([
      [60, "U.N. humanitarian agency"],
      [60, "U.N. humanitarian agency"],
    ]);
  });
  it("still leaves other initials, and a body of its own name, as written", () => {
    expect(who("UN says 60 killed in Norland floods\n\nThe U.S. embassy says 60 people have died.")[0]).toEqual([60, "UN"]);
    expect(who("UN says 60 killed in Norland floods\n\nThe U.N. Development Programme says 60 people have died.")[0]).toEqual([60, "UN"]);
  });
});

describe("toStatement", () => {
  it("drops the dateline, a leading day and the attribution tail", () => {
    expect(toStatement("BEIRUT (AP) — On Tuesday, at least 17 people died, the ministry said.", { speaker: null, kind: "verb", quotes: [] })).toBe(
      "At least 17 people died.",
    );
    expect(toStatement("More than 1,400 migrants died, according to IOM figures.", { speaker: null, kind: "according_to", quotes: [] })).toBe(
      "More than 1,400 migrants died.",
    );
  });

  it("capitalises the first word unless it is a name written in mixed case", () => {
    const plain = { speaker: null, kind: "verb" as const, quotes: [] };
    expect(toStatement("iPhone sales fell 4% in the quarter.", plain)).toBe("iPhone sales fell 4% in the quarter.");
    expect(toStatement("eBay listed 300 more sellers.", plain)).toBe("eBay listed 300 more sellers.");
    expect(toStatement("phone sales fell 4% in the quarter.", plain)).toBe("Phone sales fell 4% in the quarter.");
  });
});

describe("a run of text too long to be one sentence", () => {
  it("reads every piece of it as body and quotes only the piece in each claim", () => {
    const rows = Array.from({ length: 300 }, (_, i) => `the depot in sector ${i + 1} shipped ${2000 + i} crates`);
    const text = `Freight Board figures showed ${rows.join(", ")}.`;
    expect(text.length).toBeGreaterThan(10 * MAX_SENTENCE);
    const claims = extractClaims(text);
    const crates = claims.filter((c) => c.quantity?.unit === "crate");
    expect(crates.map((c) => c.quantity?.value)).toEqual(rows.map((_, i) => 2000 + i));
    for (const c of claims) {
      expect(c.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(c.start, c.end)).toBe(c.sentence);
    }
  });
});

describe("an engineer's title before a speaker's name", () => {
  it("neither ends the sentence nor stays in the speaker's name", () => {
    const who = extractClaims("Eng. Tarek Salim, the provincial disaster head, said 40 homes were lost. He said 12 roads were shut.").map((c) => [c.quantity?.value, c.speaker]);
    expect(who).toEqual([[40, "Tarek Salim"], [12, "Tarek Salim"]]);
  });
});

describe("the pieces of a run of text cut for its length share its source", () => {
  const towns = Array.from({ length: 60 }, (_, i) => `${i + 3} homes in Town${String.fromCharCode(97 + (i % 26))}${i} near the river bank`);
  it("a source closing the run is the source of every piece", () => {
    const text = `Floods damaged ${towns.join(", ")}, the Norland Disaster Agency said on Monday.`;
    const claims = extractClaims(text).filter((c) => c.quantity?.unit === "home");
    expect(claims).toHaveLength(60);
    expect(new Set(claims.map((c) => `${c.speaker}|${c.attribution}`))).toEqual(new Set(["Norland Disaster Agency|paraphrase"]));
  });
  it("a source opening the run too, and a run naming none stays unattributed", () => {
    const opened = extractClaims(`The Norland Disaster Agency said floods damaged ${towns.join(", ")}.`).filter((c) => c.quantity?.unit === "home");
    expect(new Set(opened.map((c) => c.speaker))).toEqual(new Set(["Norland Disaster Agency"]));
    const none = extractClaims(`Floods damaged ${towns.join(", ")}.`).filter((c) => c.quantity?.unit === "home");
    expect(new Set(none.map((c) => c.speaker))).toEqual(new Set([null]));
  });
});

describe("an abbreviation glued to the name of a body", () => {
  it("ends no sentence, so the speaker before it is kept", () => {
    const who = extractClaims("Dr Ana Rao of the Govt.Hospital said 12 patients died on Monday.").map((c) => [c.quantity?.value, c.speaker]);
    expect(who).toEqual([[12, "Ana Rao"]]);
  });
});

describe("a paragraph whose closing full stop was lost", () => {
  const body = "The Vestan fire service has responded to 4,587 fires that have destroyed 613,710 acres (248,359 hectares), compared with 4,425 fires that destroyed 233,936 acres (94,671 hectares) through the same period last year, according to figures from the service";
  it("is read as a sentence of the body, not dropped as a line that is no headline", () => {
    const claims = extractClaims(`Wildfire forces evacuations\n\nA fire spread on Wednesday.\n\n${body}\n\nThe road was closed.`);
    expect(claims.filter((c) => c.sentence === body).map((c) => c.quantity?.value)).toEqual([4587, 613710, 248359, 4425, 233936, 94671]);
  });
  it("leaves a short line without a full stop a headline, or furniture", () => {
    const claims = extractClaims("Fire destroys 40 homes\n\nBy Ana Holt\n\nA fire destroyed 40 homes on Monday.");
    expect(claims.map((c) => c.sentence)).toEqual(["Fire destroys 40 homes", "A fire destroyed 40 homes on Monday."]);
  });
});

describe("a qualifier before the opening mark of a quoted figure", () => {
  it("leaves the figure quoted", () => {
    const [c] = extractClaims('The agency spokeswoman, Ana Holt, told journalists that some "10,200 people arrived in the last week alone."');
    expect([c.quantity?.value, c.quantity?.qualifier, c.speaker, c.attribution]).toEqual([10200, "approximately", "Ana Holt", "direct_quote"]);
    const [d] = extractClaims('Some 10,200 people "arrived in the last week," Ana Holt said.');
    expect(d.attribution).toBe("paraphrase");
  });
});
