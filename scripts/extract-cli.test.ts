import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractClaims } from "@/lib/extraction/extract";

const root = path.join(__dirname, "..");
const tmp = mkdtempSync(path.join(tmpdir(), "extract-cli-"));

function run(args: string[], input?: string | Buffer) {
  // The command the README documents, so the package.json script is what is tested.
  const r = spawnSync("npm", ["run", "-s", "extract", "--", ...args], {
    cwd: root,
    input: typeof input === "string" ? Buffer.from(input, "utf8") : input,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
}

function expectRejected(r: ReturnType<typeof run>, message: RegExp) {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

describe("scripts/extract.ts", () => {
  it("prints exactly one JSON object with the claims of a file", () => {
    const r = run(["seed/corpus/baghouz-evacuation.txt"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["claims"]);
    const trucks = out.claims.find((c: { quantity: { unit: string } | null }) => c.quantity?.unit === "truck");
    expect(trucks).toMatchObject({
      quantity: { value: 17, low: 17, high: null, qualifier: "at_least", unit: "truck" },
      speaker: "Associated Press",
      speakerDescription: null,
      attribution: "observation",
    });
    expect(Object.keys(trucks)).toEqual(["sentence", "start", "end", "statement", "quantity", "speaker", "speakerDescription", "attribution"]);
    const bali = out.claims.find((c: { speaker: string | null; quantity: unknown }) => c.speaker === "Mustafa Bali" && c.quantity === null);
    expect(bali.speakerDescription).toBe("spokesman for the Syrian Democratic Forces");
  }, 60_000);

  // The command runs a bundle of the extractor whose Unicode property classes are written out as ranges
  // (scripts/regex-properties.mjs): it must print what the extractor itself gives.
  it("prints for every article of the corpus exactly what the extractor gives in process", () => {
    const corpus = path.join(root, "seed", "corpus");
    const articles = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort();
    expect(articles.length).toBeGreaterThan(5);
    const all = articles.map((f) => readFileSync(path.join(corpus, f), "utf8")).join("\n\n");
    for (const text of [all, readFileSync(path.join(corpus, articles[0]), "utf8")]) {
      const r = run([file("article.txt", text)]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(JSON.stringify({ claims: extractClaims(text) }) + "\n");
    }
  }, 120_000);

  it("reads standard input with '-'", () => {
    const r = run(["-"], "Officials said at least 17 trucks left the town.");
    expect(r.status).toBe(0);
    const { claims } = JSON.parse(r.stdout);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ start: 0, quantity: { value: 17, qualifier: "at_least", unit: "truck" }, attribution: "paraphrase" });
  }, 60_000);

  it("prints an empty list for text without claims", () => {
    const r = run(["-"], "The sky was blue.");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ claims: [] });
  }, 60_000);

  it("rejects a missing argument", () => expectRejected(run([]), /usage/), 60_000);
  it("rejects an unreadable file", () => expectRejected(run([path.join(tmp, "missing.txt")]), /cannot read/), 60_000);
  it("rejects a directory", () => expectRejected(run([tmp]), /cannot read/), 60_000);
  it("rejects empty input", () => {
    expectRejected(run([file("empty.txt", "")]), /empty/);
    expectRejected(run(["-"], "  \n\n "), /empty/);
  }, 60_000);
  it("rejects binary input", () => {
    expectRejected(run([file("nul.txt", Buffer.from([0x41, 0x00, 0x42]))]), /binary/);
    expectRejected(run([file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]))]), /UTF-8/);
  }, 60_000);
  it("rejects input over 5 MB", () => {
    const big = file("big.txt", "At least 17 trucks left. ".repeat(Math.ceil((5 * 1024 * 1024 + 10) / 25)));
    expectRejected(run([big]), /5 MB/);
  }, 60_000);

  // The command keeps V8's code cache of its bundle in node_modules/.cache/claimdesk (scripts/extract.mjs).
  const cacheDir = path.join(root, "node_modules", ".cache", "claimdesk");
  // This checkout's caches only, the newest first: other worktrees sharing node_modules keep their own, named by the
  // hash of their path as scripts/extract.mjs names them.
  const checkout = createHash("sha1").update(root).digest("hex").slice(0, 8);
  const codeCaches = () =>
    readdirSync(cacheDir)
      .filter((f) => f.startsWith(`extract-cli.${checkout}.`) && f.endsWith(".code-cache"))
      .sort((a, b) => statSync(path.join(cacheDir, b)).mtimeMs - statSync(path.join(cacheDir, a)).mtimeMs);

  it("keeps a code cache of the extractor and gives the same claims with it", () => {
    const first = run(["seed/corpus/baghouz-evacuation.txt"]);
    expect(first.status).toBe(0);
    expect(codeCaches().length).toBeGreaterThan(0);
    expect(statSync(path.join(cacheDir, codeCaches()[0])).size).toBeGreaterThan(10_000);
    const second = run(["seed/corpus/baghouz-evacuation.txt"]);
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);

  it("compiles afresh and writes a new cache when the cache file is damaged", () => {
    const expected = run(["seed/corpus/baghouz-evacuation.txt"]).stdout;
    const [cache] = codeCaches();
    writeFileSync(path.join(cacheDir, cache), Buffer.alloc(4096, 7));
    const r = run(["seed/corpus/baghouz-evacuation.txt"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(expected);
    expect(statSync(path.join(cacheDir, cache)).size).toBeGreaterThan(10_000);
  }, 60_000);
});
