/** The demo newsroom the seed creates. */

export const DEMO_USERS = [
  { email: "admin@claimdesk.test", name: "Ada Admin", role: "admin" },
  { email: "editor@claimdesk.test", name: "Eddie Editor", role: "editor" },
  { email: "checker@claimdesk.test", name: "Chris Checker", role: "factchecker" },
  { email: "viewer@claimdesk.test", name: "Vic Viewer", role: "viewer" },
] as const;

export const SEED_SPEAKERS = [
  { name: "Mustafa Bali", kind: "person", description: "spokesman for the Syrian Democratic Forces" },
  { name: "Zana Amedi", kind: "person", description: "SDF commander" },
  { name: "Associated Press", kind: "organization", description: "news agency", url: "https://apnews.com" },
] as const;

export interface SeedLabel {
  sentence: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  qualifier?: string | null;
  unit?: string | null;
  speaker: string | null;
  attribution: string;
}

interface SeedDecision {
  state: "in_review" | "verdict_proposed" | "published";
  rating?: string;
  explanation?: string;
  /** overdue when negative: days from today */
  dueInDays?: number;
  correction?: string;
  evidence?: { kind: string; url?: string; title: string; notes?: string; publisher?: string; contactName?: string; stance: string }[];
}

/** Where some labelled claims stand, by their position in the labels file (numeric claims, then the others). */
export const SEED_DECISIONS: Record<number, SeedDecision> = {
  2: {
    state: "published",
    rating: "True",
    explanation: "The AP team's footage from Baghouz shows **17 trucks** leaving through the corridor; more may have left after filming stopped, which *at least* allows for.",
    correction: "An earlier version of this fact-check gave the count as 16 trucks; the footage shows 17.",
    evidence: [
      { kind: "url", url: "https://apnews.com/", title: "AP video: convoy leaves Baghouz", publisher: "Associated Press", notes: "Trucks counted frame by frame: 17.", stance: "supports" },
      { kind: "note", title: "Call with AP Baghouz team", contactName: "AP photographer in Baghouz", notes: "Confirmed the count of at least 17.", stance: "supports" },
    ],
  },
  3: {
    state: "published",
    rating: "Unverifiable",
    explanation: "The figure of around 300 fighters comes from unnamed estimates; no independent count exists.",
    evidence: [{ kind: "note", title: "SDF press office", contactName: "SDF press office", notes: "Declined to give a number.", stance: "context" }],
  },
  5: { state: "in_review", dueInDays: -1 },
  6: {
    state: "published",
    rating: "True",
    explanation: "The SDF statement of the same day confirms civilians were on the trucks.",
    evidence: [{ kind: "url", url: "https://example.org/sdf-statement", title: "SDF statement on the evacuation", publisher: "Syrian Democratic Forces", stance: "supports" }],
  },
  7: {
    state: "verdict_proposed",
    rating: "Mostly true",
    explanation: "The operation began two days later, after most civilians had left; the surrender condition was not met.",
    evidence: [{ kind: "url", url: "https://example.org/operation-report", title: "Report on the start of the operation", publisher: "Example Wire", stance: "supports" }],
  },
};
