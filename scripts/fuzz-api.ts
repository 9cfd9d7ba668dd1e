/**
 * `npm run test:fuzz`: property-based requests against every operation of the OpenAPI document, on a
 * production server with a throwaway database, as an admin's write token, with no token (or a broken
 * one), and with the admin's browser session where only a session may call. For every answer:
 * no 5xx; the status is documented for the operation; a JSON body matches the documented schema (the
 * answer's, or the error shape); and a refused write leaves the database as it was.
 * Bounded: FUZZ_RUNS cases per operation and caller (25), fixed FUZZ_SEED.
 */
import crypto from "node:crypto";
import Database from "better-sqlite3";
import fc from "fast-check";
import { mismatch, type Components } from "./fuzz/json-schema";
import { requests, type FuzzRequest, type Operation } from "./fuzz/requests";
import { startFuzzServer } from "./fuzz/server";

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20240611);

// Tables that change on any request (sessions refresh, throttles count) are not part of "what a write changed".
const VOLATILE_TABLES = new Set(["Session", "Verification", "SignInThrottle", "RateLimit", "_prisma_migrations"]);
const VOLATILE_COLUMNS = new Set(["lastUsedAt"]);

function fingerprinter(databaseFile: string) {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[])
    .map((t) => t.name)
    .filter((name) => !VOLATILE_TABLES.has(name));
  const statements = tables.map((table) => {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name).filter((c) => !VOLATILE_COLUMNS.has(c));
    return [table, db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}"`).raw()] as const;
  });
  return {
    /** Per table: row count and a hash of every row. */
    take(): Record<string, string> {
      return Object.fromEntries(
        statements.map(([table, statement]) => {
          const rows = statement.all();
          const hash = crypto.createHash("sha256").update(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : Buffer.isBuffer(v) ? v.toString("hex") : v))).digest("hex").slice(0, 16);
          return [table, `${rows.length}:${hash}`];
        }),
      );
    },
    /**
     * Waits (up to 20 s) until no background job is queued or running: an accepted write may have queued
     * one (attaching a web source archives it), and its writes must not be counted against a later refusal.
     */
    async settled() {
      const busy = db.prepare(`SELECT COUNT(*) AS n FROM "Job" WHERE "status" IN ('queued', 'running')`);
      for (const deadline = Date.now() + 20_000; (busy.get() as { n: number }).n > 0 && Date.now() < deadline; )
        await new Promise((resolve) => setTimeout(resolve, 50));
    },
    close: () => db.close(),
  };
}

async function main() {
  const started = Date.now();
  console.log("Starting Claimdesk on a throwaway database (it builds first when the build is not current)…");
  const server = await startFuzzServer();
  const failures: string[] = [];
  const statuses: Record<string, Record<string, number>> = {};
  try {
    const origin = server.url;
    const signIn = await fetch(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: origin },
      body: JSON.stringify({ email: "admin@claimdesk.test", password: server.password }),
    });
    if (!signIn.ok) throw new Error(`Signing in as the admin failed: ${signIn.status} ${await signIn.text()}`);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const session = { Cookie: cookie, Origin: origin };
    const newToken = async (name: string) => {
      const response = await fetch(`${origin}/api/v1/tokens`, { method: "POST", headers: { ...session, "Content-Type": "application/json" }, body: JSON.stringify({ name, scope: "write" }) });
      if (response.status !== 201) throw new Error(`Creating a token failed: ${response.status} ${await response.text()}`);
      return (await response.json()).token as { id: number; token: string };
    };
    const token = await newToken("Fuzzing");
    // Tokens the fuzzed DELETE /tokens/{id} may revoke; never the one the run uses.
    const spareTokens = [await newToken("Spare 1"), await newToken("Spare 2")];
    const bearer = { Authorization: `Bearer ${token.token}` };

    const doc = await (await fetch(`${origin}/api/v1/openapi.json`, { headers: bearer })).json();
    const components: Components = doc.components.schemas;
    const list = async (url: string, key: string) => ((await (await fetch(`${origin}${url}`, { headers: bearer })).json())[key] as { id: number }[]).map((r) => r.id);
    const claimIds = (await list("/api/v1/claims?limit=20", "claims")).slice(0, 8);
    const evidenceIds = (await Promise.all(claimIds.map((id) => list(`/api/v1/claims/${id}/evidence`, "evidence")))).flat().slice(0, 8);
    const pools: Record<string, number[]> = {
      "/api/v1/claims/{id}": claimIds,
      "/api/v1/claims/{id}/workflow": claimIds,
      "/api/v1/claims/{id}/evidence": claimIds,
      "/api/v1/claims/{id}/external-fact-checks": claimIds,
      "/api/v1/evidence/{id}/file": evidenceIds,
      "/api/v1/articles/{id}": (await list("/api/v1/articles", "articles")).slice(0, 8),
      "/api/v1/speakers/{id}": (await list("/api/v1/speakers", "speakers")).slice(0, 8),
      "/api/v1/tokens/{id}": spareTokens.map((t) => t.id),
      articleId: (await list("/api/v1/articles", "articles")).slice(0, 5),
      speakerId: (await list("/api/v1/speakers", "speakers")).slice(0, 5),
      ratingId: await list("/api/v1/ratings", "ratings"),
      version: [1, 2, 3],
    };
    const ids = (name: string) => pools[name] ?? [];

    const fingerprint = fingerprinter(server.databaseFile);
    const operations: Operation[] = Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(([p, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method,
        path: p,
        sessionOnly: JSON.stringify(op.security ?? "").includes("sessionCookie") && !JSON.stringify(op.security ?? "").includes("bearer"),
        parameters: (op.parameters as Operation["parameters"]) ?? [],
        body: (op.requestBody as { content: Record<string, { schema: unknown }> } | undefined)
          ? Object.fromEntries(Object.entries((op.requestBody as { content: Record<string, { schema: never }> }).content).map(([type, c]) => [type, c.schema]))
          : undefined,
        responses: op.responses as Operation["responses"],
      })),
    );

    const check = async (operation: Operation, request: FuzzRequest, caller: string) => {
      const write = request.method !== "GET";
      if (write) await fingerprint.settled();
      const before = write ? fingerprint.take() : null;
      const response = await fetch(`${origin}${request.url}`, { method: request.method, headers: request.headers, body: request.body, redirect: "manual" });
      const bodyText = Buffer.from(await response.arrayBuffer());
      const key = `${request.method} ${operation.path} as ${caller}`;
      (statuses[key] ??= {})[response.status] = (statuses[key][response.status] ?? 0) + 1;
      const fail = (why: string) => {
        throw new Error(`${why}\n    ${caller}: ${request.label}\n    answer ${response.status}: ${bodyText.toString("utf8").slice(0, 400)}`);
      };
      if (response.status >= 500) fail("A 5xx answer");
      const documented = operation.responses[String(response.status)];
      if (!documented) fail(`Status ${response.status} is not documented for ${request.method} ${operation.path} (documented: ${Object.keys(operation.responses).join(", ")})`);
      const type = (response.headers.get("content-type") ?? "").split(";")[0].trim();
      const content = documented.content ?? {};
      if (!(type in content)) fail(`Content-Type ${type || "(none)"} is not documented for ${response.status} (documented: ${Object.keys(content).join(", ")})`);
      if (type.endsWith("json")) {
        let json: unknown;
        try {
          json = JSON.parse(bodyText.toString("utf8"));
        } catch {
          fail("The body is not JSON");
        }
        const problem = mismatch(content[type].schema, json, components);
        if (problem) fail(`The body does not match the documented schema: ${problem}`);
      }
      if (write && response.status >= 400) {
        const after = fingerprint.take();
        const changed = Object.keys(after).filter((table) => after[table] !== before![table]);
        if (changed.length) fail(`A refused write changed ${changed.join(", ")}`);
      }
    };

    for (const operation of operations) {
      const callers: [string, Record<string, string>][] = [
        ["admin token", bearer],
        ["no token", {}],
      ];
      if (operation.sessionOnly) callers.push(["admin session", session]);
      for (const [caller, auth] of callers) {
        const arbitrary =
          caller === "no token"
            ? fc.constantFrom<Record<string, string>>({}, { Authorization: "Bearer nope" }, { Authorization: `Bearer cd_${"A".repeat(43)}` }, { Authorization: "Basic YTpi" }).chain((h) => requests(operation, components, ids, h))
            : requests(operation, components, ids, auth);
        const result = await fc.check(fc.asyncProperty(arbitrary, (request) => check(operation, request, caller)), { seed: SEED, numRuns: RUNS, endOnFailure: true });
        if (result.failed) failures.push(`${operation.method.toUpperCase()} ${operation.path} as ${caller} (seed ${SEED}):\n  ${String((result.errorInstance as Error)?.message ?? result.errorInstance)}`);
      }
    }
    fingerprint.close();

    const total = Object.values(statuses).reduce((n, s) => n + Object.values(s).reduce((a, b) => a + b, 0), 0);
    for (const [key, counts] of Object.entries(statuses)) console.log(`${key.padEnd(64)} ${Object.entries(counts).map(([s, n]) => `${s}×${n}`).join(" ")}`);
    console.log(`\n${operations.length} operations, ${total} requests, seed ${SEED}, ${RUNS} runs per operation and caller, ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    if (failures.length) {
      console.error(`\n${failures.length} failing operation(s):\n\n${failures.join("\n\n")}`);
      process.exitCode = 1;
    } else console.log("No 5xx, every status and body as documented, and no refused write changed anything.");
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
