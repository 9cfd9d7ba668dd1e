/** A verdict's rating as a badge in the label's own colour; nothing for a claim without one. */
export function RatingBadge({ rating }: { rating: { name: string; colour: string } | null }) {
  if (!rating) return null;
  // Colours are validated to keep dark text readable (lib/validation/settings.ts).
  return (
    <span className="badge" style={{ background: rating.colour, color: "var(--ink)", borderColor: "rgba(0, 0, 0, 0.15)" }}>
      {rating.name}
    </span>
  );
}
