/**
 * A realistic desk for the scale benchmark, written straight into a migrated database with prepared
 * better-sqlite3 statements in one transaction (the app's triggers, such as the full-text index, run as
 * they would for any insert). Per claim it writes, on average: 1/8 article, 1/50 speaker, 0.98 evidence
 * item and 4.4 history entries, so 100,000 claims make 12,500 articles, 2,000 speakers, ~98,000 evidence
 * items and ~440,000 history entries. Deterministic: the same --claims gives the same desk.
 */
import Database from "better-sqlite3";

const FIRST = ["Maria", "Ahmed", "Sofia", "Jonas", "Amina", "Li", "Olga", "Pedro", "Fatima", "Tom", "Aisha", "Ivan", "Chen", "Nadia", "Omar", "Ana", "Yusuf", "Lea", "Kwame", "Elif"];
const LAST = ["Lopez", "Haddad", "Novak", "Berg", "Okafor", "Wang", "Petrova", "Silva", "Rahman", "Murphy", "Diallo", "Ivanov", "Zhang", "Karim", "Costa", "Müller", "Yilmaz", "Mensah", "Dubois", "Sato"];
const ROLES = ["minister of health", "police spokesperson", "mayor", "union leader", "opposition MP", "aid agency director", "army spokesman", "economist", "governor", "hospital director"];
const ORGS = ["Ministry of Health", "Red Crescent", "National Statistics Office", "World Food Programme", "Fire Service", "Central Bank", "Coast Guard", "Teachers' Union", "Port Authority", "Electoral Commission"];
const OUTLETS = ["Test Wire", "Daily Ledger", "Evening Post", "Radio North", "The Courier", "Metro News", "Harbour Times", "Valley Gazette"];
const PLACES = ["Baghouz", "the coastal district", "São Tomé", "the capital", "the northern province", "Lagos", "the port", "Kraków", "the valley", "Mosul", "the border town", "Cádiz"];
const UNITS = ["person", "truck", "home", "school", "dollar", "case", "vote", "job", "tonne", "patient", "family", "hospital bed"];
const VERBS = ["were counted in", "left", "arrived in", "were destroyed in", "were registered in", "remain in", "were lost in", "were promised to"];
const QUALIFIERS = ["exact", "approximately", "at_least", "more_than", "nearly", "at_most", "range"];
const QUALIFIER_WORDS: Record<string, string> = { exact: "", approximately: "about ", at_least: "at least ", more_than: "more than ", nearly: "nearly ", at_most: "at most ", range: "between " };
const ATTRIBUTIONS = ["direct_quote", "paraphrase", "according_to", "observation", "unattributed"];
const FILLER = [
  "Officials gave no further details on Tuesday.",
  "The figures could not be independently verified.",
  "Residents described long queues outside the offices.",
  "The report was published after weeks of delay.",
  "Critics said the numbers were incomplete.",
  "Aid workers warned that the situation could worsen before the winter.",
  "A spokesperson declined to comment on the record.",
  "Earlier estimates had been considerably lower.",
];

/** A small deterministic generator (mulberry32), so runs are comparable. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DeskSize {
  claims: number;
  articles: number;
  speakers: number;
  evidence: number;
  history: number;
}

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** Fills the database at `file` (migrated, with the demo users seeded) with a desk of `claimCount` claims. */
export function generateDesk(file: string, claimCount: number): DeskSize {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const rnd = random(20261210);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const users = db.prepare(`SELECT id, role FROM "User"`).all() as { id: string; role: string }[];
  const workers = users.filter((u) => u.role !== "viewer").map((u) => u.id);
  const editors = users.filter((u) => u.role === "editor" || u.role === "admin").map((u) => u.id);
  const ratings = db.prepare(`SELECT id FROM "RatingLabel" ORDER BY "order"`).pluck().all() as number[];
  const size: DeskSize = { claims: claimCount, articles: Math.max(1, Math.round(claimCount / 8)), speakers: Math.max(1, Math.round(claimCount / 50)), evidence: 0, history: 0 };
  const start = Date.parse("2025-12-01T00:00:00Z");
  const span = 365 * 24 * 3600 * 1000;

  const insertSpeaker = db.prepare(`INSERT INTO "Speaker" (name, "normalizedName", kind, description, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`);
  const insertArticle = db.prepare(`INSERT INTO "Article" (title, outlet, url, "publishedAt", body, "createdById", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertClaim = db.prepare(`INSERT INTO "Claim" ("articleId", excerpt, start, "end", statement, "speakerId", attribution, value, low, high, qualifier, unit, status, "ratingId",
    explanation, "proposedById", "proposedAt", "publishedAt", "publishedById", "assigneeId", "dueAt", "statusChangedAt", "statusChangedById", version, "createdById", "updatedById", "createdAt", "updatedAt")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEvidence = db.prepare(`INSERT INTO "Evidence" ("claimId", kind, url, title, notes, publisher, stance, "addedById", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertAudit = db.prepare(`INSERT INTO "AuditEvent" ("actorId", entity, "entityId", "claimId", action, before, after, reason, "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  db.transaction(() => {
    const speakerIds: number[] = [];
    for (let i = 0; i < size.speakers; i++) {
      const org = i % 5 === 0;
      const name = org ? `${pick(ORGS)} of ${pick(PLACES)} ${i}` : `${pick(FIRST)} ${pick(LAST)} ${i}`;
      const at = iso(start + rnd() * span);
      speakerIds.push(Number(insertSpeaker.run(name, name.toLowerCase(), org ? "organization" : "person", org ? null : pick(ROLES), at, at).lastInsertRowid));
    }
    const articles: { id: number; at: number }[] = [];
    for (let i = 0; i < size.articles; i++) {
      const at = start + rnd() * span;
      const sentences = Array.from({ length: 14 + Math.floor(rnd() * 16) }, () =>
        rnd() < 0.5 ? pick(FILLER) : `${pick(FIRST)} ${pick(LAST)}, ${pick(ROLES)}, said ${QUALIFIER_WORDS[pick(QUALIFIERS)]}${Math.floor(rnd() * 50000)} ${pick(UNITS)}s ${pick(VERBS)} ${pick(PLACES)}.`,
      );
      const title = `${pick(["Crisis", "Row", "Figures", "Report", "Inquiry", "Vote", "Storm", "Budget"])} in ${pick(PLACES)}: ${pick(FILLER).slice(0, 40)} (${i})`;
      const info = insertArticle.run(title, pick(OUTLETS), `https://news.example/${i}`, iso(at), sentences.join(rnd() < 0.3 ? "\n\n" : " "), pick(workers), iso(at), iso(at));
      articles.push({ id: Number(info.lastInsertRowid), at });
    }
    for (let i = 0; i < claimCount; i++) {
      const article = articles[i % articles.length];
      const speaker = rnd() < 0.9 ? pick(speakerIds) : null;
      const qualifier = pick(QUALIFIERS);
      const value = Math.round(10 ** (1 + rnd() * 5));
      const unit = pick(UNITS);
      const [low, high] = qualifier === "range" ? [value, Math.round(value * 1.5)] : [qualifier === "at_least" || qualifier === "more_than" ? value : null, qualifier === "at_most" || qualifier === "nearly" ? value : null];
      const figure = qualifier === "range" ? `between ${low!.toLocaleString("en-US")} and ${high!.toLocaleString("en-US")}` : `${QUALIFIER_WORDS[qualifier]}${value.toLocaleString("en-US")}`;
      const statement = `${figure} ${unit}s ${pick(VERBS)} ${pick(PLACES)}`;
      const excerpt = `${pick(FIRST)} ${pick(LAST)} said ${statement} ${pick(["last week", "since March", "this year", "on Monday"])}.`;
      const created = article.at + rnd() * 3 * 24 * 3600 * 1000;
      const roll = rnd();
      const status = roll < 0.45 ? "unverified" : roll < 0.65 ? "in_review" : roll < 0.75 ? "verdict_proposed" : "published";
      const proposer = pick(workers);
      const publisher = pick(editors);
      const assignee = status === "unverified" && rnd() < 0.7 ? null : pick(workers);
      const verdict = status === "verdict_proposed" || status === "published";
      const changed = created + rnd() * 20 * 24 * 3600 * 1000;
      const creator = pick(workers);
      const id = Number(
        insertClaim.run(article.id, excerpt, null, null, statement, speaker, pick(ATTRIBUTIONS), qualifier === "range" ? null : value, low, high, qualifier, unit, status,
          verdict ? pick(ratings) : null, verdict ? `The ${unit} count does not match the ${pick(ORGS)} records for ${pick(PLACES)}.` : null,
          verdict ? proposer : null, verdict ? iso(changed - 3600e3) : null, status === "published" ? iso(changed) : null, status === "published" ? publisher : null,
          assignee, assignee && status !== "published" ? iso(changed + 7 * 24 * 3600e3) : null, status === "unverified" ? null : iso(changed), status === "unverified" ? null : proposer,
          1 + Math.floor(rnd() * 4), creator, creator, iso(created), iso(changed)).lastInsertRowid,
      );
      // About 0.98 evidence items and 4.4 history entries a claim.
      const evidenceCount = verdict ? 1 + Math.floor(rnd() * 3) : rnd() < 0.55 ? 1 : 0;
      for (let e = 0; e < evidenceCount; e++) {
        insertEvidence.run(id, "url", `https://source.example/${id}/${e}`, `${pick(ORGS)} bulletin ${id}-${e}`, pick(FILLER), pick(ORGS), pick(["supports", "contradicts", "context"]), pick(workers), iso(changed - 7200e3));
        size.evidence++;
      }
      insertAudit.run(creator, "claim", String(id), id, "create", null, JSON.stringify({ statement, value, unit }), null, iso(created));
      const steps = status === "unverified" ? 1 + Math.floor(rnd() * 3) : status === "in_review" ? 3 : status === "verdict_proposed" ? 4 : 6 + Math.floor(rnd() * 2);
      for (let s = 0; s < steps; s++) {
        insertAudit.run(pick(workers), s % 2 ? "evidence" : "claim", String(id), id, s % 3 === 0 ? "update" : "status", JSON.stringify({ status: "unverified" }), JSON.stringify({ status }), null, iso(created + (s + 1) * 3600e3));
      }
      size.history += 1 + steps;
    }
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  db.close();
  return size;
}
