import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import Link from "next/link";
import { getQueue, QUEUE_SECTIONS, type QueueSection } from "@/lib/data/assignments";
import { positiveInt } from "@/app/_components/pager";
import { getSettings } from "@/lib/data/settings";
import { formatCount, formatDate } from "@/lib/web/format";
import { StatusBadge } from "@/app/_components/badges";
import { RatingBadge } from "@/app/_components/rating-badge";
import { ClaimTitle } from "@/app/_components/claim-title";

export const metadata: Metadata = { title: "My queue" };

type Queue = Awaited<ReturnType<typeof getQueue>>;
type QueueItem = Queue["assigned"]["items"][number];
type Pages = Partial<Record<QueueSection, number>>;

/** The queue's address with one section moved to another page, the others kept where they are. */
function queueHref(pages: Pages, section: QueueSection, page: number) {
  const params = new URLSearchParams();
  for (const name of QUEUE_SECTIONS) {
    const at = name === section ? page : pages[name];
    if (at && at > 1) params.set(name, String(at));
  }
  const qs = params.toString();
  return `${qs ? `/queue?${qs}` : "/queue"}#${section}-title`;
}

function SectionPager({ pages, name, section }: { pages: Pages; name: QueueSection; section: Queue["assigned"] }) {
  if (section.page === 1 && !section.hasNext) return null;
  return (
    <nav className="pagination" aria-label={`Pages of ${name === "awaiting" ? "verdicts awaiting approval" : `${name} claims`}`}>
      {section.page > 1 && <Link href={queueHref(pages, name, section.page - 1)}>← Previous</Link>}
      <span>Page {section.page}</span>
      {section.hasNext && <Link href={queueHref(pages, name, section.page + 1)}>Next →</Link>}
    </nav>
  );
}

const counted = (section: Queue["assigned"]) => formatCount(section.total, section.totalCapped);

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

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const settings = await getSettings(actor);
  const search = await searchParams;
  const pages: Pages = Object.fromEntries(QUEUE_SECTIONS.map((name) => [name, positiveInt(search[name])]));
  const { assigned, returned, awaiting } = await getQueue(actor, { twoPersonRule: settings.twoPersonRule, pages });
  const now = new Date();
  return (
    <>
      <h1>My queue</h1>
      <section className="panel" aria-labelledby="returned-title">
        <h2 id="returned-title" style={{ marginTop: 0 }}>Returned to me ({counted(returned)})</h2>
        <QueueTable items={returned.items} empty="Nothing returned to you." now={now} show="returned" />
        <SectionPager pages={pages} name="returned" section={returned} />
      </section>
      <section className="panel" aria-labelledby="assigned-title">
        <h2 id="assigned-title" style={{ marginTop: 0 }}>Assigned to me ({counted(assigned)})</h2>
        <QueueTable items={assigned.items} empty="Nothing assigned to you." now={now} show="due" />
        <SectionPager pages={pages} name="assigned" section={assigned} />
      </section>
      {awaiting && (
        <section className="panel" aria-labelledby="awaiting-title">
          <h2 id="awaiting-title" style={{ marginTop: 0 }}>Awaiting my approval ({counted(awaiting)})</h2>
          <QueueTable items={awaiting.items} empty="No verdicts are waiting for you." now={now} show="proposed" />
          <SectionPager pages={pages} name="awaiting" section={awaiting} />
        </section>
      )}
    </>
  );
}
