/** Whether an extracted claim is already recorded (by its figure's fingerprint), and a guess at its speaker's kind. */
import type { ExtractedClaim } from "./extract";
import type { SpeakerKind } from "@/lib/figures/vocabulary";

/** The figure part of a claim or suggestion, as stored. */
export interface FigureKey {
  qualifier: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit?: string | null;
}

/** Identifies an extracted claim across re-runs: where its sentence stands and which figure it is about. */
export function suggestionFingerprint(claim: ExtractedClaim): string {
  const q = claim.quantity;
  return [claim.start, claim.end, q?.qualifier ?? "-", q?.value ?? "-", q?.low ?? "-", q?.high ?? "-", q?.unit ?? "-"].join(":");
}

/**
 * The same figure from the same sentence: its span and its numbers, whatever the unit or statement found
 * with it. A suggestion with a key already seen in the article is never offered again.
 */
export function figureKey(s: { start: number; end: number } & FigureKey): string {
  return [s.start, s.end, s.qualifier ?? "-", s.value ?? "-", s.low ?? "-", s.high ?? "-"].join(":");
}

const sameFigure = (a: FigureKey, b: FigureKey) =>
  a.qualifier === b.qualifier && a.value === b.value && a.low === b.low && a.high === b.high;

/**
 * Whether a recorded claim already covers a suggestion: its excerpt overlaps the suggestion's sentence, and
 * it records the same figure (or, for a claim without a figure, neither has one).
 */
export function isRecordedBy(
  suggestion: { start: number; end: number } & FigureKey,
  claim: { start: number | null; end: number | null } & FigureKey,
): boolean {
  if (claim.start == null || claim.end == null) return false;
  const overlaps = claim.start < suggestion.end && suggestion.start < claim.end;
  if (!overlaps) return false;
  if (suggestion.qualifier == null) return claim.qualifier == null;
  return sameFigure(suggestion, claim);
}

const ORGANIZATION_WORDS =
  /\b(ministry|agency|department|office|council|organi[sz]ation|association|union|company|corporation|corp|inc|ltd|plc|bank|service|services|police|army|forces|committee|university|institute|authority|commission|group|nations|party|press|news|reuters|government|court|board|federation|fund|programme|program|project|center|centre|society|coalition|league|network|administration|bureau|guard|hospital|school|club|team|foundation|survey|statistics|agency's)\b/i;

/** Whether a speaker name reads as an organisation ("Health Ministry", "WHO") or a person ("Mustafa Bali"). */
export function guessSpeakerKind(name: string): SpeakerKind {
  const trimmed = name.trim();
  if (/^[A-Z]{2,}$/.test(trimmed.replace(/[.\s&]/g, ""))) return "organization";
  if (ORGANIZATION_WORDS.test(trimmed)) return "organization";
  if (/^the\s/i.test(trimmed)) return "organization";
  return "person";
}
