/**
 * "...: Norland CM", "... - state DGP": a headline's closing source written as a title's initials, perhaps after the
 * place the title is of. The person the article names with a title of those initials ("Chief Minister Arvin Tello",
 * "Director General of Police, Varun Teja") is the source, as a headline's bare title is its holder.
 */
import type { ArticleContext, Speaker } from "./article-context";

const PLACE_THEN_INITIALS = /^(?:(?:\p{Lu}[\p{Ll}'’-]+\s+){0,2}|(?:state|city|district)\s+)?(\p{Lu}{2,4})$/u;

/** The person whose title the tag's initials spell, or null (a body of those initials comes first, see personByTitleInitials). */
export function personByTagInitials(tag: string, ctx: ArticleContext): Speaker | null {
  const m = PLACE_THEN_INITIALS.exec(tag.trim());
  if (!m) return null;
  const sp = ctx.personByTitleInitials(m[1]);
  return sp?.person ? sp : null;
}
