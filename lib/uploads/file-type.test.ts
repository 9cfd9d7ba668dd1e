import { describe, expect, it } from "vitest";
import { ALLOWED_UPLOAD_TYPES, MAX_UPLOAD_BYTES, checkUpload, detectFileType, safeDownloadName } from "./file-type";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

// Real file headers.
const PDF = utf8("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00); // also .docx/.xlsx
const EXE = bytes(0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00); // "MZ"
const GIF = utf8("GIF89a\u0001\u0000\u0001\u0000");
const BOM = bytes(0xef, 0xbb, 0xbf);

describe("detectFileType", () => {
  it("recognises the allowed types by their magic bytes", () => {
    expect(detectFileType(PDF)).toEqual({ mime: "application/pdf", extension: "pdf" });
    expect(detectFileType(PNG)).toEqual({ mime: "image/png", extension: "png" });
    expect(detectFileType(JPEG)).toEqual({ mime: "image/jpeg", extension: "jpg" });
    expect(detectFileType(utf8("Minister's speech, 3 May.\r\nUnemployment fell to 4.2%.\n"))).toEqual({
      mime: "text/plain",
      extension: "txt",
    });
  });

  it("accepts UTF-8 text with a BOM, accents, tabs and form feeds", () => {
    expect(detectFileType(concat(BOM, utf8("Zürich\tcafé — «quote»\f\n")))).toEqual({ mime: "text/plain", extension: "txt" });
  });

  it("refuses archives, executables and other binary files", () => {
    for (const file of [ZIP, EXE, GIF, bytes(0x89, 0x50, 0x4e, 0x47), bytes(0xff, 0xd8)]) {
      expect(detectFileType(file)).toBeNull();
    }
  });

  it("refuses text with NULs or control characters", () => {
    expect(detectFileType(utf8("plain\u0000text"))).toBeNull();
    expect(detectFileType(utf8("colour \u001b[31mred"))).toBeNull(); // ANSI escape
    expect(detectFileType(utf8("bell\u0007"))).toBeNull();
    expect(detectFileType(utf8("delete\u007f"))).toBeNull();
    expect(detectFileType(utf8("c1\u0085control"))).toBeNull();
  });

  it("refuses bytes that are not valid UTF-8", () => {
    expect(detectFileType(bytes(0x63, 0x61, 0x66, 0xe9))).toBeNull(); // Latin-1 "café"
    expect(detectFileType(bytes(0xc0, 0xaf))).toBeNull(); // overlong "/"
    expect(detectFileType(bytes(0x61, 0xe2, 0x82))).toBeNull(); // truncated sequence
  });

  it("checks the whole file, not just its start", () => {
    const text = utf8("a".repeat(100_000));
    expect(detectFileType(text)).toEqual({ mime: "text/plain", extension: "txt" });
    expect(detectFileType(concat(text, bytes(0x00, 0x01, 0x02)))).toBeNull();
  });

  it("refuses empty input and a lone BOM", () => {
    expect(detectFileType(new Uint8Array())).toBeNull();
    expect(detectFileType(BOM)).toBeNull();
  });

  it.each([
    "<!DOCTYPE html><html><body>x</body></html>",
    "<html>",
    "  \n\t<HTML lang=en>",
    "<script>alert(1)</script>",
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    '<?xml version="1.0"?><svg/>',
    "<!-- saved page -->",
    "<iframe src=x>",
    "<body onload=x>",
    "<p>Hello</p>",
    "<br>",
    "<a href=x>",
  ])("refuses markup a browser would render: %j", (text) => {
    expect(detectFileType(utf8(text))).toBeNull();
    expect(detectFileType(concat(BOM, utf8(text)))).toBeNull();
  });

  it("keeps ordinary text that merely contains or starts with angle brackets", () => {
    for (const text of ["<bread> is not a tag", "<Quote> from the minister", "Notes: <script> appeared in the page", "< 5% of voters"]) {
      expect(detectFileType(utf8(text))).toEqual({ mime: "text/plain", extension: "txt" });
    }
  });
});

describe("checkUpload", () => {
  it("accepts allowed files and reports the detected type and size", () => {
    expect(checkUpload({ bytes: PDF, declaredName: "budget.pdf" })).toEqual({
      ok: true,
      mime: "application/pdf",
      extension: "pdf",
      size: PDF.length,
    });
    expect(checkUpload({ bytes: JPEG, declaredName: "IMG_0001.JPEG" })).toMatchObject({ ok: true, mime: "image/jpeg" });
    expect(checkUpload({ bytes: utf8("notes"), declaredName: "notes.txt" })).toMatchObject({ ok: true, mime: "text/plain" });
  });

  it("goes by the bytes when the name has no or an unrelated extension", () => {
    expect(checkUpload({ bytes: PDF, declaredName: "scan" })).toMatchObject({ ok: true, extension: "pdf" });
    expect(checkUpload({ bytes: utf8("a,b\n1,2\n"), declaredName: "figures.csv" })).toMatchObject({ ok: true, extension: "txt" });
    expect(checkUpload({ bytes: PNG, declaredName: "" })).toMatchObject({ ok: true, extension: "png" });
  });

  it("tolerates PNG and JPEG swapped in the name", () => {
    expect(checkUpload({ bytes: JPEG, declaredName: "chart.png" })).toMatchObject({ ok: true, mime: "image/jpeg", extension: "jpg" });
    expect(checkUpload({ bytes: PNG, declaredName: "chart.jpg" })).toMatchObject({ ok: true, mime: "image/png", extension: "png" });
  });

  it("refuses a fake PDF that is really text, naming the mismatch", () => {
    expect(checkUpload({ bytes: utf8("This is totally a PDF"), declaredName: "report.pdf" })).toEqual({
      ok: false,
      reason: "This file says .pdf but its contents are not a PDF (it is a plain-text file). Rename it to .txt if that is what you meant to upload.",
    });
  });

  it("refuses an unrecognised file, naming the mismatch when the name claims an allowed type", () => {
    expect(checkUpload({ bytes: ZIP, declaredName: "report.pdf" })).toEqual({
      ok: false,
      reason: "This file is not a PDF, PNG, JPEG or plain-text file (it says .pdf but its contents are not a PDF).",
    });
    expect(checkUpload({ bytes: EXE, declaredName: "photo.jpeg" })).toEqual({
      ok: false,
      reason: "This file is not a PDF, PNG, JPEG or plain-text file (it says .jpeg but its contents are not a JPEG).",
    });
    expect(checkUpload({ bytes: bytes(0x00, 0x01, 0x02), declaredName: "notes.txt" })).toEqual({
      ok: false,
      reason: "This file is not a PDF, PNG, JPEG or plain-text file (it says .txt but its contents are not a plain-text file).",
    });
    expect(checkUpload({ bytes: ZIP, declaredName: "minutes.docx" })).toEqual({
      ok: false,
      reason: "This file is not a PDF, PNG, JPEG or plain-text file.",
    });
    expect(checkUpload({ bytes: EXE, declaredName: "setup.exe" })).toMatchObject({ ok: false });
  });

  it("refuses a real PDF or image named as text", () => {
    const result = checkUpload({ bytes: PDF, declaredName: "notes.txt" });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reason).toContain("it is a PDF");
  });

  it("refuses HTML with advice", () => {
    const result = checkUpload({ bytes: utf8("<!doctype html><title>Ministry</title>"), declaredName: "page.txt" });
    expect(result).toEqual({
      ok: false,
      reason: "Web pages, SVG and XML files can't be uploaded as evidence. Save the page as a PDF and upload that instead.",
    });
  });

  it("refuses empty files", () => {
    expect(checkUpload({ bytes: new Uint8Array(), declaredName: "x.pdf" })).toEqual({ ok: false, reason: "The file is empty." });
  });

  it("allows exactly 10 MB and refuses one byte more", () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(PDF);
    expect(MAX_UPLOAD_BYTES).toBe(10 * 1024 * 1024);
    expect(checkUpload({ bytes: big, declaredName: "big.pdf" })).toEqual({ ok: false, reason: "The file is larger than 10 MB." });
    expect(checkUpload({ bytes: big.subarray(0, MAX_UPLOAD_BYTES), declaredName: "big.pdf" })).toMatchObject({
      ok: true,
      size: MAX_UPLOAD_BYTES,
    });
  });
});

describe("safeDownloadName", () => {
  it.each([
    ["budget.pdf", "pdf", "budget.pdf"],
    ["Budget 2024 (final).PDF", "pdf", "Budget 2024 (final).pdf"],
    ["report.pdf", "txt", "report.txt"],
    ["photo", "jpg", "photo.jpg"],
    ["Déclaration du ministère.pdf", "pdf", "Declaration du ministere.pdf"],
    ["报告.pdf", "pdf", "evidence.pdf"],
    ['a"b;c\r\nd.png', "png", "a_b_c_d.png"],
    ["C:\\Users\\me\\Desktop\\scan.pdf", "pdf", "scan.pdf"],
    ["../../etc/passwd", "txt", "passwd.txt"],
    [".htaccess", "txt", "evidence.txt"],
    ["...", "txt", "evidence.txt"],
    ["", "pdf", "evidence.pdf"],
    ["evil.html", "txt", "evil.txt"],
    ["archive.tar.gz", "pdf", "archive.tar.pdf"],
    ["CON.txt", "txt", "CON_file.txt"],
    ["100%_sure.txt", "txt", "100_sure.txt"],
  ] as const)("%j as %s → %j", (name, ext, expected) => {
    expect(safeDownloadName(name, ext)).toBe(expected);
  });

  it("is ASCII-safe, bounded, and keeps the extension", () => {
    const name = safeDownloadName(`${"ä".repeat(300)}.png`, "png");
    expect(name).toMatch(/^[A-Za-z0-9 ._()-]+\.png$/);
    expect(name.length).toBeLessThanOrEqual(104);
    for (const t of ALLOWED_UPLOAD_TYPES) expect(safeDownloadName("x", t.extension)).toBe(`x.${t.extension}`);
  });
});
