import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { getSnapshotCopy } from "@/lib/data/web-snapshots";
import { formatDateTime } from "@/lib/web/format";
import { parseId } from "@/app/_components/parse-id";
import { loadOr404 } from "@/app/_components/load";

export const metadata: Metadata = { title: "Archived copy" };

/** The readable text of a web source as one check found it, with where and when it was fetched and its hash. */
export default async function ArchivedCopyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const copy = await loadOr404(async () => getSnapshotCopy(actor, parseId((await params).id)));
  return (
    <>
      <p className="small"><Link href={`/claims/${copy.evidence.claimId}`}>← Back to the claim</Link></p>
      <h1>Archived copy: {copy.evidence.title}</h1>
      <dl className="small" style={{ overflowWrap: "anywhere" }}>
        <dt>Address</dt>
        <dd><a href={copy.url} rel="noopener noreferrer nofollow" target="_blank">{copy.url}</a></dd>
        {copy.finalUrl && copy.finalUrl !== copy.url && (
          <>
            <dt>Redirected to</dt>
            <dd>{copy.finalUrl}</dd>
          </>
        )}
        <dt>Fetched</dt>
        <dd>{formatDateTime(copy.fetchedAt)}{copy.httpStatus ? ` (HTTP ${copy.httpStatus}, ${copy.contentType ?? "unknown type"})` : ""}</dd>
        <dt>SHA-256 of the text</dt>
        <dd><code>{copy.contentHash}</code></dd>
      </dl>
      <section className="panel" aria-label="Archived text">
        {copy.title && <h2 style={{ marginTop: 0 }}>{copy.title}</h2>}
        <div className="archived-text">{copy.text}</div>
      </section>
    </>
  );
}
