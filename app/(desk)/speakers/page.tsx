import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { listSpeakers } from "@/lib/data/speakers";
import { Pager, positiveInt } from "@/app/_components/pager";
import { cutText } from "@/lib/validation/common";
import { WORKFLOW_STATES } from "@/lib/workflow/workflow";
import { StatusBadge } from "@/app/_components/badges";

export const metadata: Metadata = { title: "Speakers" };

export default async function SpeakersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const raw = Array.isArray(params.name) ? params.name[0] : params.name;
  const name = (raw ? cutText(raw.trim(), 200) : "") || undefined;
  const after = positiveInt(params.after);
  const before = after ? undefined : positiveInt(params.before);
  const { speakers, next, previous } = await listSpeakers(actor, { prefix: name, after, before });
  return (
    <>
      <h1>Speakers</h1>
      <form role="search" className="filters">
        <div className="field">
          <label htmlFor="speaker-name">Name starts with</label>
          <input id="speaker-name" name="name" type="search" defaultValue={name ?? ""} />
        </div>
        <button type="submit" className="secondary">Find</button>
      </form>
      {speakers.length === 0 ? (
        <p className="empty">{name ? "No speaker's name starts with that." : "No speakers yet. They are added with the claims they make."}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Description</th>
              <th scope="col">Claims</th>
            </tr>
          </thead>
          <tbody>
            {speakers.map((s) => (
              <tr key={s.id}>
                <td data-label="Name"><Link href={`/speakers/${s.id}`}>{s.name}</Link></td>
                <td data-label="Kind">{s.kind === "organization" ? "Organisation" : "Person"}</td>
                <td data-label="Description" className="small">{s.description}</td>
                <td data-label="Claims">
                  {s.claimCount}{" "}
                  {WORKFLOW_STATES.filter((st) => s.statusCounts[st]).map((st) => (
                    <span key={st} style={{ marginRight: 4 }}>
                      <StatusBadge status={st} /> {s.statusCounts[st]}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager path="/speakers" params={{ name }} previous={previous} next={next} />
    </>
  );
}
