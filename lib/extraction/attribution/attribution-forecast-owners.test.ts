import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a named owner's forecast (\"Wall Street’s forecast of N\")", () => {
  it("credits the owner with the forecast's figure only, without the possessive", () => {
    expect(who("Revenue rose 6.2 percent to $4.1 billion, beating Wall Street’s forecast of $3.9 billion.")).toEqual([
      [6.2, null, "unattributed"],
      [4100000000, null, "unattributed"],
      [3900000000, "Wall Street", "paraphrase"],
    ]);
    expect(who("Profit fell 3% to $2 billion, below the Kestrel Research’s consensus estimate of $2.2 billion.")).toEqual([
      [3, null, "unattributed"],
      [2000000000, null, "unattributed"],
      [2200000000, "Kestrel Research", "paraphrase"],
    ]);
  });

  it("leaves the unnamed forms as they were", () => {
    expect(who("Revenue rose 8 percent to $8 billion, beating analysts’ forecast of $7.9 billion.")).toEqual([
      [8, null, "unattributed"],
      [8000000000, null, "unattributed"],
      [7900000000, "analysts", "paraphrase"],
    ]);
    expect(who("Monday’s forecast of 30 cm of snow held.")).toEqual([[30, null, "unattributed"]]);
  });

  it("yields to a source reporting the forecast", () => {
    expect(who("The Fed’s forecast of 2% growth was cut, Reuters reported.")).toEqual([[2, "Reuters", "paraphrase"]]);
  });
});

describe("those expecting a figure, polled by a survey cited after it", () => {
  it("cites the survey", () => {
    expect(who("The median of economists' forecasts for the change in payrolls was 172,000, according to a Kestrel survey.")).toEqual([[172000, "Kestrel", "according_to"]]);
    expect(who("The average of analysts’ estimates for profit was $1.2 billion, according to a poll by Orla Data.")).toEqual([[1200000000, "Orla Data", "according_to"]]);
  });

  it("keeps those expecting it without a poll", () => {
    expect(who("The economists’ consensus for growth was 2.1%.")).toEqual([[2.1, "economists", "paraphrase"]]);
  });
});

describe("a dividend declared", () => {
  it("is the company's act, not a statement", () => {
    expect(who("Halden Foods also declared a cash dividend of $1.05 a share.")).toEqual([[1.05, null, "unattributed"]]);
    expect(who("The board declared a special payout of 40 cents.")).toEqual([[40, null, "unattributed"]]);
  });

  it("leaves a declaration of facts a statement", () => {
    expect(who("The board declared a special dividend of 40 cents, the company said.")).toEqual([[40, "company", "paraphrase"]]);
    expect(who("The mayor declared that 40 homes were lost.")).toEqual([[40, "mayor", "paraphrase"]]);
  });
});

describe("estimates no one is named as making", () => {
  it("are the writer's account", () => {
    expect(who("Estimates suggest that about 20 million people face hunger.")).toEqual([[20000000, null, "unattributed"]]);
    expect(who("New projections show 300 more schools will close.")).toEqual([[300, null, "unattributed"]]);
  });

  it("keep an owner or an official standing", () => {
    expect(who("Official estimates say more than 700 people died.")).toEqual([[700, "official estimates", "according_to"]]);
    expect(who("Ministry estimates suggest 300 homes were lost.")).toEqual([[300, "ministry", "according_to"]]);
  });
});

describe("a company written with \"&\" after \"according to\"", () => {
  it("is named whole", () => {
    expect(who("Output fell 4.8 per cent, according to S&P Global.")).toEqual([[4.8, "S&P Global", "according_to"]]);
    expect(who("Sales fell 3%, according to Harlow & Finch.")).toEqual([[3, "Harlow & Finch", "according_to"]]);
  });
});

