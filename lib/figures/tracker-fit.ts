/**
 * Whether a new numeric claim looks like another report of a tracker's figure, so the desk can be offered
 * the tracker (to accept or dismiss). A claim fits when all three hold:
 * - unit: it counts the same thing (the units are equal);
 * - dates: its figure date lies within TRACKER_DATE_REACH_DAYS of the tracker's reports (any date when the
 *   tracker has none yet);
 * - key terms: at least MIN_DESCRIPTION_SHARE of the description's key terms (the unit left out) are in the
 *   claim's text, or the claim shares at least MIN_REPORT_OVERLAP of its terms (Jaccard) with one report
 *   already on the tracker.
 */
import { sameUnit } from "./unit";
import { textTerms } from "./text-terms";

export const TRACKER_DATE_REACH_DAYS = 30;
export const MIN_DESCRIPTION_SHARE = 0.5;
export const MIN_REPORT_OVERLAP = 0.2;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TrackerProfile {
  unit: string;
  description: string;
  /** the texts (statement and excerpt) of the reports on the tracker, and their figure dates */
  reports: { text: string; date: Date }[];
}

export interface CandidateClaim {
  unit: string | null;
  text: string;
  date: Date;
}

export interface TrackerFit {
  fits: boolean;
  /** 0..1, for ordering several fitting trackers */
  score: number;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Terms without numbers: a tracker's reports differ in their figures, not in what they are about. */
const words = (text: string) => new Set(textTerms(text).filter((t) => !t.startsWith("#")));

export function trackerFit(tracker: TrackerProfile, claim: CandidateClaim): TrackerFit {
  if (!claim.unit || !sameUnit(claim.unit, tracker.unit)) return { fits: false, score: 0 };
  if (tracker.reports.length > 0) {
    const times = tracker.reports.map((r) => r.date.getTime());
    const reach = TRACKER_DATE_REACH_DAYS * DAY_MS;
    if (claim.date.getTime() < Math.min(...times) - reach || claim.date.getTime() > Math.max(...times) + reach) return { fits: false, score: 0 };
  }
  const claimWords = words(claim.text);
  const unitWords = words(tracker.unit);
  const key = [...words(tracker.description)].filter((t) => !unitWords.has(t));
  const share = key.length ? key.filter((t) => claimWords.has(t)).length / key.length : 0;
  const overlap = Math.max(0, ...tracker.reports.map((r) => jaccard(claimWords, words(r.text))));
  const fits = share >= MIN_DESCRIPTION_SHARE || overlap >= MIN_REPORT_OVERLAP;
  return { fits, score: Math.max(share, overlap) };
}
