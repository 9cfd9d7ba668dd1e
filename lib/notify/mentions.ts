/**
 * `@name` mentions in comments: which names a comment may mention, and which people it does. Pure: the
 * caller looks up the people whose names start with each candidate word.
 */

export interface MentionablePerson {
  id: string;
  name: string;
}

export interface ResolvedMention {
  userId: string;
  /** where the `@` is in the body */
  start: number;
  /** the `@` and the name */
  length: number;
}

/** At most this many mentions are resolved in one comment. */
export const MAX_MENTIONS = 20;

const WORD = /[\p{L}\p{N}]/u;

/** The positions of `@` that can start a mention: at the start or after a character that is not part of a word. */
function mentionStarts(body: string): number[] {
  const starts: number[] = [];
  for (let i = body.indexOf("@"); i !== -1 && starts.length < MAX_MENTIONS; i = body.indexOf("@", i + 1)) {
    const previous = i > 0 ? body[i - 1] : "";
    if (!previous || !WORD.test(previous)) starts.push(i);
  }
  return starts;
}

/** The first word after each `@` ("@Chris Checker" gives "Chris"): the people to look up start with it. */
export function mentionWords(body: string): string[] {
  const words = mentionStarts(body)
    .map((i) => /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*/u.exec(body.slice(i + 1))?.[0] ?? "")
    .filter(Boolean);
  return [...new Set(words.map((w) => w.toLowerCase()))];
}

/**
 * The people the body mentions: at each `@`, the longest name (ignoring case) that follows it and ends
 * at a word boundary, so "@Chris Checker" finds Chris Checker even when a "Chris" exists. Each person once.
 */
export function resolveMentions(body: string, people: MentionablePerson[]): ResolvedMention[] {
  const byLength = [...people].sort((a, b) => b.name.length - a.name.length);
  const found = new Map<string, ResolvedMention>();
  for (const start of mentionStarts(body)) {
    const rest = body.slice(start + 1).toLowerCase();
    const person = byLength.find((p) => {
      const name = p.name.toLowerCase();
      return name.length > 0 && rest.startsWith(name) && !WORD.test(rest.charAt(name.length));
    });
    if (person && !found.has(person.id)) found.set(person.id, { userId: person.id, start, length: person.name.length + 1 });
  }
  return [...found.values()];
}

/** The query the completion runs as someone types: the text after the `@` before the caret, or null. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at === -1) return null;
  if (at > 0 && WORD.test(before[at - 1])) return null;
  const query = before.slice(at + 1);
  // A name has at most a few words; a newline or a long run ends the mention.
  if (query.length > 40 || /[\n\r@]/.test(query) || query.split(" ").length > 4) return null;
  return { start: at, query };
}
