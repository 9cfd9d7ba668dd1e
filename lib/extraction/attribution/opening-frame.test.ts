import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { openingFrame } from "./opening-frame";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);
/** Each figure and its speaker, the text read as the body under a one-word headline. */
const speakers = (text: string) => who(`Figures\n\n${text}`).map((r) => [r[0], r[1]]);

describe("openingFrame", () => {
  it("finds a lapse of time and a participle phrase set off before a short subject", () => {
    expect(openingFrame("Some three hours after the blast, a city official said")).toEqual([0, 32]);
    expect(openingFrame("Opening a school for 400 pupils in the valley, Governor Ida Marsh said")).toEqual([0, 45]);
    // A participle's phrase may hold a list; the last comma before the subject closes it.
    expect(openingFrame("Handing out 30 grants to farmers, 12 to bakers and 5 to weavers, the mayor said")).toEqual([0, 63]);
  });

  it("leaves a phrase that reports, cites or counts, a gerund subject, and a phrase followed by another clause", () => {
    expect(openingFrame("Announcing the 4 percent rise, the minister said")).toBeNull();
    expect(openingFrame("Noting that 12 wells ran dry, the engineer said")).toBeNull();
    expect(openingFrame("Including the 6 hurt on Friday, police said")).toBeNull();
    expect(openingFrame("Excluding charges of $90 million, the firm said")).toBeNull();
    expect(openingFrame("Mining in the hills has cost 300 jobs, the union said")).toBeNull();
    expect(openingFrame("Nearly two days after the storm, crews restored power to 800 homes, the utility said")).toBeNull();
    expect(openingFrame("In 2021, the agency said")).toBeNull();
    expect(openingFrame("Speaking to reporters, the agency said")).toBeNull();
  });
});

describe("figures in the writer's frame opening a reported sentence", () => {
  it("leaves the frame's figures unattributed and gives the rest to the speaker", () => {
    expect(who("Rail line reopens\n\nSome three hours after the blast, a city official said at least 7 people had died.")).toEqual([
      [3, null, "unattributed"],
      [7, "city official", "paraphrase"],
    ]);
    expect(who("School opens\n\nOpening a school for 400 pupils in the valley, Governor Ida Marsh said 12 more would follow.")).toEqual([
      [400, null, "unattributed"],
      [12, "Ida Marsh", "paraphrase"],
    ]);
  });

  it("keeps the speaker's figures in a phrase of saying or counting", () => {
    expect(who("Pay rises\n\nAnnouncing the 4 percent rise, the minister said 9,000 workers would gain.").map((r) => r[1])).toEqual(["minister", "minister"]);
    expect(who("Profit up\n\nExcluding charges of $90 million, the firm said profit rose 6 percent.").map((r) => r[1])).toEqual(["firm", "firm"]);
  });
});

describe("a sentence opening with a subject or a name in -ing", () => {
  it("is no frame: the opening word heads a clause of its own, whose figures the source reports", () => {
    expect(openingFrame("Manufacturing output fell 2.1 percent in March, the statistics office said")).toBeNull();
    expect(openingFrame("Spending on roads rose 8 percent to $4 billion, the ministry said")).toBeNull();
    expect(openingFrame("Boeing delivered 38 jets in May, the company said")).toBeNull();
    expect(openingFrame("Sterling fell 1.2 percent to $1.25, dealers said")).toBeNull();
  });

  it("keeps the speaker of its figures", () => {
    expect(speakers("Manufacturing output fell 2.1 percent in March, the statistics office said, the third monthly decline in a row.")).toEqual([[2.1, "statistics office"]]);
    expect(speakers("Borrowing costs rose to 4.6 percent, the central bank said on Tuesday, their highest since 2008.")).toEqual([[4.6, "central bank"]]);
    expect(speakers("Flooding killed 12 people in Varn province, officials said, warning that more rain was due.")).toEqual([[12, "officials"]]);
    expect(speakers("Boeing delivered 38 jets in May, the company said, citing a faster pace at its Tellburg plant.")).toEqual([[38, "Boeing"]]);
    expect(speakers("Sterling fell 1.2 percent to $1.25, dealers said, as investors fled to safety.")).toEqual([[1.2, "dealers"], [1.25, "dealers"]]);
    expect(speakers("Spending on roads rose 8 percent to $4 billion, the ministry said, the biggest rise in a decade.")).toEqual([[8, "ministry"], [4e9, "ministry"]]);
    expect(speakers("Housing starts fell 6 percent in May, the commerce department said, after two months of gains.")).toEqual([[6, "commerce department"], [2, "commerce department"]]);
  });
});

describe("a participle phrase other than of the occasion", () => {
  it("is no frame: the participle sets out what the source reports", () => {
    expect(openingFrame("Outlining plans to hire 5,000 nurses, the health secretary Mara Quill said")).toBeNull();
    expect(openingFrame("Putting the death toll at 40, the governor of Varn province said")).toBeNull();
    expect(openingFrame("Pointing out that 40 percent of the budget went on salaries, the mayor said")).toBeNull();
    expect(openingFrame("Releasing figures showing 12 percent growth in exports, the statistics agency said")).toBeNull();
  });

  it("keeps the speaker of its figures", () => {
    expect(speakers("Outlining plans to hire 5,000 nurses, the health secretary Mara Quill said the money would come from savings.")).toEqual([[5000, "Mara Quill"]]);
    expect(speakers("Putting the death toll at 40, the governor of Varn province said more rescuers were on their way.")).toEqual([[40, "governor of Varn"]]);
    expect(speakers("Pointing out that 40 percent of the budget went on salaries, the mayor said cuts were unavoidable.")).toEqual([[40, "mayor"]]);
    expect(speakers("Releasing figures showing 12 percent growth in exports, the statistics agency said demand from Asia had held up.")).toEqual([[12, "statistics agency"]]);
  });
});

describe("a sentence its reporting verb closes", () => {
  it("is all the source's, whatever word opens it", () => {
    expect(who("Profit falls\n\nOperating profit sank 60 percent, Norland's biggest phone maker said in a filing.").map((r) => r[2])).toEqual(["paraphrase"]);
    expect(who("Train derails\n\nAbout two hours after the crash, 5 people were found alive, police said.").map((r) => r[1])).toEqual(["police", "police"]);
  });
});

describe("a 'when' clause of a past event opening a reported sentence", () => {
  it("leaves the event's figures to the writer, after a time phrase or alone", () => {
    expect(who("In 2020, when 40 people died, the ministry said it would build a sea wall.")).toEqual([[40, null, "unattributed"]]);
    expect(who("When 12 boats sank last year, the coastguard said it would add patrols.")).toEqual([[12, null, "unattributed"]]);
    expect(who("In 2020, when 40 people died, the ministry said 12 walls would be built.")).toEqual([
      [40, null, "unattributed"],
      [12, "ministry", "paraphrase"],
    ]);
  });

  it("keeps a verb that closes the sentence, and a 'when' with no figure, as the source's", () => {
    expect(who("When the count ended, 40 people were dead, officials said.")).toEqual([[40, "officials", "paraphrase"]]);
    expect(who("When asked, the minister said 40 people had died.")).toEqual([[40, "minister", "paraphrase"]]);
    expect(who("When 40 people died in 2020, it was the worst year, the ministry said.")).toEqual([[40, "ministry", "paraphrase"]]);
  });
});
