/**
 * A verdict's rating as a badge in the label's own colour; nothing for a claim without one. Only the colour is
 * inline (the rest is the `rating-badge` class): a list renders fifty of these, each shipped twice (HTML and payload).
 */
export function RatingBadge({ rating }: { rating: { name: string; colour: string } | null }) {
  if (!rating) return null;
  // Colours are validated to keep dark text readable (lib/validation/settings.ts).
  return (
    <span className="badge rating-badge" style={{ background: rating.colour }}>
      {rating.name}
    </span>
  );
}
