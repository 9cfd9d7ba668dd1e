/**
 * `npm run extract`: starts the extractor's command line (scripts/extract.ts) as one bundled CommonJS module.
 *
 * The TypeScript entry and everything it imports are bundled by esbuild into
 * `node_modules/.cache/claimdesk/extract-cli.<checkout>.cjs`, once, and again only when a file it was built from has changed
 * (the build's list of inputs is kept beside it with each file's size and modification time). Loading one file
 * instead of transforming some forty modules through a loader saves about 0.3 s a run, most of the time a short
 * article takes.
 *
 * V8 normally runs a regular expression through its interpreter first and compiles it to machine code once it is
 * used again. The extractor runs a few hundred expressions over every sentence, so in a process that handles one
 * article each would be compiled twice; `--no-regexp-tier-up` compiles each once, straight to machine code.
 *
 * V8 also hands a function to its optimising compiler once the function has used up an "interrupt budget" of
 * bytecode executed. The default budget suits long-lived servers; in one run over one article many functions cross it
 * without ever paying back their compile time, which on one core is spent on the same thread as the extraction. A
 * budget about seven times the default (500,000) optimises only the functions that stay hot. Measured on one core
 * (`node --single-threaded`), CPU time of the whole command: 1 MB 1.47 s → 1.2 s, 2 MB 2.2 s → 2.05 s, 4 MB about
 * the same (3.4–3.5 s); `npm run bench:extract` prints the figures.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { writeOutPropertyClasses } from "./regex-properties.mjs";

const root = path.join(import.meta.dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "claimdesk");
/**
 * The files are named by the checkout they were built from: worktrees of the repository may share one node_modules,
 * and each must run its own extractor (with one bundle for all, two checkouts rebuild it in turn, and a run may load
 * the bundle another checkout has just written).
 */
const checkout = createHash("sha1").update(root).digest("hex").slice(0, 8);
const bundle = path.join(cacheDir, `extract-cli.${checkout}.cjs`);
const inputsFile = path.join(cacheDir, `extract-cli.${checkout}.inputs.json`);
/** V8's code cache of a bundle, named by a hash of the bundle's text: V8 itself only checks the text's length. */
const codeCacheFile = (source) => path.join(cacheDir, `extract-cli.${checkout}.${createHash("sha1").update(source).digest("hex").slice(0, 16)}.code-cache`);

/** The files that make the bundle besides its sources: a change to how it is built builds it again. */
const BUILD_SCRIPTS = ["scripts/extract.mjs", "scripts/regex-properties.mjs"];

/** Each input's size and modification time, as recorded after a build. */
function stamp(file) {
  const s = statSync(path.join(root, file));
  return [file, s.size, s.mtimeMs];
}

/** True when the bundle exists and none of the files it was built from (sources and build scripts) has changed, been added to it or gone. */
function fresh() {
  try {
    statSync(bundle);
    const recorded = JSON.parse(readFileSync(inputsFile, "utf8"));
    if (!BUILD_SCRIPTS.every((file) => recorded.some(([f]) => f === file))) return false;
    return recorded.every(([file, size, mtime]) => {
      const [, s, m] = stamp(file);
      return s === size && m === mtime;
    });
  } catch {
    return false;
  }
}

async function rebuild() {
  const { build } = await import("esbuild");
  mkdirSync(cacheDir, { recursive: true });
  // Written under a name of this process's own and renamed into place, so two runs building at once cannot
  // leave a half-written bundle for a third to load.
  const temp = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [path.join(root, "scripts", "extract.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    outfile: temp,
    metafile: true,
    logLevel: "error",
    absWorkingDir: root,
  });
  writeFileSync(temp, writeOutPropertyClasses(readFileSync(temp, "utf8")));
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify([...Object.keys(result.metafile.inputs), ...BUILD_SCRIPTS].map(stamp)));
  renameSync(temp, bundle);
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  const current = codeCacheFile(readFileSync(bundle, "utf8"));
  for (const f of readdirSync(cacheDir)) if (f.startsWith(`extract-cli.${checkout}.`) && f.endsWith(".code-cache") && path.join(cacheDir, f) !== current) rmSync(path.join(cacheDir, f), { force: true });
}

/** Writes `data` to `file` under a name of this process's own, then renames it into place. */
function writeAtomically(file, data) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

/**
 * Runs the bundle as a CommonJS module through `vm.Script` with V8's code cache: the bytecode of every function the
 * last run compiled, kept beside the bundle. With it V8 skips parsing and compiling the extractor (about 0.1 s);
 * without it, or when V8 rejects it (another Node version or other flags), the run compiles as usual and leaves a
 * new cache for the next one.
 */
function runBundle() {
  const source = readFileSync(bundle, "utf8");
  const cacheFile = codeCacheFile(source);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const cjs = { exports: {} };
  // The CLI ends the process with process.exit on bad input; the cache is written only after a run that returns.
  script.runInThisContext()(cjs.exports, createRequire(bundle), cjs, bundle, cacheDir);
  if (cachedData === undefined || script.cachedDataRejected) {
    try {
      writeAtomically(cacheFile, script.createCachedData());
    } catch {
      // A read-only cache folder only costs the next run its compile time.
    }
  }
}

v8.setFlagsFromString("--no-regexp-tier-up");
v8.setFlagsFromString("--interrupt-budget=500000");
if (!fresh()) await rebuild();
runBundle();
