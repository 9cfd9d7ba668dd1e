import { formatShare, type ReportSummary } from "@/lib/reports/report-summary";

/** The report's headline figures as a row of cards. */
export function SummaryCards({ summary }: { summary: ReportSummary }) {
  const cards: [string, string, string?][] = [
    ["Published verdicts", String(summary.verdicts)],
    ["Articles", String(summary.articles)],
    ["Speakers", String(summary.speakers), summary.unattributed ? `${summary.unattributed} without a named speaker` : undefined],
    ["Rated false or mostly false", formatShare(summary.falseShare), summary.verdicts ? `${summary.falseOrMostlyFalse} of ${summary.verdicts}` : undefined],
    ["Claims with a figure", String(summary.withFigure)],
    ["Corrections", String(summary.corrections)],
  ];
  return (
    <section aria-labelledby="summary-title" className="report-summary">
      <h2 id="summary-title" className="sr-only">Summary</h2>
      <ul className="cards summary-cards">
        {cards.map(([label, figure, note]) => (
          <li key={label} className="card">
            <span className="count">{figure}</span> <span className="label">{label}</span>
            {note && <span className="muted small note"> ({note})</span>}
          </li>
        ))}
      </ul>
      {summary.byRating.length > 0 && (
        <p className="small">
          <strong>By rating:</strong> {summary.byRating.map((r) => `${r.name} ${r.count}`).join(" · ")}
        </p>
      )}
    </section>
  );
}
