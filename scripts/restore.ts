/**
 * `npm run restore -- <backup folder>`: replaces the database and the uploads with a backup's. Refuses
 * while Claimdesk runs on the same data (the server.pid file `npm start` keeps in the data folder);
 * checks the backup's hashes and integrity first; what it replaces is kept beside it as *.before-restore-*.
 */
import path from "node:path";
import { dataPaths, restoreBackup } from "@/lib/platform/backup";

const folder = process.argv[2];
if (!folder) {
  console.error("Usage: npm run restore -- <backup folder>   (e.g. backups/claimdesk-2026-11-30T140200Z)");
  process.exit(2);
}

const paths = dataPaths();
try {
  const { manifest, keptAs } = restoreBackup(path.resolve(folder), paths);
  const counts = Object.entries(manifest.database.counts).map(([t, n]) => `${n} ${t}`).join(", ");
  console.log(`Restored the backup of ${manifest.createdAt} (${counts}; ${manifest.uploads.length} uploaded files)`);
  console.log(`into ${paths.databaseFile} and ${paths.uploadsDir}; the previous data is kept as *.${keptAs}.`);
} catch (error) {
  console.error(`Restore refused: ${(error as Error).message}`);
  process.exit(1);
}
