/**
 * Whether a new article is one the desk already has: the same web address, or near-identical text.
 * Pure: the data layer supplies the candidates.
 */
import { createHash } from "node:crypto";

/** The text with case, punctuation, quotes and spacing folded, so a re-paste with other line breaks matches. */
export function normalizeArticleText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** sha256 of the normalised text: equal for the same article pasted again. */
export function articleTextHash(text: string): string {
  return createHash("sha256").update(normalizeArticleText(text)).digest("hex");
}

/** A web address compared without scheme, "www.", trailing slash, fragment or tracking parameters. */
export function normalizeArticleUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    for (const key of [...u.searchParams.keys()]) if (/^(utm_|fbclid|gclid|mc_)/i.test(key)) u.searchParams.delete(key);
    const query = u.searchParams.toString();
    return `${u.hostname.replace(/^www\./i, "").toLowerCase()}${u.pathname.replace(/\/+$/, "")}${query ? `?${query}` : ""}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

const SHINGLE = 5;

/** The article's word 5-grams. */
export function shingles(text: string): Set<string> {
  const words = normalizeArticleText(text).split(" ").filter(Boolean);
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(" "));
  return out;
}

/** Jaccard similarity of two shingle sets, 0 to 1. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Texts this similar are the same article with small edits (a corrected typo, a changed headline line). */
export const NEAR_IDENTICAL = 0.8;

/** Only texts of about the same length can be near-identical; the data layer reads candidates in this window. */
export function lengthWindow(length: number): { min: number; max: number } {
  return { min: Math.floor(length * 0.8), max: Math.ceil(length * 1.25) };
}
