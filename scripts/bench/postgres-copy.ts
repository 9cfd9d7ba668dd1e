/** The benchmark tests' PostgreSQL side: a migrated throwaway database holding a copy of a SQLite desk, opened with the raw driver. */
import { copyDesk } from "../../lib/platform/desk-copy";
import { migratedPostgresDesk } from "../../lib/platform/test-desks";
import { openRawDb, type RawDb } from "./raw-db";

type Cleanup = () => Promise<void> | void;

/** Copies the desk at `sqliteUrl` into a new PostgreSQL database; dropping it and closing the driver join `cleanups`. */
export async function rawPostgresCopyOf(sqliteUrl: string, cleanups: Cleanup[]): Promise<RawDb> {
  const target = await migratedPostgresDesk();
  cleanups.push(() => target.drop());
  await copyDesk(sqliteUrl, target.url, { batchSize: 500 });
  const postgres = await openRawDb(target.url);
  cleanups.push(() => postgres.close());
  return postgres;
}
