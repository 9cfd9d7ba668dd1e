import { assertCan } from "@/lib/access/authorize";
import { createJob } from "@/lib/data/jobs";
import { wakeJobWorker } from "@/lib/jobs/job-worker";
import { withActor } from "@/lib/web/http";
import { MAX_JSONLD_BYTES } from "@/lib/validation/imports";
import { readMultipart, uploadError, uploadedFile, utf8Text } from "@/lib/web/multipart";

export const dynamic = "force-dynamic";

const ONLY_JSON = "Only .json or .jsonld files can be imported as fact-checks.";

/** Other fact-checkers' ClaimReview JSON-LD, as a .json/.jsonld file or pasted text (`text`); imported by a background job (202). */
export const POST = withActor(async (request, actor) => {
  assertCan(actor, "claim.create");
  const form = await readMultipart(request, MAX_JSONLD_BYTES, "2 MB");
  const file = await uploadedFile(form);
  const pasted = form.get("text");
  let text = typeof pasted === "string" ? pasted.trim() : "";
  if (file) {
    if (text) throw uploadError(422, "Choose a file or paste the text, not both.", { text: ["Choose a file or paste the text, not both."] });
    if (!/\.(json|jsonld)$/i.test(file.name.trim())) throw uploadError(422, ONLY_JSON, { file: [ONLY_JSON] });
    text = utf8Text(file.bytes) ?? "";
    if (!text) throw uploadError(422, "The file is not UTF-8 text.", { file: ["The file is not UTF-8 text."] });
  }
  if (!text) throw uploadError(422, "Choose a file or paste ClaimReview JSON-LD.", { text: ["Choose a file or paste ClaimReview JSON-LD."] });
  if (Buffer.byteLength(text) > MAX_JSONLD_BYTES) throw uploadError(413, "The JSON-LD is larger than 2 MB.", { text: ["The JSON-LD is larger than 2 MB."] });
  const job = await createJob(actor, "claim-reviews-import", { text });
  wakeJobWorker();
  return Response.json({ job }, { status: 202, headers: { Location: `/imports/jobs/${job.id}` } });
});
