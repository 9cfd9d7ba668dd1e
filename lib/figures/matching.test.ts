import { describe, expect, it } from "vitest";
import { MIN_WORDS_TO_LINK, rankMatches, type MatchableClaim } from "./matching";

let next = 1;
const claim = (text: string, figure: Partial<MatchableClaim> = {}): MatchableClaim => ({
  id: next++, text, unit: null, speaker: null, qualifier: null, value: null, low: null, high: null, ...figure,
});
const civilians = (text: string, qualifier: string, value: number, speaker: string | null = null) =>
  claim(text, { unit: "civilian", qualifier, value, low: qualifier === "nearly" ? null : value, high: value, speaker });

const pool = () => [
  civilians("Cholera has sickened 400 civilians in Lusaka since October, the ministry said.", "exact", 400),
  civilians("About 2,000 civilians were sheltering in a school in Hajin after the fighting ended.", "approximately", 2000),
  claim("The council approved a new budget for road repairs in the northern district on Monday."),
];

describe("rankMatches", () => {
  const original = civilians("Nearly 20,000 civilians had left the shrinking Baghouz enclave in recent weeks before the evacuation halted.", "nearly", 20000, "Mustafa Bali");

  it("offers the same claim in other words as 'same claim', first", () => {
    const repeat = civilians("Almost 20,000 civilians left the shrinking enclave of Baghouz in the past weeks before evacuations were halted, Bali said.", "nearly", 20000, "Mustafa Bali");
    const later = civilians("Around 3,000 civilians left the Baghouz enclave on Thursday in a new convoy of trucks.", "approximately", 3000);
    const matches = rankMatches(original, [...pool(), later, repeat]);
    expect(matches[0]).toMatchObject({ id: repeat.id, tier: "same_claim" });
    expect(matches.find((m) => m.id === later.id)?.tier).not.toBe("same_claim");
    expect(matches.map((m) => m.id)).not.toContain(pool()[2].id);
  });

  it("never offers a figure that cannot hold together with the claim's as 'same claim'", () => {
    const contradicting = civilians("Nearly 20,000 civilians had left the shrinking Baghouz enclave in recent weeks before the evacuation halted.", "exact", 5000);
    expect(rankMatches(original, [contradicting])[0]?.tier).toBe("related");
  });

  it("links no claim shorter than the minimum, however alike", () => {
    const short = claim("17 trucks left Baghouz.", { unit: "truck", qualifier: "exact", value: 17, low: 17, high: 17 });
    const same = claim("17 trucks left Baghouz.", { unit: "truck", qualifier: "exact", value: 17, low: 17, high: 17 });
    expect(MIN_WORDS_TO_LINK).toBe(8);
    expect(rankMatches(short, [same])).toEqual([expect.objectContaining({ id: same.id, tier: "related" })]);
  });

  it("does not match a claim with itself, and finds nothing in an unrelated pool", () => {
    expect(rankMatches(original, [original, ...pool()]).filter((m) => m.tier === "same_claim")).toEqual([]);
  });
});
