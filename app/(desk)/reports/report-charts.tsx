"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { ReportSummary } from "@/lib/reports/report-summary";

const ACCENT = "#0b5cad";

interface Row { name: string; count: number }

/**
 * One chart with what makes it accessible: a heading, a one-sentence description for screen readers on the
 * drawing, and the same figures as a table (visually hidden on screen, printed under the chart).
 *
 * `chart` draws it at a size: fluid on screen, fixed and small on paper. The paper copy is drawn in advance because a
 * browser lays out the printed page without giving a fluid chart the chance to redraw at the paper's width.
 */
function ChartPanel({ id, title, rows, columns, describe, chart, paper }: {
  id: string;
  title: string;
  rows: Row[];
  columns: [string, string];
  describe: string;
  chart: (size: ChartSize) => React.ReactNode;
  paper: { width: number; height: number };
}) {
  return (
    <section className="panel chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} style={{ marginTop: 0 }}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">Nothing to chart in this selection.</p>
      ) : (
        <>
          <div className="chart-frame screen-only" role="img" aria-label={`${describe}: ${rows.map((r) => `${r.name} ${r.count}`).join(", ")}.`}>
            {chart({ screen: true })}
          </div>
          <div className="chart-frame print-only" aria-hidden="true">
            {chart({ screen: false, ...paper })}
          </div>
          {/* Hidden on screen in a clipping box (a table cannot be narrower than its text); printed under its chart. */}
          <div className="chart-data-box">
            <table className="chart-data">
              <caption>{title}</caption>
              <thead>
                <tr><th scope="col">{columns[0]}</th><th scope="col">{columns[1]}</th></tr>
              </thead>
              <tbody>
                {rows.map((r) => <tr key={r.name}><th scope="row">{r.name}</th><td>{r.count}</td></tr>)}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

type ChartSize = { screen: true } | { screen: false; width: number; height: number };

/** Props that size a chart: fluid (at most 720 px wide, `height` tall) on screen, exactly `size` on paper. */
const sized = (size: ChartSize, height: number) =>
  size.screen ? { responsive: true, style: { width: "100%", maxWidth: 720, height } } : { width: size.width, height: size.height };

// A4 less 15 mm margins is about 680 CSS px wide: the ratings across the page, then speakers and time side by side.
const PAPER_HALF = 330;
const PAPER_FULL = 680;

export function ReportCharts({ summary }: { summary: ReportSummary }) {
  const ratings = summary.byRating;
  const speakers = summary.topSpeakers;
  const periods = summary.overTime.periods.map((p) => ({ name: p.label, short: p.key, count: p.count }));
  const per = summary.overTime.unit === "week" ? "week" : "month";
  return (
    <div className="report-charts">
      <ChartPanel id="chart-ratings" title="Verdicts by rating" rows={ratings} columns={["Rating", "Verdicts"]} describe="Bar chart of published verdicts by rating" paper={{ width: PAPER_FULL, height: 150 }} chart={(size) => (
        <BarChart {...sized(size, 240)} data={ratings} margin={{ top: 20, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: size.screen ? 12 : 10 }} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Bar dataKey="count" name="Verdicts" isAnimationActive={false} stroke="#4b5563">
            {ratings.map((r) => <Cell key={r.name} fill={r.colour} />)}
            <LabelList dataKey="count" position="top" fill="#1b1f24" />
          </Bar>
        </BarChart>
      )} />
      <ChartPanel id="chart-speakers" title="Claims by speaker (top 10)" rows={speakers} columns={["Speaker", "Verdicts"]} describe="Horizontal bar chart of published verdicts per speaker, the ten with most" paper={{ width: PAPER_HALF, height: 40 + 28 * speakers.length }} chart={(size) => (
        <BarChart {...sized(size, 48 + 30 * speakers.length)} layout="vertical" data={speakers} margin={{ top: 4, right: 32, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={size.screen ? 170 : 130} tick={{ fontSize: size.screen ? 12 : 10 }} />
          <Tooltip />
          <Bar dataKey="count" name="Verdicts" fill={ACCENT} isAnimationActive={false}>
            <LabelList dataKey="count" position="right" fill="#1b1f24" />
          </Bar>
        </BarChart>
      )} />
      <ChartPanel id="chart-time" title={`Checked claims over time (per ${per})`} rows={periods} columns={[per === "week" ? "Week" : "Month", "Verdicts published"]} describe={`Bar chart of verdicts published per ${per}`} paper={{ width: PAPER_HALF, height: 170 }} chart={(size) => (
        <BarChart {...sized(size, 240)} data={periods} margin={{ top: 20, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="short" tick={{ fontSize: size.screen ? 12 : 9 }} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip labelFormatter={(_, payload) => payload?.[0]?.payload?.name ?? ""} />
          <Bar dataKey="count" name="Verdicts" fill={ACCENT} isAnimationActive={false}>
            <LabelList dataKey="count" position="top" fill="#1b1f24" />
          </Bar>
        </BarChart>
      )} />
    </div>
  );
}
