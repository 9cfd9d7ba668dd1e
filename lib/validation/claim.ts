/** Zod schemas of claims and their moves, shared by forms, actions and the API. */
import { z } from "zod";
import { ATTRIBUTIONS, QUALIFIERS, SPEAKER_KINDS } from "@/lib/figures/vocabulary";
import { WORKFLOW_ACTIONS } from "@/lib/workflow/workflow";
import { zEnum, zOptionalDate, zOptionalId, zOptionalNumber, zOptionalOffset, zOptionalText, zString, zText } from "./common";

const ClaimFields = z.object({
  articleId: zOptionalId("Article"),
  excerpt: zOptionalText("Excerpt", 5000),
  start: zOptionalOffset("Start offset"),
  end: zOptionalOffset("End offset"),
  statement: zText("Statement", 2000),
  speakerId: zOptionalId("Speaker"),
  newSpeakerName: zOptionalText("Speaker name", 200),
  newSpeakerKind: z.preprocess((v) => (v === "" || v == null ? "person" : v), zEnum(SPEAKER_KINDS, "Speaker kind")),
  newSpeakerDescription: zOptionalText("Speaker description", 500),
  attribution: z.preprocess((v) => (v === "" || v == null ? "unattributed" : v), zEnum(ATTRIBUTIONS, "Attribution")),
  value: zOptionalNumber("Value"),
  low: zOptionalNumber("Low bound"),
  high: zOptionalNumber("High bound"),
  qualifier: z.preprocess((v) => (v === "" ? undefined : v), zEnum(QUALIFIERS, "Qualifier").optional()),
  unit: zOptionalText("Unit", 80),
  asOf: zOptionalDate("As-of date"),
  /** set when the claim is an accepted extraction suggestion */
  suggestionId: zOptionalId("Suggestion"),
});

type ClaimFieldsOut = z.infer<typeof ClaimFields>;

/** Rules across fields: offsets come in pairs, bounds are ordered, a figure says how it is qualified. */
function checkClaim(claim: ClaimFieldsOut, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const hasStart = claim.start !== undefined;
  if (hasStart !== (claim.end !== undefined)) issue("start", "Start and end offsets go together.");
  if (hasStart && claim.end !== undefined) {
    if (!Number.isInteger(claim.start) || !Number.isInteger(claim.end) || claim.start! < 0)
      issue("start", "Offsets must be whole numbers from 0.");
    else if (claim.end <= claim.start!) issue("end", "The end offset must come after the start offset.");
    if (claim.articleId === undefined) issue("start", "Offsets need an article.");
    if (claim.excerpt === undefined) issue("excerpt", "Offsets need the excerpt they point at.");
  }
  if (claim.low !== undefined && claim.high !== undefined && claim.low > claim.high)
    issue("low", "The low bound must not be greater than the high bound.");
  const hasFigure = claim.value !== undefined || claim.low !== undefined || claim.high !== undefined;
  if (hasFigure && !claim.qualifier) issue("qualifier", "Say how the figure is qualified (exact, about, at least…).");
  if (claim.qualifier === "range" && (claim.low === undefined || claim.high === undefined))
    issue("low", "A range needs both a low and a high bound.");
  if (claim.qualifier && claim.qualifier !== "range" && claim.qualifier !== "vague" && claim.value === undefined)
    issue("value", "A qualified figure needs its value.");
  if (claim.speakerId !== undefined && claim.newSpeakerName !== undefined)
    issue("newSpeakerName", "Choose an existing speaker or type a new one, not both.");
}

export const ZClaimCreate = ClaimFields.superRefine(checkClaim);
export type TClaimCreate = z.infer<typeof ZClaimCreate>;

const zVersion = z.coerce.number({ error: "The form is out of date; reload the claim." }).int().positive();

/** Why a published claim's record changed; required for any change to a claim whose verdict is published. */
const zCorrectionNote = zOptionalText("Correction note", 2000);

/** The whole claim as the edit form sends it, with the version it was based on. */
export const ZClaimUpdate = ClaimFields.extend({ version: zVersion, correctionNote: zCorrectionNote }).superRefine(checkClaim);
export type TClaimUpdate = z.infer<typeof ZClaimUpdate>;

/** The claim's own fields, as the API reads and a merge patch names them. */
export const CLAIM_PATCH_FIELDS = [
  "articleId", "excerpt", "start", "end", "statement", "speakerId", "newSpeakerName", "newSpeakerKind", "newSpeakerDescription",
  "attribution", "value", "low", "high", "qualifier", "unit", "asOf",
] as const;

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
// A patch's fields carry the same bounds as the claim's (the merged claim is checked again as a whole), so
// the published document says what is accepted.
const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};
const patchText = (label: string, max: number) => zString(label).max(max, `${label} must be at most ${max} characters.`);
const patchId = (label: string) => z.number({ error: `${label} is not valid.` }).int(`${label} is not valid.`).positive(`${label} is not valid.`);
const patchOffset = (label: string) =>
  z.number({ error: `${label} must be a number.` }).int(`${label} must be a whole number.`).min(0, `${label} must be 0 or more.`).max(1e9, `${label} is too large.`);
const patchNumber = (label: string) =>
  z.number({ error: `${label} must be a number.` }).min(-1e15, `${label} is too small.`).max(1e15, `${label} is too large.`);

/**
 * `PATCH /api/v1/claims/{id}` as a JSON merge patch (RFC 7396): a field sent replaces the stored one,
 * `null` clears it, a field left out stays as it is. The merged claim is then checked with `ZClaimUpdate`,
 * so the rules across fields hold for the result, not for the patch alone.
 */
export const ZClaimPatch = z.strictObject({
  version: zVersion,
  correctionNote: nullable(patchText("Correction note", 2000)),
  articleId: nullable(patchId("Article")),
  excerpt: nullable(patchText("Excerpt", 5000)),
  start: nullable(patchOffset("Start offset")),
  end: nullable(patchOffset("End offset")),
  statement: nullable(patchText("Statement", 2000)),
  speakerId: nullable(patchId("Speaker")),
  newSpeakerName: nullable(patchText("Speaker name", 200)),
  newSpeakerKind: nullable(zEnum(SPEAKER_KINDS, "Speaker kind")),
  newSpeakerDescription: nullable(patchText("Speaker description", 500)),
  attribution: nullable(zEnum(ATTRIBUTIONS, "Attribution")),
  value: nullable(patchNumber("Value")),
  low: nullable(patchNumber("Low bound")),
  high: nullable(patchNumber("High bound")),
  qualifier: nullable(zEnum(QUALIFIERS, "Qualifier")),
  unit: nullable(patchText("Unit", 80)),
  asOf: nullable(
    zString("As-of date")
      .regex(/^\d{4}-\d{2}-\d{2}$/, "As-of date must be a date (YYYY-MM-DD).")
      .refine(isCalendarDate, "As-of date is not a real date.")
      .meta({ format: "date", description: "A calendar date, YYYY-MM-DD" }),
  ),
});
export type TClaimPatch = z.infer<typeof ZClaimPatch>;

type Stored = Partial<Record<(typeof CLAIM_PATCH_FIELDS)[number], unknown>>;

/**
 * The claim a merge patch leads to, as input for `ZClaimUpdate`: the stored values, overlaid with the
 * fields sent (null clears). Choosing a speaker by id drops a new-speaker name and the other way round.
 */
export function mergeClaimPatch(stored: Stored, patch: TClaimPatch): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored, version: patch.version, correctionNote: patch.correctionNote ?? undefined };
  for (const field of CLAIM_PATCH_FIELDS) if (field in patch) merged[field] = patch[field] ?? undefined;
  if ("newSpeakerName" in patch && patch.newSpeakerName && !("speakerId" in patch)) merged.speakerId = undefined;
  return merged;
}

/**
 * A move in the verification workflow. Which fields an action needs (a verdict, a comment, a correction
 * note) is decided by the workflow rules in lib/workflow/workflow.ts; this schema bounds what is sent.
 */
export const ZTransition = z.object({
  action: zEnum(WORKFLOW_ACTIONS, "Action"),
  version: zVersion,
  ratingId: zOptionalId("Rating"),
  explanation: zOptionalText("Explanation", 10_000),
  note: zOptionalText("Note", 2000),
});
export type TTransition = z.infer<typeof ZTransition>;

export const ZAssignment = z.object({
  assigneeId: zOptionalText("Assignee", 100),
  dueAt: zOptionalDate("Due date"),
  version: zVersion,
});
export type TAssignment = z.infer<typeof ZAssignment>;

export const ZComment = z.object({ body: zText("Comment", 5000) });
