import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "@/lib/platform/test-database";
import { verifyWebhookSignature } from "@/lib/notify/webhook-body";

vi.mock("server-only", () => ({}));

const database = createTestDatabase("claimdesk-deliveries-");
process.env.DATABASE_URL = database.url;
process.env.BETTER_AUTH_URL = "https://desk.example.org";
// The local receivers are on this machine: allowed as a desk's own hosts are (read once, at the first delivery).
process.env.FETCH_ALLOW_HOSTS = "127.0.0.1";
const { db } = await import("@/lib/platform/db");
const { runQueuedJobs } = await import("./run-jobs");
const { assignClaim } = await import("@/lib/data/assignments");
const { createWebhook } = await import("@/lib/data/webhooks");
const { setEmailPreference } = await import("@/lib/data/notification-delivery");

const admin = { id: "user-admin", name: "Test admin", email: "admin@test.invalid", role: "admin" } as const;
const editor = { id: "user-editor", name: "Test editor", email: "editor@test.invalid", role: "editor" } as const;
const checker = { id: "user-factchecker", name: "Test factchecker", email: "factchecker@test.invalid", role: "factchecker" } as const;
const SECRET = "a-long-shared-secret-for-tests";

const sql = database.sqlite;
const jobs = () => sql.prepare(`SELECT id, kind, status, attempts, error, runAfter FROM "Job" ORDER BY id`).all() as { id: number; kind: string; status: string; attempts: number; error: string | null; runAfter: number | string | null }[];
const deliveries = () => sql.prepare(`SELECT event, claimId, attempt, statusCode, error FROM "WebhookDelivery" ORDER BY id`).all();
/** Makes every waiting job due now, as if its backoff (or the digest's hour) had passed. */
const timePasses = () => sql.prepare(`UPDATE "Job" SET runAfter = NULL WHERE status = 'queued'`).run();

let version = 0;
async function assignNewClaim(to = checker.id) {
  const id = Number(sql.prepare(`INSERT INTO "Claim" (statement, createdById, updatedById, updatedAt) VALUES (?, 'user-editor', 'user-editor', CURRENT_TIMESTAMP)`).run(`The ministry said 17 trucks left (${++version})`).lastInsertRowid);
  await assignClaim(editor, id, { assigneeId: to, version: 1 });
  return id;
}

beforeEach(() => {
  sql.exec(`DELETE FROM "Job"; DELETE FROM "WebhookDelivery"; DELETE FROM "Webhook"; DELETE FROM "Notification"; DELETE FROM "NotificationPreference";`);
  delete process.env.SMTP_URL;
  delete process.env.DELIVERY_RETRY_SECONDS;
});
afterAll(async () => {
  await db.$disconnect();
  database.remove();
});

describe("webhook deliveries, against a local receiver", () => {
  let server: http.Server;
  let url: string;
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  let answers: number[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.statusCode = answers.shift() ?? 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/claimdesk`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    received.length = 0;
    answers = [];
  });

  it("POSTs the event as JSON with a signature of the raw body that verifies, and logs the delivery", async () => {
    await createWebhook(admin, { url, events: ["assigned", "returned"], secret: SECRET, format: "json" });
    const claimId = await assignNewClaim();
    expect(jobs().map((j) => j.kind)).toEqual(["webhook-delivery"]);
    await runQueuedJobs("test-worker");

    expect(received).toHaveLength(1);
    const [{ headers, body }] = received;
    expect(verifyWebhookSignature(SECRET, body, headers["x-claimdesk-signature"] as string)).toBe(true);
    expect(verifyWebhookSignature("another secret entirely", body, headers["x-claimdesk-signature"] as string)).toBe(false);
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["x-claimdesk-event"]).toBe("assigned");
    const json = JSON.parse(body);
    expect(json).toMatchObject({
      event: "assigned",
      timestamp: Number(headers["x-claimdesk-timestamp"]),
      claim: { id: claimId, status: "unverified", url: `https://desk.example.org/claims/${claimId}` },
      actor: { name: editor.name },
      recipients: [{ name: checker.name }],
    });
    expect(Math.abs(json.timestamp - Date.now() / 1000)).toBeLessThan(60);
    expect(deliveries()).toEqual([{ event: "assigned", claimId, attempt: 1, statusCode: 204, error: null }]);
    expect(jobs()[0]).toMatchObject({ status: "succeeded", attempts: 1 });
  });

  it("sends only the events a webhook subscribed to, and nothing to a paused one", async () => {
    await createWebhook(admin, { url, events: ["published"], secret: SECRET, format: "json" });
    const paused = await createWebhook(admin, { url, events: ["assigned"], secret: SECRET, format: "json" });
    sql.prepare(`UPDATE "Webhook" SET active = 0 WHERE id = ?`).run(paused.id);
    await assignNewClaim();
    await runQueuedJobs("test-worker");
    expect(received).toEqual([]);
    expect(jobs()).toEqual([]);
  });

  it("tries again after a 500, with backoff, and logs both attempts", async () => {
    answers = [500];
    await createWebhook(admin, { url, events: ["assigned"], secret: SECRET, format: "json" });
    const claimId = await assignNewClaim();
    const before = Date.now();
    await runQueuedJobs("test-worker");
    const [waiting] = jobs();
    expect(waiting).toMatchObject({ status: "queued", attempts: 1, error: "The receiver answered 500 Internal Server Error." });
    const runAfter = new Date(waiting.runAfter!).getTime();
    expect(runAfter).toBeGreaterThanOrEqual(before + 29_000);
    expect(runAfter).toBeLessThanOrEqual(Date.now() + 31_000);

    // Not due yet: nothing is sent.
    await runQueuedJobs("test-worker");
    expect(received).toHaveLength(1);

    timePasses();
    await runQueuedJobs("test-worker");
    expect(received).toHaveLength(2);
    // Each attempt is signed for itself, with its own time in the body and the header.
    for (const r of received) expect(JSON.parse(r.body).timestamp).toBe(Number(r.headers["x-claimdesk-timestamp"]));
    expect(verifyWebhookSignature(SECRET, received[1].body, received[1].headers["x-claimdesk-signature"] as string)).toBe(true);
    expect(deliveries()).toEqual([
      { event: "assigned", claimId, attempt: 1, statusCode: 500, error: "The receiver answered 500 Internal Server Error." },
      { event: "assigned", claimId, attempt: 2, statusCode: 204, error: null },
    ]);
    expect(jobs()[0]).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("gives up after a bounded number of attempts, and logs an unreachable receiver", async () => {
    process.env.DELIVERY_RETRY_SECONDS = "0";
    answers = Array(10).fill(503);
    await createWebhook(admin, { url, events: ["assigned"], secret: SECRET, format: "json" });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    await createWebhook(admin, { url: closedUrl, events: ["assigned"], secret: SECRET, format: "json" });
    await assignNewClaim();
    for (let i = 0; i < 8; i++) {
      timePasses();
      await runQueuedJobs("test-worker");
    }
    expect(received).toHaveLength(6);
    const all = jobs();
    expect(all.map((j) => [j.status, j.attempts])).toEqual([["failed", 6], ["failed", 6]]);
    expect(all[0].error).toBe("Gave up after 6 attempts: The receiver answered 503 Service Unavailable.");
    expect(all[1].error).toMatch(/^Gave up after 6 attempts: Could not reach the receiver \(ECONNREFUSED\)\.$/);
    expect((deliveries() as { statusCode: number | null }[]).filter((d) => d.statusCode === null)).toHaveLength(6);
  });

  it("refuses an address inside the network (not allowed by FETCH_ALLOW_HOSTS) at once, logged, without retries", async () => {
    await createWebhook(admin, { url: "http://10.1.2.3:8080/hook", events: ["assigned"], secret: SECRET, format: "json" });
    await assignNewClaim();
    await runQueuedJobs("test-worker");
    expect(jobs()[0]).toMatchObject({ status: "failed", attempts: 1 });
    expect(jobs()[0].error).toMatch(/^That address points into .*10\.1\.2\.3/);
    expect(deliveries()).toMatchObject([{ attempt: 1, statusCode: null, error: expect.stringMatching(/FETCH_ALLOW_HOSTS/) }]);
  });

  it("sends a Slack-compatible message when asked", async () => {
    await createWebhook(admin, { url, events: ["assigned"], secret: SECRET, format: "slack" });
    const claimId = await assignNewClaim();
    await runQueuedJobs("test-worker");
    const body = JSON.parse(received[0].body);
    expect(Object.keys(body)).toEqual(["text"]);
    expect(body.text).toContain(`<https://desk.example.org/claims/${claimId}|claim #${claimId}>`);
    expect(body.text).toContain("*Assigned to you* (for Test factchecker): Test editor");
    expect(verifyWebhookSignature(SECRET, received[0].body, received[0].headers["x-claimdesk-signature"] as string)).toBe(true);
  });
});

/** A mail as the sink received it: envelope recipients and the message with quoted-printable undone. */
interface SunkMail {
  to: string[];
  subject: string;
  text: string;
}
const decodeQuotedPrintable = (text: string) =>
  Buffer.from(text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");

describe("mail, against a local SMTP sink", () => {
  let sink: SMTPServer;
  const mails: SunkMail[] = [];
  beforeAll(async () => {
    sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        let raw = "";
        stream.setEncoding("utf8");
        stream.on("data", (chunk) => (raw += chunk));
        stream.on("end", () => {
          const [head, ...rest] = raw.split(/\r?\n\r?\n/);
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: /^Subject: (.*)$/m.exec(head)?.[1] ?? "", text: decodeQuotedPrintable(rest.join("\n\n")) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => sink.close(() => resolve())));
  beforeEach(() => {
    mails.length = 0;
    process.env.SMTP_URL = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;
    process.env.MAIL_FROM = "Claimdesk <desk@example.org>";
  });

  it("mails a notification at once, to its recipient, with the link to the claim", async () => {
    const claimId = await assignNewClaim();
    expect(jobs().map((j) => j.kind)).toEqual(["notification-email"]);
    await runQueuedJobs("test-worker");
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual([checker.email]);
    expect(mails[0].subject).toContain(`Test editor assigned you claim #${claimId}`);
    expect(mails[0].text).toContain(`Open the claim: https://desk.example.org/claims/${claimId}`);
    expect(sql.prepare(`SELECT emailedAt IS NOT NULL FROM "Notification" WHERE claimId = ?`).pluck().get(claimId)).toBe(1);
  });

  it("gathers the day's notifications into one digest, sent at the digest hour", async () => {
    await setEmailPreference(checker, "digest");
    const first = await assignNewClaim();
    const second = await assignNewClaim();
    const queued = jobs();
    expect(queued.map((j) => j.kind)).toEqual(["notification-digest"]);
    expect(new Date(queued[0].runAfter!).getTime()).toBeGreaterThan(Date.now());

    await runQueuedJobs("test-worker");
    expect(mails).toEqual([]);

    timePasses();
    await runQueuedJobs("test-worker");
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual([checker.email]);
    expect(mails[0].subject).toBe("Claimdesk: your daily digest (2 notifications)");
    expect(mails[0].text).toContain(`https://desk.example.org/claims/${first}`);
    expect(mails[0].text).toContain(`https://desk.example.org/claims/${second}`);
    expect(sql.prepare(`SELECT COUNT(*) FROM "Notification" WHERE emailedAt IS NULL`).pluck().get()).toBe(0);
  });

  it("sends nothing to someone who turned mail off, and queues nothing without an SMTP server", async () => {
    await setEmailPreference(checker, "off");
    await assignNewClaim();
    expect(jobs()).toEqual([]);
    await setEmailPreference(checker, "immediately");
    delete process.env.SMTP_URL;
    await assignNewClaim();
    expect(jobs()).toEqual([]);
    await runQueuedJobs("test-worker");
    expect(mails).toEqual([]);
    expect(sql.prepare(`SELECT COUNT(*) FROM "Notification"`).pluck().get()).toBe(2);
  });

  it("tries a mail again later when the SMTP server cannot be reached", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    await assignNewClaim();
    await runQueuedJobs("test-worker");
    expect(jobs()[0]).toMatchObject({ kind: "notification-email", status: "queued", attempts: 1 });
    expect(jobs()[0].error).toMatch(/ECONNREFUSED|connect/i);
  });
});
