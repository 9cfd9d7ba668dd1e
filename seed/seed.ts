/**
 * Seeds a Claimdesk database with the demo desk: four users, the Baghouz evacuation article with its
 * labelled claims, speakers, verdicts at each stage of review, sources and a correction. Idempotent: running it again changes nothing.
 * Usage: DATABASE_URL=file:./data/claims.db [DEMO_PASSWORD=...] npx tsx seed/seed.ts
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { normalizeSpeakerName } from "../lib/extraction/attribution/speaker-name";
import { DEMO_USERS, SEED_DECISIONS, SEED_SPEAKERS, type SeedLabel } from "./demo-desk";

const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/claims.db" }) });

async function seedUsers(password: string) {
  const hash = await hashPassword(password);
  let created = 0;
  for (const user of DEMO_USERS) {
    if (await db.user.findUnique({ where: { email: user.email } })) continue;
    const id = crypto.randomUUID();
    await db.$transaction([
      db.user.create({ data: { id, ...user, emailVerified: true } }),
      db.account.create({ data: { id: crypto.randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } }),
    ]);
    created++;
  }
  return created;
}

function readCorpusArticle(slug: string) {
  const dir = path.join(__dirname, "corpus");
  const text = fs.readFileSync(path.join(dir, `${slug}.txt`), "utf8").replace(/\r\n?/g, "\n");
  const labels = JSON.parse(fs.readFileSync(path.join(dir, `${slug}.json`), "utf8")) as { claims: SeedLabel[]; other_claims: SeedLabel[] };
  const [title, ...rest] = text.split("\n");
  // The line after the headline is page furniture ("Published: Updated:"), not article text.
  const body = rest.join("\n").replace(/^\s*Published:[^\n]*\n/, "").trim();
  return { title: title.trim(), body, labels: [...labels.claims, ...labels.other_claims] };
}

async function seedArticle(adminId: string, editorId: string, checkerId: string) {
  const { title, body, labels } = readCorpusArticle("baghouz-evacuation");
  if (await db.article.findFirst({ where: { title } })) return 0;

  await db.$transaction(async (tx) => {
    const speakers = new Map<string, number>();
    for (const s of SEED_SPEAKERS) {
      const normalizedName = normalizeSpeakerName(s.name);
      const speaker = await tx.speaker.upsert({
        where: { normalizedName_kind: { normalizedName, kind: s.kind } },
        create: { ...s, normalizedName },
        update: {},
      });
      speakers.set(s.name, speaker.id);
    }
    const article = await tx.article.create({
      data: { title, outlet: "Associated Press", publishedAt: new Date("2019-02-20T00:00:00Z"), body, createdById: adminId },
    });
    await tx.auditEvent.create({ data: { actorId: adminId, entity: "article", entityId: String(article.id), action: "create", after: JSON.stringify({ title }) } });

    for (const [index, label] of labels.entries()) {
      const start = body.indexOf(label.sentence);
      if (start < 0) throw new Error(`Seed label not found in the article: ${label.sentence.slice(0, 60)}…`);
      const claim = await tx.claim.create({
        data: {
          articleId: article.id,
          excerpt: label.sentence,
          start,
          end: start + label.sentence.length,
          statement: label.sentence,
          speakerId: label.speaker ? speakers.get(label.speaker) : null,
          attribution: label.attribution,
          value: label.value ?? null,
          low: label.low ?? null,
          high: label.high ?? null,
          qualifier: label.qualifier ?? null,
          unit: label.unit ?? null,
          asOf: new Date("2019-02-20T00:00:00Z"),
          createdById: adminId,
          updatedById: adminId,
        },
      });
      await tx.auditEvent.create({
        data: { actorId: adminId, entity: "claim", entityId: String(claim.id), claimId: claim.id, action: "create", after: JSON.stringify({ statement: claim.statement }) },
      });
      const decided = SEED_DECISIONS[index];
      if (!decided) continue;
      const rating = decided.rating ? await tx.ratingLabel.findUniqueOrThrow({ where: { name: decided.rating } }) : null;
      const day = 24 * 60 * 60 * 1000;
      const now = new Date();
      await tx.claim.update({
        where: { id: claim.id },
        data: {
          status: decided.state,
          ratingId: rating?.id ?? null,
          explanation: decided.explanation ?? null,
          assigneeId: checkerId,
          dueAt: decided.dueInDays !== undefined ? new Date(now.getTime() + decided.dueInDays * day) : null,
          proposedById: rating ? checkerId : null,
          proposedAt: rating ? now : null,
          publishedById: decided.state === "published" ? editorId : null,
          publishedAt: decided.state === "published" ? now : null,
          statusChangedAt: now,
          statusChangedById: decided.state === "published" ? editorId : checkerId,
          updatedById: editorId,
          version: 2,
        },
      });
      await tx.auditEvent.create({
        data: {
          actorId: decided.state === "published" ? editorId : checkerId,
          entity: "claim",
          entityId: String(claim.id),
          claimId: claim.id,
          action: "status",
          before: JSON.stringify({ status: "unverified", rating: null }),
          after: JSON.stringify({ status: decided.state, rating: decided.rating ?? null }),
        },
      });
      for (const source of decided.evidence ?? []) {
        await tx.evidence.create({ data: { ...source, claimId: claim.id, addedById: checkerId } });
      }
      if (decided.correction) {
        await tx.correction.create({
          data: { claimId: claim.id, note: decided.correction, previousRatingName: decided.rating, newRatingName: decided.rating, createdById: editorId },
        });
      }
    }
  });
  return 1;
}

async function main() {
  const given = process.env.DEMO_PASSWORD;
  const password = given ?? crypto.randomBytes(12).toString("base64url");
  const createdUsers = await seedUsers(password);
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@claimdesk.test" } });
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@claimdesk.test" } });
  const checker = await db.user.findUniqueOrThrow({ where: { email: "checker@claimdesk.test" } });
  const createdArticles = await seedArticle(admin.id, editor.id, checker.id);
  if (createdUsers > 0 && !given) {
    console.log(`Demo users created. Their password (shown once): ${password}`);
  }
  console.log(`Seed: ${createdUsers} users and ${createdArticles} articles added.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
