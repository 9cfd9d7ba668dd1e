/**
 * A source described first and named right after: "A 16-year-old boy who was wounded said ... . “...,” Rehmat Ullah
 * said." or "..., an army source said." then "“...,” an army spokesman in the region Nazifullah Sultani told Xinhua."
 * Pure string rules over the text that follows the sentence.
 */
import { TITLES, isTitleWord } from "./names";

/** The first reporting verb in a stretch of text. */
const FIRST_VERB = /\b(?:said|says|told|added|noted)\b/u;
/** A full name (two or three capitalised words) as the subject of a reporting verb, maybe after a lower-case description. */
const NAMED_SUBJECT = /(?:^|[,”"]\s*)((?:(?:an?|the)\s+)?(?:[\p{Ll}\d-]+\s+){0,5}?)?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s+(said|says|told|added|noted)\b/u;

/**
 * The person named as the speaker of the text right after a sentence whose source was only described
 * (`description`, e.g. "army source"): within the rest of the paragraph, a quotation closed by a bare full
 * name, the reader's next mention of the one just described; in the next paragraph a titled person whose description shares
 * a modifier with it. Null otherwise, or when `known` says the name was given before.
 */
export function personNamedNext(following: string, description: string, known: (surname: string) => boolean): string | null {
  const rest = /^[^\n]*/.exec(following)![0];
  const sameParagraph = /\S/.test(rest);
  const window = (sameParagraph ? rest : (/^\s*([^\n]*)/.exec(following)?.[1] ?? "")).trimStart();
  const verb = FIRST_VERB.exec(window);
  if (!verb) return null;
  const titledAfter = quotedByTitleHolder(window, description);
  if (titledAfter) return known(titledAfter.split(/\s+/).pop()!) ? null : titledAfter;
  const m = NAMED_SUBJECT.exec(window.slice(0, verb.index + verb[0].length));
  if (!m || m.index + m[0].length !== verb.index + verb[0].length) return null;
  // "Mayor Ann Lee said": a capitalised title is a description, not a bare name.
  const words = m[2].split(/\s+/);
  const titles = words.length > 2 && isTitleWord(words[0]) ? 1 : 0;
  const name = words.slice(titles).join(" ");
  if (known(words[words.length - 1])) return null;
  const theirs = [...(m[1] ?? "").trim().split(/\s+/), ...words.slice(0, titles)].map((w) => w.toLowerCase()).filter(Boolean);
  // A bare name only where the next sentence quotes on: the account of the one just described going on.
  if (!theirs.length) return sameParagraph && /^[“"]/.test(window) ? name : null;
  const mods = description.toLowerCase().split(/\s+/).slice(0, -1).filter((w) => w.length > 2 && !/\d/.test(w));
  return theirs.some((w) => TITLES.has(w)) && mods.some((w) => theirs.includes(w)) ? name : null;
}

/** A quotation closed by a verb and a full name with a title set off after it: “...,” said Ana Lopes, mayor of Penipe. */
const QUOTE_THEN_TITLED = /^[“"][^”"]{10,}[,.!?]?[”"]\s*(?:said|told|added)\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}),\s+(?:(?:an?|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?=[\s,.])/u;

/**
 * "..., a local mayor said." then "“...,” said Juan Ortega, mayor of Penipe,": the quotation that opens the text
 * after a described person's words, closed by a full name given the same title, is that person's.
 */
function quotedByTitleHolder(window: string, description: string): string | null {
  const head = description.toLowerCase().split(/\s+/).pop() ?? "";
  if (!TITLES.has(head)) return null;
  const m = QUOTE_THEN_TITLED.exec(window);
  return m && m[2] === head ? m[1] : null;
}

const BODY_NAME = "\\p{Lu}[\\p{L}\\p{M}'’.&-]*(?:\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}\\p{M}'’.&-]*){1,7}";
/**
 * "According to Inter-Services Public Relations (ISPR), ..." or "The Federal Roads Agency said ...": the body a
 * sentence opens by citing, and the acronym the article gives it.
 */
const CITED_BODY = new RegExp(
  `^(?:According\\s+to\\s+(?:the\\s+)?(${BODY_NAME})(?:\\s+\\((\\p{Lu}{2,8})\\))?\\s*,|(?:The\\s+)?(${BODY_NAME})(?:\\s+\\((\\p{Lu}{2,8})\\))?\\s+(?:said|says|reported|announced|stated)\\b)`,
  "u",
);

/**
 * The body the sentence right after a described one cites ("the military's media wing said ..." then "According to
 * Inter-Services Public Relations (ISPR), ..."): the rest of the paragraph, else the next paragraph's opening. Null
 * when it cites none, or `isName` refuses the name (a body named before, a news outlet, no body's word).
 */
export function bodyNamedNext(following: string, isName: (name: string, acronym: string | null) => boolean): string | null {
  const rest = /^[^\n]*/.exec(following)![0].trimStart();
  const window = /\S/.test(rest) ? rest : (/^\s*([^\n]*)/.exec(following)?.[1] ?? "");
  const m = CITED_BODY.exec(window);
  if (!m) return null;
  const name = m[1] ?? m[3];
  const acronym = m[2] ?? m[4] ?? null;
  return isName(name, acronym) ? name : null;
}
