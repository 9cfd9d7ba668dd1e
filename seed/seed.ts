/**
 * Seeds a Claimdesk database with the demo desk: four users, the Baghouz evacuation article with its
 * labelled claims, speakers, verdicts at each stage of review, sources and a correction; then the same story as
 * other outlets told it over the following days, with two figure trackers (seed/baghouz-story.ts). Idempotent:
 * running it again changes nothing.
 * Usage: DATABASE_URL=file:./data/claims.db|postgresql://… [DEMO_PASSWORD=...] npx tsx seed/seed.ts (npm run db:seed)
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import { createDbClient } from "../lib/platform/db-client";
import { normalizeSpeakerName } from "../lib/extraction/attribution/speaker-name";
import { DEMO_USERS, SEED_DECISIONS, SEED_SPEAKERS, type SeedLabel } from "./demo-desk";
import { SEED_ARTICLE_REPORTS, STORY_ARTICLES, STORY_SPEAKERS, STORY_TRACKERS } from "./baghouz-story";

// SQLite or PostgreSQL, as DATABASE_URL says.
const db = createDbClient();

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

/** The later reports of the evacuation by other outlets, and the two figure trackers that follow them. */
async function seedStory(checkerId: string, editorId: string) {
  if (await db.article.findFirst({ where: { title: STORY_ARTICLES[0].title } })) return 0;
  const seedArticle = await db.article.findFirst({ where: { title: readCorpusArticle("baghouz-evacuation").title }, select: { id: true } });
  await db.$transaction(async (tx) => {
    const audit = (entity: string, entityId: number, after: Record<string, unknown>, claimId: number | null = null, action = "create") =>
      tx.auditEvent.create({ data: { actorId: checkerId, entity, entityId: String(entityId), claimId, action, after: JSON.stringify(after) } });
    const speakers = new Map<string, number>();
    for (const s of [...SEED_SPEAKERS, ...STORY_SPEAKERS]) {
      const normalizedName = normalizeSpeakerName(s.name);
      const speaker = await tx.speaker.upsert({ where: { normalizedName_kind: { normalizedName, kind: s.kind } }, create: { ...s, normalizedName }, update: {} });
      speakers.set(s.name, speaker.id);
    }
    const trackers = {} as Record<keyof typeof STORY_TRACKERS, number>;
    for (const [key, t] of Object.entries(STORY_TRACKERS) as [keyof typeof STORY_TRACKERS, (typeof STORY_TRACKERS)[keyof typeof STORY_TRACKERS]][]) {
      const tracker = await tx.tracker.create({ data: { ...t, createdById: editorId } });
      await tx.auditEvent.create({ data: { actorId: editorId, entity: "tracker", entityId: String(tracker.id), action: "create", after: JSON.stringify(t) } });
      trackers[key] = tracker.id;
    }
    const track = async (tracker: keyof typeof STORY_TRACKERS, claimId: number) => {
      await tx.trackerClaim.create({ data: { trackerId: trackers[tracker], claimId, addedById: checkerId } });
      await audit("tracker", trackers[tracker], { description: STORY_TRACKERS[tracker].description, addedClaimId: claimId }, claimId, "update");
    };
    for (const report of SEED_ARTICLE_REPORTS) {
      const claim = seedArticle && (await tx.claim.findFirst({ where: { articleId: seedArticle.id, unit: report.unit, statement: { startsWith: report.startsWith } }, select: { id: true } }));
      if (claim) await track(report.tracker, claim.id);
    }
    for (const story of STORY_ARTICLES) {
      const article = await tx.article.create({
        data: { title: story.title, outlet: story.outlet, url: story.url, publishedAt: new Date(`${story.publishedAt}T00:00:00Z`), body: story.body, createdById: checkerId },
      });
      await audit("article", article.id, { title: story.title });
      for (const label of story.claims) {
        const start = story.body.indexOf(label.sentence);
        if (start < 0) throw new Error(`Story claim not found in its article: ${label.sentence.slice(0, 60)}…`);
        const claim = await tx.claim.create({
          data: {
            articleId: article.id, excerpt: label.sentence, start, end: start + label.sentence.length, statement: label.sentence,
            speakerId: label.speaker ? speakers.get(label.speaker) : null, attribution: label.attribution,
            value: label.value, low: label.low, high: label.high, qualifier: label.qualifier, unit: label.unit,
            asOf: new Date(`${label.asOf}T00:00:00Z`), createdById: checkerId, updatedById: checkerId,
          },
        });
        await audit("claim", claim.id, { statement: claim.statement }, claim.id);
        await track(label.tracker, claim.id);
      }
    }
  });
  return STORY_ARTICLES.length;
}

async function main() {
  const given = process.env.DEMO_PASSWORD;
  const password = given ?? crypto.randomBytes(12).toString("base64url");
  const createdUsers = await seedUsers(password);
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@claimdesk.test" } });
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@claimdesk.test" } });
  const checker = await db.user.findUniqueOrThrow({ where: { email: "checker@claimdesk.test" } });
  const createdArticles = (await seedArticle(admin.id, editor.id, checker.id)) + (await seedStory(checker.id, editor.id));
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
