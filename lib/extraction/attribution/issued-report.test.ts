import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { issuedDocumentThat } from "./issued-report";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a body issuing a document that says the figures", () => {
  it("cites the issuer of a report, and gives a statement's words to its issuer", () => {
    expect(who("Civic Rights Watch issued a report on Friday that said 23 villagers were detained.")).toEqual([[23, "Civic Rights Watch", "according_to"]]);
    expect(who("The Velmar Farm Agency published its annual survey, which found 40 percent of farms lost money.")).toEqual([[40, "Velmar Farm Agency", "according_to"]]);
    expect(who("The Velmar ministry issued a statement that said 12 people were hurt.")).toEqual([[12, "Velmar ministry", "paraphrase"]]);
  });
  it("reads 'states' as a document's verb only after a document", () => {
    const text = "Growth will reach 6 percent, according to a Velmar Bank report released on Monday. The report states that exports rose 4 percent.";
    expect(who(text)).toEqual([
      [6, "Velmar Bank", "according_to"],
      [4, "Velmar Bank", "according_to"],
    ]);
    expect(who("Member states agreed to cut 30 percent of emissions.")).toEqual([[30, null, "unattributed"]]);
    expect(issuedDocumentThat("Police released a video that", "showed")).toBeNull();
    expect(issuedDocumentThat("The council released a report that", "added")).toBeNull();
  });
});
