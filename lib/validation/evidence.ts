import { z } from "zod";
import { EVIDENCE_KINDS, STANCES } from "@/lib/domain/vocabulary";
import { zEnum, zOptionalText, zOptionalUrl, zText } from "./common";

export const ZEvidenceCreate = z
  .object({
    kind: zEnum(EVIDENCE_KINDS, "Kind"),
    url: zOptionalUrl("Source URL"),
    title: zText("Title", 300),
    notes: zOptionalText("Excerpt or notes", 5000),
    stance: zEnum(STANCES, "Stance"),
  })
  .superRefine((evidence, ctx) => {
    if (evidence.kind === "url" && !evidence.url)
      ctx.addIssue({ code: "custom", path: ["url"], message: "A web source needs its URL." });
    if (evidence.kind === "note" && !evidence.notes)
      ctx.addIssue({ code: "custom", path: ["notes"], message: "A note needs its text." });
  });
export type TEvidenceCreate = z.infer<typeof ZEvidenceCreate>;
