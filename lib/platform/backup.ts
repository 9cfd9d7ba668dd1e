/**
 * Backups of the database and the uploaded files, and their restore. Used by scripts/backup.ts and
 * scripts/restore.ts; no "server-only" marker, so it runs under tsx and in tests.
 *
 * The database is copied with SQLite's online backup API, which reads a consistent snapshot through a
 * connection of its own: what is still only in the write-ahead log is included, and the app may keep
 * running. Every file written is readable by its owner only (0600; folders 0700).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { uploadsDir } from "@/lib/uploads/storage";

const DB_NAME = "claims.db";
const MANIFEST = "manifest.json";
/** The tables whose row counts a backup records (and the backup commands print), on either engine. */
export const COUNTED_TABLES = ["User", "Article", "Claim", "Evidence", "WebSnapshot", "AuditEvent", "UploadedFile"] as const;

export interface DataPaths {
  databaseFile: string;
  uploadsDir: string;
  dataDir: string;
}

export interface BackupManifest {
  createdAt: string;
  database: { file: string; bytes: number; sha256: string; counts: Record<string, number> };
  uploads: { name: string; bytes: number; sha256: string }[];
}

/** Where the running app keeps its data, from the same variables the app reads. */
export function dataPaths(env: Record<string, string | undefined> = process.env, root = process.cwd()): DataPaths {
  const url = env.DATABASE_URL ?? "file:./data/claims.db";
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a SQLite file: URL, got ${url}`);
  const dataDir = path.resolve(root, env.CLAIMDESK_DATA_DIR || "data");
  return { databaseFile: path.resolve(root, url.slice("file:".length)), uploadsDir: path.resolve(root, uploadsDir({ ...env, CLAIMDESK_DATA_DIR: dataDir })), dataDir };
}

/** The file `npm start` writes with the server's process id while it runs (removed when it stops). */
export const serverPidFile = (dataDir: string) => path.join(dataDir, "server.pid");

/** The pid of a running Claimdesk server on this data folder, or null (a stale pid file is ignored). */
export function runningServerPid(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(serverPidFile(dataDir), "utf8").trim());
  } catch {
    return null;
  }
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

/** 2026-11-30T140200Z: sorts by time and is a valid file name everywhere. */
export const backupStamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "");

export const sha256File = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** `PRAGMA integrity_check` and row counts of a database file, opened read-only. */
function inspectDatabase(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    const counts = Object.fromEntries(COUNTED_TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
    return { ok: problems.length === 1 && problems[0] === "ok", problems, counts };
  } finally {
    db.close();
  }
}

export function uploadFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  // Temporary files of an upload in progress start with a dot and are not part of the data.
  return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith(".")).map((e) => e.name).sort();
}

export function copyPrivate(from: string, to: string) {
  fs.copyFileSync(from, to);
  fs.chmodSync(to, 0o600);
}

/** Backs up the database and the uploads into `<backupsDir>/claimdesk-<stamp>/`; returns the folder and its manifest. */
/** Copies every uploaded file into the backup being written, with its size and hash for the manifest. */
export function copyUploadsInto(partial: string, uploadsDir: string): BackupManifest["uploads"] {
  return uploadFiles(uploadsDir).map((name) => {
    const to = path.join(partial, "uploads", name);
    copyPrivate(path.join(uploadsDir, name), to);
    return { name, bytes: fs.statSync(to).size, sha256: sha256File(to) };
  });
}

/** Writes the manifest and moves the finished backup from its `.partial` folder to its name; returns that name. */
export function sealBackup(partial: string, folder: string, manifest: BackupManifest): string {
  fs.writeFileSync(path.join(partial, MANIFEST), JSON.stringify(manifest, null, 2) + "\n", { mode: 0o600 });
  fs.renameSync(partial, folder);
  return folder;
}

export async function createBackup(paths: DataPaths, backupsDir: string, now = new Date()) {
  fs.mkdirSync(backupsDir, { recursive: true, mode: 0o700 });
  const folder = path.join(backupsDir, `claimdesk-${backupStamp(now)}`);
  if (fs.existsSync(folder)) throw new Error(`${folder} exists already.`);
  const partial = `${folder}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(path.join(partial, "uploads"), { recursive: true, mode: 0o700 });
  try {
    const copy = path.join(partial, DB_NAME);
    const source = new Database(paths.databaseFile, { fileMustExist: true });
    try {
      await source.backup(copy);
    } finally {
      source.close();
    }
    fs.chmodSync(copy, 0o600);
    const inspected = inspectDatabase(copy);
    if (!inspected.ok) throw new Error(`The copy failed its integrity check: ${inspected.problems.join("; ")}`);
    const manifest: BackupManifest = {
      createdAt: now.toISOString(),
      database: { file: DB_NAME, bytes: fs.statSync(copy).size, sha256: sha256File(copy), counts: inspected.counts },
      uploads: copyUploadsInto(partial, paths.uploadsDir),
    };
    return { folder: sealBackup(partial, folder, manifest), manifest };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Checks a backup folder before anything is restored from it: manifest, hashes, integrity. Throws on any problem. */
export function verifyBackup(folder: string): BackupManifest {
  const manifestFile = path.join(folder, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new Error(`${folder} is not a Claimdesk backup (no ${MANIFEST}).`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as BackupManifest & { engine?: string };
  if (manifest.engine === "postgresql") throw new Error("This is a backup of a PostgreSQL desk: restore it with a postgresql:// DATABASE_URL, or move it with npm run db:copy.");
  const dbFile = path.join(folder, DB_NAME);
  if (!fs.existsSync(dbFile) || sha256File(dbFile) !== manifest.database.sha256) throw new Error("The backup's database does not match its manifest.");
  const inspected = inspectDatabase(dbFile);
  if (!inspected.ok) throw new Error(`The backup's database failed its integrity check: ${inspected.problems.join("; ")}`);
  for (const upload of manifest.uploads) {
    if (upload.name !== path.basename(upload.name) || upload.name.startsWith(".")) throw new Error(`Unexpected file name in the manifest: ${upload.name}`);
    const file = path.join(folder, "uploads", upload.name);
    if (!fs.existsSync(file) || sha256File(file) !== upload.sha256) throw new Error(`The uploaded file ${upload.name} does not match the manifest.`);
  }
  return manifest;
}

/**
 * Restores a backup over the data in `paths`. Refuses while a server runs on that data. The backup is
 * verified first; the database and the uploads folder are each written under a temporary name beside
 * their target and renamed into place, and what they replace is kept as `*.before-restore-<stamp>`.
 */
export function restoreBackup(folder: string, paths: DataPaths, now = new Date()) {
  const pid = runningServerPid(paths.dataDir);
  if (pid !== null) throw new Error(`Claimdesk is running (pid ${pid}, ${serverPidFile(paths.dataDir)}). Stop it, then restore.`);
  const manifest = verifyBackup(folder);
  const stamp = backupStamp(now);
  const random = crypto.randomBytes(4).toString("hex");

  fs.mkdirSync(path.dirname(paths.databaseFile), { recursive: true, mode: 0o700 });
  const tempDb = `${paths.databaseFile}.restore-${random}`;
  copyPrivate(path.join(folder, DB_NAME), tempDb);
  const tempUploads = `${paths.uploadsDir}.restore-${random}`;
  fs.mkdirSync(tempUploads, { recursive: true, mode: 0o700 });
  for (const upload of manifest.uploads) copyPrivate(path.join(folder, "uploads", upload.name), path.join(tempUploads, upload.name));

  // The old database's write-ahead log belongs to it: it moves aside with it, or SQLite would apply it to the restored file.
  const aside = `before-restore-${stamp}`;
  for (const suffix of ["-wal", "-shm"]) {
    const file = paths.databaseFile + suffix;
    if (fs.existsSync(file)) fs.renameSync(file, `${paths.databaseFile}.${aside}${suffix}`);
  }
  if (fs.existsSync(paths.databaseFile)) fs.linkSync(paths.databaseFile, `${paths.databaseFile}.${aside}`);
  fs.renameSync(tempDb, paths.databaseFile);
  if (fs.existsSync(paths.uploadsDir)) fs.renameSync(paths.uploadsDir, `${paths.uploadsDir}.${aside}`);
  fs.renameSync(tempUploads, paths.uploadsDir);
  return { manifest, keptAs: aside };
}
