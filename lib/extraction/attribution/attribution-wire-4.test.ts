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
