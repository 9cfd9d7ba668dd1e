import { addEvidence, type EvidenceUpload } from "@/lib/data/evidence";
import { getClaimById } from "@/lib/data/claims";
import { assertCan } from "@/lib/access/authorize";
import { AppError } from "@/lib/platform/errors";
import { MAX_UPLOAD_BYTES, checkUpload } from "@/lib/uploads/file-type";
import { parseJsonBody, routeId, withActor } from "@/lib/web/http";
import { fieldErrorsOf, formDataObject, type FieldErrors } from "@/lib/validation/common";
import { ZEvidenceCreate } from "@/lib/validation/evidence";

export const dynamic = "force-dynamic";

/** Room for the largest file plus the other fields and the multipart framing. */
const MAX_MULTIPART_BYTES = MAX_UPLOAD_BYTES + 512 * 1024;

const httpError = (status: number, message: string, fields?: FieldErrors) =>
  Object.assign(new AppError("invalid", message, { fields }), { status });
const tooLarge = () => httpError(413, "The upload is larger than 10 MB. Nothing was saved.", { file: ["The file is larger than 10 MB."] });

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
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/json") {
    const input = await parseJsonBody(request, ZEvidenceCreate);
    if (input.kind === "document")
      throw httpError(422, "Send documents as multipart/form-data.", { file: ["Upload the document as multipart/form-data with a file field."] });
    return Response.json({ evidence: await addEvidence(actor, claimId, input) }, { status: 201 });
  }
  if (type !== "multipart/form-data") throw httpError(415, "Send the body as multipart/form-data or application/json.");

  const form = await readMultipart(request);
  const parsed = ZEvidenceCreate.safeParse(formDataObject(form));
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  let upload: EvidenceUpload | null = null;
  if (form.get("kind") === "document") {
    const entry = form.get("file");
    if (!(entry instanceof File) || (entry.size === 0 && entry.name === "")) {
      errors.file = ["Choose a file to upload."];
    } else {
      upload = { bytes: new Uint8Array(await entry.arrayBuffer()), name: entry.name };
      // Checked here as well as when storing so every problem is reported in one answer.
      const check = checkUpload({ bytes: upload.bytes, declaredName: upload.name });
      if (!check.ok) errors.file = [check.reason];
    }
  }
  if (!parsed.success || errors.file) throw httpError(422, "Please correct the highlighted fields. Nothing was saved.", errors);
  return Response.json({ evidence: await addEvidence(actor, claimId, parsed.data, upload) }, { status: 201 });
});

/** Parses the multipart body, refusing it by its declared length first and by its real length while reading. */
async function readMultipart(request: Request): Promise<FormData> {
  if (Number(request.headers.get("content-length")) > MAX_MULTIPART_BYTES) throw tooLarge();
  if (!request.body) throw httpError(400, "The request has no body.");
  let received = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > MAX_MULTIPART_BYTES) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(counted, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    if (received > MAX_MULTIPART_BYTES) throw tooLarge();
    throw httpError(400, "The form data could not be read.");
  }
}
