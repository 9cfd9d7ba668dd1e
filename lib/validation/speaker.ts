/** Zod schemas of speakers. */
import { z } from "zod";
import { SPEAKER_KINDS } from "@/lib/figures/vocabulary";
import { zEnum, zOptionalText, zOptionalUrl, zText } from "./common";

export const ZSpeakerUpdate = z.object({
  name: zText("Name", 200),
  kind: zEnum(SPEAKER_KINDS, "Kind"),
  description: zOptionalText("Description", 500),
  url: zOptionalUrl("Speaker URL"),
});
export type TSpeakerUpdate = z.infer<typeof ZSpeakerUpdate>;
