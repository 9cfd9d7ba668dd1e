import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { getSpeakerById } from "@/lib/data/speakers";
import { can } from "@/lib/access/roles";
import { ATTRIBUTION_LABELS, type Attribution } from "@/lib/figures/vocabulary";
import { StatusBadge } from "@/app/_components/badges";
import { ClaimTitle } from "@/app/_components/claim-title";
import { parseId } from "@/app/_components/parse-id";
import { loadOr404 } from "@/app/_components/load";
import { SpeakerForm } from "./speaker-form";

export const metadata: Metadata = { title: "Speaker" };

export default async function SpeakerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = parseId((await params).id);
  const speaker = await loadOr404(() => getSpeakerById(actor, id));
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
          <h2 id="said-title" style={{ marginTop: 0 }}>What they said ({speaker.claims.length})</h2>
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
