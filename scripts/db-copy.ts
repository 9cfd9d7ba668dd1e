/**
 * `npm run db:copy -- <from-url> <to-url> [--files <uploads folder>] [--batch <rows>]`: copies a whole desk
 * between two databases (SQLite or PostgreSQL, either way) and prints each table's row count.
 */
import { copyDesk } from "../lib/platform/desk-copy";
import { engineOf } from "../lib/platform/sql-connection";

const USAGE = `usage: npm run db:copy -- <from-url> <to-url> [--files <uploads folder>] [--batch <rows>]
  e.g. npm run db:copy -- file:./data/claims.db postgresql://claimdesk:secret@db.internal:5432/claimdesk --files data/uploads`;

function parse(argv: string[]) {
  const positional: string[] = [];
  const options: { filesFrom?: string; batchSize?: number } = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--files") options.filesFrom = argv[++i];
    else if (argv[i] === "--batch") options.batchSize = Number(argv[++i]);
    else positional.push(argv[i]);
  }
  if (positional.length !== 2 || options.filesFrom === "" || (options.batchSize !== undefined && !(options.batchSize >= 1))) return null;
  return { from: positional[0], to: positional[1], options };
}

async function main() {
  const args = parse(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    process.exit(2);
  }
  engineOf(args.from);
  engineOf(args.to);
  const started = Date.now();
  console.log(`Copying the desk from ${redact(args.from)} to ${redact(args.to)}…`);
  const report = await copyDesk(args.from, args.to, { ...args.options, log: (line) => console.log(`  ${line}`) });
  const total = report.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Copied ${total} rows in ${report.tables.length} tables in ${((Date.now() - started) / 1000).toFixed(1)} s; every table's count matches the source.`);
}

/** The URL without its password, for printing. */
function redact(url: string) {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

main().catch((error) => {
  console.error(`Nothing was copied: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
