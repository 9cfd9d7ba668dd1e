import { describe, expect, it } from "vitest";
import { decodePage, metaCharset } from "./charset";

const bytes = (text: string, encoding: BufferEncoding = "utf8") => new Uint8Array(Buffer.from(text, encoding));

describe("decodePage", () => {
  it("uses the header's charset first", () => {
    expect(decodePage(bytes("caf\xe9", "latin1"), "text/html", "ISO-8859-1")).toEqual({ text: "café", charset: "windows-1252" });
  });
  it("lets a byte-order mark win over the header", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("Hi", "utf16le")]);
    expect(decodePage(utf16, "text/html", "utf-8")).toEqual({ text: "Hi", charset: "utf-16le" });
  });
  it("reads <meta charset> and <meta http-equiv> in HTML, but not in plain text", () => {
    expect(metaCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'))).toBe("Shift_JIS");
    const page = bytes("<meta charset='windows-1252'><p>\x93quoted\x94 \x80</p>", "latin1");
    expect(decodePage(page, "text/html", null).text).toBe("<meta charset='windows-1252'><p>“quoted” €</p>");
    expect(decodePage(page, "text/plain", null).charset).toBe("utf-8");
  });
  it("falls back to UTF-8 for an unknown label, with replacement characters for bad bytes", () => {
    expect(decodePage(bytes("ok \xff", "latin1"), "text/html", "no-such-charset")).toEqual({ text: "ok \ufffd", charset: "utf-8" });
  });
});
