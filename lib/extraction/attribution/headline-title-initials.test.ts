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
  it("gives a body's tag ('Kestrel Bank CEO') only to a holder the article gives that body, else reads it as before", () => {
    const rival = "Floods leave 40 dead in Norland - Kestrel Bank CEO\n\nKestrel Bank chief executive Mara Lind said 40 people had died. Rival lender Orla Bank’s Chief Executive Officer Tom Beck said the bank would give 2 million crowns.";
    expect(who(rival)[0]).toEqual([40, "Kestrel Bank CEO", "paraphrase"]);
    const own = "Floods leave 40 dead in Norland - Kestrel Bank CEO\n\nKestrel Bank Chief Executive Officer Mara Lind said 40 people had died.";
    expect(who(own)[0]).toEqual([40, "Mara Lind", "paraphrase"]);
  });
});
