/**
 * The scale benchmark's database engine (`--engine sqlite|postgres`). On PostgreSQL the desk generated into
 * SQLite is copied (lib/platform/desk-copy.ts) into a new database on a server, migrated with the PostgreSQL
 * migrations first: the server of `--postgres-url` or TEST_POSTGRES_URL (a role that may create databases,
 * on its `postgres` database), else a throwaway cluster started by scripts/with-postgres.mjs.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { copyDesk } from "../../lib/platform/desk-copy";
import { openSqlConnection } from "../../lib/platform/sql-connection";
import type { DatabaseEngine } from "../../lib/platform/database-engine";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface BenchEngine {
  engine: DatabaseEngine;
  /** PostgreSQL only: the server to create the desk's database on (none yet: run under a throwaway cluster) */
  serverUrl?: string;
}

/** `--engine` (default sqlite) and `--postgres-url` (default TEST_POSTGRES_URL) from the command line. */
export function benchEngine(argv = process.argv): BenchEngine {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at > 0 ? argv[at + 1] : undefined;
  };
  const engine = value("engine") ?? "sqlite";
  if (engine !== "sqlite" && engine !== "postgres") throw new Error(`--engine must be sqlite or postgres, not "${engine}".`);
  if (engine === "sqlite") return { engine };
  const serverUrl = value("postgres-url") ?? process.env.TEST_POSTGRES_URL;
  if (serverUrl !== undefined && !/^postgres(ql)?:\/\//.test(serverUrl)) throw new Error("--postgres-url must be a postgresql:// URL.");
  return { engine, serverUrl };
}

/** Runs this same benchmark again under scripts/with-postgres.mjs (which sets TEST_POSTGRES_URL); its exit code. */
export function rerunWithThrowawayPostgres(): Promise<number> {
  const script = process.argv[1];
  const command = [path.join(ROOT, "node_modules", ".bin", "tsx"), script, ...process.argv.slice(2)];
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "with-postgres.mjs"), ...command], { cwd: ROOT, stdio: "inherit" });
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

function runPrisma(args: string[], databaseUrl: string): Promise<void> {
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "prisma"), args, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma ${args.join(" ")} failed (exit ${code})`)))),
  );
}

export interface PostgresDesk {
  url: string;
  /** seconds spent migrating, copying and analysing */
  seconds: { migrate: number; copy: number; analyze: number };
  drop(): Promise<void>;
}

/**
 * A new database on `serverUrl` holding the desk of the SQLite file `sqliteUrl`: migrated, copied, then ANALYZEd
 * (a fresh copy has no planner statistics until autovacuum comes by; a restored desk would be analysed too).
 */
export async function copyDeskToPostgres(sqliteUrl: string, serverUrl: string): Promise<PostgresDesk> {
  const name = `claimdesk_bench_${crypto.randomBytes(4).toString("hex")}`;
  const admin = await openSqlConnection(serverUrl);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const desk: PostgresDesk = {
    url: url.toString(),
    seconds: { migrate: 0, copy: 0, analyze: 0 },
    async drop() {
      const again = await openSqlConnection(serverUrl);
      await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await again.close();
    },
  };
  try {
    const lap = (() => {
      let at = performance.now();
      return () => {
        const seconds = (performance.now() - at) / 1000;
        at = performance.now();
        return seconds;
      };
    })();
    await runPrisma(["migrate", "deploy", "--config", "prisma.postgres.config.ts"], desk.url);
    desk.seconds.migrate = lap();
    await copyDesk(sqliteUrl, desk.url, { batchSize: 5000 });
    desk.seconds.copy = lap();
    const sql = await openSqlConnection(desk.url);
    await sql.query("ANALYZE");
    await sql.close();
    desk.seconds.analyze = lap();
    return desk;
  } catch (error) {
    await desk.drop();
    throw error;
  }
}
