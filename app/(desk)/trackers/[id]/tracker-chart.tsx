"use client";
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, usePlotArea, useYAxisScale } from "recharts";
import type { TimelineMark } from "@/lib/figures/timeline";

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DIGITS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const figure = (n: number) => DIGITS.format(n);

/**
 * One report drawn as its interval (recharts clones this element for each point, with `cx`, `cy` and the
 * mark as `payload`): a dot for an exact figure, a bar with end ticks for a range or "about", an open arrow
 * upwards for "at least"/"more than", a bar with a cap for "nearly"/"up to". Open ends are hollow.
 */
function IntervalMark({ cx, cy, payload }: { cx?: number; cy?: number; payload?: TimelineMark }) {
  const y = useYAxisScale();
  const area = usePlotArea();
  if (cx == null || cy == null || !payload || !y || !area) return null;
  const m = payload;
  const colour = m.colour;
  const top = area.y + 4;
  const bottom = area.y + area.height;
  const py = (n: number | null, fallback: number) => (n == null ? fallback : (y(n) ?? fallback));
  const dot = (at: number, hollow: boolean) => <circle cx={cx} cy={at} r={5} fill={hollow ? "#fff" : colour} stroke={colour} strokeWidth={2} />;
  const tick = (at: number) => <line x1={cx - 7} x2={cx + 7} y1={at} y2={at} stroke={colour} strokeWidth={2.5} />;
  const line = (from: number, to: number, dashed = false) => <line x1={cx} x2={cx} y1={from} y2={to} stroke={colour} strokeWidth={3} strokeDasharray={dashed ? "4 3" : undefined} />;
  let drawing: React.ReactNode;
  switch (m.shape) {
    case "point":
      drawing = dot(cy, false);
      break;
    case "bar":
      drawing = <>{line(py(m.low, bottom), py(m.high, top))}{tick(py(m.low, bottom))}{tick(py(m.high, top))}{dot(cy, false)}</>;
      break;
    case "arrow_up": {
      const base = py(m.low, cy);
      drawing = (
        <>
          {line(base, top + 2)}
          <polyline points={`${cx - 7},${top + 10} ${cx},${top} ${cx + 7},${top + 10}`} fill="none" stroke={colour} strokeWidth={2.5} />
          {dot(base, m.lowOpen)}
        </>
      );
      break;
    }
    case "capped": {
      const cap = py(m.high, cy);
      drawing = <>{line(py(m.low, bottom), cap, m.low == null)}<line x1={cx - 9} x2={cx + 9} y1={cap} y2={cap} stroke={colour} strokeWidth={4} />{m.highOpen && <circle cx={cx} cy={cap} r={3} fill="#fff" stroke={colour} />}</>;
      break;
    }
  }
  return <g aria-hidden="true">{drawing}</g>;
}

function MarkTooltip({ active, payload }: { active?: boolean; payload?: { payload: TimelineMark & { date: number } }[] }) {
  const m = active ? payload?.[0]?.payload : undefined;
  if (!m) return null;
  return (
    <div className="chart-tooltip">
      <strong>{m.figure}</strong>
      <div>{m.source} · {day(m.date)}</div>
    </div>
  );
}

/** The tracker's timeline: the date each figure refers to across, the figure up; one colour per source. */
export function TrackerChart({ marks, domain, describe }: { marks: TimelineMark[]; domain: [number, number]; describe: string }) {
  const times = marks.map((m) => m.x);
  const span = Math.max(...times) - Math.min(...times);
  const pad = Math.max(12 * 60 * 60 * 1000, span * 0.06);
  // Reports of one day stand side by side around the day's tick, so each stays visible; the tooltip keeps the real date.
  const step = Math.max(60 * 60 * 1000, span / 80);
  const spread = marks.map((m, i) => {
    const sameDay = marks.filter((o) => day(o.x) === day(m.x));
    const k = sameDay.indexOf(m);
    return { ...m, date: m.x, x: m.x + (k - (sameDay.length - 1) / 2) * step, key: i };
  });
  const ticks = [...new Set(times.map((t) => Date.parse(day(t))))];
  const sources = [...new Map(marks.map((m) => [m.source, m.colour])).entries()];
  return (
    <>
      <div className="chart-frame" role="img" aria-label={describe}>
        <ScatterChart responsive style={{ width: "100%", maxWidth: 820, height: 320 }} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="x" name="Date" domain={[Math.min(...times) - pad, Math.max(...times) + pad]} ticks={ticks} tickFormatter={day} tick={{ fontSize: 12 }} scale="time" />
          <YAxis type="number" dataKey="y" name="Figure" domain={domain} tickFormatter={figure} width={72} tick={{ fontSize: 12 }} />
          <Tooltip content={<MarkTooltip />} cursor={false} />
          <Scatter data={spread} shape={<IntervalMark />} isAnimationActive={false} />
        </ScatterChart>
      </div>
      <ul className="chart-legend" aria-label="Sources">
        {sources.map(([source, colour]) => (
          <li key={source}><span className="swatch" style={{ background: colour }} aria-hidden="true" /> {source}</li>
        ))}
      </ul>
      <p className="muted small">A dot is an exact figure; a bar with ticks a range or “about” (±10%); an arrow upwards “at least” or “more than”; a bar with a cap “nearly” (down to 10% below) or “up to”. Hollow ends are not included.</p>
    </>
  );
}
