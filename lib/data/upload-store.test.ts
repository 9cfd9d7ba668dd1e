import fs from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex, uploadsDir, type UploadStore } from "@/lib/uploads/storage";
import { countRows, expectRefused } from "./testing/harness";
import { makeActors, makeClaim, type Actors } from "./testing/fixtures";
import { deleteUploadedFile, loadUploadedFile, saveUploadedFile } from "./upload-store";
import { addEvidence, getEvidenceFile } from "./evidence";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});
afterEach(() => {
  delete process.env.UPLOADS_STORE;
});

const bytesOf = (text: string) => new TextEncoder().encode(text);
const folderFiles = () => (fs.existsSync(uploadsDir()) ? fs.readdirSync(uploadsDir()).filter((f) => !f.startsWith(".")) : []);

describe.each<UploadStore>(["folder", "database"])("the %s store", (store) => {
  it("stores a file once under its hash, serves it back, and removes it", async () => {
    const bytes = bytesOf(`A transcript for the ${store} store.`);
    const hash = sha256Hex(bytes);
    expect(await saveUploadedFile(actors.factchecker, bytes, "txt", store)).toEqual({ hash, created: true });
    expect(await saveUploadedFile(actors.factchecker, bytes, "txt", store)).toEqual({ hash, created: false });
    expect((await loadUploadedFile(actors.viewer, hash, "txt", store))?.toString("utf8")).toBe(`A transcript for the ${store} store.`);
    expect(await loadUploadedFile(actors.viewer, hash, "pdf", store)).toBeNull();
    await deleteUploadedFile(actors.factchecker, hash, "txt", store);
    expect(await loadUploadedFile(actors.viewer, hash, "txt", store)).toBeNull();
  });

  it("lets exactly one of several simultaneous saves of one file create it", async () => {
    const bytes = bytesOf(`Saved at once (${store}).`);
    const results = await Promise.all([1, 2, 3, 4].map(() => saveUploadedFile(actors.factchecker, bytes, "txt", store)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it("refuses a viewer's save and names that cannot be file names, and stores nothing", async () => {
    const [files, rows] = [folderFiles(), await countRows("UploadedFile")];
    await expectRefused(() => saveUploadedFile(actors.viewer, bytesOf("not allowed"), "txt", store), "forbidden");
    await expect(loadUploadedFile(actors.viewer, "../../etc/passwd", "txt", store)).rejects.toThrow(/SHA-256/);
    expect([folderFiles(), await countRows("UploadedFile")]).toEqual([files, rows]);
  });
});

describe("evidence with UPLOADS_STORE=database", () => {
  it("keeps the document in the database only, and serves it from there", async () => {
    process.env.UPLOADS_STORE = "database";
    const claim = await makeClaim(actors.factchecker);
    const text = `Database-stored transcript for claim ${claim.id}.`;
    const files = folderFiles();
    const evidence = await addEvidence(actors.factchecker, claim.id, { kind: "document", title: "Transcript", stance: "context" }, { bytes: bytesOf(text), name: "t.txt" });
    expect(folderFiles()).toEqual(files);
    expect(await countRows("UploadedFile", `"hash" = ?`, sha256Hex(bytesOf(text)))).toBe(1);
    expect(Buffer.from((await getEvidenceFile(actors.viewer, evidence.id)).bytes).toString("utf8")).toBe(text);
    // The same desk read with the folder store does not find it: the setting decides where files are.
    process.env.UPLOADS_STORE = "folder";
    await expect(getEvidenceFile(actors.viewer, evidence.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
