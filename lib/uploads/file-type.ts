/**
 * Uploaded evidence files: PDF, PNG, JPEG or plain text, up to 10 MB.
 *
 * The type always comes from the bytes, never from the file name or the browser's claimed type, and
 * the file is later served back with that type (and a name ending in its extension), so whatever we
 * accept here must be harmless in a browser.
 *
 * Plain text that a browser would sniff as HTML or XML (a page or SVG saved as text, starting with
 * `<!DOCTYPE html`, `<html`, `<script`, `<svg`, `<?xml`, ... after optional whitespace; see the WHATWG
 * MIME Sniffing standard's "rules for identifying an unknown MIME type") is refused, even though it
 * is technically text: should it ever be served without `nosniff`, it would run as a page on our
 * origin. Newsrooms keep web pages as evidence by printing them to PDF.
 *
 * Pure: no hashing or I/O; the caller hashes and stores.
 */

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const ALLOWED_UPLOAD_TYPES = [
  { mime: "application/pdf", extension: "pdf", label: "PDF" },
  { mime: "image/png", extension: "png", label: "PNG" },
  { mime: "image/jpeg", extension: "jpg", label: "JPEG" },
  { mime: "text/plain", extension: "txt", label: "plain-text file" },
] as const;

export type UploadMime = (typeof ALLOWED_UPLOAD_TYPES)[number]["mime"];
export type UploadExtension = (typeof ALLOWED_UPLOAD_TYPES)[number]["extension"];
export interface DetectedFileType {
  mime: UploadMime;
  extension: UploadExtension;
}

/** For `<input type="file" accept=...>`: only a hint to the browser's picker, never a check. */
export const UPLOAD_ACCEPT = "application/pdf,image/png,image/jpeg,text/plain,.pdf,.png,.jpg,.jpeg,.txt";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Whether the bytes contain a control character other than tab, LF, FF and CR: C0 controls (NUL
 * among them) and DEL are single bytes in UTF-8, C1 controls are C2 80–C2 9F. Scanning bytes is
 * several times faster than a regex over the decoded string.
 */
function hasForbiddenControl(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x20) {
      if (b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return true;
    } else if (b === 0x7f) {
      return true;
    } else if (b === 0xc2 && i + 1 < bytes.length && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9f) {
      return true;
    }
  }
  return false;
}

/**
 * Leading markup that makes a browser treat a document as HTML or XML (WHATWG MIME Sniffing,
 * plus `<svg`). Tags must end in whitespace, `>` or `/` (or end of file), so "<br>" matches and
 * "<bread" does not. Comments and `<?xml` match as they are.
 */
const MARKUP_START = /^[\t\n\f\r ]*(?:<!--|<\?xml|<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|svg)(?:[\s>/]|$))/i;

type Classification = DetectedFileType | "markup" | "unknown";

function decodeText(bytes: Uint8Array): string | null {
  try {
    // Strips a leading UTF-8 BOM; `fatal` rejects malformed UTF-8 (overlongs, surrogates, truncation).
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function classify(bytes: Uint8Array): Classification {
  if (bytes.length === 0) return "unknown";
  if (startsWith(bytes, PDF_MAGIC)) return { mime: "application/pdf", extension: "pdf" };
  if (startsWith(bytes, PNG_MAGIC)) return { mime: "image/png", extension: "png" };
  if (startsWith(bytes, JPEG_MAGIC)) return { mime: "image/jpeg", extension: "jpg" };
  // The whole file is checked, not just a prefix: at 10 MB that takes tens of milliseconds, and it
  // keeps text-looking files with binary further in from passing as text.
  if (hasForbiddenControl(bytes)) return "unknown";
  const text = decodeText(bytes);
  if (text === null || text.length === 0) return "unknown";
  if (MARKUP_START.test(text)) return "markup";
  return { mime: "text/plain", extension: "txt" };
}

/** The file's type judged from its bytes alone, or null when it is not one we accept. */
export function detectFileType(bytes: Uint8Array): DetectedFileType | null {
  const kind = classify(bytes);
  return typeof kind === "string" ? null : kind;
}

/** Name extensions that claim one of the allowed types. */
const CLAIMED: Record<string, UploadExtension> = { pdf: "pdf", png: "png", jpg: "jpg", jpeg: "jpg", txt: "txt" };

function nameExtension(name: string): string | null {
  const base = name.split(/[/\\]/).pop() ?? "";
  const match = /\.([A-Za-z0-9]{1,10})\s*$/.exec(base);
  return match && match.index > 0 ? match[1].toLowerCase() : null;
}

function label(extension: UploadExtension): string {
  return ALLOWED_UPLOAD_TYPES.find((t) => t.extension === extension)?.label ?? extension;
}

function article(noun: string): string {
  return /^[aeiouAEIOU]/.test(noun) ? "an" : "a";
}

export type UploadCheck =
  | { ok: true; mime: UploadMime; extension: UploadExtension; size: number }
  | { ok: false; reason: string };

const NOT_ALLOWED = "This file is not a PDF, PNG, JPEG or plain-text file";

/**
 * Whether an upload may be stored as evidence. The name is used only to explain a refusal and to
 * refuse files whose name claims one allowed type while the bytes are another (a "report.pdf" that
 * is really text is almost certainly not what the user meant to attach). PNG and JPEG are not held
 * to their names, since images saved from the web are often misnamed; the stored type is the
 * detected one either way.
 */
export function checkUpload({ bytes, declaredName }: { bytes: Uint8Array; declaredName: string }): UploadCheck {
  const size = bytes.byteLength;
  if (size === 0) return { ok: false, reason: "The file is empty." };
  if (size > MAX_UPLOAD_BYTES) return { ok: false, reason: "The file is larger than 10 MB." };

  const kind = classify(bytes);
  const ext = nameExtension(declaredName);
  const claimed = ext !== null && Object.hasOwn(CLAIMED, ext) ? CLAIMED[ext] : null;

  if (kind === "markup") {
    return {
      ok: false,
      reason: "Web pages, SVG and XML files can't be uploaded as evidence. Save the page as a PDF and upload that instead.",
    };
  }
  if (kind === "unknown") {
    return {
      ok: false,
      reason: claimed
        ? `${NOT_ALLOWED} (it says .${ext} but its contents are not ${article(label(claimed))} ${label(claimed)}).`
        : `${NOT_ALLOWED}.`,
    };
  }
  const images: string[] = ["png", "jpg"];
  const mismatch = claimed !== null && claimed !== kind.extension && !(images.includes(claimed) && images.includes(kind.extension));
  if (mismatch) {
    return {
      ok: false,
      reason:
        `This file says .${ext} but its contents are not ${article(label(claimed))} ${label(claimed)} ` +
        `(it is ${article(label(kind.extension))} ${label(kind.extension)}). Rename it to .${kind.extension} if that is what you meant to upload.`,
    };
  }
  return { ok: true, mime: kind.mime, extension: kind.extension, size };
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_BASE_LENGTH = 100;

/**
 * An ASCII-only file name for `Content-Disposition: attachment; filename="..."`: the original name's
 * last path segment, accents folded (é → e), its extension replaced by the detected one, and
 * anything but letters, digits, space, `.`, `_`, `-`, `(` and `)` turned into `_`. Never empty,
 * never starts with a dot, at most 100 characters before the extension. (Callers wanting the
 * original Unicode name can add `filename*=UTF-8''...` alongside.)
 */
export function safeDownloadName(name: string, extension: UploadExtension): string {
  let base = name.split(/[/\\]/).pop() ?? "";
  base = base.replace(/\.[A-Za-z0-9]{1,10}\s*$/, "");
  base = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9 ._()-]+/g, "_")
    .replace(/\s+/g, " ")
    .replace(/_{2,}/g, "_")
    .replace(/^[\s._-]+|[\s._-]+$/g, "")
    .slice(0, MAX_BASE_LENGTH)
    .replace(/[\s._-]+$/, "");
  if (base === "") base = "evidence";
  if (WINDOWS_RESERVED.test(base)) base = `${base}_file`;
  return `${base}.${extension}`;
}
