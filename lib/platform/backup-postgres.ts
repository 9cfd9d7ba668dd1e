/**
 * Backups and restores of a PostgreSQL desk with PostgreSQL's own tools: `pg_dump --format=custom` (a
 * consistent snapshot taken while Claimdesk runs) and `pg_restore`, plus the uploads folder when files are
 * kept in one. Used by scripts/backup.ts and scripts/restore.ts when DATABASE_URL is a postgresql:// URL.
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { backupStamp, copyPrivate, copyUploadsInto, COUNTED_TABLES, sealBackup, sha256File, type BackupManifest } from "./backup";
import { openSqlConnection } from "./sql-connection";

const DUMP_NAME = "claims.dump";
const MANIFEST = "manifest.json";

export type PostgresManifest = BackupManifest & { engine: "postgresql" };

type Env = Record<string, string | undefined>;

/** Runs pg_dump or pg_restore from PG_BIN_DIR when set, else from the PATH; a missing program is named with its fix. */
function spawnTool(tool: "pg_dump" | "pg_restore", args: string[], extraEnv: Env = {}, env: Env = process.env) {
  const binary = env.PG_BIN_DIR ? path.join(env.PG_BIN_DIR, tool) : tool;
  const result = spawnSync(binary, args, { env: { ...process.env, ...extraEnv }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT")
    throw new Error(
      `${tool} was not found${env.PG_BIN_DIR ? ` in PG_BIN_DIR (${env.PG_BIN_DIR})` : " on the PATH"}. A PostgreSQL desk is backed up with PostgreSQL's own programs: ` +
        `install them (Debian/Ubuntu: sudo apt-get install -y postgresql-client, of the server's major version or newer), or set PG_BIN_DIR to their folder.`,
    );
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${tool} failed (exit ${result.status}): ${result.stderr.trim()}`);
  return result.stdout;
}

/** The password travels in PGPASSWORD, not on the command line where other users of the machine could read it. */
function runTool(tool: "pg_dump" | "pg_restore", url: string, args: string[]) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return spawnTool(tool, [...args, `--dbname=${parsed.toString()}`], password ? { PGPASSWORD: password } : {});
}

/** pg_restore reads the dump's whole table of contents: a truncated or damaged dump fails here, not at restore time. */
function checkDumpReadable(dump: string) {
  spawnTool("pg_restore", ["--list", dump]);
}

async function countRows(url: string): Promise<Record<string, number>> {
  const sql = await openSqlConnection(url);
  try {
    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES) counts[table] = Number((await sql.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
    return counts;
  } finally {
    await sql.close();
  }
}

/** Dumps the database and copies the uploads folder into `<backupsDir>/claimdesk-<stamp>/`. */
export async function createPostgresBackup(url: string, uploadsDir: string, backupsDir: string, now = new Date()) {
  fs.mkdirSync(backupsDir, { recursive: true, mode: 0o700 });
  const folder = path.join(backupsDir, `claimdesk-${backupStamp(now)}`);
  if (fs.existsSync(folder)) throw new Error(`${folder} exists already.`);
  const partial = `${folder}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(path.join(partial, "uploads"), { recursive: true, mode: 0o700 });
  try {
    const dump = path.join(partial, DUMP_NAME);
    const counts = await countRows(url);
    runTool("pg_dump", url, ["--format=custom", "--no-owner", "--no-privileges", `--file=${dump}`]);
    fs.chmodSync(dump, 0o600);
    checkDumpReadable(dump);
    const manifest: PostgresManifest = {
      engine: "postgresql",
      createdAt: now.toISOString(),
      database: { file: DUMP_NAME, bytes: fs.statSync(dump).size, sha256: sha256File(dump), counts },
      uploads: copyUploadsInto(partial, uploadsDir),
    };
    return { folder: sealBackup(partial, folder, manifest), manifest };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Checks a PostgreSQL backup folder: manifest, hashes, and that pg_restore can read the dump. */
export function verifyPostgresBackup(folder: string): PostgresManifest {
  const manifestFile = path.join(folder, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new Error(`${folder} is not a Claimdesk backup (no ${MANIFEST}).`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as PostgresManifest;
  if (manifest.engine !== "postgresql") throw new Error("This is a backup of a SQLite desk: restore it with a file: DATABASE_URL, or move it with npm run db:copy.");
  const dump = path.join(folder, DUMP_NAME);
  if (!fs.existsSync(dump) || sha256File(dump) !== manifest.database.sha256) throw new Error("The backup's dump does not match its manifest.");
  checkDumpReadable(dump);
  for (const upload of manifest.uploads) {
    if (upload.name !== path.basename(upload.name) || upload.name.startsWith(".")) throw new Error(`Unexpected file name in the manifest: ${upload.name}`);
    const file = path.join(folder, "uploads", upload.name);
    if (!fs.existsSync(file) || sha256File(file) !== upload.sha256) throw new Error(`The uploaded file ${upload.name} does not match the manifest.`);
  }
  return manifest;
}

/**
 * Restores a PostgreSQL backup into the database at `url`, in one transaction (all of it or nothing). Refuses
 * while anything else is connected to that database (stop every app server first). The database as it was
 * is dumped first, beside the backup, as `claimdesk-<stamp>-before-restore.dump`; the uploads folder it
 * replaces is kept as `*.before-restore-<stamp>`.
 */
export async function restorePostgresBackup(folder: string, url: string, uploadsDir: string, now = new Date()) {
  const manifest = verifyPostgresBackup(folder);
  const sql = await openSqlConnection(url);
  try {
    const [{ n }] = await sql.query<{ n: string }>(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    if (Number(n) > 0) throw new Error(`${n} other connection(s) to this database are open: stop every Claimdesk server (and anything else using it), then restore.`);
  } finally {
    await sql.close();
  }
  const stamp = backupStamp(now);
  const aside = `before-restore-${stamp}`;
  const keptDump = path.join(path.dirname(folder), `claimdesk-${stamp}-before-restore.dump`);
  runTool("pg_dump", url, ["--format=custom", "--no-owner", "--no-privileges", `--file=${keptDump}`]);
  fs.chmodSync(keptDump, 0o600);
  runTool("pg_restore", url, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", path.join(folder, DUMP_NAME)]);

  const random = crypto.randomBytes(4).toString("hex");
  const tempUploads = `${uploadsDir}.restore-${random}`;
  if (manifest.uploads.length || fs.existsSync(uploadsDir)) {
    fs.mkdirSync(tempUploads, { recursive: true, mode: 0o700 });
    for (const upload of manifest.uploads) copyPrivate(path.join(folder, "uploads", upload.name), path.join(tempUploads, upload.name));
    if (fs.existsSync(uploadsDir)) fs.renameSync(uploadsDir, `${uploadsDir}.${aside}`);
    fs.renameSync(tempUploads, uploadsDir);
  }
  return { manifest, keptDump, keptAs: aside };
}
