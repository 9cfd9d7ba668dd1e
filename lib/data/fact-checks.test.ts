import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { claimReviewSlug } from "@/lib/reports/claim-review";
import { makeActors, makeClaim, makeEvidence, ratingNamed, type Actors } from "./testing/fixtures";
import { getPublicFactCheck } from "./fact-checks";
import { updateSetting } from "./settings";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

async function publishedClaim() {
  const rating = await ratingNamed("True");
  const claim = await makeClaim(actors.factchecker, { status: "published", ratingId: rating.id, explanation: "Footage shows it.", publishedAt: new Date() });
  await makeEvidence(actors.factchecker, claim.id);
  await db.evidence.create({ data: { claimId: claim.id, kind: "note", title: "Call", contactName: "A source", notes: "Private notes", stance: "supports", addedById: actors.factchecker.id } });
  return claim;
}

describe("getPublicFactCheck", () => {
  it("shows nothing while the desk does not publish fact-check pages", async () => {
    const claim = await publishedClaim();
    expect(await getPublicFactCheck(claimReviewSlug(claim))).toBeNull();
  });

  it("shows a published verdict with public fields only once publishing is on", async () => {
    await updateSetting(actors.admin, "publishingEnabled", true);
    await updateSetting(actors.admin, "organizationName", "Example Desk");
    const claim = await publishedClaim();
    const page = await getPublicFactCheck(claimReviewSlug(claim));
    expect(page).toMatchObject({ claim: { id: claim.id, explanation: "Footage shows it.", rating: { name: "True" } }, organization: { name: "Example Desk" } });
    // Interview notes and people stay private: only web sources are shown.
    expect(page!.claim.evidence.map((e) => e.url)).toEqual(["https://example.org/source"]);
    expect(JSON.stringify(page)).not.toContain("Private notes");
    expect(JSON.stringify(page)).not.toContain(actors.factchecker.name);
  });

  it("shows nothing for a claim that is not published, or an address naming no claim", async () => {
    await updateSetting(actors.admin, "publishingEnabled", true);
    const draft = await makeClaim(actors.factchecker, { status: "verdict_proposed", ratingId: (await ratingNamed("False")).id });
    expect(await getPublicFactCheck(claimReviewSlug(draft))).toBeNull();
    expect(await getPublicFactCheck("not-a-claim")).toBeNull();
  });
});
