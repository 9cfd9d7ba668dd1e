/**
 * The two-server checks (scripts/test-multi-server.ts): each drives servers A and B of one desk at once over
 * HTTP, asserts what must hold whichever server a request reaches, and returns a line of figures.
 */
import assert from "node:assert/strict";
import crypto from "node:crypto";
import type { SqlConnection } from "../../lib/platform/sql-connection";

export interface Pair {
  a: string;
  b: string;
  /** the public address both servers are configured with (sent as Origin by browser-like requests) */
  origin: string;
  password: string;
  sql: SqlConnection;
}

/** How many items fall under each key: "200×1, 409×49". */
function tally<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const tag = () => `multi${crypto.randomBytes(4).toString("hex")}`;

async function signIn(pair: Pair, server: string, email: string, password = pair.password) {
  return fetch(`${server}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: pair.origin },
    body: JSON.stringify({ email, password }),
  });
}

async function sessionCookie(pair: Pair, server: string, email: string): Promise<string> {
  const response = await signIn(pair, server, email);
  assert.equal(response.status, 200, `signing in ${email} on ${server}: ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function writeToken(pair: Pair): Promise<string> {
  const cookie = await sessionCookie(pair, pair.a, "checker@claimdesk.test");
  const response = await fetch(`${pair.a}/api/v1/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: pair.origin, cookie },
    body: JSON.stringify({ name: `two servers ${tag()}`, scope: "write" }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).token.token;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}`, "Content-Type": "application/json" });

async function createClaim(server: string, token: string, statement: string): Promise<{ id: number; version: number }> {
  const response = await fetch(`${server}/api/v1/claims`, { method: "POST", headers: bearer(token), body: JSON.stringify({ statement }) });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).claim;
}

export async function checkSessionsShared(pair: Pair) {
  const cookie = await sessionCookie(pair, pair.a, "viewer@claimdesk.test");
  for (const server of [pair.b, pair.a]) assert.equal((await fetch(`${server}/api/v1/claims?limit=1`, { headers: { cookie } })).status, 200, `the session from A is not accepted by ${server}`);
  const out = await fetch(`${pair.b}/api/auth/sign-out`, { method: "POST", headers: { Origin: pair.origin, cookie, "Content-Type": "application/json" }, body: "{}" });
  assert.equal(out.status, 200, await out.text());
  assert.equal((await fetch(`${pair.a}/api/v1/claims?limit=1`, { headers: { cookie } })).status, 401, "signed out on B, still signed in on A");
  return "signed in on A, read on B, signed out on B, refused on A";
}

export async function checkEditsRace(pair: Pair) {
  const token = await writeToken(pair);
  const claim = await createClaim(pair.a, token, `A claim edited from two servers ${tag()}`);
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      const server = i % 2 ? pair.b : pair.a;
      const response = await fetch(`${server}/api/v1/claims/${claim.id}`, {
        method: "PATCH",
        headers: bearer(token),
        body: JSON.stringify({ statement: `Edit number ${i} of the same version`, version: claim.version }),
      });
      return { i, server, status: response.status, body: await response.json() };
    }),
  );
  const elapsed = performance.now() - started;
  const winners = answers.filter((a) => a.status === 200);
  const refused = answers.filter((a) => a.status === 409);
  const statuses = [...tally(answers, (a) => String(a.status))].map(([status, n]) => `${status}×${n}`).join(", ");
  assert.equal(winners.length, 1, `expected one 200, got ${statuses}`);
  assert.equal(refused.length, 49, `expected 49 409s, got ${statuses}`);
  for (const answer of refused) assert.equal(answer.body.error.code, "conflict");
  const winner = winners[0];
  for (const server of [pair.a, pair.b]) {
    const saved = (await (await fetch(`${server}/api/v1/claims/${claim.id}`, { headers: bearer(token) })).json()).claim;
    assert.equal(saved.version, claim.version + 1);
    assert.equal(saved.statement, `Edit number ${winner.i} of the same version`);
  }
  return `${statuses} in ${elapsed.toFixed(0)} ms; the winner went to server ${winner.server === pair.a ? "A" : "B"}`;
}

export async function checkSignInLimit(pair: Pair) {
  const email = "viewer@claimdesk.test";
  const servers = [pair.a, pair.b];
  for (let i = 0; i < 4; i++) {
    const response = await signIn(pair, servers[i % 2], email, "not-the-password-at-all");
    assert.equal(response.status, 401, `failure ${i + 1} of 4 should be a plain refusal: ${response.status} ${await response.text()}`);
  }
  const waits: string[] = [];
  for (const server of [...servers, pair.a]) {
    const response = await signIn(pair, server, email, server === pair.a ? pair.password : "still-not-the-password");
    assert.equal(response.status, 429, `after 4 failures on two servers ${server} should refuse: ${response.status}`);
    waits.push(response.headers.get("retry-after") ?? "?");
  }
  return `SIGN_IN_ACCOUNT_MAX_FAILURES=4: failures 1-4 answered 401 on A, B, A, B; then 429 on A, B and A (even the right password), Retry-After ${waits.join("/")} s`;
}

export async function checkLibraryLimit(pair: Pair) {
  const cookie = await sessionCookie(pair, pair.b, "editor@claimdesk.test");
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) {
    const response = await fetch(`${i % 2 ? pair.b : pair.a}/api/auth/change-password`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: pair.origin, cookie },
      body: JSON.stringify({ currentPassword: "a-wrong-current-password", newPassword: "Harbour lights over grey water 42" }),
    });
    statuses.push(response.status);
  }
  assert.ok(statuses.slice(0, 3).every((s) => s !== 429 && s >= 400), `the first three wrong attempts should be refused on their own: ${statuses}`);
  assert.deepEqual(statuses.slice(3), [429, 429], `the library allows 3 per 10 s per address, counted on both servers: ${statuses}`);
  return `answers ${statuses.join(", ")} alternating A and B`;
}

export async function checkJobsOnce(pair: Pair) {
  const cookie = await sessionCookie(pair, pair.a, "checker@claimdesk.test");
  const rows = 40;
  const jobs = await Promise.all(
    Array.from({ length: 6 }, async (_, j) => {
      const label = tag();
      const csv = ["statement,speaker,speaker_kind,qualifier,value,unit", ...Array.from({ length: rows }, (_, i) => `Imported claim ${i} ${label} counts ${i} homes,Speaker ${label},person,at_least,${i},homes`)].join("\n");
      const form = new FormData();
      form.set("intent", "import");
      form.set("file", new Blob([csv], { type: "text/csv" }), "claims.csv");
      const server = j % 2 ? pair.b : pair.a;
      const response = await fetch(`${server}/imports/claims-csv`, { method: "POST", headers: { Origin: pair.origin, cookie }, body: form });
      assert.equal(response.status, 202, await response.clone().text());
      return { label, id: (await response.json()).job.id as number };
    }),
  );
  // Each job is followed on both servers: looking at a queued job wakes that server's worker too, so both race for it.
  const deadline = Date.now() + 180_000;
  const finished = new Map<number, { status: string; error: string | null }>();
  for (let round = 0; finished.size < jobs.length; round++) {
    assert.ok(Date.now() < deadline, `jobs still running after 3 minutes: ${jobs.filter((j) => !finished.has(j.id)).map((j) => j.id)}`);
    for (const job of jobs.filter((j) => !finished.has(j.id))) {
      const view = (await (await fetch(`${round % 2 ? pair.a : pair.b}/imports/jobs/${job.id}`, { headers: { cookie } })).json()).job;
      if (view.status === "succeeded" || view.status === "failed") finished.set(job.id, view);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  for (const job of jobs) assert.equal(finished.get(job.id)!.status, "succeeded", `job ${job.id}: ${finished.get(job.id)!.error}`);
  for (const job of jobs) {
    const list = await (await fetch(`${pair.b}/api/v1/claims?q=${job.label}&limit=1`, { headers: { cookie } })).json();
    assert.equal(list.total, rows, `job ${job.id} saved ${list.total} claims, not ${rows}`);
  }
  const held = await pair.sql.query<{ id: number; attempts: number; claimedBy: string }>(
    `SELECT "id", "attempts", "claimedBy" FROM "Job" WHERE "id" IN (${jobs.map(() => "?").join(", ")})`,
    jobs.map((j) => j.id),
  );
  for (const job of held) assert.equal(Number(job.attempts), 1, `job ${job.id} was claimed ${job.attempts} times`);
  const byProcess = [...tally(held, (j) => j.claimedBy.split(":").slice(0, 2).join(":")).values()];
  return `${jobs.length} CSV imports of ${rows} rows (3 posted to each server), each claimed once and saved once; run by ${byProcess.length} server process(es): ${byProcess.join(" + ")} jobs`;
}

export async function checkUploadsShared(pair: Pair) {
  const token = await writeToken(pair);
  const claim = await createClaim(pair.a, token, `A claim with a document ${tag()}`);
  const bytes = new TextEncoder().encode(`Interview notes ${tag()}: the figure was confirmed by two officials.\n`);
  const form = new FormData();
  form.set("kind", "document");
  form.set("title", "Interview notes");
  form.set("stance", "supports");
  form.set("file", new Blob([bytes], { type: "text/plain" }), "notes.txt");
  const created = await fetch(`${pair.a}/api/v1/claims/${claim.id}/evidence`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
  assert.equal(created.status, 201, await created.clone().text());
  const evidence = (await created.json()).evidence;
  const download = await fetch(`${pair.b}/api/v1/evidence/${evidence.id}/file`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(download.status, 200, await download.clone().text());
  assert.deepEqual(new Uint8Array(await download.arrayBuffer()), bytes);
  const stored = await pair.sql.query(`SELECT "hash" FROM "UploadedFile" WHERE "hash" = ?`, [evidence.fileHash]);
  assert.equal(stored.length, 1);
  return `UPLOADS_STORE=database: ${bytes.byteLength} bytes uploaded to A, the same bytes downloaded from B`;
}
