import { describe, expect, it } from "vitest";
import { normalizeSpeakerName } from "./speaker-name";

describe("normalizeSpeakerName", () => {
  it("folds case, accents, punctuation and spacing", () => {
    expect(normalizeSpeakerName("  José  Ramírez ")).toBe("jose ramirez");
    expect(normalizeSpeakerName("U.S. State Department")).toBe("u s state department");
    expect(normalizeSpeakerName("MUSTAFA BALI")).toBe(normalizeSpeakerName("Mustafa Bali"));
  });
  it("keeps different names apart", () => {
    expect(normalizeSpeakerName("Zana Amedi")).not.toBe(normalizeSpeakerName("Zana Ahmadi"));
  });
});
