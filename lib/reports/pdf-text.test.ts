import { describe, expect, it } from "vitest";
import { markdownToPlainText, toPdfText } from "./pdf-text";

describe("toPdfText", () => {
  it("keeps ASCII, Latin-1 letters and the euro sign", () => {
    expect(toPdfText("Café in Zürich costs €5 or £4, ñ and ß")).toBe("Café in Zürich costs €5 or £4, ñ and ß");
  });

  it("turns curly quotes, dashes and ellipses into their plain forms", () => {
    expect(toPdfText("“Nearly 1,500” — it’s ‘about’ 40–50…")).toBe('"Nearly 1,500" - it\'s \'about\' 40-50...');
  });

  it("maps arrows, maths and spaces", () => {
    expect(toPdfText("True → Mostly true, ≈ 3 ≤ 4\u00a0km")).toBe("True -> Mostly true, ~ 3 <= 4 km");
  });

  it("drops accents Latin-1 lacks and replaces what it cannot show", () => {
    expect(toPdfText("Erdoğan, Łódź, Ștefan, Dvořák")).toBe("Erdogan, Lódz, Stefan, Dvorák");
    expect(toPdfText("ق 😀 中")).toBe("? ? ?");
  });

  it("keeps newlines and drops control characters", () => {
    expect(toPdfText("a\r\nb\u0007c")).toBe("a\nb?c");
  });

  it("composes decomposed letters first", () => {
    expect(toPdfText("Cafe\u0301")).toBe("Café");
  });
});

describe("markdownToPlainText", () => {
  it("removes emphasis, headings and code marks", () => {
    expect(markdownToPlainText("## Verdict\nThe footage shows **17 trucks**; *at least* allows for `more`.")).toBe(
      "Verdict\nThe footage shows 17 trucks; at least allows for more.",
    );
  });

  it("writes links as text and address, and drops raw HTML", () => {
    expect(markdownToPlainText("See [the bulletin](https://example.org/b) <script>x</script>")).toBe("See the bulletin (https://example.org/b) x");
  });

  it("keeps snake_case words and lists readable", () => {
    expect(markdownToPlainText("* one_two_three\n* two")).toBe("- one_two_three\n- two");
  });
});
