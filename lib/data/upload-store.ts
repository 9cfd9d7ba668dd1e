/** Evidence files in the configured store: the uploads folder, or the UploadedFile table (UPLOADS_STORE=database). */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import type { UploadExtension } from "@/lib/uploads/file-type";
import { readUpload, removeUpload, sha256Hex, storeUpload, storedFileName, uploadsStore, type UploadStore } from "@/lib/uploads/storage";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Either store keeps a file once under its SHA-256. The folder suits one server (or servers that mount one
 * shared folder); the database suits several servers with nothing shared but the database, and puts the
 * files into the database's own backups.
 */

/** Stores the bytes; `created` says whether this call added them (false when the same file was there). */
export async function saveUploadedFile(actor: Actor, bytes: Uint8Array, extension: UploadExtension, store: UploadStore = uploadsStore()) {
  assertCan(actor, "evidence.add");
  if (store === "folder") {
    const { hash, created } = await storeUpload(bytes, extension);
    return { hash, created };
  }
  const hash = sha256Hex(bytes);
  storedFileName(hash, extension);
  if (await db.uploadedFile.findUnique({ where: { hash }, select: { hash: true } })) return { hash, created: false };
  try {
    await db.uploadedFile.create({ data: { hash, extension, size: bytes.byteLength, bytes: Buffer.from(bytes) } });
    return { hash, created: true };
  } catch (error) {
    // Another request (perhaps on another server) stored the same file first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { hash, created: false };
    throw error;
  }
}

/** The stored bytes, or null when the store does not have them. */
export async function loadUploadedFile(actor: Actor, hash: string, extension: string, store: UploadStore = uploadsStore()): Promise<Buffer | null> {
  assertCan(actor, "read");
  if (store === "folder") return readUpload(hash, extension);
  storedFileName(hash, extension);
  const row = await db.uploadedFile.findUnique({ where: { hash }, select: { bytes: true, extension: true } });
  return row && row.extension === extension ? Buffer.from(row.bytes) : null;
}

/** Removes a stored file no record uses (after the record for a newly stored file could not be saved). */
export async function deleteUploadedFile(actor: Actor, hash: string, extension: string, store: UploadStore = uploadsStore()): Promise<void> {
  assertCan(actor, "evidence.add");
  if (store === "folder") return removeUpload(hash, extension);
  storedFileName(hash, extension);
  await db.uploadedFile.deleteMany({ where: { hash, extension } });
}
