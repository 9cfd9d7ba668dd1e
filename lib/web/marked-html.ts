import type { MarkedPiece } from "@/lib/data/search-query";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

/**
 * A search result's text as HTML for API clients: every piece escaped, then the matches wrapped in
 * <mark>, so nothing a claim's author typed can become markup.
 */
export function markedHtml(pieces: MarkedPiece[] | null): string | null {
  if (!pieces) return null;
  return pieces.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join("");
}
