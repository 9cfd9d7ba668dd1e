/**
 * `npm run backup [-- <folder>]`: a consistent copy of the database (SQLite's online backup API, safe
 * while Claimdesk runs) and of the uploaded files, checked with PRAGMA integrity_check, in
 * `<folder>/claimdesk-<UTC time>/` (default folder: backups/, or BACKUP_DIR).
 */
import path from "node:path";
import { createBackup, dataPaths } from "@/lib/platform/backup";

const paths = dataPaths();
const backupsDir = path.resolve(process.argv[2] ?? process.env.BACKUP_DIR ?? "backups");

async function main() {
  const started = Date.now();
  const { folder, manifest } = await createBackup(paths, backupsDir);
  const counts = Object.entries(manifest.database.counts).map(([t, n]) => `${n} ${t}`).join(", ");
  console.log(`Backed up ${paths.databaseFile} (${manifest.database.bytes} bytes; integrity ok; ${counts})`);
  console.log(`and ${manifest.uploads.length} uploaded files from ${paths.uploadsDir}`);
  console.log(`to ${folder} in ${Date.now() - started} ms.`);
}

main().catch((error) => {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
});
