// Runs a command with a throwaway PostgreSQL cluster: `node scripts/with-postgres.mjs <command…>`.
// The command gets TEST_POSTGRES_URL (a role that may create databases, on the cluster's `postgres` database);
// the cluster lives in a temporary folder on a free port and is stopped and removed afterwards. When
// TEST_POSTGRES_URL is already set, the command runs against that server instead.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const command = process.argv.slice(2);
if (!command.length) {
  console.error("usage: node scripts/with-postgres.mjs <command…>");
  process.exit(2);
}

function binDir() {
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
  } catch {
    console.error(
      "PostgreSQL's programs were not found (no pg_config on the PATH). The PostgreSQL tests start a throwaway server and need them:\n" +
        "  sudo apt-get update && sudo apt-get install -y postgresql\n" +
        "or point TEST_POSTGRES_URL at a server where the role may create databases (postgresql://user:password@host:port/postgres).",
    );
    process.exit(1);
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

function run(args, env) {
  return new Promise((resolve) => {
    const child = spawn(args[0], args.slice(1), { stdio: "inherit", env, shell: false });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function withCluster() {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-pg-"));
  const asPostgres = process.getuid?.() === 0;
  // initdb refuses to run as root: the cluster belongs to the postgres user then.
  if (asPostgres) execFileSync("chown", ["postgres", dir]);
  const sh = (line) => execFileSync(asPostgres ? "su" : "sh", asPostgres ? ["postgres", "-s", "/bin/sh", "-c", line] : ["-c", line], { stdio: "pipe" });
  const port = Number(process.env.TEST_POSTGRES_PORT) || (await freePort());
  const data = path.join(dir, "data");
  let started = false;
  const stop = () => {
    if (started) {
      try {
        sh(`${bin}/pg_ctl -D ${data} -m immediate -w stop`);
      } catch {}
      started = false;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => (stop(), process.exit(130)));
  process.on("SIGTERM", () => (stop(), process.exit(143)));
  try {
    sh(`${bin}/initdb -D ${data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null`);
    // Throwaway data: no need to wait for the disk.
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c timezone=UTC`;
    sh(`${bin}/pg_ctl -D ${data} -l ${dir}/log -w -o '${options}' start >/dev/null`);
    started = true;
    sh(`${bin}/psql -h 127.0.0.1 -p ${port} -U postgres -q -c "CREATE ROLE claimdesk LOGIN PASSWORD 'claimdesk' CREATEDB"`);
    const url = `postgresql://claimdesk:claimdesk@127.0.0.1:${port}/postgres`;
    console.log(`Throwaway PostgreSQL on port ${port} (${dir}).`);
    return await run(command, { ...process.env, TEST_POSTGRES_URL: url });
  } finally {
    stop();
  }
}

const code = process.env.TEST_POSTGRES_URL ? await run(command, process.env) : await withCluster();
process.exit(code);
