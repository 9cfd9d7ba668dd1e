/** Decodes a fetched page's bytes to text: the header's charset, else a byte-order mark or the page's own <meta charset>, else UTF-8. */

/** A label TextDecoder knows, or null. */
function known(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function fromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 1024 bytes. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

/** Windows-1252's 0x80–0x9F (Node's decoder reads them as Latin-1 control characters); undefined positions stay as they are. */
const CP1252_HIGH = "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178";

function decode(bytes: Uint8Array, charset: string): string {
  const text = new TextDecoder(charset).decode(bytes);
  return charset === "windows-1252" ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]) : text;
}

/** The page as text, and the charset it was read with. A BOM wins over the header, as browsers do. */
export function decodePage(bytes: Uint8Array, contentType: string, headerCharset: string | null): { text: string; charset: string } {
  const html = contentType !== "text/plain";
  const charset = fromBom(bytes) ?? known(headerCharset) ?? (html ? known(metaCharset(bytes)) : null) ?? "utf-8";
  // TextDecoder drops a BOM of its own encoding; replacement characters stand in for bytes that do not fit.
  return { text: decode(bytes, charset), charset };
}
