import { assertCan } from "@/lib/access/authorize";
import { createJob } from "@/lib/data/jobs";
import { wakeJobWorker } from "@/lib/jobs/job-worker";
import { MAX_CSV_BYTES } from "@/lib/imports/claim-csv";
import { withActor } from "@/lib/web/http";
import { ZClaimCsvIntent } from "@/lib/validation/imports";
import { AppError } from "@/lib/platform/errors";
import { fieldRefusal, readMultipart, uploadedFile, utf8Text } from "@/lib/web/multipart";

export const dynamic = "force-dynamic";

/**
 * Claims from a CSV file: `intent=preview` reports what would happen; `intent=import` sends the same
 * file again and imports it, checked afresh, all or nothing. Both run as a background job (202 with the
 * job; follow it at /imports/jobs/{id}), so a large file does not hold up anyone else's requests. A
 * route rather than an action: actions cap bodies at 1 MB.
 */
export const POST = withActor(async (request, actor) => {
  assertCan(actor, "claim.create");
  const form = await readMultipart(request, { maxFileBytes: MAX_CSV_BYTES, sizeLabel: "5 MB", outcome: "Nothing was imported." });
  const intent = ZClaimCsvIntent.safeParse(form.get("intent"));
  if (!intent.success) throw new AppError("invalid", "Choose to preview or to import.");
  const file = await uploadedFile(form);
  if (!file) throw fieldRefusal("Choose a CSV file.", "file");
  if (!/\.csv$/i.test(file.name.trim())) throw fieldRefusal("Only .csv files can be imported as claims.", "file");
  if (file.bytes.byteLength > MAX_CSV_BYTES) throw fieldRefusal("The file is larger than 5 MB.", "file", "payload_too_large");
  const text = utf8Text(file.bytes);
  if (text === null) throw new AppError("invalid", "The file is not UTF-8 text. Save the CSV as UTF-8 and try again.", { fields: { file: ["The file is not UTF-8 text."] } });
  const job = await createJob(actor, intent.data === "preview" ? "claims-csv-preview" : "claims-csv-import", { text });
  wakeJobWorker();
  return Response.json({ job }, { status: 202, headers: { Location: `/imports/jobs/${job.id}` } });
});
