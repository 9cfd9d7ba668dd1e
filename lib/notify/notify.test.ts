import { describe, expect, it } from "vitest";
import { assignmentEvent, notificationSentence, workflowEvent } from "./events";
import { mentionQueryAt, mentionWords, resolveMentions } from "./mentions";
import { retryDelayMs } from "./retry";
import { digestHour, mailSettings, nextDigestAt } from "./mail-settings";
import { maskSecret, signWebhookBody, slackText, verifyWebhookSignature, webhookBody } from "./webhook-body";
import { digestMail, notificationMail } from "./mail-text";

const people = { assigneeId: "a", proposedById: "p", publishedById: "e2" };

describe("workflowEvent", () => {
  it("sends a proposal to the approvers but not the proposer", () => {
    expect(workflowEvent("propose", 1, "p", people, people, ["e1", "p", "e2"])).toEqual({ kind: "awaiting_approval", claimId: 1, actorId: "p", recipientIds: ["e1", "e2"] });
  });
  it("sends a return to whom it goes back to, publishing and corrections to those who worked on it, never to the actor", () => {
    expect(workflowEvent("return", 1, "e1", people, { ...people, assigneeId: "p" }, [])?.recipientIds).toEqual(["p"]);
    expect(workflowEvent("approve", 1, "e1", people, people, [])?.recipientIds).toEqual(["a", "p"]);
    expect(workflowEvent("approve", 1, "a", people, { ...people, proposedById: "a" }, [])).toBeNull();
    expect(workflowEvent("correct", 1, "e2", people, people, [])?.recipientIds).toEqual(["a", "p"]);
    expect(workflowEvent("start_review", 1, "a", people, people, [])).toBeNull();
  });
  it("sends an assignment to a new assignee other than the actor only", () => {
    expect(assignmentEvent(1, "e", null, "a")?.recipientIds).toEqual(["a"]);
    expect(assignmentEvent(1, "e", "a", "a")).toBeNull();
    expect(assignmentEvent(1, "e", null, "e")).toBeNull();
    expect(assignmentEvent(1, "e", "a", null)).toBeNull();
  });
  it("reads as a sentence", () => {
    expect(notificationSentence("returned", "Eddie", 7)).toBe("Eddie returned claim #7 to you for more work");
    expect(notificationSentence("assigned", null, 7)).toBe("Someone assigned you claim #7");
  });
});

describe("mentions", () => {
  const users = [
    { id: "1", name: "Ann" },
    { id: "2", name: "Ann Lee" },
    { id: "3", name: "José Núñez" },
  ];
  it("picks the longest name at each @, at word boundaries, each person once", () => {
    expect(resolveMentions("@Ann Lee, @ann and @José Núñez. @Ann Leeds @ann", users)).toEqual([
      { userId: "2", start: 0, length: 8 },
      { userId: "1", start: 10, length: 4 },
      { userId: "3", start: 19, length: 11 },
    ]);
    expect(resolveMentions("mail ann@Ann Lee", users)).toEqual([]);
    expect(mentionWords("(@Ann Lee) and @josé; x@y")).toEqual(["ann", "josé"]);
  });
  it("finds the query being typed before the caret", () => {
    expect(mentionQueryAt("Ask @Ann L", 10)).toEqual({ start: 4, query: "Ann L" });
    expect(mentionQueryAt("Ask @", 5)).toEqual({ start: 4, query: "" });
    expect(mentionQueryAt("mail a@b", 8)).toBeNull();
    expect(mentionQueryAt("@Ann\nnext", 9)).toBeNull();
    expect(mentionQueryAt("no mention", 10)).toBeNull();
  });
});

describe("delivery retries", () => {
  it("doubles the wait each time and stops after the last attempt", () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => retryDelayMs(a, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, null]);
    expect(retryDelayMs(3, 40 * 60_000, 10)).toBe(60 * 60_000);
  });
});

describe("mail settings", () => {
  it("needs SMTP_URL, and the digest goes out at the next hour given (UTC)", () => {
    expect(mailSettings({})).toBeNull();
    expect(mailSettings({ SMTP_URL: "smtp://x:25" })).toEqual({ smtpUrl: "smtp://x:25", from: "Claimdesk <claimdesk@localhost>" });
    expect(digestHour({ MAIL_DIGEST_HOUR: "7" })).toBe(7);
    expect(digestHour({ MAIL_DIGEST_HOUR: "25" })).toBe(17);
    expect(nextDigestAt(new Date("2026-11-30T16:00:00Z"), 17)).toEqual({ at: new Date("2026-11-30T17:00:00Z"), day: "2026-11-30" });
    expect(nextDigestAt(new Date("2026-11-30T17:00:00Z"), 17)).toEqual({ at: new Date("2026-12-01T17:00:00Z"), day: "2026-12-01" });
  });
  it("writes the mails with links to the claims", () => {
    const n = { kind: "mentioned" as const, claimId: 4, statement: "17 trucks left", actorName: "Eddie", createdAt: new Date("2026-11-30T09:05:00Z") };
    expect(notificationMail(n, "https://d.example").text).toContain("Open the claim: https://d.example/claims/4");
    const digest = digestMail([{ ...n, claimId: 5, createdAt: new Date("2026-11-30T10:00:00Z") }, n], "https://d.example");
    expect(digest.subject).toBe("Claimdesk: your daily digest (2 notifications)");
    expect(digest.text.indexOf("/claims/4")).toBeLessThan(digest.text.indexOf("/claims/5"));
  });
});

describe("webhook bodies", () => {
  const event = {
    event: "published" as const,
    occurredAt: "2026-11-30T10:00:00.000Z",
    claim: { id: 3, statement: "Prices <rose> & fell", status: "published", url: "https://d.example/claims/3" },
    actor: { name: "Eddie" },
    recipients: [{ name: "Chris" }],
  };
  it("signs the raw body with HMAC-SHA256 and verifies it in constant time", () => {
    const body = webhookBody("json", event, 1_800_000_000);
    // Known answer: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
    expect(signWebhookBody("key", "The quick brown fox jumps over the lazy dog")).toBe("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    expect(verifyWebhookSignature("s3cret", body, signWebhookBody("s3cret", body))).toBe(true);
    expect(verifyWebhookSignature("s3cret", body + " ", signWebhookBody("s3cret", body))).toBe(false);
    expect(verifyWebhookSignature("s3cret", body, null)).toBe(false);
    expect(JSON.parse(body).timestamp).toBe(1_800_000_000);
  });
  it("escapes Slack's control characters and never shows a secret in full", () => {
    expect(slackText(event)).toBe("*Published* (for Chris): Eddie — <https://d.example/claims/3|claim #3> “Prices &lt;rose&gt; &amp; fell”");
    expect(maskSecret("abcdefghijklmnop1234")).toBe("••••1234");
  });
});
