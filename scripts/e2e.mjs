#!/usr/bin/env node
/**
 * Runs the Playwright suite against a production build on a throwaway database.
 * Extra arguments go to `playwright test` (e.g. `npm run test:e2e -- e2e/claims.spec.ts`).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}.\n` +
      "Install Debian's Chromium with:\n  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "or point CHROMIUM_PATH at a Chromium binary.",
  );
  process.exit(1);
}

const root = path.resolve(import.meta.dirname, "..");
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-e2e-"));
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(workDir, "e2e.db")}`,
  CLAIMDESK_DATA_DIR: workDir,
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  DEMO_PASSWORD: process.env.DEMO_PASSWORD ?? "e2e-demo-password",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_RATE_LIMIT: "off",
};

const result = spawnSync(path.join(root, "node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env,
});
fs.rmSync(workDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
