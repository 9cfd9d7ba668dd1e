/**
 * Exports at scale: each format of GET /api/v1/reports/verified timed from the server (first byte and
 * whole download), against the raw driver (better-sqlite3, or pg reading a cursor) writing the same rows (the
 * report's columns, its evidence and corrections) to a file itself, as CSV or JSON lines. The ratio says what
 * the app adds to the raw work.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { RawDb } from "./raw-db";
import { reportRows } from "./raw-work";

export interface ExportTiming {
  firstByte: number;
  total: number;
  bytes: number;
  status: number;
}

/** Downloads `url`, timing the first chunk and the whole body. */
export async function timeDownload(url: string, cookie: string): Promise<ExportTiming> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const reader = response.body!.getReader();
  let firstByte = NaN;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (Number.isNaN(firstByte)) firstByte = performance.now() - started;
    bytes += value.byteLength;
  }
  return { firstByte, total: performance.now() - started, bytes, status: response.status };
}

const csvCell = (value: unknown) => {
  if (value === null || value === undefined) return "";
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The raw driver writing the report of every published claim to a file, as CSV or JSON; the rows it wrote. */
export async function rawExport(db: RawDb, format: "csv" | "json"): Promise<ExportTiming & { rows: number }> {
  const file = path.join(os.tmpdir(), `claimdesk-raw-export-${process.pid}.${format}`);
  const started = performance.now();
  const fd = fs.openSync(file, "w");
  let firstByte = NaN;
  let bytes = 0;
  let rows = 0;
  let buffer: string[] = [];
  const flush = () => {
    const chunk = buffer.join("");
    buffer = [];
    bytes += fs.writeSync(fd, chunk);
    if (Number.isNaN(firstByte)) firstByte = performance.now() - started;
  };
  buffer.push(format === "csv" ? "claim_id,statement,…\n" : '{"claims":[');
  await db.batches(reportRows.forms[db.engine], 500, (batch) => {
    for (const row of batch) {
      buffer.push(format === "csv" ? `${Object.values(row).map(csvCell).join(",")}\n` : `${rows ? "," : ""}${JSON.stringify(row)}`);
      rows++;
    }
    flush();
  });
  buffer.push(format === "csv" ? "" : "]}");
  flush();
  fs.closeSync(fd);
  const total = performance.now() - started;
  fs.rmSync(file, { force: true });
  return { firstByte, total, bytes, status: 200, rows };
}
