// The Prisma CLI's configuration for PostgreSQL (prisma/postgres/): `prisma <command> --config prisma.postgres.config.ts`.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

if (!process.env.DATABASE_URL?.startsWith("postgres")) throw new Error("prisma.postgres.config.ts needs DATABASE_URL=postgresql://…");

/**
 * Prisma 6.19's migrate commands fail on PostgreSQL with "Column type 'name' could not be deserialized"
 * (prisma/orm#27403): the catalog queries return `name` (19) and `char` (18) columns the adapter does not map.
 * Reporting them as `text` (25), for the CLI only, lets `migrate deploy`, `migrate diff --from-url` and `db push` run.
 */
const TEXT_LIKE = new Set([18, 19]);
type Fields = { dataTypeID: number }[] | undefined;
const patched = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; claimdeskPatched?: boolean };
if (!patched.claimdeskPatched) {
  const original = patched.query;
  const fix = (result: { fields?: Fields } | undefined) => {
    for (const field of result?.fields ?? []) if (TEXT_LIKE.has(field.dataTypeID)) field.dataTypeID = 25;
    return result;
  };
  patched.query = function (this: unknown, ...args: unknown[]) {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: { fields?: Fields }) => (last as (e: unknown, r: unknown) => void)(error, fix(result));
      return original.apply(this, args);
    }
    const answer = original.apply(this, args) as Promise<{ fields?: Fields }> | undefined;
    return answer && typeof answer.then === "function" ? answer.then(fix) : answer;
  };
  patched.claimdeskPatched = true;
}

/**
 * The adapter's executeScript splits a migration at every ";" (also inside comments and strings) and runs the
 * pieces one by one; PostgreSQL runs a whole script of statements in one simple query, which is what migrations need.
 */
class WholeScriptPg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    const inner = adapter as unknown as { client: pg.Pool | pg.PoolClient; onError(error: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await inner.client.query(script);
      } catch (error) {
        inner.onError(error);
      }
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // An idle pooled connection would keep the CLI alive for pg's default 10 s after its work is done.
  adapter: async () => new WholeScriptPg({ connectionString: process.env.DATABASE_URL!, idleTimeoutMillis: 50 }),
  schema: "prisma/postgres/schema.prisma",
});
