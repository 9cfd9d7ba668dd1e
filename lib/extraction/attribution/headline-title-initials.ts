/**
 * "...: Norland CM", "... - state DGP": a headline's closing source written as a title's initials, perhaps after the
 * place the title is of. The person the article names with a title of those initials ("Chief Minister Arvin Tello",
 * "Director General of Police, Varun Teja") is the source, as a headline's bare title is its holder.
 * "... - Kestrel Bank CEO": words naming a body before the initials say whose title it is; a holder the article gives
 * no such body ("Orla Bank’s Chief Executive Officer Tom Beck") is another's, and the tag is read as before.
 */
import type { ArticleContext, Speaker } from "./article-context";
import { isOrganisation } from "./names";

const PLACE_THEN_INITIALS = /^((?:\p{Lu}[\p{Ll}'’-]+\s+){0,2}|(?:state|city|district)\s+)?(\p{Lu}{2,4})$/u;

/** The person whose title the tag's initials spell, or null (a body of those initials comes first, see personByTitleInitials). */
export function personByTagInitials(tag: string, ctx: ArticleContext): Speaker | null {
  const m = PLACE_THEN_INITIALS.exec(tag.trim());
  if (!m) return null;
  const sp = ctx.personByTitleInitials(m[2]);
  if (!sp?.person) return null;
  const before = (m[1] ?? "").trim();
  const words = before ? before.split(/\s+/) : [];
  if (words.length && (isOrganisation(words) || ctx.knownOrg(before)) && !holdsTitleOf(sp, before, ctx.articleText())) return null;
  return sp;
}

/**
 * True when the article gives the holder the body `body`: in their description or title, or in the words of their
 * sentence before their name is first written ("Kestrel Bank Chief Executive Officer Mara Lind").
 */
function holdsTitleOf(sp: Speaker, body: string, text: string): boolean {
  const lower = body.toLowerCase();
  if (`${sp.description ?? ""} ${sp.title ?? ""}`.toLowerCase().includes(lower)) return true;
  const at = text.indexOf(sp.name);
  if (at < 0) return false;
  const lead = text.slice(Math.max(0, at - 120), at);
  const sentence = lead.slice(Math.max(lead.lastIndexOf(". "), lead.lastIndexOf("\n")) + 1);
  return sentence.toLowerCase().includes(lower);
}
