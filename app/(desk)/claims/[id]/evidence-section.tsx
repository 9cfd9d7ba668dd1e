import type { EvidenceItem } from "@/lib/data/evidence";
import { STANCES, type Stance } from "@/lib/figures/vocabulary";
import { formatDate, formatDateTime } from "@/lib/web/format";
import { formatFileSize, labelOfMime } from "@/lib/uploads/storage";
import { EvidenceForm } from "./evidence-form";
import { Disclosure } from "@/app/_components/disclosure";
import { WebArchiveStatus } from "./web-archive-status";
import { ArchivePoller } from "./archive-poller";

const STANCE_HEADINGS: Record<Stance, string> = { supports: "Supports", contradicts: "Contradicts", context: "Context" };

/** The claim's evidence grouped by stance (web sources with their archived copies), and the form to attach more when the actor may. */
export function EvidenceSection({ claimId, evidence, canAdd, archiving }: { claimId: number; evidence: EvidenceItem[]; canAdd: boolean; archiving: Set<number> }) {
  const groups = STANCES.map((stance) => ({ stance, items: evidence.filter((e) => e.stance === stance) })).filter((g) => g.items.length > 0);
  // A stance outside the vocabulary (older data) still shows, under context, rather than vanishing.
  const stray = evidence.filter((e) => !(STANCES as readonly string[]).includes(e.stance));
  if (stray.length) {
    const context = groups.find((g) => g.stance === "context");
    if (context) context.items.push(...stray);
    else groups.push({ stance: "context", items: stray });
  }
  return (
    <section className="panel" aria-labelledby="evidence-title">
      <h2 id="evidence-title" style={{ marginTop: 0 }}>Evidence ({evidence.length})</h2>
      {evidence.length === 0 && <p className="muted">No evidence attached yet.</p>}
      {groups.map(({ stance, items }) => (
        <section key={stance} aria-labelledby={`evidence-${stance}`}>
          <h3 id={`evidence-${stance}`}>{STANCE_HEADINGS[stance]}</h3>
          <ul style={{ paddingLeft: "1.2rem" }}>
            {items.map((item) => (
              <li key={item.id} style={{ marginBottom: "0.75rem" }}>
                <EvidenceItem item={item} />
                {item.kind === "url" && item.url && (
                  <WebArchiveStatus claimId={claimId} evidenceId={item.id} snapshots={item.snapshots ?? []} pending={archiving.has(item.id)} canCheck={canAdd} />
                )}
                <div className="muted small">Added by {item.addedBy.name}, {formatDateTime(item.createdAt)}</div>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <ArchivePoller active={archiving.size > 0} />
      {canAdd && (
        <Disclosure label="Add evidence" openLabel="Close the evidence form">
          <EvidenceForm claimId={claimId} />
        </Disclosure>
      )}
    </section>
  );
}

function EvidenceItem({ item }: { item: EvidenceItem }) {
  if (item.kind === "document" && item.fileHash) {
    return (
      <>
        <strong>{item.title}</strong> <span className="muted small">Document</span>
        <div className="small">
          <a href={`/api/v1/evidence/${item.id}/file`} download>
            Download {item.fileName ?? "file"}
          </a>{" "}
          <span className="muted">({[item.fileType && labelOfMime(item.fileType), item.fileSize != null && formatFileSize(item.fileSize)].filter(Boolean).join(", ")})</span>
        </div>
        {item.notes && <p className="small" style={{ margin: "0.2rem 0" }}>{item.notes}</p>}
      </>
    );
  }
  if (item.kind === "note") {
    return (
      <>
        <strong>{item.title}</strong> <span className="muted small">Interview or call</span>
        <div className="small">
          With {item.contactName ?? "unnamed contact"}
          {item.contactedAt && <>, {formatDate(item.contactedAt)}</>}
        </div>
        {item.notes && <p className="small" style={{ margin: "0.2rem 0", whiteSpace: "pre-wrap" }}>{item.notes}</p>}
      </>
    );
  }
  return (
    <>
      {item.url ? (
        <a href={item.url} target="_blank" rel="noopener noreferrer nofollow">{item.title}</a>
      ) : (
        <strong>{item.title}</strong>
      )}{" "}
      <span className="muted small">Web source</span>
      {(item.publisher || item.accessedAt) && (
        <div className="small">
          {item.publisher}
          {item.publisher && item.accessedAt && " · "}
          {item.accessedAt && <>accessed {formatDate(item.accessedAt)}</>}
        </div>
      )}
      {item.notes && <blockquote className="small" style={{ margin: "0.25rem 0", fontStyle: "italic" }}>{item.notes}</blockquote>}
    </>
  );
}
