import { getEvidenceFile } from "@/lib/data/evidence";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/** An evidence file, always as a download with the type detected at upload and no sniffing. */
export const GET = apiRoute(API.downloadEvidenceFile, async ({ actor, id }) => {
  const { bytes, mime, downloadName } = await getEvidenceFile(actor, id);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mime,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${downloadName}"`,
      "X-Content-Type-Options": "nosniff",
      // Should a browser render it anyway, it gets no scripts, no same-origin access, nothing to load.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
});
