/**
 * Exports at scale: each format of GET /api/v1/reports/verified timed from the server (first byte and
 * whole download), against the raw driver (better-sqlite3, or pg reading a cursor) writing the same file
 * (scripts/bench/raw-export.ts). The ratio says what the app's data layer and HTTP stack add to the raw work.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { RawDb } from "./raw-db";
import { writeRawExport, type ExportFormat } from "./raw-export";

export interface ExportTiming {
  firstByte: number;
  total: number;
  bytes: number;
  status: number;
}

/** The JSON export's first bytes say when it was made; two exports of the same claims differ only there. */
const GENERATED_AT = /^\{"generatedAt":"[^"]*"/;
const HEAD_BYTES = 64;

/** A SHA-256 of a body or file, read in chunks, with the JSON export's moment of making left out. */
function contentHash() {
  const hash = crypto.createHash("sha256");
  let head: Buffer | null = Buffer.alloc(0);
  const flushHead = () => {
    if (head) hash.update(head.toString("latin1").replace(GENERATED_AT, "{"), "latin1");
    head = null;
  };
  return {
    update(chunk: Uint8Array) {
      if (!head) return void hash.update(chunk);
      head = Buffer.concat([head, chunk]);
      if (head.length >= HEAD_BYTES) flushHead();
    },
    digest() {
      flushHead();
      return hash.digest("hex");
    },
  };
}

export function fileSha256(file: string): string {
  const hash = contentHash();
  const fd = fs.openSync(file, "r");
  const buffer = Buffer.alloc(1 << 20);
  for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  fs.closeSync(fd);
  return hash.digest();
}

/**
 * Downloads `url` as a browser does (accepting gzip, which fetch decompresses), timing the first chunk and the
 * whole body; `sha256` is of the body as the file it is saved to.
 */
export async function timeDownload(url: string, cookie: string): Promise<ExportTiming & { sha256: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const reader = response.body!.getReader();
  const hash = contentHash();
  let firstByte = NaN;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (Number.isNaN(firstByte)) firstByte = performance.now() - started;
    bytes += value.byteLength;
    hash.update(value);
  }
  return { firstByte, total: performance.now() - started, bytes, status: response.status, sha256: hash.digest() };
}

/**
 * The raw driver writing the export of every published claim to a file (scripts/bench/raw-export.ts: one
 * statement, the server's own formatting), timed like a download: the first write and the whole file.
 */
export async function rawExport(db: RawDb, format: ExportFormat, baseUrl: string): Promise<ExportTiming & { rows: number; file: string }> {
  const file = path.join(os.tmpdir(), `claimdesk-raw-export-${process.pid}.${format}`);
  const started = performance.now();
  const { bytes, rows, firstWrite } = await writeRawExport(db, format, file, { baseUrl });
  return { firstByte: firstWrite - started, total: performance.now() - started, bytes, status: 200, rows, file };
}
