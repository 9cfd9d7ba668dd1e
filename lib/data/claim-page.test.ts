import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { makeActors, makeArticle, makeClaim, makeEvidence, makeSpeaker, ratingNamed, type Actors } from "./testing/fixtures";
import { readClaimPage } from "./claim-page";
import { getClaimById } from "./claims";
import { getClaimHistory, loadHistoryNames } from "./audit";
import { listExternalFactChecks } from "./external-fact-checks";
import { pendingSnapshotChecks } from "./web-snapshots";
import { listTrackersForClaim } from "./tracker-reports";
import { getClaimGroup } from "./claim-matches";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

/** A claim with something in every list the page shows, and a second claim linked to it as another appearance. */
async function richClaim() {
  const { factchecker, editor, otherEditor } = actors;
  const article = await makeArticle(factchecker, { url: "https://news.example/a", publishedAt: new Date("2024-05-01T00:00:00.000Z") });
  const speaker = await makeSpeaker({ kind: "organization" });
  const formerSpeaker = await makeSpeaker();
  const rating = await ratingNamed("Mostly false");
  const claim = await makeClaim(factchecker, {
    articleId: article.id, speakerId: speaker.id, excerpt: "at least 17 trucks", start: 20, end: 38, attribution: "according_to",
    qualifier: "at_least", value: 17, unit: "truck", asOf: new Date("2024-04-30T00:00:00.000Z"), status: "published", ratingId: rating.id,
    explanation: "Checked **twice**.", proposedById: editor.id, proposedAt: new Date("2024-05-09T08:00:00.000Z"), publishedById: otherEditor.id,
    publishedAt: new Date("2024-05-10T08:30:00.000Z"), assigneeId: factchecker.id, dueAt: new Date("2024-05-12T00:00:00.000Z"), updatedById: editor.id,
  });
  const web = await makeEvidence(factchecker, claim.id);
  await db.webSnapshot.create({ data: { evidenceId: web.id, url: web.url!, outcome: "archived", httpStatus: 200, contentHash: "ab", text: "the text", fetchedAt: new Date("2024-05-02T00:00:00.000Z") } });
  await db.webSnapshot.create({ data: { evidenceId: web.id, url: web.url!, outcome: "gone", httpStatus: 404, error: "Gone.", fetchedAt: new Date("2024-05-03T00:00:00.000Z") } });
  await db.job.create({ data: { kind: "web-snapshot", input: JSON.stringify({ evidenceId: web.id }), createdById: factchecker.id } });
  const archived = await makeEvidence(factchecker, claim.id);
  await db.job.create({ data: { kind: "web-snapshot", status: "succeeded", input: JSON.stringify({ evidenceId: archived.id }), createdById: factchecker.id } });
  await db.evidence.create({
    data: { claimId: claim.id, kind: "document", title: "Ledger", fileHash: "f".repeat(64), fileName: "ledger.pdf", fileType: "application/pdf", fileSize: 2048, stance: "contradicts", addedById: editor.id },
  });
  await db.evidence.create({ data: { claimId: claim.id, kind: "note", title: "Call", contactName: "A clerk", contactedAt: new Date("2024-05-04T00:00:00.000Z"), notes: "Said so.", stance: "context", addedById: factchecker.id } });
  await db.correction.create({ data: { claimId: claim.id, note: "Rating changed.", previousRatingName: "False", newRatingName: "Mostly false", createdById: editor.id } });
  await db.correction.create({
    data: { claimId: claim.id, note: "Figure fixed.", changes: JSON.stringify({ before: { value: 16 }, after: { value: 17 } }), createdById: editor.id },
  });
  const comment = await db.comment.create({ data: { claimId: claim.id, body: `Ask @${editor.name} and @${otherEditor.name}`, authorId: factchecker.id } });
  await db.commentMention.create({ data: { commentId: comment.id, userId: otherEditor.id, start: 6 + editor.name.length, length: otherEditor.name.length + 1 } });
  await db.commentMention.create({ data: { commentId: comment.id, userId: editor.id, start: 4, length: editor.name.length + 1 } });
  await db.comment.create({ data: { claimId: claim.id, body: "Done.", authorId: editor.id } });
  const audit = (action: string, before: object | null, after: object | null, entity = "claim") =>
    db.auditEvent.create({
      data: { actorId: editor.id, entity, entityId: String(claim.id), claimId: claim.id, action, before: before && JSON.stringify(before), after: after && JSON.stringify(after) },
    });
  await audit("create", null, { statement: claim.statement, speakerId: formerSpeaker.id, articleId: article.id });
  await audit("update", { speakerId: formerSpeaker.id }, { speakerId: speaker.id });
  // Only a claim's own edits name speakers and articles by id; a number under another entity, or a string, is no id.
  await audit("update", null, { speakerId: 999_999 }, "evidence");
  await audit("update", { articleId: String(article.id) }, null);
  await db.auditEvent.create({ data: { actorId: null, entity: "claim", entityId: String(claim.id), claimId: claim.id, action: "status", after: JSON.stringify({ status: "published" }), reason: "ok" } });
  for (const [url, date] of [["https://checker.example/1", new Date("2024-05-05T00:00:00.000Z")], ["https://checker.example/2", null], ["https://checker.example/3", new Date("2024-05-06T00:00:00.000Z")]] as const)
    await db.externalFactCheck.create({ data: { url: `${url}-${claim.id}`, publisher: "Checker", claimReviewed: "Trucks", ratingName: "False", ratingValue: 1, datePublished: date, rawJson: "{}", importedById: editor.id, claimId: claim.id } });
  for (const description of ["Trucks leaving", "Trucks arriving"]) {
    const tracker = await db.tracker.create({ data: { description, unit: "truck", kind: "cumulative", createdById: editor.id } });
    await db.trackerClaim.create({ data: { trackerId: tracker.id, claimId: claim.id, addedById: editor.id } });
  }
  const otherArticle = await makeArticle(factchecker, { url: null });
  const appearance = await makeClaim(factchecker, { articleId: otherArticle.id, sameAsId: claim.id });
  const second = await makeClaim(factchecker, { sameAsId: claim.id });
  return { claim, appearance, second, web };
}

/** What the page read through the separate data functions: the reference. */
async function separately(id: number) {
  const actor = actors.viewer;
  const claim = await getClaimById(actor, id);
  const history = await getClaimHistory(actor, id);
  return {
    claim,
    history,
    historyNames: await loadHistoryNames(actor, history),
    archiving: await pendingSnapshotChecks(actor, claim.evidence.filter((e) => e.kind === "url").map((e) => e.id)),
    externalFactChecks: await listExternalFactChecks(actor, id),
    trackers: await listTrackersForClaim(actor, id),
    group: await getClaimGroup(actor, id),
  };
}

const pick = <T extends object>(from: T, keys: string[]) => Object.fromEntries(keys.map((k) => [k, (from as Record<string, unknown>)[k]]));

describe("readClaimPage", () => {
  it("reads in one statement what the page read through a query per relation", async () => {
    const { claim, appearance } = await richClaim();
    for (const id of [claim.id, appearance.id]) {
      const page = await readClaimPage(actors.viewer, id);
      const reference = await separately(id);
      const claimKeys = Object.keys(page.claim).filter((k) => !["speaker", "article", "rating", "evidence", "corrections", "comments"].includes(k));
      expect(pick(page.claim, claimKeys)).toEqual(pick(reference.claim, claimKeys));
      expect(page.claim.rating).toEqual(reference.claim.rating && pick(reference.claim.rating, ["name", "colour"]));
      expect(page.claim.speaker).toEqual(reference.claim.speaker && pick(reference.claim.speaker, ["id", "name", "description"]));
      const article = reference.claim.article && (await db.article.findUniqueOrThrow({ where: { id: reference.claim.article.id } }));
      expect(page.claim.article).toEqual(article && pick(article, ["id", "title", "outlet", "publishedAt"]));
      expect(page.claim.evidence).toEqual(reference.claim.evidence);
      expect(page.claim.corrections).toEqual(reference.claim.corrections.map((k) => pick(k, Object.keys(page.claim.corrections[0] ?? {}))));
      expect(page.claim.comments).toEqual(reference.claim.comments.map((c) => ({ ...pick(c, ["id", "body", "createdAt", "author"]), mentions: expect.anything() })));
      page.claim.comments.forEach((c, i) => expect(new Set(c.mentions.map((m) => JSON.stringify(m)))).toEqual(new Set(reference.claim.comments[i].mentions.map((m) => JSON.stringify(m)))));
      expect(page.history).toEqual(reference.history);
      expect(page.historyNames).toEqual(reference.historyNames);
      expect(page.archiving).toEqual(reference.archiving);
      expect(page.externalFactChecks).toEqual(reference.externalFactChecks);
      expect(page.trackers).toEqual(reference.trackers);
      expect(page.group).toEqual(reference.group);
    }
  });

  it("finds the lists full where the claim has them and empty where it has none", async () => {
    const { claim, web } = await richClaim();
    const page = await readClaimPage(actors.viewer, claim.id);
    expect(page.claim.evidence.map((e) => e.kind)).toEqual(["url", "url", "document", "note"]);
    expect(page.claim.evidence[0].snapshots?.map((w) => w.outcome)).toEqual(["archived", "gone"]);
    expect(page.archiving).toEqual(new Set([web.id]));
    expect(page.externalFactChecks.map((x) => x.url.split("-")[0])).toEqual(["https://checker.example/3", "https://checker.example/1", "https://checker.example/2"]);
    expect(page.group.appearances).toHaveLength(2);
    expect(Object.values(page.historyNames.speakers)).toHaveLength(2);

    const bare = await makeClaim(actors.factchecker);
    const empty = await readClaimPage(actors.viewer, bare.id);
    expect(empty.claim).toMatchObject({ speaker: null, article: null, rating: null, assignee: null, proposedBy: null, publishedBy: null, evidence: [], corrections: [], comments: [] });
    expect(empty).toMatchObject({ history: [], historyNames: { speakers: {}, articles: {} }, externalFactChecks: [], trackers: [] });
    expect(empty.group).toEqual({ root: expect.objectContaining({ id: bare.id, article: null, rating: null }), appearances: [], isRoot: true });
  });

  it("says a missing claim is not found", async () => {
    await expect(readClaimPage(actors.viewer, 987_654_321)).rejects.toMatchObject({ code: "not_found" });
  });
});
