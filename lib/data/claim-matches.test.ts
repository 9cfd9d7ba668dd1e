import { beforeAll, describe, expect, it } from "vitest";
import { countRows, expectAudited, expectRefused } from "./testing/harness";
import { makeActors, makeClaim, ratingNamed, type Actors } from "./testing/fixtures";
import { fetchMatchCandidates, findAlreadyChecked, findClaimMatches, getClaimGroup, linkClaims, PUBLISHED_CANDIDATES, unlinkClaim } from "./claim-matches";
import { db } from "@/lib/platform/db";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const civilians = (statement: string, value: number, extra: Parameters<typeof makeClaim>[1] = {}) =>
  makeClaim(actors.factchecker, { statement, unit: "civilian", qualifier: "nearly", value, high: value, ...extra });

describe("findClaimMatches", () => {
  it("finds an earlier wording of the claim as 'same claim', with its published verdict", async () => {
    const rating = await ratingNamed("True");
    const checked = await civilians("Nearly 20,000 civilians had left the shrinking Baghouz enclave in recent weeks before the evacuation halted.", 20000, {
      status: "published", ratingId: rating.id, publishedAt: new Date("2019-03-01T00:00:00Z"),
    });
    await civilians("The council approved a new budget for the repair of roads in the northern district.", 31);
    const fresh = await civilians("Almost 20,000 civilians left the shrinking enclave of Baghouz in the past weeks before evacuations were halted.", 20000);
    const matches = await findClaimMatches(actors.viewer, fresh.id);
    expect(matches[0]).toMatchObject({ id: checked.id, tier: "same_claim", rating: { name: "True" } });
  });

  it("takes candidates of the same unit near the figure, and recent ones", async () => {
    const near = await civilians("Some civilians counted", 450);
    const far = await civilians("Other civilians counted", 90_000);
    const candidates = await fetchMatchCandidates({ id: -1, statement: "", excerpt: null, unit: "civilian", qualifier: "exact", value: 500, low: 500, high: 500, sameAsId: null, speakerId: null });
    const ids = candidates.map((c) => c.id);
    expect(ids).toContain(near.id);
    expect(ids).toContain(far.id); // recent
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds another wording of the claim through the full-text index, however old and whatever its figure", async () => {
    const rating = await ratingNamed("True");
    // The first report wrote the figure in words and counted trucks; the new one counts civilians.
    const old = await makeClaim(actors.factchecker, {
      statement: "Dozens of trucks carried the families out of the besieged Marjoram Valley encampment towards the northern checkpoint, monitors confirmed.",
      unit: "truck", qualifier: "approximately", value: 40, low: 40, high: 40, status: "published", ratingId: rating.id, publishedAt: new Date("2018-01-01T00:00:00Z"),
    });
    // More recent claims than the "recent" window holds, none of them about the valley.
    await db.claim.createMany({
      data: Array.from({ length: 220 }, (_, i) => ({ statement: `The port handled ${i + 1} container ships in the week.`, unit: "ship", value: i + 1, createdById: actors.factchecker.id, updatedById: actors.factchecker.id })),
    });
    const fresh = await civilians("Families were carried out of the besieged Marjoram Valley encampment by trucks towards the northern checkpoint, monitors confirmed.", 20000);
    const ids = (await fetchMatchCandidates({ ...fresh, excerpt: null, speakerId: null, sameAsId: null })).map((c) => c.id);
    expect(ids).toContain(old.id);
    const matches = await findClaimMatches(actors.viewer, fresh.id);
    expect(matches.map((m) => m.id)).toContain(old.id);
  });

  it("refuses a claim that does not exist", async () => {
    await expectRefused(() => findClaimMatches(actors.viewer, 999_999), "not_found");
  });
});

describe("linkClaims and unlinkClaim", () => {
  it("links a claim into the target's group with an audit record, and unlinks it with another", async () => {
    const root = await makeClaim(actors.factchecker);
    const first = await makeClaim(actors.factchecker, { sameAsId: root.id });
    const fresh = await makeClaim(actors.factchecker);
    await expectRefused(() => linkClaims(actors.viewer, fresh.id, first.id), "forbidden");
    // Linking to an appearance joins the root's group: groups stay one level deep.
    await expectAudited(() => linkClaims(actors.factchecker, fresh.id, first.id), {
      entity: "claim", claimId: fresh.id, action: "update", before: { sameAsId: null }, after: { sameAsId: root.id },
    });
    const group = await getClaimGroup(actors.viewer, fresh.id);
    expect(group.root.id).toBe(root.id);
    expect(group.isRoot).toBe(false);
    expect(group.appearances.map((a) => a.id)).toEqual([first.id, fresh.id]);
    await expectRefused(() => linkClaims(actors.factchecker, fresh.id, root.id), "conflict");

    await expectAudited(() => unlinkClaim(actors.editor, fresh.id, "A different count"), {
      entity: "claim", claimId: fresh.id, before: { sameAsId: root.id }, after: { sameAsId: null }, reason: "A different count",
    });
    expect(await countRows("Claim", `id = ? AND "sameAsId" IS NULL`, fresh.id)).toBe(1);
    await expectRefused(() => unlinkClaim(actors.editor, fresh.id), "conflict");
  });

  it("moves a claim's own appearances with it, and refuses linking a claim to itself or a published claim away", async () => {
    const target = await makeClaim(actors.factchecker);
    const claim = await makeClaim(actors.factchecker);
    const child = await makeClaim(actors.factchecker, { sameAsId: claim.id });
    await linkClaims(actors.factchecker, claim.id, target.id);
    expect(await countRows("Claim", `id = ? AND "sameAsId" = ?`, child.id, target.id)).toBe(1);
    await expectRefused(() => linkClaims(actors.factchecker, target.id, target.id), "invalid");
    const published = await makeClaim(actors.factchecker, { status: "published" });
    await expectRefused(() => linkClaims(actors.factchecker, published.id, target.id), "conflict");
    await expectRefused(() => linkClaims(actors.factchecker, 999_999, target.id), "not_found");
  });
});

describe("findAlreadyChecked", () => {
  it("marks a suggestion that matches a published verdict or an imported fact-check, and nothing else", async () => {
    const rating = await ratingNamed("Mostly false");
    const published = await makeClaim(actors.factchecker, {
      statement: "The former food bank director embezzled more than $1.2 million over six years, prosecutors said.",
      unit: "dollar", qualifier: "more_than", value: 1_200_000, low: 1_200_000, status: "published", ratingId: rating.id, publishedAt: new Date("2024-05-02T00:00:00Z"),
    });
    await db.externalFactCheck.create({
      data: { url: "https://factcheck.example/storm-homes", publisher: "Example Check", claimReviewed: "Tropical Storm Ines destroyed at least 240 homes in the coastal district on Monday, officials said.", ratingName: "True", datePublished: new Date("2024-06-01T00:00:00Z"), rawJson: "{}", importedById: actors.factchecker.id },
    });
    const draft = (id: number, statement: string, figure: { unit: string | null; qualifier: string | null; value: number | null; low: number | null; high: number | null }) => ({ id, statement, sentence: statement, speakerName: null, ...figure });
    const found = await findAlreadyChecked(actors.viewer, [
      draft(1, "Prosecutors said the food bank's former director stole over $1.2 million across six years.", { unit: "dollar", qualifier: "more_than", value: 1_200_000, low: 1_200_000, high: null }),
      draft(2, "Officials said at least 240 homes in the coastal district were destroyed by Tropical Storm Ines on Monday.", { unit: "home", qualifier: "at_least", value: 240, low: 240, high: null }),
      draft(3, "The council approved a new budget for the repair of roads in the northern district.", { unit: null, qualifier: null, value: null, low: null, high: null }),
    ]);
    expect(found.get(1)).toMatchObject({ rating: "Mostly false", href: `/claims/${published.id}` });
    expect(found.get(2)).toMatchObject({ rating: "True", href: "https://factcheck.example/storm-homes", by: "Example Check" });
    expect(found.has(3)).toBe(false);
  });

  it("finds a verdict published long before the latest ones through the full-text index", async () => {
    const rating = await ratingNamed("False");
    const old = await makeClaim(actors.factchecker, {
      statement: "The harbour authority said 1,900 sturgeon were poisoned by the Velmora chemical spill last spring.",
      unit: "sturgeon", qualifier: "exact", value: 1900, status: "published", ratingId: rating.id, publishedAt: new Date("2001-01-01T00:00:00Z"),
    });
    // More recent verdicts than "Already checked" reads by date, none of them about the spill.
    await db.claim.createMany({
      data: Array.from({ length: PUBLISHED_CANDIDATES + 10 }, (_, i) => ({
        statement: `Routine verdict number ${i} about road repairs.`, status: "published", ratingId: rating.id, publishedAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
        createdById: actors.factchecker.id, updatedById: actors.factchecker.id,
      })),
    });
    const statement = "Officials said the Velmora chemical spill poisoned 1,900 sturgeon last spring, according to the harbour authority.";
    const found = await findAlreadyChecked(actors.viewer, [{ id: 7, statement, sentence: statement, speakerName: null, unit: "sturgeon", qualifier: "exact", value: 1900, low: null, high: null }]);
    expect(found.get(7)).toMatchObject({ rating: "False", href: `/claims/${old.id}` });
  });
});
