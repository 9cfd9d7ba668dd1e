import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { listSpeakers } from "@/lib/data/speakers";
import { WORKFLOW_STATES } from "@/lib/workflow/workflow";
import { StatusBadge } from "@/app/_components/badges";

export const metadata: Metadata = { title: "Speakers" };

export default async function SpeakersPage() {
  const actor = await requireActor();
  const speakers = await listSpeakers(actor);
  return (
    <>
      <h1>Speakers</h1>
      {speakers.length === 0 ? (
        <p className="empty">No speakers yet. They are added with the claims they make.</p>
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
    </>
  );
}
