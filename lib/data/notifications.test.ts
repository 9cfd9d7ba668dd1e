import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/session";
import type { TTransition } from "@/lib/validation/claim";
import { countRows, expectAudited, expectNothingWritten, expectRefused, rawQuery } from "./testing/harness";
import { makeActors, makeClaim, makeEvidence, makeUser, ratingNamed, type Actors } from "./testing/fixtures";
import { transitionClaim } from "./workflow";
import { assignClaim } from "./assignments";
import { addComment } from "./comments";
import { countUnreadNotifications, listNotifications, markNotificationRead, markNotificationsRead, UNREAD_COUNT_CAP } from "./notifications";
import { db } from "@/lib/platform/db";

let actors: Actors;
let trueId: number;
beforeAll(async () => {
  actors = await makeActors();
  trueId = (await ratingNamed("True")).id;
});

const move = (action: TTransition["action"], version: number, extra: Partial<TTransition> = {}): TTransition => ({ action, version, ...extra });

/** Who got a notification of `kind` about the claim. */
const recipients = async (claimId: number, kind: string) =>
  (await rawQuery<{ recipientId: string }>(`SELECT "recipientId" FROM "Notification" WHERE "claimId" = ? AND "kind" = ?`, claimId, kind)).map((r) => r.recipientId).sort();
const allFor = (claimId: number) => rawQuery<{ recipientId: string; kind: string; actorId: string }>(`SELECT "recipientId", "kind", "actorId" FROM "Notification" WHERE "claimId" = ? ORDER BY "id"`, claimId);
const ids = (...people: Actor[]) => people.map((p) => p.id).sort();

describe("assignments notify the new assignee", () => {
  it("tells the assignee, in the assignment's transaction, and nobody else", async () => {
    const claim = await makeClaim(actors.editor);
    await expectAudited(() => assignClaim(actors.editor, claim.id, { assigneeId: actors.factchecker.id, version: claim.version }), { entity: "claim", action: "update" });
    expect(await allFor(claim.id)).toEqual([{ recipientId: actors.factchecker.id, kind: "assigned", actorId: actors.editor.id }]);
  });

  it("tells nobody when editors assign themselves, or the assignee does not change, or it is cleared", async () => {
    const claim = await makeClaim(actors.editor);
    await assignClaim(actors.editor, claim.id, { assigneeId: actors.editor.id, version: 1 });
    const other = await makeClaim(actors.editor, { assigneeId: actors.factchecker.id });
    await assignClaim(actors.editor, other.id, { assigneeId: actors.factchecker.id, version: 1 });
    await assignClaim(actors.editor, other.id, { version: 2 });
    expect(await allFor(claim.id)).toEqual([]);
    expect(await allFor(other.id)).toEqual([]);
  });

  it("writes no notification when the assignment is refused", async () => {
    const claim = await makeClaim(actors.editor, { version: 3 });
    await expectRefused(() => assignClaim(actors.editor, claim.id, { assigneeId: actors.factchecker.id, version: 2 }), "conflict");
  });
});

describe("workflow moves notify the right people", () => {
  it("a proposal reaches every active editor and admin, never the proposer, a fact-checker, a viewer or a deactivated editor", async () => {
    const gone = await makeUser("editor", "Gone Editor", false);
    const claim = await makeClaim(actors.factchecker, { status: "in_review", assigneeId: actors.factchecker.id });
    await makeEvidence(actors.factchecker, claim.id);
    await expectAudited(() => transitionClaim(actors.factchecker, claim.id, move("propose", 1, { ratingId: trueId, explanation: "Footage." })), { action: "status" });
    const got = await recipients(claim.id, "awaiting_approval");
    expect(got).toEqual(expect.arrayContaining(ids(actors.editor, actors.otherEditor, actors.admin)));
    expect(got).not.toContain(actors.factchecker.id);
    expect(got).not.toContain(actors.viewer.id);
    expect(got).not.toContain(gone.id);
    expect((await allFor(claim.id)).every((n) => n.kind === "awaiting_approval" && n.actorId === actors.factchecker.id)).toBe(true);
  });

  it("an editor's own proposal does not reach that editor", async () => {
    const claim = await makeClaim(actors.editor, { status: "in_review", assigneeId: actors.editor.id });
    await makeEvidence(actors.editor, claim.id);
    await transitionClaim(actors.editor, claim.id, move("propose", 1, { ratingId: trueId, explanation: "Footage." }));
    const got = await recipients(claim.id, "awaiting_approval");
    expect(got).toContain(actors.otherEditor.id);
    expect(got).not.toContain(actors.editor.id);
  });

  it("a return reaches the proposer it goes back to, only", async () => {
    const claim = await makeClaim(actors.factchecker, { status: "verdict_proposed", ratingId: trueId, explanation: "x", proposedById: actors.factchecker.id, proposedAt: new Date() });
    await makeEvidence(actors.factchecker, claim.id);
    await transitionClaim(actors.editor, claim.id, move("return", 1, { note: "Find a second source." }));
    expect(await allFor(claim.id)).toEqual([{ recipientId: actors.factchecker.id, kind: "returned", actorId: actors.editor.id }]);
  });

  it("publishing reaches the assignee and the proposer once each, not the editor who published", async () => {
    const helper = await makeUser("factchecker", "Pat Proposer");
    const claim = await makeClaim(actors.factchecker, {
      status: "verdict_proposed", ratingId: trueId, explanation: "x", assigneeId: actors.factchecker.id, proposedById: helper.id, proposedAt: new Date(),
    });
    await makeEvidence(actors.factchecker, claim.id);
    await transitionClaim(actors.editor, claim.id, move("approve", 1));
    expect(await recipients(claim.id, "published")).toEqual(ids(actors.factchecker, helper));
  });

  it("a correction reaches the assignee, the proposer and the publisher, not the correcting editor", async () => {
    const falseId = (await ratingNamed("False")).id;
    const claim = await makeClaim(actors.factchecker, {
      status: "published", ratingId: trueId, explanation: "x", assigneeId: actors.factchecker.id, proposedById: actors.factchecker.id, publishedById: actors.otherEditor.id, publishedAt: new Date(),
    });
    await transitionClaim(actors.editor, claim.id, move("correct", 1, { ratingId: falseId, explanation: "New data.", note: "The ministry revised it." }));
    expect(await recipients(claim.id, "corrected")).toEqual(ids(actors.factchecker, actors.otherEditor));
  });

  it("starting a review tells nobody", async () => {
    const claim = await makeClaim(actors.factchecker);
    await transitionClaim(actors.factchecker, claim.id, move("start_review", 1));
    expect(await allFor(claim.id)).toEqual([]);
  });
});

describe("mentions in comments", () => {
  it("store the mentioned people with the comment and tell them, in the comment's transaction", async () => {
    const chris = await makeUser("factchecker", "Chris Checkley");
    const chrisB = await makeUser("editor", "Chris");
    const claim = await makeClaim(actors.factchecker);
    const body = "@Chris Checkley and @chris, see the ministry's page. @Nobody Here";
    const { result } = await expectAudited(() => addComment(actors.factchecker, claim.id, body), { entity: "comment", action: "create" });
    expect(result.mentions).toEqual([
      { userId: chris.id, start: 0, length: 15 },
      { userId: chrisB.id, start: 20, length: 6 },
    ]);
    expect(await countRows("CommentMention", `"commentId" = ?`, result.id)).toBe(2);
    expect(await recipients(claim.id, "mentioned")).toEqual(ids(chris, chrisB));
    expect((await rawQuery<{ commentId: number }>(`SELECT DISTINCT "commentId" FROM "Notification" WHERE "claimId" = ?`, claim.id)).map((r) => Number(r.commentId))).toEqual([result.id]);
  });

  it("do not tell authors who mention themselves, nor match inside an email address", async () => {
    const claim = await makeClaim(actors.factchecker);
    const { mentions } = await addComment(actors.factchecker, claim.id, `Note to self @${actors.factchecker.name}; mail press@Eddie Editor.org`);
    expect(mentions.map((m) => m.userId)).toEqual([actors.factchecker.id]);
    expect(await allFor(claim.id)).toEqual([]);
  });
});

describe("reading notifications", () => {
  it("keeps read state per person: one reading does not read it for the other", async () => {
    const claim = await makeClaim(actors.factchecker, { status: "in_review", assigneeId: actors.factchecker.id });
    await makeEvidence(actors.factchecker, claim.id);
    await transitionClaim(actors.factchecker, claim.id, move("propose", 1, { ratingId: trueId, explanation: "Footage." }));
    const editorBefore = await countUnreadNotifications(actors.editor);
    const otherBefore = await countUnreadNotifications(actors.otherEditor);
    const mine = (await listNotifications(actors.editor)).items.find((n) => n.claimId === claim.id)!;
    expect(mine).toMatchObject({ kind: "awaiting_approval", actorName: actors.factchecker.name, statement: claim.statement, readAt: null });

    await markNotificationRead(actors.editor, mine.id);
    expect(await countUnreadNotifications(actors.editor)).toBe(editorBefore - 1);
    expect(await countUnreadNotifications(actors.otherEditor)).toBe(otherBefore);
    expect((await listNotifications(actors.editor)).items.find((n) => n.id === mine.id)!.readAt).toBeInstanceOf(Date);
    expect((await listNotifications(actors.editor, { unreadOnly: true })).items.map((n) => n.id)).not.toContain(mine.id);
  });

  it("refuses to mark someone else's notification, as not found, and writes nothing", async () => {
    const claim = await makeClaim(actors.editor);
    await assignClaim(actors.editor, claim.id, { assigneeId: actors.factchecker.id, version: 1 });
    const [{ id }] = await rawQuery<{ id: number }>(`SELECT "id" FROM "Notification" WHERE "claimId" = ?`, claim.id);
    await expectRefused(() => markNotificationRead(actors.otherEditor, id), "not_found");
    await expectRefused(() => markNotificationRead(actors.factchecker, 999_999), "not_found");
    // Marking one already read again is fine and changes nothing.
    await markNotificationRead(actors.factchecker, id);
    await expectNothingWritten(() => markNotificationRead(actors.factchecker, id));
  });

  it("marks all read, or those about one claim, for the actor only", async () => {
    const person = await makeUser("factchecker");
    const a = await makeClaim(actors.editor);
    const b = await makeClaim(actors.editor);
    await assignClaim(actors.editor, a.id, { assigneeId: person.id, version: 1 });
    await assignClaim(actors.editor, b.id, { assigneeId: person.id, version: 1 });
    expect(await countUnreadNotifications(person)).toBe(2);
    expect(await markNotificationsRead(person, { claimId: a.id })).toBe(1);
    expect(await countUnreadNotifications(person)).toBe(1);
    const editorUnread = await countUnreadNotifications(actors.editor);
    expect(await markNotificationsRead(person)).toBe(1);
    expect(await countUnreadNotifications(person)).toBe(0);
    expect(await countUnreadNotifications(actors.editor)).toBe(editorUnread);
  });

  it("counts unread ones up to the cap and one more, however many there are", async () => {
    const person = await makeUser("factchecker");
    const claim = await makeClaim(actors.editor);
    const many = UNREAD_COUNT_CAP + 5;
    await db.notification.createMany({ data: Array.from({ length: many }, () => ({ recipientId: person.id, kind: "assigned", claimId: claim.id, actorId: actors.editor.id })) });
    expect(await countUnreadNotifications(person)).toBe(UNREAD_COUNT_CAP + 1);
    await db.notification.updateMany({ where: { recipientId: person.id, id: { gt: 0 } }, data: { readAt: new Date() } });
    await db.notification.create({ data: { recipientId: person.id, kind: "assigned", claimId: claim.id } });
    expect(await countUnreadNotifications(person)).toBe(1);
  });

  it("lists only the actor's own, newest first", async () => {
    const person = await makeUser("factchecker");
    const a = await makeClaim(actors.editor);
    const b = await makeClaim(actors.editor);
    await assignClaim(actors.editor, a.id, { assigneeId: person.id, version: 1 });
    await assignClaim(actors.editor, b.id, { assigneeId: person.id, version: 1 });
    const { items } = await listNotifications(person);
    expect(items.map((n) => n.claimId)).toEqual([b.id, a.id]);
    expect((await listNotifications(actors.viewer)).items.every((n) => n.claimId !== a.id && n.claimId !== b.id)).toBe(true);
  });
});
