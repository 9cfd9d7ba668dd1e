/**
 * `npm run extract`: starts the extractor's command line (scripts/extract.ts) as one bundled ES module.
 *
 * The TypeScript entry and everything it imports are bundled by esbuild into
 * `node_modules/.cache/claimdesk/extract-cli.mjs`, once, and again only when a file it was built from has changed
 * (the build's list of inputs is kept beside it with each file's size and modification time). Loading one file
 * instead of transforming some forty modules through a loader saves about 0.3 s a run, most of the time a short
 * article takes.
 *
 * V8 normally runs a regular expression through its interpreter first and compiles it to machine code once it is
 * used again. The extractor runs a few hundred expressions over every sentence, so in a process that handles one
 * article each would be compiled twice; `--no-regexp-tier-up` compiles each once, straight to machine code.
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";

const root = path.join(import.meta.dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "claimdesk");
const bundle = path.join(cacheDir, "extract-cli.mjs");
const inputsFile = path.join(cacheDir, "extract-cli.inputs.json");

/** Each input's size and modification time, as recorded after a build. */
function stamp(file) {
  const s = statSync(path.join(root, file));
  return [file, s.size, s.mtimeMs];
}

/** True when the bundle exists and none of the files it was built from has changed, been added to it or gone. */
function fresh() {
  try {
    statSync(bundle);
    const recorded = JSON.parse(readFileSync(inputsFile, "utf8"));
    return recorded.every(([file, size, mtime]) => {
      const [, s, m] = stamp(file);
      return s === size && m === mtime;
    });
  } catch {
    return false;
  }
}

async function rebuild() {
  mkdirSync(cacheDir, { recursive: true });
  // Written under a name of this process's own and renamed into place, so two runs building at once cannot
  // leave a half-written bundle for a third to load.
  const temp = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [path.join(root, "scripts", "extract.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile: temp,
    metafile: true,
    logLevel: "error",
    absWorkingDir: root,
  });
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(Object.keys(result.metafile.inputs).map(stamp)));
  renameSync(temp, bundle);
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
}

v8.setFlagsFromString("--no-regexp-tier-up");
if (!fresh()) await rebuild();
await import(pathToFileURL(bundle).href);
