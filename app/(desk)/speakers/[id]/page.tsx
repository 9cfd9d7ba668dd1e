import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { getSpeakerById } from "@/lib/data/speakers";
import { LIST_COUNT_CAP } from "@/lib/data/articles";
import { formatCount } from "@/lib/web/format";
import { Pager, positiveInt } from "@/app/_components/pager";
import { can } from "@/lib/access/roles";
import { ATTRIBUTION_LABELS, type Attribution } from "@/lib/figures/vocabulary";
import { StatusBadge } from "@/app/_components/badges";
import { ClaimTitle } from "@/app/_components/claim-title";
import { parseId } from "@/app/_components/parse-id";
import { loadOr404 } from "@/app/_components/load";
import { SpeakerForm } from "./speaker-form";

export const metadata: Metadata = { title: "Speaker" };

export default async function SpeakerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const id = parseId((await params).id);
  const search = await searchParams;
  const after = positiveInt(search.after);
  const before = after ? undefined : positiveInt(search.before);
  const speaker = await loadOr404(() => getSpeakerById(actor, id, { after, before }));
  return (
    <>
      <p className="small"><Link href="/speakers">← All speakers</Link></p>
      <h1>{speaker.name}</h1>
      <p className="muted">
        {speaker.kind === "person" ? "Person" : "Organization"}
        {speaker.description && <> · {speaker.description}</>}
        {speaker.url && (
          <> · <a href={speaker.url} rel="noopener noreferrer nofollow" target="_blank">{speaker.url}</a></>
        )}
      </p>
      <div className="grid-2">
        <section className="panel" aria-labelledby="said-title">
          <h2 id="said-title" style={{ marginTop: 0 }}>What they said ({formatCount(Math.min(speaker.claimTotal, LIST_COUNT_CAP), speaker.claimTotal > LIST_COUNT_CAP)})</h2>
          {speaker.claims.length === 0 ? (
            <p className="muted">No claims recorded.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {speaker.claims.map((c) => (
                  <tr key={c.id}>
                    <td data-label="Claim">
                      <ClaimTitle claim={c} />
                      <div className="muted small">
                        {ATTRIBUTION_LABELS[c.attribution as Attribution]}
                        {c.article && <> · {c.article.title}</>}
                      </div>
                    </td>
                    <td data-label="State"><StatusBadge status={c.status} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager path={`/speakers/${speaker.id}`} params={{}} previous={speaker.previous} next={speaker.next} label="Pages of claims" words={["← More recent", "Earlier →"]} />
        </section>
        {can(actor.role, "speaker.edit") && (
          <section className="panel">
            <SpeakerForm speakerId={speaker.id} speaker={speaker} />
          </section>
        )}
      </div>
    </>
  );
}
