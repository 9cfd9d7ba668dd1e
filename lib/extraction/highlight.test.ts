import { describe, expect, it } from "vitest";
import { segmentText } from "./highlight";
import { splitSentences } from "./sentences";

describe("segmentText", () => {
  const text = "One claim here. Another one there.\n\nThird.";
  const sentences = splitSentences(text);

  it("rebuilds the text exactly from its segments", () => {
    const blocks = segmentText(text.length, sentences, [{ start: 4, end: 9 }]);
    const rebuilt = blocks.flatMap((b) => b.segments.map((s) => text.slice(s.start, s.end))).join("");
    expect(rebuilt).toBe(text);
  });

  it("marks the covered segments and groups them by sentence", () => {
    const blocks = segmentText(text.length, sentences, [{ start: 4, end: 9 }, { start: 0, end: 14 }]);
    const first = blocks[0];
    expect(first.sentence?.text).toBe("One claim here.");
    const claimWord = first.segments.find((s) => text.slice(s.start, s.end) === "claim");
    expect(claimWord?.marks.sort()).toEqual([0, 1]);
    const between = blocks.find((b) => b.sentence === null);
    expect(between && text.slice(between.segments[0].start, between.segments[0].end)).toBe(" ");
  });

  it("ignores marks outside the text", () => {
    const blocks = segmentText(text.length, sentences, [{ start: 30, end: 999 }]);
    expect(blocks.every((b) => b.segments.every((s) => s.marks.length === 0))).toBe(true);
  });
});
