import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { forecastSubject } from "./forecast-subjects";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("sources of a forecast without a reporting clause", () => {
  it("reads a body presented as one forecaster that expects as the source of the sentence", () => {
    expect(who("Halvorsen Economics is one forecaster that believes wages rose 4.1 per cent in June.")).toEqual([[4.1, "Halvorsen Economics", "paraphrase"]]);
    expect(who("Brask Capital is another lender that expects rates to fall to 3 per cent.")).toEqual([[3, "Brask Capital", "paraphrase"]]);
  });

  it("gives the figures of a \"with X predicting\" phrase to X, and the clause before it to nobody", () => {
    expect(who("Output fell 2% in May, with Ostrava Bank Research predicting a further drop of 1.5 per cent.")).toEqual([
      [2, null, "unattributed"],
      [1.5, "Ostrava Bank Research", "paraphrase"],
    ]);
  });

  it("reads forecasts that expected a figure as its source", () => {
    expect(who("Hiring slowed, because market forecasts had expected an increase of about 9,000 jobs.")).toEqual([[9000, "market forecasts", "paraphrase"]]);
  });

  it("leaves a \"with\" phrase of what happened, and a body that is one of a kind doing something else, alone", () => {
    expect(who("Prices rose 4% in May, with rents climbing 6 per cent.")).toEqual([
      [4, null, "unattributed"],
      [6, null, "unattributed"],
    ]);
    expect(forecastSubject("Brask Capital is one lender that cut its rate to 3 per cent.")).toBeNull();
    expect(forecastSubject("Forecasts for the harvest rose to 40 million tonnes.")).toBeNull();
  });
});
