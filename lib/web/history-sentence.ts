/**
 * Audit records as sentences people read: "changed the figure from about 300 fighters to at least 300
 * fighters", "approved and published the verdict “True”". Never field names, ids of internal records or
 * codes. Pure: the names of speakers and articles the records point at are looked up by the caller.
 */
import { ROLE_LABELS, type Role } from "@/lib/access/roles";
import { formatFigure } from "@/lib/figures/figure";
import { ATTRIBUTION_LABELS, type Attribution } from "@/lib/figures/vocabulary";
import { WORKFLOW_STATE_LABELS, type WorkflowState } from "@/lib/workflow/workflow";

export interface HistoryRecord {
  entity: string;
  entityId: string;
  claimId: number | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Names of the speakers and articles that records refer to by id. */
export interface HistoryNames {
  speakers: Record<string, string>;
  articles: Record<string, string>;
}

export const NO_NAMES: HistoryNames = { speakers: {}, articles: {} };

/** Where a sentence is read: on the claim's own page the claim goes without saying. */
export type HistoryContext = "claim" | "feed";

const FIGURE_FIELDS = ["qualifier", "value", "low", "high", "unit"];

const quote = (text: unknown, max = 120) => {
  const s = String(text ?? "").replace(/\s+/g, " ").trim();
  return `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;
};

const dayOf = (value: unknown) => {
  if (!value) return null;
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
};

const num = (v: unknown) => (typeof v === "number" ? v : v == null || v === "" ? null : Number(v));

function figureOf(record: Record<string, unknown>): string | null {
  return formatFigure({
    qualifier: (record.qualifier as string | null) ?? null,
    value: num(record.value),
    low: num(record.low),
    high: num(record.high),
    unit: (record.unit as string | null) ?? null,
  });
}

/** "changed the X from A to B", "set the X to B", "removed the X (was A)". */
function change(what: string, from: string | null, to: string | null): string {
  if (from && to) return `changed ${what} from ${from} to ${to}`;
  if (to) return `set ${what} to ${to}`;
  if (from) return `removed ${what} (was ${from})`;
  return `cleared ${what}`;
}

/** The parts of a claim edit, one phrase per thing that changed. */
export function claimEditPhrases(before: Record<string, unknown>, after: Record<string, unknown>, names: HistoryNames): string[] {
  const changed = new Set(Object.keys({ ...before, ...after }));
  const phrases: string[] = [];
  if (changed.has("statement")) phrases.push(change("the statement", before.statement ? quote(before.statement) : null, after.statement ? quote(after.statement) : null));
  if (FIGURE_FIELDS.some((f) => changed.has(f))) phrases.push(change("the figure", figureOf(before), figureOf(after)));
  const speaker = (id: unknown) => (id == null ? null : (names.speakers[String(id)] ?? "a speaker since removed"));
  if (changed.has("speakerId")) phrases.push(change("the speaker", speaker(before.speakerId), speaker(after.speakerId)));
  const attribution = (a: unknown) => (a ? (ATTRIBUTION_LABELS[a as Attribution] ?? String(a)).toLowerCase() : null);
  if (changed.has("attribution")) phrases.push(change("the attribution", attribution(before.attribution), attribution(after.attribution)));
  if (changed.has("asOf")) phrases.push(change("the as-of date", dayOf(before.asOf), dayOf(after.asOf)));
  const article = (id: unknown) => (id == null ? null : quote(names.articles[String(id)] ?? "an article since removed", 80));
  if (changed.has("articleId")) phrases.push(after.articleId == null ? "took the claim out of its article" : `moved the claim to the article ${article(after.articleId)}`);
  if (changed.has("excerpt")) phrases.push(after.excerpt ? `changed the excerpt to ${quote(after.excerpt)}` : "removed the excerpt");
  else if (changed.has("start") || changed.has("end")) phrases.push("moved the excerpt within the article");
  // Assignments record names, not ids.
  if (changed.has("assignee")) phrases.push(after.assignee ? `assigned the claim to ${after.assignee}` : "left the claim unassigned");
  if (changed.has("dueAt")) phrases.push(after.dueAt ? `set the due date to ${dayOf(after.dueAt)}` : "removed the due date");
  if (changed.has("sameAsId"))
    phrases.push(after.sameAsId ? `linked the claim to claim #${after.sameAsId} as the same claim (its verdict covers this one)` : `unlinked the claim from claim #${before.sameAsId}`);
  return phrases;
}

const PART_WORDS: [string[], string][] = [
  [["statement"], "statement"],
  [FIGURE_FIELDS, "figure"],
  [["speakerId"], "speaker"],
  [["attribution"], "attribution"],
  [["asOf"], "as-of date"],
  [["articleId"], "article"],
  [["excerpt", "start", "end"], "excerpt"],
];

/** What a correction to a claim's record touched, in words: "the statement and the figure". */
export function changedParts(json: string | null): string | null {
  if (!json) return null;
  const { before, after } = JSON.parse(json) as { before: Record<string, unknown>; after: Record<string, unknown> };
  const changed = new Set(Object.keys({ ...before, ...after }));
  const parts = PART_WORDS.filter(([fields]) => fields.some((f) => changed.has(f))).map(([, word]) => `the ${word}`);
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** A workflow move as what the person did. */
function workflowPhrase(before: Record<string, unknown> | null, after: Record<string, unknown>): string {
  const rating = after.rating ? `“${after.rating}”` : null;
  switch (after.action) {
    case "start_review":
      return "started the review";
    case "release":
      return "released the claim (back to unverified)";
    case "propose":
      return `proposed the verdict ${rating}`;
    case "approve":
      return `approved and published the verdict ${rating}`;
    case "return":
      return "returned the proposed verdict for more work";
    case "correct":
      return before?.rating && before.rating !== after.rating ? `corrected the verdict from “${before.rating}” to ${rating}` : `corrected the published verdict ${rating}`;
    case "reopen":
      return "withdrew the published verdict and reopened the claim";
    default: {
      const state = String(after.status);
      return `moved the claim to “${WORKFLOW_STATE_LABELS[state as WorkflowState] ?? state}”`;
    }
  }
}

const role = (r: unknown) => ROLE_LABELS[r as Role] ?? "an unknown role";

const SETTING_LABELS: Record<string, string> = {
  twoPersonRule: "the two-person rule",
  organizationName: "the organisation's name",
  organizationUrl: "the organisation's web address",
  publishingEnabled: "public fact-check pages",
};

function settingPhrase(key: string, value: unknown): string {
  const what = SETTING_LABELS[key] ?? "a desk setting";
  if (typeof value === "boolean") return `turned ${what} ${value ? "on" : "off"}`;
  return value ? `set ${what} to ${quote(value, 80)}` : `cleared ${what}`;
}

/** A check of a web source: its first archived copy, or what a later check found. */
function webSnapshotPhrase(after: Record<string, unknown>): string {
  const source = `the web source ${quote(after.title, 80)}`;
  switch (after.outcome) {
    case "archived": return `archived ${source}`;
    case "unchanged": return `checked ${source} again: unchanged`;
    case "changed": return `checked ${source} again: the page has changed`;
    case "gone": return `checked ${source}: the page is gone`;
    default: return `tried to archive ${source}, but it could not be fetched`;
  }
}

/** What the person did, as the rest of a sentence that starts with their name. */
export function describeHistory(entry: HistoryRecord, names: HistoryNames = NO_NAMES, context: HistoryContext = "feed"): string {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const claim = entry.claimId ? `claim #${entry.claimId}` : "a claim";
  const on = context === "claim" ? "" : ` on ${claim}`;
  switch (entry.entity) {
    case "claim": {
      if (entry.action === "create") return context === "claim" ? "added the claim" : `added ${claim}`;
      if (entry.action === "delete") return `deleted claim #${entry.entityId} ${quote(before.statement, 80)}`;
      if (entry.action === "status") {
        const phrase = workflowPhrase(entry.before, after);
        // Older records name only the new state: "moved claim #7 to “Published”".
        return context === "feed" && phrase.startsWith("moved the claim") ? phrase.replace("the claim", claim) : `${phrase}${on}`;
      }
      const phrases = claimEditPhrases(before, after, names);
      const text = phrases.length ? phrases.join("; ") : "saved the claim without changes";
      return context === "claim" ? text : `edited ${claim}: ${text}`;
    }
    case "evidence":
      return `attached evidence ${quote(after.title ?? before.title, 80)}${on}`;
    case "web_snapshot":
      return webSnapshotPhrase(after) + on;
    case "comment":
      return `commented${on}: ${quote(after.body, 160)}`;
    case "article":
      if (entry.action === "create") {
        const like = Array.isArray(after.duplicateOf) && after.duplicateOf.length ? ", although it looks like an article already on the desk" : "";
        return `added the article ${quote(after.title, 100)}${like}`;
      }
      return `${entry.action === "delete" ? "deleted" : "edited"} the article ${quote(after.title ?? before.title, 100)}`;
    case "speaker":
      if (entry.action === "create") return `added the speaker ${after.name}`;
      return `edited the speaker ${after.name ?? names.speakers[entry.entityId] ?? "(name unchanged)"}`;
    case "user":
      if (entry.action === "create") return `added ${after.name} as ${role(after.role).toLowerCase()}`;
      if (after.password) return "reset a person's password";
      if (before.active !== after.active && after.active === false) return "deactivated a person's account";
      if (before.active !== after.active && after.active === true) return "reactivated a person's account";
      return `changed a person's role from ${role(before.role).toLowerCase()} to ${role(after.role).toLowerCase()}`;
    case "rating":
      if (entry.action === "create") return `added the rating “${after.name}” to the scale`;
      if (entry.action === "delete") return `removed the rating “${before.name}” from the scale`;
      if ("retired" in after) return after.retired ? `retired the rating “${after.name}”` : `brought back the rating “${after.name}”`;
      return `edited the rating “${after.name}”`;
    case "settings":
      return settingPhrase(entry.entityId, after[entry.entityId]);
    case "token":
      return entry.action === "delete" ? `revoked the API token ${quote(before.name, 60)}` : `created an API token ${quote(after.name, 60)} (${after.scope === "write" ? "read and write" : "read only"})`;
    case "external_fact_check": {
      const from = after.publisher ? ` from ${after.publisher}` : "";
      const linked = after.claimId ? `, linked to claim #${after.claimId}` : "";
      return `${entry.action === "create" ? "imported" : "updated"} another fact-checker's verdict${from}${linked}`;
    }
    case "tracker": {
      const name = quote(after.description ?? before.description, 80);
      if (entry.action === "create") return `started the figure tracker ${name}`;
      if (after.addedClaimId) return `added claim #${after.addedClaimId} to the figure tracker ${name}`;
      if (before.removedClaimId) return `removed claim #${before.removedClaimId} from the figure tracker ${name}`;
      if (after.dismissedClaimId) return `said claim #${after.dismissedClaimId} does not belong to the figure tracker ${name}`;
      return `edited the figure tracker ${name}`;
    }
    case "webhook": {
      const url = quote(after.url ?? before.url, 100);
      if (entry.action === "create") return `added a webhook for ${url}`;
      if (entry.action === "delete") return `removed the webhook for ${url}`;
      return `${after.active ? "resumed" : "paused"} the webhook for ${url}`;
    }
    case "notification_preference": {
      const how: Record<string, string> = { immediately: "immediately", digest: "as a daily digest", off: "off" };
      return after.email === "off" ? "turned their notification mail off" : `chose to get notification mail ${how[String(after.email)] ?? String(after.email)}`;
    }
    default:
      return "made a change";
  }
}
