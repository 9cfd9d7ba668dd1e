import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { openingFrame } from "./opening-frame";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);
const reports = (w: string) => /^(?:said|says|announced|noted|estimated|added|stated)$/.test(w);

describe("openingFrame", () => {
  it("finds a lapse of time and a participle phrase set off before a short subject", () => {
    expect(openingFrame("Some three hours after the blast, a city official said", reports)).toEqual([0, 32]);
    expect(openingFrame("Opening a school for 400 pupils in the valley, Governor Ida Marsh said", reports)).toEqual([0, 45]);
    // A participle's phrase may hold a list; the last comma before the subject closes it.
    expect(openingFrame("Handing out 30 grants to farmers, 12 to bakers and 5 to weavers, the mayor said", reports)).toEqual([0, 63]);
  });

  it("leaves a phrase that reports, cites or counts, a gerund subject, and a phrase followed by another clause", () => {
    expect(openingFrame("Announcing the 4 percent rise, the minister said", reports)).toBeNull();
    expect(openingFrame("Noting that 12 wells ran dry, the engineer said", reports)).toBeNull();
    expect(openingFrame("Including the 6 hurt on Friday, police said", reports)).toBeNull();
    expect(openingFrame("Excluding charges of $90 million, the firm said", reports)).toBeNull();
    expect(openingFrame("Mining in the hills has cost 300 jobs, the union said", reports)).toBeNull();
    expect(openingFrame("Nearly two days after the storm, crews restored power to 800 homes, the utility said", reports)).toBeNull();
    expect(openingFrame("In 2021, the agency said", reports)).toBeNull();
    expect(openingFrame("Speaking to reporters, the agency said", reports)).toBeNull();
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

describe("a sentence its reporting verb closes", () => {
  it("is all the source's, whatever word opens it", () => {
    expect(who("Profit falls\n\nOperating profit sank 60 percent, Norland's biggest phone maker said in a filing.").map((r) => r[2])).toEqual(["paraphrase"]);
    expect(who("Train derails\n\nAbout two hours after the crash, 5 people were found alive, police said.").map((r) => r[1])).toEqual(["police", "police"]);
  });
});
