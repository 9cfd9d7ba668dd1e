/**
 * `npm run backup [-- <folder>]`: a consistent copy of the database and of the uploaded files in
 * `<folder>/claimdesk-<UTC time>/` (default folder: backups/, or BACKUP_DIR), safe while Claimdesk runs.
 * SQLite: the online backup API, checked with PRAGMA integrity_check. PostgreSQL: pg_dump's custom format.
 */
import path from "node:path";
import { createBackup, dataPaths } from "@/lib/platform/backup";
import { createPostgresBackup } from "@/lib/platform/backup-postgres";
import { engineOf } from "@/lib/platform/sql-connection";
import { uploadsDir } from "@/lib/uploads/storage";

const backupsDir = path.resolve(process.argv[2] ?? process.env.BACKUP_DIR ?? "backups");
const url = process.env.DATABASE_URL ?? "file:./data/claims.db";

async function main() {
  const started = Date.now();
  const postgres = engineOf(url) === "postgres";
  const source = postgres ? { database: url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@"), uploads: path.resolve(uploadsDir()) } : { database: dataPaths().databaseFile, uploads: dataPaths().uploadsDir };
  const { folder, manifest } = postgres ? await createPostgresBackup(url, source.uploads, backupsDir) : await createBackup(dataPaths(), backupsDir);
  const counts = Object.entries(manifest.database.counts).map(([t, n]) => `${n} ${t}`).join(", ");
  console.log(`Backed up ${source.database} (${manifest.database.bytes} bytes; ${postgres ? "pg_dump custom format, readable by pg_restore" : "integrity ok"}; ${counts})`);
  console.log(`and ${manifest.uploads.length} uploaded files from ${source.uploads}`);
  console.log(`to ${folder} in ${Date.now() - started} ms.`);
}

main().catch((error) => {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
});
