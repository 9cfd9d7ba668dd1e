import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { normalizeSpeakerName } from "@/lib/extraction/attribution/speaker-name";
import { countRows, expectAudited, expectNoAudit, expectRefused } from "./testing/harness";
import { makeActors, makeArticle, makeClaim, ratingNamed, type Actors } from "./testing/fixtures";
import { acceptAllSuggestions, acceptSuggestion, acceptSuggestionAsSameClaim, dismissSuggestion, findClaimsInArticle, listPendingSuggestions, storeSuggestions } from "./suggestions";
import { extractClaims } from "@/lib/extraction/extract";
import { INLINE_EXTRACTION_LIMIT } from "@/lib/jobs/extract-off-thread";
import { OFF_THREAD_TIMEOUT } from "@/lib/jobs/testing/off-thread-timeout";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

/** An article whose extraction suggestions are stored (as createArticle would). */
async function articleWithSuggestions() {
  const article = await makeArticle(actors.factchecker);
  const added = await db.$transaction((tx) => storeSuggestions(tx, article.id, extractClaims(article.body)));
  expect(added).toBeGreaterThan(0);
  return { article, pending: await listPendingSuggestions(actors.viewer, article.id) };
}

describe("findClaimsInArticle", () => {
  it("refuses a viewer and writes nothing", async () => {
    const article = await makeArticle(actors.factchecker);
    await expectRefused(() => findClaimsInArticle(actors.viewer, article.id), "forbidden");
  });

  it("stores new suggestions once: running it again adds none", async () => {
    const article = await makeArticle(actors.factchecker);
    // Suggestions are the extractor's output, not desk records: storing them is not part of the history.
    const added = await expectNoAudit(() => findClaimsInArticle(actors.factchecker, article.id));
    expect(added).toBeGreaterThan(0);
    expect(await countRows("ClaimSuggestion", `"articleId" = ?`, article.id)).toBe(added);
    expect(await findClaimsInArticle(actors.factchecker, article.id)).toBe(0);
  });

  it("refuses an article that does not exist", async () => {
    await expectRefused(() => findClaimsInArticle(actors.factchecker, 999_999), "not_found");
  });
  it("reads a long article in the worker thread and stores every suggestion, as read inline, in one go", async () => {
    const body = Array.from({ length: 1500 }, (_, i) => `Officials said at least ${i + 3} homes were destroyed in district ${i}.`).join("\n\n");
    expect(body.length).toBeGreaterThan(INLINE_EXTRACTION_LIMIT);
    const article = await makeArticle(actors.factchecker, { body });
    const added = await findClaimsInArticle(actors.factchecker, article.id);
    expect(added).toBe(extractClaims(body).length);
    expect(await countRows("ClaimSuggestion", `"articleId" = ?`, article.id)).toBe(added);
    const stored = await listPendingSuggestions(actors.viewer, article.id);
    expect(stored[1]).toMatchObject({ value: 4, qualifier: "at_least", unit: "home", state: "pending" });
    expect(stored[1].createdAt).toBeInstanceOf(Date);
    expect(await findClaimsInArticle(actors.factchecker, article.id)).toBe(0);
  }, OFF_THREAD_TIMEOUT);
});

describe("acceptSuggestion", () => {
  it("refuses a viewer and writes nothing", async () => {
    const { pending } = await articleWithSuggestions();
    await expectRefused(() => acceptSuggestion(actors.viewer, pending[0].id), "forbidden");
  });

  it("creates the claim, marks the suggestion accepted and records the claim (and any new speaker) in one transaction", async () => {
    const { pending } = await articleWithSuggestions();
    const suggestion = pending.find((s) => !s.speakerName) ?? pending[0];
    const expected = suggestion.speakerName ? [{ entity: "speaker", action: "create" }, { entity: "claim", action: "create" }] : [{ entity: "claim", action: "create" }];
    const { result } = await expectAudited(() => acceptSuggestion(actors.factchecker, suggestion.id), expected);
    expect(result).toMatchObject({ articleId: suggestion.articleId, start: suggestion.start, end: suggestion.end, statement: suggestion.statement });
    expect(await db.claimSuggestion.findUnique({ where: { id: suggestion.id } })).toMatchObject({ state: "accepted", claimId: result.id, decidedById: actors.factchecker.id });
  });

  it("refuses a suggestion already decided with a conflict and writes nothing", async () => {
    const { pending } = await articleWithSuggestions();
    await dismissSuggestion(actors.factchecker, pending[0].id);
    await expectRefused(() => acceptSuggestion(actors.editor, pending[0].id), "conflict");
  });
});

describe("acceptSuggestionAsSameClaim", () => {
  async function repeatedClaim(published: boolean, sentence: string, unit: string) {
    const rating = await ratingNamed("Mostly false");
    const checked = await makeClaim(actors.factchecker, {
      statement: sentence, unit, qualifier: "at_least", value: 240, low: 240,
      ...(published ? { status: "published", ratingId: rating.id, publishedAt: new Date("2026-01-05T00:00:00Z") } : {}),
    });
    const article = await makeArticle(actors.factchecker, { body: `Residents were told on Tuesday. ${sentence}` });
    await db.$transaction((tx) => storeSuggestions(tx, article.id, extractClaims(article.body)));
    const suggestion = (await listPendingSuggestions(actors.viewer, article.id)).find((s) => s.value === 240 && s.unit === unit)!;
    expect(suggestion).toBeDefined();
    return { checked, suggestion };
  }

  it("records the claim and links it to the published claim it repeats, in one transaction with both audit records", async () => {
    const { checked, suggestion } = await repeatedClaim(true, "Officials said at least 240 homes in the Quillmarsh coastal district were destroyed by the storm on Monday.", "home");
    await expectRefused(() => acceptSuggestionAsSameClaim(actors.viewer, suggestion.id), "forbidden");
    const claim = await acceptSuggestionAsSameClaim(actors.factchecker, suggestion.id);
    expect(claim.sameAsId).toBe(checked.id);
    expect(await countRows("Claim", `id = ? AND "sameAsId" = ?`, claim.id, checked.id)).toBe(1);
    expect(await countRows("ClaimSuggestion", `id = ? AND state = 'accepted' AND "claimId" = ?`, suggestion.id, claim.id)).toBe(1);
    expect(await countRows("AuditEvent", `"claimId" = ? AND action = 'create'`, claim.id)).toBe(1);
    expect(await countRows("AuditEvent", `"claimId" = ? AND action = 'update' AND after = ?`, claim.id, JSON.stringify({ sameAsId: checked.id }))).toBe(1);
    await expectRefused(() => acceptSuggestionAsSameClaim(actors.factchecker, suggestion.id), "conflict");
  });

  it("refuses, writing nothing, when no published verdict checks the same claim", async () => {
    const { suggestion } = await repeatedClaim(false, "The ministry reported that at least 240 schools across Brackenholt province had reopened their doors by Friday.", "school");
    const claims = await countRows("Claim", "1 = 1");
    await expectRefused(() => acceptSuggestionAsSameClaim(actors.factchecker, suggestion.id), "conflict");
    expect(await countRows("Claim", "1 = 1")).toBe(claims);
    expect(await countRows("ClaimSuggestion", "id = ? AND state = 'pending'", suggestion.id)).toBe(1);
    await expectRefused(() => acceptSuggestionAsSameClaim(actors.factchecker, 999_999), "not_found");
  });
});

describe("acceptAllSuggestions", () => {
  it("refuses a viewer and writes nothing", async () => {
    const { article } = await articleWithSuggestions();
    await expectRefused(() => acceptAllSuggestions(actors.viewer, article.id), "forbidden");
  });

  it("accepts every pending suggestion, all or none, with one claim record each", async () => {
    const { article, pending } = await articleWithSuggestions();
    const claimsBefore = await countRows("Claim", `"articleId" = ?`, article.id);
    // The audit refusal in expectAudited proves all-or-none: with it, not one claim stays behind.
    const { result, audits } = await expectAudited(
      () => acceptAllSuggestions(actors.factchecker, article.id),
      // one claim record per suggestion, plus one per speaker created on the way (checked below)
      await expectedAudits(pending),
    );
    expect(result).toBe(pending.length);
    expect(audits.filter((a) => a.entity === "claim")).toHaveLength(pending.length);
    expect(await countRows("Claim", `"articleId" = ?`, article.id)).toBe(claimsBefore + pending.length);
    expect(await listPendingSuggestions(actors.viewer, article.id)).toEqual([]);
  });
});

/** What accepting these suggestions records: a new speaker before the first claim that names them, then the claim. */
async function expectedAudits(pending: Awaited<ReturnType<typeof listPendingSuggestions>>) {
  const known = new Set((await db.speaker.findMany({ select: { normalizedName: true } })).map((s) => s.normalizedName));
  return pending.flatMap((s) => {
    const name = s.speakerName ? normalizeSpeakerName(s.speakerName) : undefined;
    const isNew = name !== undefined && !known.has(name);
    if (name) known.add(name);
    return [...(isNew ? [{ entity: "speaker", action: "create" }] : []), { entity: "claim", action: "create" }];
  });
}

describe("dismissSuggestion", () => {
  it("refuses a viewer and writes nothing", async () => {
    const { pending } = await articleWithSuggestions();
    await expectRefused(() => dismissSuggestion(actors.viewer, pending[0].id), "forbidden");
  });

  it("marks the suggestion dismissed with one audit record in the same transaction", async () => {
    const { pending } = await articleWithSuggestions();
    const { audits } = await expectAudited(() => dismissSuggestion(actors.factchecker, pending[0].id), {
      actorId: actors.factchecker.id,
      entity: "suggestion",
      entityId: String(pending[0].id),
      action: "update",
    });
    expect(audits[0].after).toMatchObject({ state: "dismissed", statement: pending[0].statement });
    expect(await db.claimSuggestion.findUnique({ where: { id: pending[0].id } })).toMatchObject({ state: "dismissed", decidedById: actors.factchecker.id });
  });

  it("refuses a suggestion already decided, or missing", async () => {
    const { pending } = await articleWithSuggestions();
    await dismissSuggestion(actors.factchecker, pending[0].id);
    await expectRefused(() => dismissSuggestion(actors.editor, pending[0].id), "conflict");
    await expectRefused(() => dismissSuggestion(actors.editor, 999_999), "not_found");
  });
});
