import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cutText, fieldErrorsOf, zOptionalText, zOptionalUrl, zText } from "./common";

const LONE_HIGH = "\ud83d";
const LONE_LOW = "\ude00";

describe("text schemas refuse unpaired surrogates", () => {
  const schema = z.object({ title: zText("Title", 200), note: zOptionalText("Note", 200), url: zOptionalUrl("Source URL") });

  it("names each field that holds one", () => {
    const parsed = schema.safeParse({ title: `Storm ${LONE_HIGH}`, note: `${LONE_LOW}x`, url: `https://example.org/${LONE_HIGH}` });
    expect(parsed.success).toBe(false);
    const fields = fieldErrorsOf(parsed.error!);
    expect(fields.title).toContain("Title contains a broken character (an unpaired UTF-16 surrogate). Retype or paste it again.");
    expect(fields.note?.[0]).toMatch(/^Note contains a broken character/);
    expect(fields.url?.[0]).toMatch(/^Source URL contains a broken character/);
  });

  it("accepts real characters outside the basic plane, emoji included", () => {
    expect(schema.safeParse({ title: "Storm 😀 𝔘 🇺🇦", note: "ok", url: "https://example.org/😀" }).success).toBe(true);
  });

  it("refuses a surrogate pair in the wrong order", () => {
    expect(zText("Title", 10).safeParse(`${LONE_LOW}${LONE_HIGH}`).success).toBe(false);
  });
});

describe("cutText", () => {
  it("never halves a character: an emoji at the cut is dropped whole", () => {
    const text = "a".repeat(199) + "😀😀";
    expect(text.slice(0, 200).isWellFormed()).toBe(false); // what a plain slice does
    expect(cutText(text, 200)).toBe("a".repeat(199));
    expect(cutText(text, 201)).toBe("a".repeat(199) + "😀");
    expect(cutText(text, 202)).toBe("a".repeat(199) + "😀");
  });

  it("keeps within the limit the schemas count, and leaves short text alone", () => {
    for (let max = 0; max < 12; max++) {
      const cut = cutText("😀a😀😀bc😀", max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.isWellFormed()).toBe(true);
    }
    expect(cutText("abc", 5)).toBe("abc");
    expect(cutText("", 3)).toBe("");
  });
});
