import type { MarkedPiece } from "@/lib/data/search-query";

/** A search result's text with its matches in <mark> (React escapes every piece). */
export function MarkedText({ pieces }: { pieces: MarkedPiece[] }) {
  return (
    <>
      {pieces.map((piece, i) => (piece.mark ? <mark key={i} className="search-mark">{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </>
  );
}
