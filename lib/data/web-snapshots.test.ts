import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { runQueuedJobs } from "@/lib/jobs/run-jobs";
import { FIXTURE_EVIDENCE, startFixtureSite, type FixtureSite } from "@/lib/intake/testing/fixture-site";
import type { CheckResult } from "@/lib/intake/check-web-page";
import { countRows, expectAudited, expectRefused, rawQuery } from "./testing/harness";
import { makeActors, makeClaim, makeEvidence, type Actors } from "./testing/fixtures";
import { addEvidence } from "./evidence";
import { getClaimById } from "./claims";
import { verifiedClaimBatches } from "./reports";
import { toReportJson, toReportRow } from "@/lib/reports/report-rows";
import {
  getSnapshotCopy,
  pendingSnapshotChecks,
  queueDueSnapshotChecks,
  recordSnapshot,
  requestSnapshotCheck,
  textHash,
} from "./web-snapshots";

let actors: Actors;
let site: FixtureSite;
beforeAll(async () => {
  actors = await makeActors();
  site = await startFixtureSite();
  // The fixture site is on 127.0.0.1, which the fetcher refuses unless the desk allows it.
  process.env.FETCH_ALLOW_HOSTS = "127.0.0.1";
});
afterAll(() => site.close());

const page = (text: string): CheckResult => ({ ok: true, finalUrl: "https://example.org/final", httpStatus: 200, contentType: "text/html", title: "Bulletin", text });
const snapshotJobs = (evidenceId: number) => countRows("Job", `"kind" = 'web-snapshot' AND "input" = ?`, JSON.stringify({ evidenceId }));

describe("recordSnapshot", () => {
  it("keeps the first copy, then says whether later checks found the same text, new text, or nothing", async () => {
    const claim = await makeClaim(actors.factchecker);
    const evidence = await makeEvidence(actors.factchecker, claim.id);
    const { result: first, audits } = await expectAudited(() => recordSnapshot(actors.factchecker, evidence.id, page("At least 85 people were rescued.")), {
      entity: "web_snapshot",
      action: "create",
      claimId: claim.id,
      actorId: actors.factchecker.id,
    });
    expect(first).toMatchObject({ outcome: "archived", httpStatus: 200, finalUrl: "https://example.org/final", contentHash: textHash("At least 85 people were rescued.") });
    expect(audits[0].after).toMatchObject({ outcome: "archived", evidenceId: evidence.id });
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);

    // Only spacing differs: the same words, so the same hash, and no second copy of the text.
    const same = await recordSnapshot(actors.editor, evidence.id, page("At least  85 people\nwere rescued."));
    expect(same.outcome).toBe("unchanged");
    expect(await rawQuery(`SELECT "text" FROM "WebSnapshot" WHERE "id" = ?`, same.id)).toEqual([{ text: null }]);
    expect((await getSnapshotCopy(actors.viewer, same.id)).text).toBe("At least 85 people were rescued.");

    const changed = await recordSnapshot(actors.editor, evidence.id, page("At least 90 people were rescued."));
    expect(changed.outcome).toBe("changed");
    expect((await getSnapshotCopy(actors.viewer, changed.id)).text).toBe("At least 90 people were rescued.");
    // Compared with the latest copy, not the first.
    expect((await recordSnapshot(actors.editor, evidence.id, page("At least 90 people were rescued."))).outcome).toBe("unchanged");

    const gone = await recordSnapshot(actors.editor, evidence.id, { ok: false, gone: true, httpStatus: 410, error: "The server answered 410 Gone." });
    expect(gone).toMatchObject({ outcome: "gone", httpStatus: 410, error: "The server answered 410 Gone.", contentHash: null });
    const failed = await recordSnapshot(actors.editor, evidence.id, { ok: false, gone: false, httpStatus: null, error: "The server did not answer within 15 s." });
    expect(failed.outcome).toBe("failed");
    await expectRefused(() => getSnapshotCopy(actors.viewer, failed.id), "not_found");

    const listed = (await getClaimById(actors.viewer, claim.id)).evidence[0].snapshots.map((s) => s.outcome);
    expect(listed).toEqual(["archived", "unchanged", "changed", "unchanged", "gone", "failed"]);
  });

  it("refuses a viewer, and a commit that fails takes the snapshot back with it", async () => {
    const claim = await makeClaim(actors.factchecker);
    const evidence = await makeEvidence(actors.factchecker, claim.id);
    await expectRefused(() => recordSnapshot(actors.viewer, evidence.id, page("text")), "forbidden");
    await expect(
      recordSnapshot(actors.factchecker, evidence.id, page("text"), async () => {
        throw new Error("the job was taken over");
      }),
    ).rejects.toThrow("the job was taken over");
    expect(await countRows("WebSnapshot", `"evidenceId" = ?`, evidence.id)).toBe(0);
  });
});

describe("queueing checks", () => {
  it("attaching a web source queues its archive in the same transaction; notes queue nothing", async () => {
    const claim = await makeClaim(actors.factchecker);
    const { result } = await expectAudited(
      () => addEvidence(actors.factchecker, claim.id, { kind: "url", url: `${site.origin}/bulletin.html`, title: "Bulletin", stance: "supports" }),
      { entity: "evidence", action: "create" },
    );
    expect(await snapshotJobs(result.id)).toBe(1);
    expect(await pendingSnapshotChecks(actors.viewer, [result.id])).toEqual(new Set([result.id]));
    const note = await addEvidence(actors.factchecker, claim.id, { kind: "note", contactName: "A source", contactedAt: new Date(), notes: "Said so.", title: "Call", stance: "context" });
    expect(await snapshotJobs(note.id)).toBe(0);
    await expectRefused(() => requestSnapshotCheck(actors.factchecker, note.id), "invalid");
  });

  it("check again queues one check at a time, for those who may add evidence", async () => {
    const claim = await makeClaim(actors.factchecker);
    const evidence = await makeEvidence(actors.factchecker, claim.id);
    await expectRefused(() => requestSnapshotCheck(actors.viewer, evidence.id), "forbidden");
    await expectRefused(() => requestSnapshotCheck(actors.editor, 987654), "not_found");
    expect(await requestSnapshotCheck(actors.editor, evidence.id)).toEqual({ queued: true });
    expect(await requestSnapshotCheck(actors.editor, evidence.id)).toEqual({ queued: false });
    expect(await snapshotJobs(evidence.id)).toBe(1);
  });

  it("the periodic re-check queues sources not checked since the cut-off, once", async () => {
    await db.job.deleteMany({ where: { kind: "web-snapshot" } });
    const claim = await makeClaim(actors.factchecker);
    const stale = await makeEvidence(actors.factchecker, claim.id);
    const fresh = await makeEvidence(actors.factchecker, claim.id);
    await db.webSnapshot.create({ data: { evidenceId: stale.id, url: "https://example.org/source", outcome: "archived", fetchedAt: new Date("2020-01-01T00:00:00Z") } });
    await db.webSnapshot.create({ data: { evidenceId: fresh.id, url: "https://example.org/source", outcome: "archived" } });
    const cutOff = new Date(Date.now() - 7 * 86_400_000);
    const queued = await queueDueSnapshotChecks(db, cutOff);
    expect(await snapshotJobs(stale.id)).toBe(1);
    expect(await snapshotJobs(fresh.id)).toBe(0);
    expect(queued).toBeGreaterThanOrEqual(1);
    expect(await queueDueSnapshotChecks(db, cutOff)).toBe(0);
  });
});

describe("the archive job against a local site", () => {
  it("archives the page, then finds it unchanged, changed and gone", async () => {
    await db.job.deleteMany({ where: { kind: "web-snapshot" } });
    const path = `/source-${Date.now()}.html`;
    site.setPage(path, FIXTURE_EVIDENCE("1"));
    const claim = await makeClaim(actors.factchecker);
    const evidence = await addEvidence(actors.factchecker, claim.id, { kind: "url", url: `${site.origin}${path}`, title: "Fire service bulletin", stance: "supports" });
    const run = async () => {
      await runQueuedJobs("test-worker");
      return db.webSnapshot.findFirstOrThrow({ where: { evidenceId: evidence.id }, orderBy: { id: "desc" } });
    };
    const first = await run();
    expect(first).toMatchObject({ outcome: "archived", httpStatus: 200, finalUrl: `${site.origin}${path}`, contentType: "text/html", title: "Flood bulletin 1" });
    expect(first.text).toContain("rescued 85 people");
    expect(await countRows("Job", `"kind" = 'web-snapshot' AND "status" = 'succeeded' AND "input" = ?`, JSON.stringify({ evidenceId: evidence.id }))).toBe(1);

    await requestSnapshotCheck(actors.editor, evidence.id);
    expect((await run()).outcome).toBe("unchanged");

    site.setPage(path, FIXTURE_EVIDENCE("2"));
    await requestSnapshotCheck(actors.editor, evidence.id);
    const changed = await run();
    expect(changed.outcome).toBe("changed");
    expect(changed.text).toContain("edition 2");
    expect(changed.requestedById).toBe(actors.editor.id);

    site.remove(path);
    await requestSnapshotCheck(actors.editor, evidence.id);
    expect(await run()).toMatchObject({ outcome: "gone", httpStatus: 410, error: "The server answered 410 Gone." });
  });

  it("records a refused address as a failed check with its reason", async () => {
    const claim = await makeClaim(actors.factchecker);
    const evidence = await addEvidence(actors.factchecker, claim.id, { kind: "url", url: "http://169.254.169.254/latest/meta-data/", title: "Metadata", stance: "context" });
    await runQueuedJobs("test-worker");
    const check = await db.webSnapshot.findFirstOrThrow({ where: { evidenceId: evidence.id } });
    expect(check.outcome).toBe("failed");
    expect(check.error).toMatch(/^That address points into a link-local network/);
  });
});

describe("the JSON export", () => {
  it("lists a published claim's web source checks with the archived text; the CSV row does not", async () => {
    const claim = await makeClaim(actors.factchecker, { status: "published", publishedAt: new Date(), statement: "Snapshot export claim" });
    const evidence = await makeEvidence(actors.factchecker, claim.id);
    await recordSnapshot(actors.factchecker, evidence.id, page("The exported archived text."));
    let found: Parameters<typeof toReportJson>[0] | undefined;
    for await (const batch of verifiedClaimBatches(actors.viewer, {})) found ??= batch.find((c) => c.id === claim.id);
    const json = JSON.parse(JSON.stringify(toReportJson(found!)));
    expect(json.evidence[0].snapshots).toEqual([
      expect.objectContaining({ outcome: "archived", httpStatus: 200, text: "The exported archived text.", contentHash: textHash("The exported archived text.") }),
    ]);
    expect(JSON.stringify(toReportRow(found!))).not.toContain("The exported archived text.");
  });
});
