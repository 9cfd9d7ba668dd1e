import { beforeAll, describe, expect, it } from "vitest";
import { countRows, expectAudited, expectNothingWritten, expectRefused } from "./testing/harness";
import { makeActors, makeClaim, unique, type Actors } from "./testing/fixtures";
import { importClaimReviews, listExternalFactChecks, listRecentExternalFactChecks } from "./external-fact-checks";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const review = (url: string, claimReviewed: string, rating = "False") => ({
  "@type": "ClaimReview",
  url,
  claimReviewed,
  reviewRating: { alternateName: rating, ratingValue: 1 },
  author: { name: "Other Checkers" },
  datePublished: "2024-03-01",
});

describe("importClaimReviews", () => {
  it("refuses a viewer and writes nothing", async () => {
    await expectRefused(() => importClaimReviews(actors.viewer, JSON.stringify(review("https://checks.example/v", "Anything"))), "forbidden");
  });

  it("stores each review linked to the matching claim, one audit record each, all in one transaction", async () => {
    const statement = unique("Seventeen trucks left Baghouz on Tuesday");
    const claim = await makeClaim(actors.factchecker, { statement });
    const urls = [`https://checks.example/${claim.id}/a`, `https://checks.example/${claim.id}/b`];
    const text = JSON.stringify([review(urls[0], statement), review(urls[1], "Something nobody on the desk has said about penguins")]);
    const { result, audits } = await expectAudited(() => importClaimReviews(actors.factchecker, text), [
      { entity: "external_fact_check", action: "create", actorId: actors.factchecker.id },
      { entity: "external_fact_check", action: "create", actorId: actors.factchecker.id },
    ]);
    expect(result).toEqual({ ok: true, created: 2, updated: 0, linked: 1 });
    expect(audits[0].after).toMatchObject({ url: urls[0], claimId: claim.id, publisher: "Other Checkers" });
    const linked = await listExternalFactChecks(actors.viewer, claim.id);
    expect(linked.map((f) => f.url)).toEqual([urls[0]]);
  });

  it("finds the claim through the full-text index: reworded, among many claims sharing its common words, older than the rest", async () => {
    const marker = unique("x").replace(/\D/g, "").replace(/\d/g, (d) => String.fromCharCode(97 + Number(d))); // letters: indexed words hold no digits
    const wanted = await makeClaim(actors.factchecker, { statement: `The governor of Qamishlo${marker} said 40 fuel tankers crossed the border bridge` });
    // Many later claims share the common words but not the rare ones; a claim that says something else shares one rare word.
    for (let i = 0; i < 60; i++) await makeClaim(actors.factchecker, { statement: `The governor said ${i} tankers crossed the border` });
    const near = await makeClaim(actors.factchecker, { statement: `Qamishlo${marker} residents reported power cuts on Tuesday` });
    const url = `https://checks.example/index/${wanted.id}`;
    const text = JSON.stringify([review(url, `40 fuel tankers crossed the border bridge, the governor of Qamishlo${marker} said`)]);
    expect(await importClaimReviews(actors.factchecker, text)).toEqual({ ok: true, created: 1, updated: 0, linked: 1 });
    expect((await listExternalFactChecks(actors.viewer, wanted.id)).map((f) => f.url)).toEqual([url]);
    expect(await listExternalFactChecks(actors.viewer, near.id)).toEqual([]);
  });

  it("updates a review imported before instead of repeating it, with an update record", async () => {
    const url = `https://checks.example/${unique("again").replace(" ", "-")}`;
    await importClaimReviews(actors.factchecker, JSON.stringify(review(url, "A claim about bridges")));
    const { result, audits } = await expectAudited(() => importClaimReviews(actors.editor, JSON.stringify(review(url, "A claim about bridges", "Mostly false"))), {
      entity: "external_fact_check",
      action: "update",
    });
    expect(result).toMatchObject({ ok: true, created: 0, updated: 1 });
    expect(audits[0].before).toMatchObject({ ratingName: "False" });
    expect(audits[0].after).toMatchObject({ ratingName: "Mostly false" });
    expect(await countRows("ExternalFactCheck", "url = ?", url)).toBe(1);
  });

  it("stores nothing when any review is invalid", async () => {
    const text = JSON.stringify([review("https://checks.example/ok", "Fine"), { "@type": "ClaimReview", url: "not a url", claimReviewed: "" }]);
    const outcome = await expectNothingWritten(() => importClaimReviews(actors.factchecker, text));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.every((e) => e.item === 2)).toBe(true);
  });
});

describe("listing external fact-checks", () => {
  it("lists recent imports with their claim, for every role, and says not found for a missing claim", async () => {
    const url = `https://checks.example/${unique("recent").replace(" ", "-")}`;
    await importClaimReviews(actors.factchecker, JSON.stringify(review(url, "A claim about tunnels")));
    for (const actor of Object.values(actors)) expect((await listRecentExternalFactChecks(actor, 5))[0]).toMatchObject({ url, importedBy: { name: "Chris Checker" } });
    await expect(listExternalFactChecks(actors.viewer, 999_999)).rejects.toMatchObject({ code: "not_found" });
  });
});
