import { beforeAll, describe, expect, it } from "vitest";
import { expectAudited, expectNoAudit, expectRefused } from "./testing/harness";
import { makeActors, makeArticle, makeClaim, makeUser, ratingNamed, unique, type Actors } from "./testing/fixtures";
import { assignClaim, getQueue, listAssignees, QUEUE_PAGE_SIZE } from "./assignments";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const DUE = new Date("2030-01-15T00:00:00.000Z");

describe("assignClaim", () => {
  it("refuses a fact-checker (and a viewer) and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker);
    for (const actor of [actors.factchecker, actors.viewer])
      await expectRefused(() => assignClaim(actor, claim.id, { assigneeId: actors.factchecker.id, version: claim.version }), "forbidden");
  });

  it("assigns with a due date, bumps the version and records it once", async () => {
    const claim = await makeClaim(actors.factchecker);
    const { audits } = await expectAudited(() => assignClaim(actors.editor, claim.id, { assigneeId: actors.factchecker.id, dueAt: DUE, version: claim.version }), {
      actorId: actors.editor.id,
      entity: "claim",
      entityId: String(claim.id),
      claimId: claim.id,
      action: "update",
    });
    expect(audits[0].before).toEqual({ assignee: null, dueAt: null });
    expect(audits[0].after).toEqual({ assignee: "Chris Checker", dueAt: DUE.toISOString() });
    const queue = await getQueue(actors.factchecker, { twoPersonRule: true });
    expect(queue.assigned.items.find((c) => c.id === claim.id)).toMatchObject({ dueAt: DUE });
  });

  it("refuses a stale version with a conflict and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker, { version: 5 });
    await expectRefused(() => assignClaim(actors.editor, claim.id, { assigneeId: actors.factchecker.id, version: 4 }), "conflict");
  });

  it("refuses a viewer or an inactive person as assignee, on the assignee field", async () => {
    const claim = await makeClaim(actors.factchecker);
    const inactive = await makeUser("factchecker", "Gone Checker", false);
    for (const assignee of [actors.viewer, inactive]) {
      const error = await expectRefused(() => assignClaim(actors.editor, claim.id, { assigneeId: assignee.id, version: claim.version }), "invalid");
      expect(error.fields).toHaveProperty("assigneeId");
    }
  });

  it("refuses a claim that does not exist", async () => {
    await expectRefused(() => assignClaim(actors.editor, 999_999, { version: 1 }), "not_found");
  });
});

describe("listAssignees", () => {
  it("offers active fact-checkers, editors and admins, never viewers", async () => {
    const people = await expectNoAudit(() => listAssignees(actors.viewer));
    const ids = people.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([actors.admin.id, actors.editor.id, actors.factchecker.id]));
    expect(ids).not.toContain(actors.viewer.id);
    expect(people.every((p) => p.role !== "viewer")).toBe(true);
  });

  it("leaves out deactivated people and lists the others by name", async () => {
    const gone = await makeUser("editor", "Aaron Gone", false);
    const first = await makeUser("factchecker", "Aaaa First");
    const people = await listAssignees(actors.viewer);
    expect(people.map((p) => p.id)).not.toContain(gone.id);
    expect(people[0]).toEqual({ id: first.id, name: "Aaaa First", role: "factchecker" });
    const names = people.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe("getQueue", () => {
  it("sorts each person's claims into assigned, returned and (for editors) awaiting approval", async () => {
    const checker = await makeUser("factchecker");
    const assigned = await makeClaim(checker, { status: "in_review", assigneeId: checker.id });
    const returned = await makeClaim(checker, { status: "in_review", assigneeId: checker.id, returnComment: "More sources." });
    const mine = await makeClaim(checker, { status: "verdict_proposed", proposedById: actors.editor.id });
    const theirs = await makeClaim(checker, { status: "verdict_proposed", proposedById: checker.id });

    const queue = await getQueue(checker, { twoPersonRule: true });
    expect(queue.assigned.items.map((c) => c.id)).toEqual([assigned.id]);
    expect(queue.returned.items.map((c) => c.id)).toEqual([returned.id]);
    expect(queue.awaiting).toBeNull();

    const editorQueue = await getQueue(actors.editor, { twoPersonRule: true });
    const awaiting = editorQueue.awaiting!.items.map((c) => c.id);
    expect(awaiting).toContain(theirs.id);
    expect(awaiting).not.toContain(mine.id);
    const withoutRule = await getQueue(actors.editor, { twoPersonRule: false });
    expect(withoutRule.awaiting!.items.map((c) => c.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });
});

describe("getQueue paging", () => {
  it("gives each section a page of QUEUE_PAGE_SIZE with its total, the others staying on their own page", async () => {
    const checker = await makeUser("factchecker");
    const made = [];
    for (let i = 0; i < QUEUE_PAGE_SIZE + 2; i++) made.push(await makeClaim(checker, { status: "in_review", assigneeId: checker.id }));
    const first = await getQueue(checker, { twoPersonRule: true });
    expect(first.assigned).toMatchObject({ page: 1, total: QUEUE_PAGE_SIZE + 2, hasNext: true });
    expect(first.assigned.items).toHaveLength(QUEUE_PAGE_SIZE);
    const second = await getQueue(checker, { twoPersonRule: true, pages: { assigned: 2 } });
    expect(second.assigned).toMatchObject({ page: 2, hasNext: false });
    expect(second.assigned.items.map((c) => c.id)).toEqual(made.slice(QUEUE_PAGE_SIZE).map((c) => c.id));
    expect(second.returned.page).toBe(1);
  });

  it("lists the soonest due first and undated claims last, with each row's links and badges", async () => {
    const checker = await makeUser("factchecker");
    const article = await makeArticle(checker, { title: unique("Queue article") });
    const rating = await ratingNamed("True");
    const undated = await makeClaim(checker, { status: "in_review", assigneeId: checker.id, articleId: article.id, ratingId: rating.id });
    const later = await makeClaim(checker, { status: "in_review", assigneeId: checker.id, dueAt: new Date("2031-02-01T00:00:00.000Z") });
    const sooner = await makeClaim(checker, { status: "unverified", assigneeId: checker.id, dueAt: new Date("2031-01-01T00:00:00.000Z") });
    const { assigned } = await getQueue(checker, { twoPersonRule: true });
    expect(assigned.items.map((c) => c.id)).toEqual([sooner.id, later.id, undated.id]);
    expect(assigned.items[0].dueAt).toEqual(new Date("2031-01-01T00:00:00.000Z"));
    expect(assigned.items[2]).toMatchObject({ article: { id: article.id, title: article.title }, assignee: { name: checker.name }, rating: { name: "True" }, dueAt: null, proposedBy: null });
  });
});
