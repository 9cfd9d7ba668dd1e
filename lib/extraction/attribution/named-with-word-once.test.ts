import { describe, expect, it, vi } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { namesWithWord } from "./named-with-word";

vi.mock("./named-with-word", async (importOriginal) => {
  const original = await importOriginal<typeof import("./named-with-word")>();
  return { ...original, namesWithWord: vi.fn(original.namesWithWord) };
});

describe("the names written with a description's word", () => {
  it("are looked for once per article and description, not at each sentence that uses the description", () => {
    const said = Array.from({ length: 6 }, (_, i) => `Output in district ${i + 1} fell ${i + 3} percent, the country's statistics office said.`);
    const text = [...said, "Surveys by Statistics Norvalia and by Statistics Ostland covered 2,000 homes."].join("\n\n");
    vi.mocked(namesWithWord).mockClear();
    const claims = extractClaims(text);
    expect(claims.slice(0, 6).map((c) => c.speaker)).toEqual(Array(6).fill("statistics office"));
    expect(vi.mocked(namesWithWord)).toHaveBeenCalledTimes(1);
  });
});
