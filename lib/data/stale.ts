/** The error for an edit based on an old version, saying who changed what since. */
import "server-only";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";

/** Fields as people name them; several stored fields are one thing to a reader (the figure, the excerpt). */
const FIELD_WORDS: Record<string, string> = {
  statement: "the statement",
  qualifier: "the figure",
  value: "the figure",
  low: "the figure",
  high: "the figure",
  unit: "the figure",
  speakerId: "the speaker",
  attribution: "the attribution",
  asOf: "the as-of date",
  articleId: "the article",
  excerpt: "the excerpt",
  start: "the excerpt",
  end: "the excerpt",
  assignee: "the assignment",
  dueAt: "the due date",
  status: "the verification state",
  rating: "the verdict",
  explanation: "the verdict",
};

/** Who changed the claim since `version`, when, and which fields: the message a stale edit gets. */
export async function staleVersionError(tx: Tx, claimId: number, version: number) {
  const events = await tx.auditEvent.findMany({
    where: { claimId, entity: "claim", action: { in: ["update", "status"] } },
    orderBy: { id: "desc" },
    take: 1,
    include: { actor: { select: { name: true } } },
  });
  const last = events[0];
  const words = last?.after ? [...new Set(Object.keys(JSON.parse(last.after)).map((f) => FIELD_WORDS[f]).filter(Boolean))] : [];
  const fields = words.length ? words.join(", ") : "the claim";
  const who = last?.actor?.name ?? "Someone";
  const when = last ? last.createdAt.toISOString().replace("T", " ").slice(0, 16) + " UTC" : "meanwhile";
  return new AppError(
    "conflict",
    `${who} changed this claim (${fields}) at ${when}, after you opened it (your version ${version}). Nothing was saved. Your input is kept below: review their change, then save again.`,
  );
}
