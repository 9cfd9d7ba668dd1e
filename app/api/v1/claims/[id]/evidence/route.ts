import { addEvidence, type EvidenceUpload } from "@/lib/data/evidence";
import { getClaimById } from "@/lib/data/claims";
import { assertCan } from "@/lib/access/authorize";
import { AppError } from "@/lib/platform/errors";
import { MAX_UPLOAD_BYTES, checkUpload } from "@/lib/uploads/file-type";
import { parseJsonBody, routeId, withActor } from "@/lib/web/http";
import { mediaTypeOf, readMultipart, uploadedFile } from "@/lib/web/multipart";
import { fieldErrorsOf, formDataObject, type FieldErrors } from "@/lib/validation/common";
import { ZEvidenceCreate } from "@/lib/validation/evidence";

export const dynamic = "force-dynamic";

/** A claim's evidence, oldest first (the stored file itself downloads from /api/v1/evidence/{id}/file). */
export const GET = withActor<{ params: Promise<{ id: string }> }>(async (_request, actor, { params }) => {
  assertCan(actor, "read");
  const claim = await getClaimById(actor, routeId((await params).id));
  return Response.json({ evidence: claim.evidence.map((evidence) => ({ ...evidence, fileHash: undefined })) });
});

/**
 * Attaches evidence. Documents come as multipart/form-data (the fields plus `file`); web sources and
 * notes may come either way. A route handler rather than an action: actions cap bodies at 1 MB.
 */
export const POST = withActor<{ params: Promise<{ id: string }> }>(async (request, actor, { params }) => {
  assertCan(actor, "evidence.add");
  const claimId = routeId((await params).id);
  const type = mediaTypeOf(request);
  if (type === "application/json") {
    const input = await parseJsonBody(request, ZEvidenceCreate);
    if (input.kind === "document")
      throw new AppError("invalid", "Send documents as multipart/form-data.", { fields: { file: ["Upload the document as multipart/form-data with a file field."] } });
    return Response.json({ evidence: await addEvidence(actor, claimId, input) }, { status: 201 });
  }
  if (type !== "multipart/form-data") throw new AppError("unsupported_media_type", "Send the body as multipart/form-data or application/json.");

  const form = await readMultipart(request, { maxFileBytes: MAX_UPLOAD_BYTES, sizeLabel: "10 MB", outcome: "Nothing was saved." });
  const parsed = ZEvidenceCreate.safeParse(formDataObject(form));
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  let upload: EvidenceUpload | null = null;
  if (form.get("kind") === "document") {
    upload = await uploadedFile(form);
    // Checked here as well as when storing so every problem is reported in one answer.
    const check = upload && checkUpload({ bytes: upload.bytes, declaredName: upload.name });
    if (!upload) errors.file = ["Choose a file to upload."];
    else if (check && !check.ok) errors.file = [check.reason];
  }
  if (!parsed.success || errors.file) throw new AppError("invalid", "Please correct the highlighted fields. Nothing was saved.", { fields: errors });
  return Response.json({ evidence: await addEvidence(actor, claimId, parsed.data, upload) }, { status: 201 });
});
