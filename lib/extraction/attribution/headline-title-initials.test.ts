import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a headline's closing source written as a title's initials", () => {
  it("is the person the article names with a title of those initials", () => {
    const text = "4,200 jobs given in 12 months: Norland CM\n\nChief Minister Arvin Tello on Tuesday said the government had given 4,200 jobs to the youth in 12 months.";
    expect(who(text).slice(0, 2)).toEqual([
      [4200, "Arvin Tello", "paraphrase"],
      [12, "Arvin Tello", "paraphrase"],
    ]);
  });
  it("leaves a body's acronym, and initials no titled person has, as before", () => {
    expect(who("Storm kills 30 people: NDMA\n\nThe Norland Disaster Management Authority (NDMA) said 30 people died.")[0]).toEqual([30, "Norland Disaster Management Authority", "paraphrase"]);
    expect(who("Storm kills 30 people: Norland CM\n\nThe storm killed 30 people, officials said.")[0]).toEqual([30, "Norland CM", "paraphrase"]);
  });
});
