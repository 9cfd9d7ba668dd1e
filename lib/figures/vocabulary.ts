/** The fixed vocabularies of a claim. Shared by the data model, validation, extraction and the UI. */

export const QUALIFIERS = [
  "exact",
  "approximately",
  "at_least",
  "more_than",
  "nearly",
  "at_most",
  "less_than",
  "range",
  "vague",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "exactly",
  approximately: "about",
  at_least: "at least",
  more_than: "more than",
  nearly: "nearly",
  at_most: "at most",
  less_than: "less than",
  range: "between",
  vague: "vague",
};

/** The qualifier as a choice in a form: the word a reader would use, never the stored code. */
export const QUALIFIER_OPTION_LABELS: Record<Qualifier, string> = {
  exact: "Exactly",
  approximately: "About",
  at_least: "At least",
  more_than: "More than",
  nearly: "Nearly",
  at_most: "At most",
  less_than: "Less than",
  range: "Between two bounds (a range)",
  vague: "An unspecified number",
};

export const ATTRIBUTIONS = ["direct_quote", "paraphrase", "according_to", "observation", "unattributed"] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  direct_quote: "Direct quote",
  paraphrase: "Paraphrase",
  according_to: "According to",
  observation: "Own observation",
  unattributed: "Unattributed",
};

export const SPEAKER_KINDS = ["person", "organization"] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

export const EVIDENCE_KINDS = ["url", "document", "note"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const STANCES = ["supports", "contradicts", "context"] as const;
export type Stance = (typeof STANCES)[number];
