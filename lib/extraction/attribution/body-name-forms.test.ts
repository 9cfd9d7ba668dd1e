import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

describe("a body's acronym leaving out the place before its name", () => {
  it("reads 'the RFS' as the one Rural Fire Service the article names with a place or level before it", () => {
    const text = "Crews from the Northland Rural Fire Service fought the blaze overnight. By Sunday the RFS confirmed that 1,240 houses were lost.";
    expect(who(text)).toEqual([[1240, "Northland Rural Fire Service"]]);
    const level = "The RFS said 40 fires were still burning, the State Rural Fire Service said later.";
    expect(who(level)[0]).toEqual([40, "State Rural Fire Service"]);
  });

  it("leaves out no word of a name of two words after the place", () => {
    const text = "Crews from the Northland Fire Service fought the blaze. The FS confirmed that 1,240 houses were lost.";
    expect(who(text)).toEqual([[1240, "FS"]]);
  });
});

describe("a company's legal suffix after a comma", () => {
  it("keeps the name whole with its suffix, for the subject and for 'the company' after it", () => {
    const text = "(Wirenews) - Tarvik Airlines Group, Inc. (TAG) reported Thursday that net income rose to $512 million.\n\nFor the year ahead, the company expects sales to grow 12 percent.";
    expect(who(text)).toEqual([
      [512_000_000, "Tarvik Airlines Group, Inc."],
      [12, "Tarvik Airlines Group, Inc."],
    ]);
  });

  it("keeps a name with its suffix written without a comma as before", () => {
    expect(who("Harlow Foods Ltd said sales rose 12 percent.")).toEqual([[12, "Harlow Foods Ltd"]]);
  });
});

describe("a body named in the possessive", () => {
  it("is registered by its name without the possessive, so a headline's acronym finds it", () => {
    const text =
      "VHFA: Home Prices Rose 1% In July\n\n" +
      "Home prices were up 8.8% on a year earlier, according to the Valley Housing Finance Agency's (VHFA) house price index.";
    expect(who(text)).toEqual([
      [1, "Valley Housing Finance Agency"],
      [8.8, "Valley Housing Finance Agency"],
    ]);
  });
});

describe("words next to a company's name that are no part of it", () => {
  it("drops a bare weekday after the name, and reads no opening 'Based on' as the company 'the company' is", () => {
    const day = "Ostland unit Tarvik Corporation Monday reported a jump in quarterly earnings.\n\nEarnings climbed to 184 crore from 151 crore, the company said.";
    expect(who(day).map(([, sp]) => sp)).toEqual(["Tarvik Corporation", "Tarvik Corporation", "Tarvik Corporation"]);
    const based = "Tarvik Airlines said profit rose 9 percent.\n\nBased on bookings so far, the company also expects sales to climb 3 percent.";
    expect(who(based)).toEqual([
      [9, "Tarvik Airlines"],
      [3, "Tarvik Airlines"],
    ]);
  });

  it("keeps a company whose name opens the sentence before a preposition-less verb", () => {
    expect(who("Tarvik Airlines said profit rose 9 percent.\n\nHarwood expects sales to grow 3 percent, the company said.").map(([, sp]) => sp)).toEqual(["Tarvik Airlines", "Harwood"]);
  });
});

describe("a company's name written with an ampersand or a possessive", () => {
  it("is the speaker as written", () => {
    expect(who("S&P says the plan will cost 300 million dollars.")).toEqual([[300000000, "S&P"]]);
    expect(who("Ratings agency Fitch & Co estimates the plan will cost 300 million dollars.")).toEqual([[300000000, "Fitch & Co"]]);
    expect(who("AT&T said it would cut 300 jobs.")).toEqual([[300, "AT&T"]]);
    expect(who("Johnson & Johnson said it would cut 300 jobs.")).toEqual([[300, "Johnson & Johnson"]]);
    expect(who("Moody's said the plan will cost 300 million dollars.")).toEqual([[300000000, "Moody's"]]);
  });
  it("leaves a possessive that owns the word after it, or follows an article, as a possessive", () => {
    expect(who("Half that amount will wipe out the Government's forecast deficit of 31 billion dollars.")).toEqual([[31000000000, null]]);
    expect(who("Sainsbury's chief executive Ana Holt said 300 stores would close.")).toEqual([[300, "Ana Holt"]]);
    expect(who("The Harbour Board's forecast rose to 31 ships.")).toEqual([[31, null]]);
  });
});

describe("a company's name closing on \"of\" and a place", () => {
  it("keeps the place in the name a company cue reads (\"built by\", \"shares of\", \"owned by\")", () => {
    expect(who("The turbines are being built by Power Company of Wyndale. The utility has forecast 3,000 jobs.")).toEqual([[3000, "Power Company of Wyndale"]]);
    expect(who("Shares of Union Bank of Norland fell 4 percent. The bank said it would cut 300 jobs.")[1]).toEqual([300, "Union Bank of Norland"]);
    expect(who("The mine is owned by Vale Mining Corporation of the Andes. The miner said output rose 12 percent.")).toEqual([[12, "Vale Mining Corporation of the Andes"]]);
  });

  it("takes no possessive's owner, person's home or title's body into the name", () => {
    expect(who("The plant is run by Harbor Energy of Vale's parent. The company said it employs 300 people.")).toEqual([[300, "Harbor Energy"]]);
    expect(who("Shares of Tesvo rose 4 percent after the chief executive of Tesvo said 5,000 cars were sold.")[1]).toEqual([5000, "chief executive of Tesvo"]);
  });
});
