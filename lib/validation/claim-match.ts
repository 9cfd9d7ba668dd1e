/** Linking a claim to the claim it repeats ("checked before?"), and unlinking it. */
import { z } from "zod";
import { zOptionalId, zOptionalText } from "./common";

/** POST /api/v1/claims/{id}/matches: the claim becomes another appearance of `targetId`'s group. */
export const ZClaimLink = z.object({
  targetId: zOptionalId("Claim to link to").pipe(z.number({ error: "Claim to link to is required." })),
});
export type TClaimLink = z.infer<typeof ZClaimLink>;

/** DELETE /api/v1/claims/{id}/matches: why the claim is taken out of its group (kept in the history). */
export const ZClaimUnlinkQuery = z.object({
  reason: zOptionalText("Reason", 500),
});
