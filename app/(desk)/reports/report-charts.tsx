"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { ReportSummary } from "@/lib/reports/report-summary";

const ACCENT = "#0b5cad";

interface Row { name: string; count: number }

/**
 * One chart with what makes it accessible: a heading, a one-sentence description for screen readers on the
 * drawing, and the same figures as a table (visually hidden on screen, printed under the chart).
 */
function ChartPanel({ id, title, rows, columns, describe, children }: {
  id: string;
  title: string;
  rows: Row[];
  columns: [string, string];
  describe: string;
  children: React.ReactNode;
}) {
  return (
    <section className="panel chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} style={{ marginTop: 0 }}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">Nothing to chart in this selection.</p>
      ) : (
        <>
          <div className="chart-frame" role="img" aria-label={`${describe}: ${rows.map((r) => `${r.name} ${r.count}`).join(", ")}.`}>
            {children}
          </div>
          <table className="chart-data">
            <caption>{title}</caption>
            <thead>
              <tr><th scope="col">{columns[0]}</th><th scope="col">{columns[1]}</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => <tr key={r.name}><th scope="row">{r.name}</th><td>{r.count}</td></tr>)}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

const chartStyle = (height: number) => ({ width: "100%", maxWidth: 720, height });

export function ReportCharts({ summary }: { summary: ReportSummary }) {
  const ratings = summary.byRating;
  const speakers = summary.topSpeakers;
  const periods = summary.overTime.periods.map((p) => ({ name: p.label, short: p.key, count: p.count }));
  const per = summary.overTime.unit === "week" ? "week" : "month";
  return (
    <div className="report-charts">
      <ChartPanel id="chart-ratings" title="Verdicts by rating" rows={ratings} columns={["Rating", "Verdicts"]} describe="Bar chart of published verdicts by rating">
        <BarChart responsive style={chartStyle(240)} data={ratings} margin={{ top: 20, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Bar dataKey="count" name="Verdicts" isAnimationActive={false} stroke="#4b5563">
            {ratings.map((r) => <Cell key={r.name} fill={r.colour} />)}
            <LabelList dataKey="count" position="top" />
          </Bar>
        </BarChart>
      </ChartPanel>
      <ChartPanel id="chart-speakers" title="Claims by speaker (top 10)" rows={speakers} columns={["Speaker", "Verdicts"]} describe="Horizontal bar chart of published verdicts per speaker, the ten with most">
        <BarChart responsive layout="vertical" style={chartStyle(48 + 30 * speakers.length)} data={speakers} margin={{ top: 4, right: 32, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="count" name="Verdicts" fill={ACCENT} isAnimationActive={false}>
            <LabelList dataKey="count" position="right" />
          </Bar>
        </BarChart>
      </ChartPanel>
      <ChartPanel id="chart-time" title={`Checked claims over time (per ${per})`} rows={periods} columns={[per === "week" ? "Week" : "Month", "Verdicts published"]} describe={`Bar chart of verdicts published per ${per}`}>
        <BarChart responsive style={chartStyle(240)} data={periods} margin={{ top: 20, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="short" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip labelFormatter={(_, payload) => payload?.[0]?.payload?.name ?? ""} />
          <Bar dataKey="count" name="Verdicts" fill={ACCENT} isAnimationActive={false}>
            <LabelList dataKey="count" position="top" />
          </Bar>
        </BarChart>
      </ChartPanel>
    </div>
  );
}
