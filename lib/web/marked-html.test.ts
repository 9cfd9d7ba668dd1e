import { describe, expect, it } from "vitest";
import { markedHtml } from "./marked-html";

describe("markedHtml", () => {
  it("escapes every piece, then marks the matches", () => {
    expect(
      markedHtml([
        { text: `<img src=x onerror="alert(1)"> & `, mark: false },
        { text: "<b>trucks</b>", mark: true },
        { text: "'s", mark: false },
      ]),
    ).toBe(`&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; <mark>&lt;b&gt;trucks&lt;/b&gt;</mark>&#39;s`);
  });

  it("is null when there is nothing marked", () => {
    expect(markedHtml(null)).toBeNull();
  });
});
