import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { getQueue } from "@/lib/data/assignments";
import { getSettings } from "@/lib/data/settings";
import { formatDate } from "@/lib/web/format";
import { StatusBadge } from "@/app/_components/badges";
import { RatingBadge } from "@/app/_components/rating-badge";
import { ClaimTitle } from "@/app/_components/claim-title";

export const metadata: Metadata = { title: "My queue" };

type QueueItem = Awaited<ReturnType<typeof getQueue>>["assigned"][number];

function QueueTable({ items, empty, now, show }: { items: QueueItem[]; empty: string; now: Date; show: "due" | "returned" | "proposed" }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  const lastColumn = show === "proposed" ? "Proposed verdict" : show === "returned" ? "Editor's comment" : "Due";
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">State</th>
          <th scope="col">{lastColumn}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const overdue = item.dueAt !== null && item.dueAt < now;
          return (
            <tr key={item.id} className={overdue ? "overdue-row" : undefined}>
              <td data-label="Claim">
                <ClaimTitle claim={item} />
                <div className="muted small">{item.article?.title ?? "No article"}</div>
              </td>
              <td data-label="State"><StatusBadge status={item.status} /></td>
              <td data-label={lastColumn}>
                {show === "proposed" && (
                  <>
                    <RatingBadge rating={item.rating} /> <span className="small muted">by {item.proposedBy?.name}, {formatDate(item.proposedAt)}</span>
                  </>
                )}
                {show === "returned" && <span className="small">{item.returnComment}</span>}
                {item.dueAt && (
                  <div className={overdue ? "overdue" : "small"}>
                    {overdue ? "Overdue: " : "Due "}
                    {formatDate(item.dueAt)}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export default async function QueuePage() {
  const actor = await requireActor();
  const settings = await getSettings(actor);
  const { assigned, returned, awaiting } = await getQueue(actor, settings);
  const now = new Date();
  return (
    <>
      <h1>My queue</h1>
      <section className="panel" aria-labelledby="returned-title">
        <h2 id="returned-title" style={{ marginTop: 0 }}>Returned to me ({returned.length})</h2>
        <QueueTable items={returned} empty="Nothing returned to you." now={now} show="returned" />
      </section>
      <section className="panel" aria-labelledby="assigned-title">
        <h2 id="assigned-title" style={{ marginTop: 0 }}>Assigned to me ({assigned.length})</h2>
        <QueueTable items={assigned} empty="Nothing assigned to you." now={now} show="due" />
      </section>
      {awaiting && (
        <section className="panel" aria-labelledby="awaiting-title">
          <h2 id="awaiting-title" style={{ marginTop: 0 }}>Awaiting my approval ({awaiting.length})</h2>
          <QueueTable items={awaiting} empty="No verdicts are waiting for you." now={now} show="proposed" />
        </section>
      )}
    </>
  );
}
