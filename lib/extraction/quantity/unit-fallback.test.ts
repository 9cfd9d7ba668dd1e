import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { findQuantities } from "./parser";
import { pluralNounBefore } from "./unit-fallback";

const units = (text: string) => extractClaims(text).filter((c) => c.quantity).map((c) => [c.quantity!.value ?? [c.quantity!.low, c.quantity!.high], c.quantity!.unit]);
const inSentence = (s: string) => findQuantities(s).map((m) => [m.value, m.unit]);

describe("the counted noun of a figure with nothing next to it", () => {
  it("takes the sentence's last count before it", () => {
    expect(inSentence("The clinic treats nearly 9,000 patients, though it was built for about 5,000.")).toEqual([[9000, "patient"], [5000, "patient"]]);
  });
  it("takes the plural noun of its own clause", () => {
    expect(inSentence("Registered voters in the district now stand at 48,210.")).toEqual([[48210, "voter"]]);
    expect(inSentence("If you count first-time applicants the board expects fewer than 300.").map(([, u]) => u)).toEqual(["applicant"]);
    expect(pluralNounBefore("The MCA reports 412", 16)).toBeNull(); // a verb after a name
  });
  it("takes the noun an article says it counts when a figure word points back", () => {
    const text = "The agency tracks the number of permits issued. The figure printed in the annual report is 18,400.";
    expect(units(text)).toEqual([[18400, "permit"]]);
  });
  it("takes the last count of the sentence before", () => {
    const text = "The shelter can hold 600 families. Last night it took in 720, the director said.";
    expect(units(text)).toEqual([[600, "family"], [720, "family"]]);
  });
  it("takes what the article counts most when nothing nearer says", () => {
    const text = "Flooding cut off 14 villages on Monday. By Tuesday 9 villages had power again. The army reached 11 by boat. The water was 2 metres deep.";
    expect(units(text).map(([, u]) => u)).toEqual(["village", "village", "village", "metre"]);
  });
  it("lends no money, percentage, measure or span of time", () => {
    const text = "Prices rose 4 percent in May. The fund lost $3 million. Crews worked 12 hours. Then 40 were sold.";
    expect(units(text).at(-1)?.[1]).toBeNull();
  });
});
