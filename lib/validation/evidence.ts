/** Zod schemas of evidence. */
import { z } from "zod";
import { STANCES } from "@/lib/figures/vocabulary";
import { zEnum, zOptionalDate, zOptionalText, zOptionalUrl, zText } from "./common";

const stance = zEnum(STANCES, "Stance");

/** A web page: where it is, what it is, who published it, when we read it, and the passage that matters. */
export const ZEvidenceUrl = z.object({
  kind: z.literal("url"),
  url: zOptionalUrl("Source URL").refine((url) => url !== undefined, "A web source needs its URL."),
  title: zText("Page title", 300),
  publisher: zOptionalText("Publisher", 200),
  accessedAt: zOptionalDate("Date accessed"),
  notes: zOptionalText("Quoted passage", 5000),
  stance,
});

/** An uploaded file's fields; the file itself travels beside them and is checked from its bytes. */
export const ZEvidenceDocument = z.object({
  kind: z.literal("document"),
  title: zText("Document title", 300),
  notes: zOptionalText("Description", 5000),
  stance,
});

/** An interview or call: who, when, what was said. Its title is made from the name when not given. */
export const ZEvidenceNote = z
  .object({
    kind: z.literal("note"),
    contactName: zText("Who", 200),
    contactedAt: zOptionalDate("When").refine((date) => date !== undefined, "When is required."),
    notes: zText("What was said", 5000),
    title: zOptionalText("Title", 300),
    stance,
  })
  .transform((note) => ({ ...note, title: note.title ?? `Conversation with ${note.contactName}` }));

export const ZEvidenceCreate = z.discriminatedUnion("kind", [ZEvidenceUrl, ZEvidenceDocument, ZEvidenceNote], {
  error: "Choose a valid kind of evidence.",
});
export type TEvidenceCreate = z.infer<typeof ZEvidenceCreate>;
export type TEvidenceDocument = z.infer<typeof ZEvidenceDocument>;
