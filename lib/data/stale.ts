/** The error for an edit based on an old version, saying who changed what since. */
import "server-only";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";

/** Who changed the claim since `version`, when, and which fields: the message a stale edit gets. */
export async function staleVersionError(tx: Tx, claimId: number, version: number) {
  const events = await tx.auditEvent.findMany({
    where: { claimId, entity: "claim", action: { in: ["update", "status"] } },
    orderBy: { id: "desc" },
    take: 1,
    include: { actor: { select: { name: true } } },
  });
  const last = events[0];
  const fields = last?.after ? Object.keys(JSON.parse(last.after)).join(", ") : "the claim";
  const who = last?.actor?.name ?? "Someone";
  const when = last ? last.createdAt.toISOString().replace("T", " ").slice(0, 16) + " UTC" : "meanwhile";
  return new AppError(
    "conflict",
    `${who} changed this claim (${fields}) at ${when}, after you opened it (your version ${version}). Nothing was saved. Your input is kept below: review their change, then save again.`,
  );
}
