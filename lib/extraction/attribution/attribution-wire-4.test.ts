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
