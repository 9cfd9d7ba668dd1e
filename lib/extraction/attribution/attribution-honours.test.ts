import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { isHonorificAt, surnameStem } from "./names";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("honours written before a name", () => {
  it("drops a state honour from the name, as Mr and Dr are", () => {
    const text = "Selangor fire chief Datuk R. Velmurugan said 12 shops burned. Velmurugan added that 3 firemen were hurt.";
    expect(who(text)).toEqual([
      [12, "R. Velmurugan", "paraphrase"],
      [3, "R. Velmurugan", "paraphrase"],
    ]);
    expect(who("Tan Sri Rahim Osman said 40 flights were cancelled.")).toEqual([[40, "Rahim Osman", "paraphrase"]]);
    expect(who("Datuk Seri Farid Latif said 9 boats sank.")).toEqual([[9, "Farid Latif", "paraphrase"]]);
  });

  it("keeps Tan as a surname and Sri as a given name when they stand alone", () => {
    expect(who("Tan Boon Hock said 6 lorries were seized.")).toEqual([[6, "Tan Boon Hock", "paraphrase"]]);
    expect(who("Trade Minister Sri Wahyuni Lestari said exports rose 8 percent.")).toEqual([[8, "Sri Wahyuni Lestari", "paraphrase"]]);
    expect(isHonorificAt(["Tan", "Sri", "Rahim"], 1)).toBe(true);
    expect(isHonorificAt(["Tan", "Boon", "Hock"], 0)).toBe(false);
  });
});

describe("a surname with a joined particle", () => {
  it("finds the person first named in full when the surname is later written without the particle", () => {
    const text = 'Oil minister Hamad al-Rashidi said output would rise 4 percent. "We are ready," Mr Rashidi said. Mr Rashidi said 2 fields would reopen.';
    expect(who(text)).toEqual([
      [4, "Hamad al-Rashidi", "paraphrase"],
      [null, "Hamad al-Rashidi", "direct_quote"],
      [2, "Hamad al-Rashidi", "paraphrase"],
    ]);
    expect(surnameStem("al-Rashidi")).toBe("Rashidi");
    expect(surnameStem("Rashidi")).toBeNull();
  });
});

describe("a quotation followed by the speaker's name and a long apposition", () => {
  it("reads past a clause on the place closing the apposition", () => {
    const text =
      'A ferry sank.\n\n"So far, four people are dead," Mara Quist, a senior police official in the district of Fjordholm, where the ferry sank, told reporters.';
    expect(who(text)).toEqual([[4, "Mara Quist", "direct_quote"]]);
  });
});

describe("a title without an article before a portfolio and a name", () => {
  it("gives the statement to the name closing the subject", () => {
    expect(who("Spokesperson of Kestrel state governor Ibrahim Musa Dandume said 14 were killed.")).toEqual([[14, "Ibrahim Musa Dandume", "paraphrase"]]);
    expect(who("Spokesman of the Harbour police Dele Ajayi said 5 were held.")).toEqual([[5, "Dele Ajayi", "paraphrase"]]);
  });

  it("keeps someone working for the person named when the title has an article", () => {
    expect(who("A spokeswoman for Governor Ann Hale said 4 were held.")).toEqual([[4, "spokeswoman for Ann Hale", "paraphrase"]]);
  });
});

describe("a generational suffix after a name", () => {
  it("finds the person by the surname before the suffix", () => {
    const text = "Health Secretary Tomas Rivera III said 3 patients died. Rivera explained that cases peak every 4 years.";
    expect(who(text)).toEqual([
      [3, "Tomas Rivera III", "paraphrase"],
      [4, "Tomas Rivera III", "paraphrase"],
    ]);
  });
});

describe("a subject denied", () => {
  it("is no source", () => {
    expect(who("Gunmen killed 9 people. No group has so far claimed responsibility for the attack.")[1]).toEqual([null, null, "unattributed"]);
    expect(who("Gunmen killed 9 people. The group claimed responsibility for the attack.")[1][1]).toBe("group");
    const text = "Alhaji Bello and 17 others were killed. So far, no group has claimed responsibility for the raid recorded in the state.";
    expect(who(text)[1]).toEqual([null, null, "unattributed"]);
    expect(who("No rebel group has yet claimed the 3 attacks, police said.")).toEqual([[3, "police", "paraphrase"]]);
  });
});
