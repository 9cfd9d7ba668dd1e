/** Data access for speakers: list, read, find-or-create and edit. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import type { SpeakerKind } from "@/lib/figures/vocabulary";
import { normalizeSpeakerName } from "@/lib/extraction/attribution/speaker-name";
import { diffFields, pickFields } from "@/lib/data/audit-diff";
import type { TSpeakerUpdate } from "@/lib/validation/speaker";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { Prisma } from "@/lib/generated/prisma/client";
import { LIST_COUNT_CAP } from "./articles";
import { ignoringCase, startsWithIgnoringCase } from "./sql-dialect";
import { storedDateTime } from "./bulk-insert";
import { ARTICLE_LINK_SELECT, CLAIM_SUMMARY_SELECT } from "./claim-select";

export const SPEAKER_FIELDS = ["name", "kind", "description", "url"] as const;

export const SPEAKERS_PAGE_SIZE = 50;
type Integer = number | bigint;
export const SPEAKER_CLAIMS_PAGE_SIZE = 50;

/** A place in the speakers' name order: the name and id of the speaker last shown. Written "id" in URLs. */
async function speakerKey(id: number | undefined) {
  if (id === undefined) return undefined;
  return (await db.speaker.findUnique({ where: { id }, select: { id: true, name: true } })) ?? undefined;
}

/**
 * One page of speakers by name (ignoring case), with how many claims each made in each workflow state: the
 * first page, or the one after (or before) the speaker with that id. `prefix` keeps names starting with it
 * (the type-ahead's search). Pages are range reads of the NOCASE name index, counts one GROUP BY on the page's ids.
 */
export async function listSpeakers(actor: Actor, options: { prefix?: string; after?: number; before?: number; limit?: number } = {}) {
  assertCan(actor, "read");
  const limit = Math.min(options.limit ?? SPEAKERS_PAGE_SIZE, 200);
  const backwards = options.before !== undefined;
  const from = await speakerKey(backwards ? options.before : options.after);
  const conditions = [Prisma.sql`1 = 1`];
  const name = ignoringCase(Prisma.raw(`"name"`));
  if (options.prefix) conditions.push(startsWithIgnoringCase(Prisma.raw(`"name"`), options.prefix));
  if (from) conditions.push(backwards ? Prisma.sql`(${name}, "id") < (${ignoringCase(Prisma.sql`${from.name}`)}, ${from.id})` : Prisma.sql`(${name}, "id") > (${ignoringCase(Prisma.sql`${from.name}`)}, ${from.id})`);
  const direction = Prisma.raw(backwards ? "DESC" : "ASC");
  // One statement: the page's ids from the name index, then each speaker's claims counted by state (a row per
  // state; a speaker without claims has one row with no state), in the page's order.
  const rows = await db.$queryRaw<{ id: Integer; name: string; kind: string; description: string | null; status: string | null; n: Integer }[]>`
    WITH "page" AS (
      SELECT "id" FROM "Speaker" WHERE ${Prisma.join(conditions, " AND ")} ORDER BY ${name} ${direction}, "id" ${direction} LIMIT ${limit + 1})
    SELECT s."id", s."name", s."kind", s."description", c."status", COUNT(c."id") AS "n"
    FROM "page" p JOIN "Speaker" s ON s."id" = p."id" LEFT JOIN "Claim" c ON c."speakerId" = s."id"
    GROUP BY s."id", s."name", s."kind", s."description", c."status"
    ORDER BY ${ignoringCase(Prisma.raw(`s."name"`))} ${direction}, s."id" ${direction}`;
  const byId = new Map<number, { id: number; name: string; kind: string; description: string | null; claimCount: number; statusCounts: Record<string, number> }>();
  for (const row of rows) {
    const id = Number(row.id);
    const speaker = byId.get(id) ?? { id, name: row.name, kind: row.kind, description: row.description, claimCount: 0, statusCounts: {} };
    byId.set(id, speaker);
    if (row.status === null) continue;
    speaker.claimCount += Number(row.n);
    speaker.statusCounts[row.status] = Number(row.n);
  }
  const inOrder = [...byId.keys()];
  const more = inOrder.length > limit;
  const ids = backwards ? inOrder.slice(0, limit).reverse() : inOrder.slice(0, limit);
  const page = ids.flatMap((id) => byId.get(id) ?? []);
  return {
    speakers: page,
    next: (backwards || more) && page.length ? page[page.length - 1].id : null,
    previous: (backwards ? more : Boolean(from)) && page.length ? page[0].id : null,
  };
}

/**
 * The known speakers with these names (accents, case and punctuation ignored), by the normalised name: what a
 * claim form prefilled from extraction suggestions offers as the chosen speaker. As many lookups as names.
 */
export async function findSpeakersByNames(actor: Actor, names: readonly string[]): Promise<Map<string, { id: number; label: string }>> {
  assertCan(actor, "read");
  const wanted = [...new Set(names.map(normalizeSpeakerName).filter(Boolean))];
  const found = new Map<string, { id: number; label: string }>();
  if (wanted.length === 0) return found;
  // People before organisations when both share a name; the lowest id within a kind.
  const rows = await db.speaker.findMany({ where: { normalizedName: { in: wanted } }, orderBy: [{ kind: "desc" }, { id: "asc" }], select: { id: true, name: true, normalizedName: true } });
  for (const row of rows) if (!found.has(row.normalizedName)) found.set(row.normalizedName, { id: row.id, label: row.name });
  return found;
}

/** The speaker whose name is exactly this (case, accents and punctuation ignored), for a name typed into a form; null when none. */
export async function findSpeakerByExactName(actor: Actor, text: string | undefined) {
  assertCan(actor, "read");
  const found = await findSpeakersByNames(actor, text ? [text] : []);
  return found.values().next().value ?? null;
}

/** The speaker with this id, by name, for a picker's chosen value; null when there is none. */
export async function getSpeakerOption(actor: Actor, id: number | null | undefined) {
  assertCan(actor, "read");
  if (!id) return null;
  const speaker = await db.speaker.findUnique({ where: { id }, select: { id: true, name: true } });
  return speaker ? { id: speaker.id, label: speaker.name } : null;
}

/** The first speaker whose name starts with `text` (an exact name first): a picker's typed name, sent without JavaScript. */
export async function findSpeakerByName(actor: Actor, text: string | undefined) {
  assertCan(actor, "read");
  if (!text?.trim()) return null;
  const { speakers } = await listSpeakers(actor, { prefix: text.trim(), limit: 10 });
  return speakers.find((sp) => sp.name.toLowerCase() === text.trim().toLowerCase()) ?? speakers[0] ?? null;
}

/**
 * The speaker and one page of what they said, most recently updated first: the first page, or the one after
 * (or before) the claim with that id. Pages are range reads of the (speakerId, updatedAt) index.
 */
export async function getSpeakerById(actor: Actor, id: number, page: { after?: number; before?: number; limit?: number } = {}) {
  assertCan(actor, "read");
  const speaker = await db.speaker.findUnique({ where: { id } });
  if (!speaker) throw notFound("That speaker");
  const limit = Math.min(page.limit ?? SPEAKER_CLAIMS_PAGE_SIZE, 200);
  const backwards = page.before !== undefined;
  const fromId = backwards ? page.before : page.after;
  const from = fromId !== undefined ? await db.claim.findFirst({ where: { id: fromId, speakerId: id }, select: { id: true, updatedAt: true } }) : null;
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT "id" AS id FROM "Claim" WHERE "speakerId" = ${id}
    ${from ? (backwards ? Prisma.sql`AND ("updatedAt", "id") > (${storedDateTime(from.updatedAt)}, ${from.id})` : Prisma.sql`AND ("updatedAt", "id") < (${storedDateTime(from.updatedAt)}, ${from.id})`) : Prisma.empty}
    ORDER BY "updatedAt" ${Prisma.raw(backwards ? "ASC" : "DESC")}, "id" ${Prisma.raw(backwards ? "ASC" : "DESC")} LIMIT ${limit + 1}`;
  const more = rows.length > limit;
  const ids = (backwards ? rows.slice(0, limit).reverse() : rows.slice(0, limit)).map((r) => Number(r.id));
  const [claims, total] = await Promise.all([
    db.claim.findMany({
      where: { id: { in: ids } },
      select: { ...CLAIM_SUMMARY_SELECT, attribution: true, article: ARTICLE_LINK_SELECT },
    }),
    db.claim.count({ where: { speakerId: id }, take: LIST_COUNT_CAP + 1 }),
  ]);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const shown = ids.flatMap((claimId) => byId.get(claimId) ?? []);
  return {
    ...speaker,
    claims: shown,
    claimTotal: total,
    next: (backwards || more) && shown.length ? shown[shown.length - 1].id : null,
    previous: (backwards ? more : Boolean(from)) && shown.length ? shown[0].id : null,
  };
}

/**
 * The speaker with this name and kind, created when there is none yet. Runs inside the caller's
 * transaction, so a claim and its new speaker are saved together or not at all.
 */
export async function findOrCreateSpeaker(
  tx: Tx,
  actor: Actor,
  input: { name: string; kind: SpeakerKind; description?: string | null },
) {
  const normalizedName = normalizeSpeakerName(input.name);
  if (!normalizedName) throw new AppError("invalid", "A speaker needs a name.", { fields: { newSpeakerName: ["A speaker needs a name."] } });
  const existing = await tx.speaker.findUnique({ where: { normalizedName_kind: { normalizedName, kind: input.kind } } });
  if (existing) return existing;
  assertCan(actor, "speaker.create");
  const speaker = await tx.speaker.create({
    data: { name: input.name.trim(), normalizedName, kind: input.kind, description: input.description ?? null },
  });
  await recordAudit(tx, { actor, entity: "speaker", entityId: speaker.id, action: "create", after: pickFields(speaker, SPEAKER_FIELDS) });
  return speaker;
}

export async function updateSpeaker(actor: Actor, id: number, input: TSpeakerUpdate) {
  assertCan(actor, "speaker.edit");
  return db.$transaction(async (tx) => {
    const before = await tx.speaker.findUnique({ where: { id } });
    if (!before) throw notFound("That speaker");
    const normalizedName = normalizeSpeakerName(input.name);
    const clash = await tx.speaker.findFirst({ where: { normalizedName, kind: input.kind, NOT: { id } }, select: { id: true } });
    if (clash) {
      const message = "Another speaker of this kind already has this name.";
      throw new AppError("conflict", message, { fields: { name: [message] } });
    }
    const data = { name: input.name, normalizedName, kind: input.kind, description: input.description ?? null, url: input.url ?? null };
    const diff = diffFields(before, data, SPEAKER_FIELDS);
    // A save that changes nothing writes nothing, so every write has its audit record.
    if (!diff.changed.length) return before;
    const after = await tx.speaker.update({ where: { id }, data });
    await recordAudit(tx, { actor, entity: "speaker", entityId: id, action: "update", before: diff.before, after: diff.after });
    return after;
  });
}
