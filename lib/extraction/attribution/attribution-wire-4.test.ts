import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("parliamentary honorifics before a name", () => {
  it("drops Hon. and Rt Hon as Mr and Dr are dropped", () => {
    expect(who("The state Commissioner for Works, Hon. Adamu Bello, said 14 bridges had collapsed.")).toEqual([[14, "Adamu Bello", "paraphrase"]]);
    expect(who("Hon. Adamu Bello said 14 bridges had collapsed.")).toEqual([[14, "Adamu Bello", "paraphrase"]]);
    expect(who("Rt Hon Clara Webb said 9 schools would close.")).toEqual([[9, "Clara Webb", "paraphrase"]]);
    expect(who("The Rt. Hon. Clara Webb said 9 schools would close.")).toEqual([[9, "Clara Webb", "paraphrase"]]);
  });

  it("keeps Hon without a dot as a surname, and keeps Alhaji as the guide's labels do", () => {
    expect(who("Hon Sui Min said 14 bridges had collapsed.")).toEqual([[14, "Hon Sui Min", "paraphrase"]]);
    expect(who("Alhaji Musa Dogo said 14 bridges had collapsed.")).toEqual([[14, "Alhaji Musa Dogo", "paraphrase"]]);
  });
});

describe("a wire dateline whose dash is glued to the outlet's bracket", () => {
  it("leaves the dateline out of the body that speaks", () => {
    expect(who("OSLO, Norway (AFP)— The UN food agency said around 40,000 people had fled their homes.")).toEqual([[40000, "UN food agency", "paraphrase"]]);
    expect(who("OSLO (AFP)— The UN food agency said around 40,000 people had fled their homes.")).toEqual([[40000, "UN food agency", "paraphrase"]]);
    expect(who("TROMSO, Norway (Reuters)—The Norwegian Ports Authority said 12 ships were stuck.")).toEqual([[12, "Norwegian Ports Authority", "paraphrase"]]);
  });

  it("keeps the spaced dateline and the undated sentence as they were", () => {
    expect(who("OSLO, Norway (AFP) — The UN food agency said around 40,000 people had fled their homes.")).toEqual([[40000, "UN food agency", "paraphrase"]]);
    expect(who("The Norwegian Ports Authority said 12 ships were stuck.")).toEqual([[12, "Norwegian Ports Authority", "paraphrase"]]);
  });
});

describe("a title-case headline's capitalised verb", () => {
  const head = (line: string) => who(`${line}\n\nThe figures were released on Monday.`);

  it("is no part of the source it names", () => {
    expect(head("Norland Sees 40 Measles Cases, Says Health Ministry")).toEqual([[40, "Health Ministry", "paraphrase"]]);
    expect(head("Norland Sees 40 Measles Cases, Health Ministry Says")).toEqual([[40, "Health Ministry", "paraphrase"]]);
    expect(head("4 Officials to Repay Sh12 Million - Police Say")).toEqual([[4, "police", "paraphrase"], [12000000, "police", "paraphrase"]]);
  });

  it("makes a body's act no one's statement ('- Court Orders')", () => {
    expect(head("4 Officials to Repay Sh12 Million - Court Orders")).toEqual([[4, null, "unattributed"], [12000000, null, "unattributed"]]);
    expect(head("4 Officials to Repay Sh12 Million - Tribunal Rules")).toEqual([[4, null, "unattributed"], [12000000, null, "unattributed"]]);
  });

  it("leaves a lower-case verb, a bare source and a body named with a verb-like word as they were", () => {
    expect(head("Norland sees 40 measles cases, says Health Ministry")).toEqual([[40, "Health Ministry", "paraphrase"]]);
    expect(head("40 Dead In Norland Floods - Red Cross")).toEqual([[40, "Red Cross", "paraphrase"]]);
    expect(head("40 Faulty Heaters Recalled - Consumer Reports")).toEqual([[40, "Consumer Reports", "paraphrase"]]);
  });
});

describe("subjects that are no speakers, and groups described by what they back", () => {
  it("reads 'accused of' after a noun as a participle, not a speech verb", () => {
    expect(who("Seven Norlanders accused of helping scammers steal more than $14 million were arrested.")).toEqual([
      [7, null, "unattributed"],
      [14000000, null, "unattributed"],
    ]);
    // "X accused Y of ..." still reports what X alleged (their count, in the subject, is the writer's).
    expect(who("Seven Norlanders accused the mayor of stealing $14 million.")).toEqual([
      [7, null, "unattributed"],
      [14000000, "Seven Norlanders", "paraphrase"],
    ]);
  });

  it("keeps the whole described group: supporters, opponents and critics of something", () => {
    expect(who("Supporters of the bill said 12 villages were cut off.")).toEqual([[12, "supporters of the bill", "paraphrase"]]);
    expect(who("Critics of the plan said 12 villages were cut off.")).toEqual([[12, "critics of the plan", "paraphrase"]]);
    expect(who("Relatives of the victims said 12 villages were cut off.")).toEqual([[12, "relatives of the victims", "paraphrase"]]);
  });
});

describe("a time or manner phrase after a subject written after its verb", () => {
  const line = "The storm will reach the coast with winds of 90 kph, said";

  it("is no part of who said it", () => {
    expect(who(`${line} an official on Tuesday.`)).toEqual([[90, "official", "paraphrase"]]);
    expect(who(`${line} officials on Tuesday.`)).toEqual([[90, "officials", "paraphrase"]]);
    expect(who(`${line} a police officer late on Sunday night.`)).toEqual([[90, "police officer", "paraphrase"]]);
    expect(who(`${line} an official on condition of anonymity.`)).toEqual([[90, "official", "paraphrase"]]);
  });

  it("leaves a subject without one as it was", () => {
    expect(who(`${line} an official.`)).toEqual([[90, "official", "paraphrase"]]);
    expect(who(`${line} the Norland Weather Office.`)).toEqual([[90, "Norland Weather Office", "paraphrase"]]);
  });
});

describe("a named outlet followed by its kind", () => {
  it("is named by its name alone", () => {
    expect(who("The Press Trust of Norland news agency said 12 villages were cut off.")).toEqual([[12, "Press Trust of Norland", "paraphrase"]]);
    expect(who("The state-run Norland Times newspaper said 12 villages were cut off.")).toEqual([[12, "Norland Times", "paraphrase"]]);
    expect(who("Gulf-funded Al-Sahra News news channel said 12 villages were cut off.")).toEqual([[12, "Al-Sahra News", "paraphrase"]]);
  });

  it("leaves an outlet known only by its kind as written", () => {
    expect(who("The state news agency said 12 villages were cut off.")).toEqual([[12, "state news agency", "paraphrase"]]);
    expect(who("A local newspaper said 12 villages were cut off.")).toEqual([[12, "local newspaper", "paraphrase"]]);
    // A one-word name keeps its kind, as the rules for a country's outlet write it.
    expect(who("Norland's semi-official Pelago news agency said 12 villages were cut off.")).toEqual([[12, "Pelago news agency", "paraphrase"]]);
  });
});

describe("'according to' a method kept to", () => {
  it("names no source", () => {
    expect(who("The other 40 places are shared out according to a complex formula based on the party vote.")).toEqual([[40, null, "unattributed"]]);
    expect(who("The remaining 40 seats are allocated according to the rules of the chamber.")).toEqual([[40, null, "unattributed"]]);
    expect(who("The 40 trains ran according to plan.")).toEqual([[40, null, "unattributed"]]);
  });

  it("still credits a source whose description holds such a word", () => {
    expect(who("The 40 trains ran late, according to the rail operator.")).toEqual([[40, "rail operator", "according_to"]]);
    expect(who("The 40 trains ran late, according to a rules committee spokesman.")).toEqual([[40, "rules committee spokesman", "according_to"]]);
  });
});

describe("a person's statement written with an honorific and the surname", () => {
  it("is the person the article named in full before", () => {
    const text = "The state emergency agency chief, Bala Musa Tanko, visited the site. Mr Tanko's statement said 150 people had been rescued.";
    expect(who(text)).toEqual([[150, "Bala Musa Tanko", "paraphrase"]]);
  });

  it("leaves a body's statement as it was", () => {
    expect(who("The Norland Ferry Board's statement said 150 people had been rescued.")).toEqual([[150, "Norland Ferry Board", "paraphrase"]]);
  });
});

describe("figures named by the body a lower-case modifier names", () => {
  it("credits that body", () => {
    expect(who("Shipments abroad rose 4.6 per cent on the year, customs data showed on Tuesday.")).toEqual([[4.6, "customs", "according_to"]]);
    expect(who("Imports fell 4.2 per cent in May, government figures showed.")).toEqual([[4.2, "government", "according_to"]]);
  });

  it("keeps 'official data' as written, with no body named", () => {
    expect(who("Shipments abroad rose 4.6 per cent on the year, official data showed.")).toEqual([[4.6, "official data", "according_to"]]);
  });
});

describe("speech an outlet reports", () => {
  it("gives the figures to the one who said them when the complement opens with a number or a name", () => {
    expect(who("Police said 12 people were arrested, the Vale Times reported.")).toEqual([[12, "police", "paraphrase"]]);
    expect(who("Prosecutors said Tom Lee stole 40 cars, the Vale Times reported on Monday.")).toEqual([[40, "prosecutors", "paraphrase"]]);
  });
  it("still gives a figure the outlet alone reports to the outlet", () => {
    expect(who("About 12 people were arrested, the Vale Times reported.")).toEqual([[12, "Vale Times", "paraphrase"]]);
  });
});
