import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sha256Hex, uploadsDir } from "@/lib/uploads/storage";
import { expectAudited, expectRefused, withAuditRefused } from "./testing/harness";
import { makeActors, makeClaim, type Actors } from "./testing/fixtures";
import { addEvidence, getEvidenceFile } from "./evidence";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const urlEvidence = { kind: "url" as const, url: "https://example.org/report", title: "Ministry report", publisher: "Ministry", stance: "supports" as const };
const documentEvidence = { kind: "document" as const, title: "Interview transcript", stance: "context" as const };
const textFile = (text: string) => ({ bytes: new TextEncoder().encode(text), name: "transcript.txt" });
const storedFiles = () => (fs.existsSync(uploadsDir()) ? fs.readdirSync(uploadsDir()).filter((f) => !f.startsWith(".")) : []);

describe("addEvidence", () => {
  it("refuses a viewer and writes nothing (no record, no file)", async () => {
    const claim = await makeClaim(actors.factchecker);
    await expectRefused(() => addEvidence(actors.viewer, claim.id, urlEvidence), "forbidden");
    const files = storedFiles();
    await expectRefused(() => addEvidence(actors.viewer, claim.id, documentEvidence, textFile("refused upload")), "forbidden");
    expect(storedFiles()).toEqual(files);
  });

  it("attaches a web source with one audit record in the same transaction", async () => {
    const claim = await makeClaim(actors.factchecker);
    const { result, audits } = await expectAudited(() => addEvidence(actors.factchecker, claim.id, urlEvidence), {
      actorId: actors.factchecker.id,
      entity: "evidence",
      claimId: claim.id,
      action: "create",
    });
    expect(result).toMatchObject({ claimId: claim.id, kind: "url", url: urlEvidence.url, addedById: actors.factchecker.id });
    expect(audits[0]).toMatchObject({ entityId: String(result.id), after: { kind: "url", url: urlEvidence.url, title: "Ministry report" } });
  });

  it("stores an uploaded document by content hash, records it once, and serves it back", async () => {
    const claim = await makeClaim(actors.factchecker);
    const text = `Transcript ${claim.id}: the commander confirmed 17 trucks.`;
    const { result } = await expectAudited(() => addEvidence(actors.factchecker, claim.id, documentEvidence, textFile(text)), {
      entity: "evidence",
      claimId: claim.id,
      action: "create",
    });
    const hash = sha256Hex(new TextEncoder().encode(text));
    expect(result).toMatchObject({ kind: "document", fileHash: hash, fileName: "transcript.txt", fileType: "text/plain" });
    expect(fs.existsSync(path.join(uploadsDir(), `${hash}.txt`))).toBe(true);
    const file = await getEvidenceFile(actors.viewer, result.id);
    expect(Buffer.from(file.bytes).toString("utf8")).toBe(text);
    expect(file.mime).toBe("text/plain");
  });

  it("removes a newly stored file when its record cannot be written, and stores none for a missing claim", async () => {
    const claim = await makeClaim(actors.factchecker);
    const files = storedFiles();
    await expect(withAuditRefused(() => addEvidence(actors.factchecker, claim.id, documentEvidence, textFile(`Orphan ${claim.id}`)))).rejects.toThrow();
    expect(storedFiles()).toEqual(files);
    await expect(addEvidence(actors.factchecker, 999_999, documentEvidence, textFile(`Nowhere ${claim.id}`))).rejects.toMatchObject({ code: "not_found" });
    expect(storedFiles()).toEqual(files);
  });

  it("refuses a document without a file or with a disallowed one, on the file field, and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker);
    expect((await expectRefused(() => addEvidence(actors.factchecker, claim.id, documentEvidence), "invalid")).fields).toHaveProperty("file");
    const html = { bytes: new TextEncoder().encode("<!doctype html><html><body>x</body></html>"), name: "page.html" };
    expect((await expectRefused(() => addEvidence(actors.factchecker, claim.id, documentEvidence, html), "invalid")).fields).toHaveProperty("file");
  });

  it("refuses a claim that does not exist", async () => {
    await expectRefused(() => addEvidence(actors.factchecker, 999_999, urlEvidence), "not_found");
  });
});

describe("getEvidenceFile", () => {
  it("says not found for evidence without a file, or missing", async () => {
    const claim = await makeClaim(actors.factchecker);
    const source = await addEvidence(actors.factchecker, claim.id, urlEvidence);
    await expect(getEvidenceFile(actors.viewer, source.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getEvidenceFile(actors.viewer, 999_999)).rejects.toMatchObject({ code: "not_found" });
  });
});
