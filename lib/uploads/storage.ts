/**
 * Storage of uploaded evidence files in a folder: `<uploads dir>/<sha256>.<extension>`, named by content so
 * an identical file is stored once, and which store is configured (UPLOADS_STORE: this folder, or the
 * database through lib/data/upload-store.ts). No "server-only" marker so the helpers can be unit-tested; it
 * uses node:fs and is only ever imported by server code.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { ALLOWED_UPLOAD_TYPES, type UploadExtension } from "@/lib/uploads/file-type";

const HASH = /^[0-9a-f]{64}$/;

type Env = Record<string, string | undefined>;

/**
 * Where the folder store keeps files: UPLOADS_DIR (a folder every app server mounts, for several servers),
 * else `$CLAIMDESK_DATA_DIR/uploads`, `data/uploads` by default.
 */
export function uploadsDir(env: Env = process.env): string {
  return env.UPLOADS_DIR?.trim() || path.join(env.CLAIMDESK_DATA_DIR || "data", "uploads");
}

export const UPLOAD_STORES = ["folder", "database"] as const;
export type UploadStore = (typeof UPLOAD_STORES)[number];

/** The configured store: UPLOADS_STORE=folder (the default) or database; anything else is a configuration error. */
export function uploadsStore(env: Env = process.env): UploadStore {
  const raw = env.UPLOADS_STORE?.trim().toLowerCase() || "folder";
  if (!(UPLOAD_STORES as readonly string[]).includes(raw)) throw new Error(`UPLOADS_STORE must be "folder" or "database", got "${env.UPLOADS_STORE}".`);
  return raw as UploadStore;
}

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

export function isUploadExtension(value: string): value is UploadExtension {
  return ALLOWED_UPLOAD_TYPES.some((t) => t.extension === value);
}

/** The extension stored for a MIME type we accept, or null. */
export function extensionOfMime(mime: string): UploadExtension | null {
  return ALLOWED_UPLOAD_TYPES.find((t) => t.mime === mime)?.extension ?? null;
}

/** A short name for the type ("PDF", "PNG", "JPEG", "plain-text file"). */
export function labelOfMime(mime: string): string {
  return ALLOWED_UPLOAD_TYPES.find((t) => t.mime === mime)?.label ?? mime;
}

/**
 * The stored file's name. Both parts are checked because the name becomes a path: a hash or
 * extension read from the database must never be able to point outside the uploads folder.
 */
export function storedFileName(hash: string, extension: string): string {
  if (!HASH.test(hash)) throw new Error(`Not a SHA-256 hex digest: ${JSON.stringify(hash)}`);
  if (!isUploadExtension(extension)) throw new Error(`Not an upload extension: ${JSON.stringify(extension)}`);
  return `${hash}.${extension}`;
}

export function storedFilePath(hash: string, extension: string, dir = uploadsDir()): string {
  // The folder is configuration (UPLOADS_DIR), not part of the build: the bundler must not trace it.
  return path.join(/*turbopackIgnore: true*/ dir, storedFileName(hash, extension));
}

/** "812 bytes", "4.2 KB", "3.1 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stores the bytes under their hash. They are written to a temporary name in the same folder and
 * hard-linked into place, so a half-written file never appears under its hash, and of several servers
 * storing the same new file at once (the folder may be shared) exactly one links it: `created` says
 * whether this call put the file there (false when an identical file was already stored).
 */
export async function storeUpload(bytes: Uint8Array, extension: UploadExtension, dir = uploadsDir()) {
  const hash = sha256Hex(bytes);
  const file = storedFilePath(hash, extension, dir);
  if (await exists(file)) return { hash, file, created: false };
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = path.join(dir, `.${hash}.${crypto.randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: "wx", mode: 0o600 });
    await fs.link(temp, file);
    return { hash, file, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return { hash, file, created: false };
    throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Removes a stored file (used when the record for a newly stored file could not be saved). */
export async function removeUpload(hash: string, extension: string, dir = uploadsDir()): Promise<void> {
  await fs.rm(storedFilePath(hash, extension, dir), { force: true });
}

/** The stored bytes, or null when the file is not there. */
export async function readUpload(hash: string, extension: string, dir = uploadsDir()): Promise<Buffer | null> {
  try {
    return await fs.readFile(storedFilePath(hash, extension, dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
