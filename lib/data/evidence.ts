/** Data access for evidence: attach web sources (queueing their archive), notes and stored documents, and serve the files back. */
import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import type { Evidence, WebSnapshot } from "@/lib/generated/prisma/client";
import { pickFields } from "@/lib/data/audit-diff";
import { checkUpload, safeDownloadName } from "@/lib/uploads/file-type";
import { extensionOfMime, uploadsStore } from "@/lib/uploads/storage";
import { deleteUploadedFile, loadUploadedFile, saveUploadedFile } from "./upload-store";
import type { TEvidenceCreate } from "@/lib/validation/evidence";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { queueSnapshotIn } from "./web-snapshots";

const EVIDENCE_FIELDS = [
  "kind", "url", "title", "notes", "publisher", "accessedAt", "fileHash", "fileName", "fileType", "fileSize",
  "contactName", "contactedAt", "stance",
] as const;

/** A file as it arrived: its bytes and the name the sender gave it (used only for messages and downloads). */
/** A piece of evidence as the claim page lists it. */
export type EvidenceItem = Evidence & { addedBy: { name: string }; snapshots?: WebSnapshotSummary[] };

export interface EvidenceUpload {
  bytes: Uint8Array;
  name: string;
}

/** A check of a web source as the claim page lists it (the text is read from its own page). */
export type WebSnapshotSummary = Omit<WebSnapshot, "text" | "evidenceId" | "requestedById">;

type StoredFile = { fileHash: string; fileName: string; fileType: string; fileSize: number };

const fileError = (message: string) => new AppError("invalid", message, { fields: { file: [message] } });

/** The part of the record that depends on the kind; documents bring their stored file. */
function kindFields(input: TEvidenceCreate, file: StoredFile | null) {
  switch (input.kind) {
    case "url":
      return { url: input.url ?? null, publisher: input.publisher ?? null, accessedAt: input.accessedAt ?? null, notes: input.notes ?? null };
    case "document":
      return { ...file, notes: input.notes ?? null };
    case "note":
      return { contactName: input.contactName, contactedAt: input.contactedAt ?? null, notes: input.notes };
  }
}

/**
 * Attaches evidence to a claim. A document's upload is checked from its bytes and stored by content
 * hash before the record is written; if the record cannot be written, a file this call stored is
 * removed again unless another record already uses it.
 */
export async function addEvidence(actor: Actor, claimId: number, input: TEvidenceCreate, upload?: EvidenceUpload | null) {
  assertCan(actor, "evidence.add");
  let file: StoredFile | null = null;
  let created = false;
  if (input.kind === "document") {
    if (!upload) throw fileError("Choose a file to upload.");
    const check = checkUpload({ bytes: upload.bytes, declaredName: upload.name });
    if (!check.ok) throw fileError(check.reason);
    // Checked before storing so a request for a missing claim leaves nothing behind.
    if (!(await db.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw notFound("That claim");
    const stored = await saveUploadedFile(actor, upload.bytes, check.extension);
    created = stored.created;
    const fileName = (upload.name.split(/[/\\]/).pop() ?? "").trim().slice(0, 255) || `evidence.${check.extension}`;
    file = { fileHash: stored.hash, fileName, fileType: check.mime, fileSize: check.size };
  }
  try {
    return await db.$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
      if (!claim) throw notFound("That claim");
      const evidence = await tx.evidence.create({
        data: { claimId, kind: input.kind, title: input.title, stance: input.stance, addedById: actor.id, ...kindFields(input, file) },
      });
      await recordAudit(tx, { actor, entity: "evidence", entityId: evidence.id, claimId, action: "create", after: pickFields(evidence, EVIDENCE_FIELDS) });
      // A web source is archived by a background job, so attaching it does not wait for the page.
      if (evidence.kind === "url" && evidence.url) await queueSnapshotIn(tx, actor, evidence.id);
      return evidence;
    });
  } catch (error) {
    if (file && created) await removeOrphan(actor, file.fileHash, file.fileType);
    throw error;
  }
}

async function removeOrphan(actor: Actor, hash: string, mime: string) {
  try {
    const users = await db.evidence.count({ where: { fileHash: hash } });
    const extension = extensionOfMime(mime);
    if (users === 0 && extension) await deleteUploadedFile(actor, hash, extension);
  } catch (cleanupError) {
    console.error("Could not remove an orphaned upload", hash, cleanupError);
  }
}

/** A stored evidence file for download, or a not-found error (no such evidence, no file, or file gone). */
export async function getEvidenceFile(actor: Actor, evidenceId: number) {
  assertCan(actor, "read");
  const evidence = await db.evidence.findUnique({
    where: { id: evidenceId },
    select: { fileHash: true, fileName: true, fileType: true },
  });
  const extension = evidence?.fileType ? extensionOfMime(evidence.fileType) : null;
  if (!evidence?.fileHash || !extension) throw notFound("That file");
  const bytes = await loadUploadedFile(actor, evidence.fileHash, extension);
  if (!bytes) {
    console.error(`Evidence ${evidenceId}: stored file ${evidence.fileHash}.${extension} is missing from the ${uploadsStore()} store`);
    throw notFound("That file");
  }
  return { bytes, mime: evidence.fileType as string, downloadName: safeDownloadName(evidence.fileName ?? "", extension) };
}
