import { describe, expect, it } from "vitest";
import { articleFromFile, checkArticleFile, markdownToText } from "./article-file";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkArticleFile", () => {
  it("accepts UTF-8 text named .txt, .md or .html", () => {
    expect(checkArticleFile({ bytes: bytes("Héllo"), name: "a.txt" })).toEqual({ ok: true, kind: "text", text: "Héllo" });
    expect(checkArticleFile({ bytes: bytes("# Hi"), name: "A.MD" })).toMatchObject({ ok: true, kind: "markdown" });
    expect(checkArticleFile({ bytes: bytes("<p>x</p>"), name: "page.htm" })).toMatchObject({ ok: true, kind: "html" });
  });

  it("refuses other names, binary bytes, invalid UTF-8, empty and oversized files", () => {
    expect(checkArticleFile({ bytes: bytes("MZ"), name: "setup.exe" })).toEqual({ ok: false, reason: "Only .txt, .md or .html files can be imported as articles." });
    expect(checkArticleFile({ bytes: bytes("no extension"), name: "README" }).ok).toBe(false);
    expect(checkArticleFile({ bytes: new Uint8Array([0x4d, 0x5a, 0x00, 0x01]), name: "fake.txt" })).toMatchObject({ ok: false, reason: expect.stringMatching(/not UTF-8 text/) });
    expect(checkArticleFile({ bytes: new Uint8Array([0xc3, 0x28]), name: "bad.md" })).toMatchObject({ ok: false, reason: expect.stringMatching(/not UTF-8 text/) });
    expect(checkArticleFile({ bytes: new Uint8Array(), name: "a.txt" })).toEqual({ ok: false, reason: "The file is empty." });
    expect(checkArticleFile({ bytes: new Uint8Array(6 * 1024 * 1024 + 1).fill(0x61), name: "a.txt" })).toEqual({ ok: false, reason: "The file is larger than 6 MB." });
  });
});

describe("articleFromFile", () => {
  it("takes a text file's first line as the title", () => {
    expect(articleFromFile("text", "\n  Storm hits coast\n\nAt least 240 homes were destroyed.\r\n")).toEqual({
      title: "Storm hits coast",
      body: "At least 240 homes were destroyed.",
    });
    expect(articleFromFile("text", "Only one line.")).toEqual({ title: "Only one line.", body: "Only one line." });
  });

  it("reduces HTML to text: title from <title>, scripts and styles dropped, links as text, no markup", () => {
    const html = `<!doctype html><html><head><title>Storm &amp; flood</title><style>p{color:red}</style></head>
      <body><h1>Storm hits coast</h1><script>alert("x")</script>
      <p>Officials said <a href="https://evil.example">at least 240 homes</a> were destroyed.</p>
      <p>Second <b>paragraph</b> &lt;b&gt;.</p><img src=x onerror=alert(1)></body></html>`;
    const { title, body } = articleFromFile("html", html);
    expect(title).toBe("Storm & flood");
    expect(body).toContain("Storm hits coast");
    expect(body).toContain("Officials said at least 240 homes were destroyed.");
    expect(body).toContain("Second paragraph <b>.");
    expect(body).not.toMatch(/alert|color:red|evil\.example|<p>|<img/);
  });

  it("falls back to <h1> for the title when there is no <title>", () => {
    expect(articleFromFile("html", "<h1>Big <i>news</i></h1><p>Text.</p>").title).toBe("Big news");
  });

  it("reduces Markdown to text and takes the # heading as the title", () => {
    const md = "# Storm *hits* coast\n\nOfficials said **at least 240** homes [were destroyed](https://x.example).\n\n> A quote with `code`.\n\n- one\n- two\n\n---\n![photo](p.png)";
    expect(articleFromFile("markdown", md)).toEqual({
      title: "Storm hits coast",
      body: "Officials said at least 240 homes were destroyed.\n\nA quote with code.\n\none\ntwo\n\nphoto",
    });
  });

  it("strips raw HTML in Markdown", () => {
    expect(markdownToText("Hi<script>alert(1)</script> <span>there</span>")).toBe("Hi there");
  });

  it("clips a long title", () => {
    expect(articleFromFile("text", `${"x".repeat(400)}\nbody`).title).toHaveLength(300);
  });
});
