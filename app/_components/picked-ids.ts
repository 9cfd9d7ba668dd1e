import "server-only";
import type { Actor } from "@/lib/platform/session";
import { findArticleByTitle } from "@/lib/data/articles";
import { findSpeakerByName } from "@/lib/data/speakers";

type Raw = Record<string, string | undefined>;

/**
 * A filter form's pickers send the chosen id (`article`, `speaker`); without JavaScript they send the typed
 * text instead (`articleName`, `speakerName`). This turns such text into the id of the first match, so the
 * form works either way; an id in the URL wins.
 */
export async function resolvePickedNames(actor: Actor, raw: Raw): Promise<Raw> {
  const out = { ...raw };
  if (!out.article && out.articleName) out.article = (await findArticleByTitle(actor, out.articleName))?.id.toString() ?? "0";
  if (!out.speaker && out.speakerName) out.speaker = (await findSpeakerByName(actor, out.speakerName))?.id.toString() ?? "0";
  delete out.articleName;
  delete out.speakerName;
  return out;
}
