/**
 * Test data for the data-layer tests, written straight through Prisma so a test does not depend on the
 * data functions it is not testing. Every helper makes new rows; none relies on another test's.
 */
import crypto from "node:crypto";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/platform/session";
import type { Role } from "@/lib/access/roles";

let counter = 0;
/** A label unique within the test file. */
export const unique = (label: string) => `${label} ${++counter}`;

export async function makeUser(role: Role, name = unique(`Test ${role}`), active = true): Promise<Actor> {
  const id = crypto.randomUUID();
  const email = `${id}@claimdesk.test`;
  await db.user.create({ data: { id, name, email, role, active, emailVerified: true } });
  return { id, name, email, role };
}

export interface Actors {
  admin: Actor;
  editor: Actor;
  /** a second editor, for the two-person rule */
  otherEditor: Actor;
  factchecker: Actor;
  viewer: Actor;
}

/** One actor per role (and a second editor). */
export async function makeActors(): Promise<Actors> {
  return {
    admin: await makeUser("admin", "Ada Admin"),
    editor: await makeUser("editor", "Eddie Editor"),
    otherEditor: await makeUser("editor", "Erin Editor"),
    factchecker: await makeUser("factchecker", "Chris Checker"),
    viewer: await makeUser("viewer", "Vic Viewer"),
  };
}

export const ARTICLE_BODY =
  "The ministry said at least 17 trucks left the town on Tuesday. About 300 fighters remained inside, according to a commander.";

export async function makeArticle(actor: Actor, data: Partial<Prisma.ArticleUncheckedCreateInput> = {}) {
  return db.article.create({ data: { title: unique("Article"), outlet: "Test Wire", body: ARTICLE_BODY, createdById: actor.id, ...data } });
}

export async function makeSpeaker(data: { name?: string; kind?: string } = {}) {
  const name = data.name ?? unique("Speaker");
  return db.speaker.create({ data: { name, normalizedName: name.toLowerCase(), kind: data.kind ?? "person" } });
}

export async function makeClaim(actor: Actor, data: Partial<Prisma.ClaimUncheckedCreateInput> = {}) {
  return db.claim.create({ data: { statement: unique("A claim"), createdById: actor.id, updatedById: actor.id, ...data } });
}

export async function makeEvidence(actor: Actor, claimId: number) {
  return db.evidence.create({ data: { claimId, kind: "url", url: "https://example.org/source", title: unique("Source"), stance: "supports", addedById: actor.id } });
}

/** A rating of the default scale the migrations install. */
export async function ratingNamed(name: string) {
  return db.ratingLabel.findUniqueOrThrow({ where: { name } });
}
