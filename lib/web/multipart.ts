import "server-only";
import { AppError } from "@/lib/platform/errors";

const MULTIPART_OVERHEAD = 256 * 1024;

export const uploadError = (status: number, message: string, fields?: Record<string, string[]>) =>
  Object.assign(new AppError("invalid", message, { fields }), { status });

/** The multipart body, refused by its declared length first and by its real length while reading. */
export async function readMultipart(request: Request, maxFileBytes: number, sizeLabel: string): Promise<FormData> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "multipart/form-data") throw uploadError(415, "Send the form as multipart/form-data.");
  const limit = maxFileBytes + MULTIPART_OVERHEAD;
  const tooLarge = () => uploadError(413, `The file is larger than ${sizeLabel}. Nothing was imported.`, { file: [`The file is larger than ${sizeLabel}.`] });
  if (Number(request.headers.get("content-length")) > limit) throw tooLarge();
  if (!request.body) throw uploadError(400, "The request has no body.");
  let received = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(counted, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    if (received > limit) throw tooLarge();
    throw uploadError(400, "The form data could not be read.");
  }
}

/** The uploaded file of a form, or null when none was chosen. */
export async function uploadedFile(form: FormData, name = "file"): Promise<{ bytes: Uint8Array; name: string } | null> {
  const entry = form.get(name);
  if (!(entry instanceof File) || (entry.size === 0 && entry.name === "")) return null;
  return { bytes: new Uint8Array(await entry.arrayBuffer()), name: entry.name };
}

/** UTF-8 text of an upload (a byte-order mark dropped), or null when the bytes are not UTF-8 text. */
export function utf8Text(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
