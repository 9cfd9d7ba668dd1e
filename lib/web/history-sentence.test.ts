import { describe, expect, it } from "vitest";
import { describeHistory, type HistoryRecord } from "./history-sentence";

const names = { speakers: { "4": "Maria Lopez", "5": "Fire Service" }, articles: { "9": "Storm hits the coast" } };
const entry = (over: Partial<HistoryRecord>): HistoryRecord => ({ entity: "claim", entityId: "12", claimId: 12, action: "update", before: null, after: null, ...over });

describe("history sentences", () => {
  it("says a figure change as whole figures, with the unit", () => {
    const text = describeHistory(
      entry({
        before: { qualifier: "approximately", value: 300, low: 300, high: 300, unit: "fighter" },
        after: { qualifier: "at_least", value: 300, low: 300, high: null, unit: "fighter" },
      }),
      names,
      "claim",
    );
    expect(text).toBe("changed the figure from about 300 fighters to at least 300 fighters");
  });

  it("names speakers and articles instead of their ids, and never prints field names", () => {
    const text = describeHistory(entry({ before: { speakerId: 4, articleId: null }, after: { speakerId: 5, articleId: 9 } }), names, "feed");
    expect(text).toBe("edited claim #12: changed the speaker from Maria Lopez to Fire Service; moved the claim to the article “Storm hits the coast”");
    expect(text).not.toMatch(/speakerId|articleId|#4|#9/);
  });

  it("says workflow moves and other records in words", () => {
    expect(describeHistory(entry({ action: "status", before: { rating: "True" }, after: { status: "published", rating: "Mostly true", action: "correct" } }), names, "claim")).toBe(
      "corrected the verdict from “True” to “Mostly true”",
    );
    expect(describeHistory(entry({ entity: "token", entityId: "6", claimId: null, action: "create", after: { name: "CMS sync", scope: "read" } }))).toBe(
      "created an API token “CMS sync” (read only)",
    );
    expect(describeHistory(entry({ entity: "external_fact_check", entityId: "2", claimId: null, action: "create", after: { publisher: "PolitiFact", claimId: 12 } }))).toBe(
      "imported another fact-checker's verdict from PolitiFact, linked to claim #12",
    );
    expect(describeHistory(entry({ entity: "user", entityId: "u", claimId: null, action: "update", before: { role: "viewer", active: true }, after: { role: "factchecker", active: true } }))).toBe(
      "changed a person's role from viewer to fact-checker",
    );
  });

  it("says webhook and mail preference changes in words, without the secret", () => {
    const hook = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null) =>
      describeHistory(entry({ entity: "webhook", entityId: "3", claimId: null, action, before, after }));
    expect(hook("create", null, { url: "https://hooks.example.org/a", events: ["assigned"], format: "json" })).toBe("added a webhook for “https://hooks.example.org/a”");
    expect(hook("update", { url: "https://h.example/a", active: true }, { url: "https://h.example/a", active: false })).toBe("paused the webhook for “https://h.example/a”");
    expect(hook("delete", { url: "https://h.example/a" }, null)).toBe("removed the webhook for “https://h.example/a”");
    expect(describeHistory(entry({ entity: "notification_preference", entityId: "u", claimId: null, after: { email: "digest" } }))).toBe("chose to get notification mail as a daily digest");
    expect(describeHistory(entry({ entity: "notification_preference", entityId: "u", claimId: null, after: { email: "off" } }))).toBe("turned their notification mail off");
  });

  it("says what each archive check of a web source found", () => {
    const check = (outcome: string) =>
      describeHistory(entry({ entity: "web_snapshot", entityId: "9", claimId: 4, action: "create", after: { title: "Fire bulletin", outcome } }), undefined, "claim");
    expect(check("archived")).toBe("archived the web source “Fire bulletin”");
    expect(check("unchanged")).toBe("checked the web source “Fire bulletin” again: unchanged");
    expect(check("changed")).toBe("checked the web source “Fire bulletin” again: the page has changed");
    expect(check("gone")).toBe("checked the web source “Fire bulletin”: the page is gone");
    expect(check("failed")).toBe("tried to archive the web source “Fire bulletin”, but it could not be fetched");
    expect(describeHistory(entry({ entity: "web_snapshot", entityId: "9", claimId: 4, action: "create", after: { title: "Fire bulletin", outcome: "archived" } }))).toBe(
      "archived the web source “Fire bulletin” on claim #4",
    );
  });
});
