/** The one multipart/form-data reader of uploads (imports and evidence), with its size limits. */
import "server-only";
import { AppError, type AppErrorCode } from "@/lib/platform/errors";

/** Room for the other fields and the multipart framing on top of the largest file. */
const MULTIPART_OVERHEAD = 512 * 1024;

export interface MultipartLimit {
  /** The largest file the form may carry. */
  maxFileBytes: number;
  /** The same, as people read it: "10 MB". */
  sizeLabel: string;
  /** What a refusal adds, saying nothing happened: "Nothing was imported." */
  outcome: string;
}

/** A refusal about one field: its message stands at the top of the form and next to the field. */
export const fieldRefusal = (message: string, field: string, code: AppErrorCode = "invalid") =>
  new AppError(code, message, { fields: { [field]: [message] } });

/** The media type of the request body, lower-cased, without parameters. */
export const mediaTypeOf = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();

/** The multipart body, refused by its declared length first and by its real length while reading. */
export async function readMultipart(request: Request, { maxFileBytes, sizeLabel, outcome }: MultipartLimit): Promise<FormData> {
  if (mediaTypeOf(request) !== "multipart/form-data") throw new AppError("unsupported_media_type", "Send the form as multipart/form-data.");
  const limit = maxFileBytes + MULTIPART_OVERHEAD;
  const tooLarge = () =>
    new AppError("payload_too_large", `The file is larger than ${sizeLabel}. ${outcome}`, { fields: { file: [`The file is larger than ${sizeLabel}.`] } });
  if (Number(request.headers.get("content-length")) > limit) throw tooLarge();
  if (!request.body) throw new AppError("bad_request", "The request has no body.");
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
    throw new AppError("bad_request", "The form data could not be read.");
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
