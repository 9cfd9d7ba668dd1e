import { addEvidence, type EvidenceUpload } from "@/lib/data/evidence";
import { getClaimById } from "@/lib/data/claims";
import { wakeJobWorker } from "@/lib/jobs/job-worker";
import { assertCan } from "@/lib/access/authorize";
import { AppError } from "@/lib/platform/errors";
import { MAX_UPLOAD_BYTES, checkUpload } from "@/lib/uploads/file-type";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";
import { mediaTypeOf, readMultipart, uploadedFile } from "@/lib/web/multipart";
import { fieldErrorsOf, formDataObject, type FieldErrors } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

/** A claim's evidence, oldest first (the stored file itself downloads from /api/v1/evidence/{id}/file). */
export const GET = apiRoute(API.listEvidence, async ({ actor, id }) => {
  assertCan(actor, "read");
  const claim = await getClaimById(actor, id);
  return { evidence: claim.evidence.map((evidence) => ({ ...evidence, fileHash: undefined })) };
});

/**
 * Attaches evidence. Documents come as multipart/form-data (the fields plus `file`); web sources and
 * notes may come either way. A route handler rather than an action: actions cap bodies at 1 MB.
 */
export const POST = apiRoute(API.addEvidence, async ({ request, actor, id: claimId }) => {
  assertCan(actor, "evidence.add");
  const type = mediaTypeOf(request);
  if (type === "application/json") {
    const input = await parseJsonBody(request, API.addEvidence.body.json);
    if (input.kind === "document")
      throw new AppError("invalid", "Send documents as multipart/form-data.", { fields: { file: ["Upload the document as multipart/form-data with a file field."] } });
    return { evidence: await added(addEvidence(actor, claimId, input)) };
  }
  if (type !== "multipart/form-data") throw new AppError("unsupported_media_type", "Send the body as multipart/form-data or application/json.");

  const form = await readMultipart(request, { maxFileBytes: MAX_UPLOAD_BYTES, sizeLabel: "10 MB", outcome: "Nothing was saved." });
  const parsed = API.addEvidence.body.json.safeParse(formDataObject(form));
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
  return { evidence: await added(addEvidence(actor, claimId, parsed.data, upload)) };
});

/** A web source's archive was queued with it: the worker starts on it while the answer goes out. */
async function added(saving: ReturnType<typeof addEvidence>) {
  const evidence = await saving;
  if (evidence.kind === "url" && evidence.url) wakeJobWorker();
  return evidence;
}
