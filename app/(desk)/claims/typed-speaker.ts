/** The claim form's speaker picker on the server: a name typed but not chosen from the list is matched here. */
import "server-only";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { findSpeakerByExactName } from "@/lib/data/speakers";

const refuse = (message: string) => new AppError("invalid", message, { fields: { speakerId: [message] } });

/**
 * The claim input with the speaker the picker's text names. The picker sends the chosen id as `speakerId`
 * and its text as `speakerName`; text without an id (typed without choosing, or sent without JavaScript)
 * must name a known speaker exactly, or the save is refused with a field error: a speaker is never
 * dropped or guessed silently.
 */
export async function withTypedSpeaker<T extends { speakerId?: number; newSpeakerName?: string }>(actor: Actor, input: T, formData: FormData): Promise<T> {
  const typed = String(formData.get("speakerName") ?? "").trim();
  if (input.speakerId !== undefined || typed === "") return input;
  if (input.newSpeakerName !== undefined) throw refuse("Choose an existing speaker or type a new one, not both.");
  const speaker = await findSpeakerByExactName(actor, typed);
  if (!speaker) throw refuse(`No speaker is called “${typed}”. Choose one from the list, or add them as a new speaker below.`);
  return { ...input, speakerId: speaker.id };
}
