/**
 * Once per test run: builds one database from the real migrations, which setup-database.ts copies for
 * each data-layer test file (copying is much cheaper than migrating every time).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "./migrate";

declare module "vitest" {
  export interface ProvidedContext {
    migratedDatabase: string;
  }
}

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-data-template-"));
  const file = path.join(dir, "migrated.db");
  migrateDatabase(file);
  project.provide("migratedDatabase", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
