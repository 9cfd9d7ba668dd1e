import { z } from "zod";
import { canonicalUnit } from "@/lib/figures/unit";
import { zEnum, zOptionalId, zText } from "./common";

export const TRACKER_KINDS = ["cumulative", "level"] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

export const TRACKER_KIND_LABELS: Record<TrackerKind, string> = {
  cumulative: "A running total (should not fall: people evacuated, a death toll)",
  level: "A level (may rise or fall: a price, a rate)",
};

export const ZTrackerCreate = z.object({
  description: zText("Description", 200),
  // Claims store what is counted singular, in lower case and under one spelling ("civilian", "kilometer").
  unit: zText("What is counted", 80).transform((unit) => canonicalUnit(unit) ?? unit.toLowerCase()),
  kind: zEnum(TRACKER_KINDS, "Kind"),
});
export type TTrackerCreate = z.infer<typeof ZTrackerCreate>;

export const ZTrackerClaim = z.object({
  claimId: zOptionalId("Claim").pipe(z.number({ error: "Choose a claim from the list, or type its number (#123)." })),
});
export type TTrackerClaim = z.infer<typeof ZTrackerClaim>;

/** `?claimId=` of DELETE /api/v1/trackers/{id}/claims. */
export const ZTrackerClaimQuery = z.object({
  claimId: z.coerce.number({ error: "claimId must be a claim id." }).int("claimId must be a claim id.").positive("claimId must be a claim id."),
});

export const ZTrackerExportQuery = z.object({
  format: z.enum(["csv", "json"], { error: "Choose format=csv or format=json." }).default("csv"),
});
