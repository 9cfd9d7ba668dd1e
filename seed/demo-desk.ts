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
  status: string;
  note: string;
  evidence?: { kind: string; url?: string; title: string; notes?: string; stance: string }[];
}

/** Statuses for some labelled claims, by their position in the labels file (numeric claims, then the others). */
export const SEED_STATUSES: Record<number, SeedDecision> = {
  2: {
    status: "verified",
    note: "The AP team's footage from Baghouz shows 17 trucks leaving through the corridor; more may have left after filming stopped.",
    evidence: [
      { kind: "url", url: "https://apnews.com/", title: "AP video: convoy leaves Baghouz", notes: "Trucks counted frame by frame: 17.", stance: "supports" },
      { kind: "note", title: "Call with AP Baghouz team", notes: "Photographer confirmed the count of at least 17.", stance: "supports" },
    ],
  },
  3: {
    status: "unverifiable",
    note: "The figure of around 300 fighters comes from unnamed estimates; no independent count exists.",
    evidence: [{ kind: "note", title: "SDF press office", notes: "Declined to give a number.", stance: "context" }],
  },
  5: { status: "in_progress", note: "Checking UNHCR and SDF figures for departures in recent weeks." },
  6: {
    status: "verified",
    note: "SDF statement of the same day confirms civilians were on the trucks.",
    evidence: [{ kind: "url", url: "https://example.org/sdf-statement", title: "SDF statement on the evacuation", stance: "supports" }],
  },
};
