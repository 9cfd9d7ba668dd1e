import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  extensionOfMime,
  formatFileSize,
  readUpload,
  removeUpload,
  sha256Hex,
  storeUpload,
  storedFileName,
  storedFilePath,
  uploadsDir,
  uploadsStore,
} from "./storage";

const utf8 = (text: string) => new TextEncoder().encode(text);
// sha256("abc"), the FIPS 180-2 test vector.
const ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

describe("paths", () => {
  it("keeps uploads under the data dir, data/ by default", () => {
    expect(uploadsDir({})).toBe(path.join("data", "uploads"));
    expect(uploadsDir({ CLAIMDESK_DATA_DIR: "/tmp/desk" })).toBe(path.join("/tmp/desk", "uploads"));
  });

  it("uses UPLOADS_DIR, a folder the servers share, when it is set", () => {
    expect(uploadsDir({ CLAIMDESK_DATA_DIR: "/tmp/desk", UPLOADS_DIR: "/mnt/shared/uploads" })).toBe("/mnt/shared/uploads");
    expect(uploadsDir({ CLAIMDESK_DATA_DIR: "/tmp/desk", UPLOADS_DIR: " " })).toBe(path.join("/tmp/desk", "uploads"));
  });

  it("names a file by its hash and extension", () => {
    expect(sha256Hex(utf8("abc"))).toBe(ABC);
    expect(storedFileName(ABC, "pdf")).toBe(`${ABC}.pdf`);
    expect(storedFilePath(ABC, "txt", "/u")).toBe(path.join("/u", `${ABC}.txt`));
  });

  it("refuses anything that is not a hex digest and an upload extension", () => {
    expect(() => storedFileName("../../etc/passwd", "pdf")).toThrow();
    expect(() => storedFileName(ABC.toUpperCase(), "pdf")).toThrow();
    expect(() => storedFileName(`${ABC}/x`, "pdf")).toThrow();
    expect(() => storedFileName(ABC, "html")).toThrow();
    expect(() => storedFileName(ABC, "pdf/../x")).toThrow();
  });

  it("maps MIME types to stored extensions", () => {
    expect(extensionOfMime("application/pdf")).toBe("pdf");
    expect(extensionOfMime("image/jpeg")).toBe("jpg");
    expect(extensionOfMime("text/html")).toBeNull();
  });

  it("formats sizes", () => {
    expect(formatFileSize(1)).toBe("1 byte");
    expect(formatFileSize(812)).toBe("812 bytes");
    expect(formatFileSize(4300)).toBe("4.2 KB");
    expect(formatFileSize(10 * 1024 * 1024)).toBe("10.0 MB");
  });
});

describe("storeUpload", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-uploads-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("stores identical bytes once and leaves no temporary files", async () => {
    const dest = path.join(dir, "uploads");
    const first = await storeUpload(utf8("abc"), "txt", dest);
    const second = await storeUpload(utf8("abc"), "txt", dest);
    expect(first).toMatchObject({ hash: ABC, created: true });
    expect(second).toMatchObject({ hash: ABC, created: false });
    expect(fs.readdirSync(dest)).toEqual([`${ABC}.txt`]);
    expect((await readUpload(ABC, "txt", dest))?.toString()).toBe("abc");
  });

  it("survives concurrent stores of the same new file", async () => {
    const results = await Promise.all([1, 2, 3].map(() => storeUpload(utf8("same"), "txt", dir)));
    expect(new Set(results.map((r) => r.hash)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(fs.readdirSync(dir)).toEqual([`${sha256Hex(utf8("same"))}.txt`]);
  });

  it("removes a file and reads a missing one as null", async () => {
    const { hash } = await storeUpload(utf8("gone"), "txt", dir);
    await removeUpload(hash, "txt", dir);
    expect(await readUpload(hash, "txt", dir)).toBeNull();
    await expect(removeUpload(hash, "txt", dir)).resolves.toBeUndefined();
  });
});

describe("uploadsStore", () => {
  it("is the folder unless UPLOADS_STORE says database", () => {
    expect(uploadsStore({})).toBe("folder");
    expect(uploadsStore({ UPLOADS_STORE: "" })).toBe("folder");
    expect(uploadsStore({ UPLOADS_STORE: "Database " })).toBe("database");
    expect(uploadsStore({ UPLOADS_STORE: "folder" })).toBe("folder");
  });

  it("refuses a store it does not know, naming the setting", () => {
    expect(() => uploadsStore({ UPLOADS_STORE: "s3" })).toThrow(/UPLOADS_STORE/);
  });
});
