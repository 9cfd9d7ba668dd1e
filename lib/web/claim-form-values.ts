/** A stored claim as the edit form's string values; what a stale save is compared with, field by field. */

export const MERGEABLE_CLAIM_FIELDS = ["statement", "speakerId", "attribution", "qualifier", "value", "low", "high", "unit", "asOf"] as const;
export type MergeableClaimField = (typeof MERGEABLE_CLAIM_FIELDS)[number];

const NUMERIC = new Set<string>(["speakerId", "value", "low", "high"]);

interface StoredClaim {
  statement: string;
  speakerId: number | null;
  attribution: string;
  qualifier: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  asOf: Date | null;
}

export function claimFormValues(claim: StoredClaim): Record<MergeableClaimField, string> {
  const text = (v: unknown) => (v == null ? "" : String(v));
  return {
    statement: claim.statement,
    speakerId: text(claim.speakerId),
    attribution: claim.attribution,
    qualifier: text(claim.qualifier),
    value: text(claim.value),
    low: text(claim.low),
    high: text(claim.high),
    unit: text(claim.unit),
    asOf: claim.asOf ? claim.asOf.toISOString().slice(0, 10) : "",
  };
}

/** Whether two form values say the same thing: "20,000" and "20000" do, and so do surrounding spaces. */
export function sameFormValue(field: string, a: string | undefined, b: string | undefined): boolean {
  const x = (a ?? "").trim();
  const y = (b ?? "").trim();
  if (NUMERIC.has(field) && x !== "" && y !== "") return Number(x.replace(/,/g, "")) === Number(y.replace(/,/g, ""));
  return x === y;
}

/** The fields where what the person typed differs from the claim as saved now. */
export function conflictingFields(mine: Record<string, string>, current: Record<string, string>): MergeableClaimField[] {
  return MERGEABLE_CLAIM_FIELDS.filter((field) => field in mine && !sameFormValue(field, mine[field], current[field]));
}
