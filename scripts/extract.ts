/**
 * Extracts claims from an article and prints them as one JSON object: {"claims":[...]}.
 *
 *   npm run --silent extract -- <file>     (or "-" to read standard input)
 *
 * Exit status 2, a one-line message on stderr and nothing on stdout when the argument is
 * missing, the file can't be read, or the input is empty, binary (NUL bytes or invalid UTF-8)
 * or larger than 5 MB.
 */
import { readFileSync } from "node:fs";
import { extractClaims } from "../lib/extraction/extract";

const MAX_BYTES = 5 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

function readInput(arg: string): Buffer {
  try {
    return readFileSync(arg === "-" ? 0 : arg);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    fail(`cannot read ${arg === "-" ? "standard input" : arg}: ${err.code ?? err.message}`);
  }
}

function main() {
  const arg = process.argv[2];
  if (!arg) fail("usage: extract <file> (or - for standard input)");
  const bytes = readInput(arg);
  if (bytes.length > MAX_BYTES) fail(`input is ${bytes.length} bytes, over the 5 MB limit`);
  if (bytes.length === 0) fail("input is empty");
  if (bytes.includes(0)) fail("input is binary (contains NUL bytes)");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail("input is not valid UTF-8");
  }
  if (text.trim() === "") fail("input is empty");
  process.stdout.write(JSON.stringify({ claims: extractClaims(text) }) + "\n");
}

main();
