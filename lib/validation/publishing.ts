/** Zod schemas of the publishing settings. */
import { z } from "zod";
import { zOptionalUrl, zText } from "./common";

/** The newsroom named as the author of every published fact-check. */
export const ZOrganization = z.object({
  organizationName: zText("Organisation name", 120),
  organizationUrl: zOptionalUrl("Organisation web address").transform((value) => value ?? ""),
});
export type TOrganization = z.infer<typeof ZOrganization>;

export const ZPublishing = z.object({
  publishingEnabled: z.preprocess((v) => v === "true" || v === "on" || v === true, z.boolean()),
});
export type TPublishing = z.infer<typeof ZPublishing>;
