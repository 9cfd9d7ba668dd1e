import { assertCan } from "@/lib/access/authorize";
import { createJob } from "@/lib/data/jobs";
import { wakeJobWorker } from "@/lib/jobs/job-worker";
import { withActor } from "@/lib/web/http";
import { MAX_JSONLD_BYTES } from "@/lib/validation/imports";
import { fieldRefusal, readMultipart, uploadedFile, utf8Text } from "@/lib/web/multipart";

export const dynamic = "force-dynamic";

const ONLY_JSON = "Only .json or .jsonld files can be imported as fact-checks.";

/** Other fact-checkers' ClaimReview JSON-LD, as a .json/.jsonld file or pasted text (`text`); imported by a background job (202). */
export const POST = withActor(async (request, actor) => {
  assertCan(actor, "claim.create");
  const form = await readMultipart(request, { maxFileBytes: MAX_JSONLD_BYTES, sizeLabel: "2 MB", outcome: "Nothing was imported." });
  const file = await uploadedFile(form);
  const pasted = form.get("text");
  let text = typeof pasted === "string" ? pasted.trim() : "";
  if (file) {
    if (text) throw fieldRefusal("Choose a file or paste the text, not both.", "text");
    if (!/\.(json|jsonld)$/i.test(file.name.trim())) throw fieldRefusal(ONLY_JSON, "file");
    text = utf8Text(file.bytes) ?? "";
    if (!text) throw fieldRefusal("The file is not UTF-8 text.", "file");
  }
  if (!text) throw fieldRefusal("Choose a file or paste ClaimReview JSON-LD.", "text");
  if (Buffer.byteLength(text) > MAX_JSONLD_BYTES) throw fieldRefusal("The JSON-LD is larger than 2 MB.", "text", "payload_too_large");
  const job = await createJob(actor, "claim-reviews-import", { text });
  wakeJobWorker();
  return Response.json({ job }, { status: 202, headers: { Location: `/imports/jobs/${job.id}` } });
});
