import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

process.env.DATABASE_URL ??= "file:./data/claims.db";

/**
 * The full-text indexes (prisma/migrations/*_full_text_search) and the tables SQLite keeps for them. Prisma does
 * not model virtual tables; listed here, `db push` and `migrate dev` leave them alone instead of dropping them.
 */
const FULL_TEXT_TABLES = ["claim_fts", "article_fts"].flatMap((t) => [t, ...["data", "idx", "content", "docsize", "config"].map((s) => `${t}_${s}`)]);

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! }),
  schema: "prisma/schema.prisma",
  tables: { external: FULL_TEXT_TABLES },
});
