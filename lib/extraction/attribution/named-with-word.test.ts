import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { namesWithWord } from "./named-with-word";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("namesWithWord", () => {
  it("finds the capitalised names written with a word, once each, and no titled person", () => {
    const text = "Statistics Norvalia said so. The Statistics Norvalia survey. Health Minister Ana Lopes spoke of the Office of Health Statistics.";
    expect(namesWithWord(text, "statistics")).toEqual(["Statistics Norvalia", "Office of Health Statistics"]);
    expect(namesWithWord(text, "health")).toEqual(["Office of Health Statistics"]);
    expect(namesWithWord("Statistics show a rise.", "statistics")).toEqual([]);
    expect(namesWithWord("By Statistics Norvalia's count, and Since Weather Bureau Ostland began.", "statistics")).toEqual(["Statistics Norvalia"]);
    expect(namesWithWord("Since Weather Bureau Ostland began, it rained.", "weather")).toEqual(["Weather Bureau Ostland"]);
  });

  it("reads the word as plain text, not as a pattern", () => {
    expect(namesWithWord("The Data++ Norvalia unit said so.", "data++")).toEqual(["Data++ Norvalia"]);
    expect(namesWithWord("Statsx Norvalia said so.", "stats.")).toEqual([]);
    const text = "Exports fell 12 percent, the country's data++ office said.\n\nThe figures came from Data++ Norvalia.";
    expect(() => extractClaims(text)).not.toThrow();
  });
});

describe("a body described by its kind, named with the description's word", () => {
  it("is the one name the article writes with that word, before or after, and a name opening on a document noun is no document", () => {
    const text =
      "Joblessness in Norvalia reached 31.5% between April and June, the country's statistics office said late on Friday.\n\n" +
      "About 4.1 million people had no work, Statistics Norvalia said in its quarterly survey.\n\n" +
      "The statistics office said mining recorded 12,000 job losses.";
    expect(who(text)).toEqual([
      [31.5, "Statistics Norvalia", "paraphrase"],
      [4100000, "Statistics Norvalia", "paraphrase"],
      [12000, "Statistics Norvalia", "paraphrase"],
    ]);
  });

  it("keeps the description when two names carry the word, or none does", () => {
    const two = "Statistics Norvalia and Statistics Ostland met.\n\nThe statistics office said 12,000 jobs were lost.";
    expect(who(two)).toEqual([[12000, "statistics office", "paraphrase"]]);
    const none = "Joblessness in Norvalia reached 31.5%, the country's statistics office said late on Friday.";
    expect(who(none)).toEqual([[31.5, "statistics office", "paraphrase"]]);
  });

  it("is never a person's name with the word in it", () => {
    const text = "Ivo Harbour said 12 ships docked on Monday.\n\nThe country's harbour office said 30 berths were free.";
    expect(who(text)).toEqual([
      [12, "Ivo Harbour", "paraphrase"],
      [30, "harbour office", "paraphrase"],
    ]);
  });
});

describe("a company described by its trade", () => {
  it("is the company whose results the sentence opens with, and the company named before for 'the airline group'", () => {
    const results =
      "Vantrel's profits fell by 40 percent in the first half, the Dutch mobile phone giant said on Tuesday.\n\n" +
      "Operating profit sank 70 percent, Europe's third-biggest mobile operator said in a filing.";
    expect(who(results).map(([v, sp]) => [v, sp])).toEqual([
      [40, "Vantrel"],
      [70, "Vantrel"],
    ]);
    const group =
      "Tarvik Airways said on Thursday its yearly profit grew 12 percent.\n\n" +
      "Norland's dominant airline group said passenger numbers rose 8 percent.";
    expect(who(group).map(([, sp]) => sp)).toEqual(["Tarvik Airways", "Tarvik Airways"]);
  });

  it("keeps a place's exports and a group named by no trade as described", () => {
    expect(who("Norland's exports fell by 40 percent in May, the state-owned exporter said on Tuesday.").map(([, sp]) => sp)).toEqual(["state-owned exporter"]);
    expect(who("In May, passenger numbers rose 8 percent, the country's largest airline group said.").map(([, sp]) => sp)).toEqual(["largest airline group"]);
  });
});
