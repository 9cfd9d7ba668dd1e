// Writes prisma/postgres/schema.prisma from prisma/schema.prisma (the SQLite schema is the one edited by hand).
// `--check` exits 1 when the committed PostgreSQL schema differs from what would be generated.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SOURCE = path.join(root, "prisma/schema.prisma");
export const PG_SCHEMA = path.join(root, "prisma/postgres/schema.prisma");

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:pg-schema\`: do not edit (edit prisma/schema.prisma, then re-run).
// The same models on PostgreSQL; the client goes to lib/generated/prisma-postgres and lib/platform/db.ts picks it
// when DATABASE_URL is a postgresql:// address.
`;

/** The PostgreSQL twin of the SQLite schema text. */
export function postgresSchema(sqlite) {
  const replaced = sqlite
    .replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-postgres"');
  if (!replaced.includes('"postgresql"') || !replaced.includes("prisma-postgres")) throw new Error("prisma/schema.prisma no longer has the datasource or generator block this script rewrites.");
  return HEADER + replaced;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = postgresSchema(fs.readFileSync(SOURCE, "utf8"));
  const current = fs.existsSync(PG_SCHEMA) ? fs.readFileSync(PG_SCHEMA, "utf8") : null;
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error("prisma/postgres/schema.prisma is out of step with prisma/schema.prisma: run `npm run db:pg-schema` (then `npm run db:pg-migration` if the models changed).");
      process.exit(1);
    }
    console.log("prisma/postgres/schema.prisma is in step with prisma/schema.prisma.");
  } else {
    fs.mkdirSync(path.dirname(PG_SCHEMA), { recursive: true });
    fs.writeFileSync(PG_SCHEMA, wanted);
    console.log(current === wanted ? "prisma/postgres/schema.prisma was already up to date." : "Wrote prisma/postgres/schema.prisma.");
  }
}
