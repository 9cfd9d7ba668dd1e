/**
 * `npm run restore -- <backup folder>`: replaces the database and the uploads with a backup's. Refuses
 * while Claimdesk runs on the same data (SQLite: the server.pid file `npm start` keeps in the data folder;
 * PostgreSQL: any other connection to the database); checks the backup's hashes and integrity first; what it
 * replaces is kept beside it (*.before-restore-*).
 */
import path from "node:path";
import { dataPaths, restoreBackup } from "@/lib/platform/backup";
import { restorePostgresBackup } from "@/lib/platform/backup-postgres";
import { engineOf } from "@/lib/platform/sql-connection";
import { uploadsDir } from "@/lib/uploads/storage";

const folder = process.argv[2];
if (!folder) {
  console.error("Usage: npm run restore -- <backup folder>   (e.g. backups/claimdesk-2026-11-30T140200Z)");
  process.exit(2);
}
const url = process.env.DATABASE_URL ?? "file:./data/claims.db";

async function main() {
  if (engineOf(url) === "postgres") {
    const uploads = path.resolve(uploadsDir());
    const { manifest, keptDump, keptAs } = await restorePostgresBackup(path.resolve(folder), url, uploads);
    const counts = Object.entries(manifest.database.counts).map(([t, n]) => `${n} ${t}`).join(", ");
    console.log(`Restored the backup of ${manifest.createdAt} (${counts}; ${manifest.uploads.length} uploaded files) with pg_restore.`);
    console.log(`The database as it was is in ${keptDump}${manifest.uploads.length ? `; the uploads folder it replaced is kept as ${uploads}.${keptAs}` : ""}.`);
    return;
  }
  const paths = dataPaths();
  const { manifest, keptAs } = restoreBackup(path.resolve(folder), paths);
  const counts = Object.entries(manifest.database.counts).map(([t, n]) => `${n} ${t}`).join(", ");
  console.log(`Restored the backup of ${manifest.createdAt} (${counts}; ${manifest.uploads.length} uploaded files)`);
  console.log(`into ${paths.databaseFile} and ${paths.uploadsDir}; the previous data is kept as *.${keptAs}.`);
}

main().catch((error) => {
  console.error(`Restore refused: ${(error as Error).message}`);
  process.exit(1);
});
