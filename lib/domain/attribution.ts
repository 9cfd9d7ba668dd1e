/**
 * Who says a sentence, and how: speaker name, description and attribution kind.
 * Rules over the sentence text plus a per-article memory of the people named so far, so that
 * "Bali said" resolves to "Mustafa Bali" and "he said" to the last person named.
 */
import type { Attribution } from "./vocabulary";
import {
  DOCUMENT_NOUNS, SOURCE_NOUNS, TITLES, cleanPhrase, isOrganisation, leadingName, splitTitle, trailingName,
} from "./extract-names";

export interface Speaker {
  name: string;
  description: string | null;
  person: boolean;
}

export interface SentenceSource {
  speaker: Speaker | null;
  /** How the sentence is sourced before looking at quotation marks. */
  kind: "observation" | "verb" | "according_to" | "document" | "none";
  /** Spans of quoted passages of three or more words. */
  quotes: Array<[number, number]>;
}

/** Per-article memory of speakers. */
export class ArticleContext {
  private bySurname = new Map<string, Speaker>();
  private byName = new Map<string, Speaker>();
  lastPerson: Speaker | null = null;
  lastOrg: Speaker | null = null;
  lastSource: SentenceSource | null = null;

  /** Records a speaker (people by full name and surname) and returns the canonical entry. */
  remember(sp: Speaker): Speaker {
    if (!sp.person) {
      this.lastOrg = sp;
      return sp;
    }
    const words = sp.name.split(/\s+/);
    let known = this.byName.get(sp.name) ?? (words.length === 1 ? this.bySurname.get(sp.name) : undefined);
    if (known) {
      if (!known.description && sp.description) known = { ...known, description: sp.description };
    } else known = sp;
    if (known.name.includes(" ")) {
      this.byName.set(known.name, known);
      this.bySurname.set(known.name.split(/\s+/).pop()!, known);
    }
    this.lastPerson = known;
    return known;
  }

  knows(surname: string): boolean {
    return this.bySurname.has(surname);
  }
}

const VERB_RE = /\b(said|says|say|told|tells|confirmed|confirms|added|adds|announced|announces|reported|stated|noted|explained|warned|warns|claimed|claims|estimated|estimates|insisted|insists|acknowledged|denied|denies|argued|wrote|writes|tweeted|declared|disclosed|revealed|asserted|predicted|alleged|alleges|posted|cited|saying)\b/g;
const TRAIL_ADVERBS = /(?:\s+(?:also|later|earlier|previously|separately|then|has|have|had|recently|again|further|initially|first|repeatedly|publicly|privately|once|was quoted as|were quoted as|in a statement|in an interview|in a video|on Twitter|on Sunday|on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|on Saturday|last week|this week|would|will|has also|had also))+$/;
const OUTLETS: Record<string, string> = {
  "Associated Press": "Associated Press", AP: "Associated Press", Reuters: "Reuters", AFP: "AFP",
  "Agence France-Presse": "AFP",
};
const OBS_RE = /\b(Associated Press|AP|Reuters|AFP|Agence France-Presse)(?:\s+\p{L}+)?\s+(?:team|reporters?|journalists?|correspondents?|photographers?|crew|videojournalists?|tally|count|review|analysis|investigation|reporting)\b|\b(Associated Press|AP|Reuters|AFP)\s+(?:saw|counted|observed|witnessed|found|verified|reviewed|tallied)\b|\b(?:reporters?|journalists?|correspondents?|photographers?)\s+(?:for|from|with)\s+(?:[Tt]he\s+)?(Associated Press|AP|Reuters|AFP)\b/u;
const ACCORDING_RE = /\baccording to\s+([^,;.“”"()—]+)(,\s*(?:an?|the)\s+[^,;.“”"]+)?/i;
const CAP_SEQ = /(?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:(?:for|of|on|and|de|al|in)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/u;
const CLAUSE_WORDS = new Set(["in", "at", "to", "from", "was", "were", "is", "are", "had", "has", "have", "with", "by", "near", "into", "after", "before", "and", "or", "that", "which", "who", "of", "on"]);

function findQuotes(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /“([^”]*)”?|"([^"]*)"?/g;
  for (const m of s.matchAll(re)) {
    const inner = m[1] ?? m[2] ?? "";
    if (inner.trim().split(/\s+/).length >= 3) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function speakerFromName(words: string[], ctx: ArticleContext, description: string | null): Speaker | null {
  const cleaned = words.filter((w, n) => !(n === 0 && /^\p{Lu}[\p{L}]*-(?:backed|led|based|run|held|allied)$/u.test(w)));
  if (!cleaned.length) return null;
  const { title, name } = splitTitle(cleaned);
  if (isOrganisation(cleaned) || !name.length) return { name: cleaned.join(" ").replace(/[.,]$/, ""), description, person: false };
  const desc = description ?? (title.length ? title.join(" ") : null);
  if (name.length === 1 && !ctx.knows(name[0])) return { name: name[0], description: desc, person: title.length > 0 };
  return { name: name.join(" "), description: desc, person: true };
}

function titledDescription(seg: string): string | null {
  const words = seg.trim().split(/\s+/);
  if (!/^(?:an?|the)$/i.test(words[0]) || words.length > 12) return null;
  if (!words.some((w) => TITLES.has(w.toLowerCase()))) return null;
  return cleanPhrase(seg);
}

/** The subject of a reporting verb, read from the text before it. */
function subjectBefore(pre: string, ctx: ArticleContext): Speaker | null {
  let p = pre.replace(/\s+$/, "");
  if (/[”"’]$/.test(p) || /[”"’],$/.test(p)) return null;
  const comma = p.endsWith(",");
  if (comma) p = p.slice(0, -1);
  p = p.replace(TRAIL_ADVERBS, "");
  const segs = p.split(/,\s*/);
  let j = segs.length - 1;
  const descs: string[] = [];
  while (comma && j > 0 && /^(?:(?:an?|the)\s|\p{Ll})/u.test(segs[j].trim())) descs.unshift(segs[j--]);
  const last = segs[j].trim();
  if (/(?:^|\s)(?:he|she|He|She)$/.test(last) && !descs.length) return ctx.lastPerson;
  if (/(?:^|\s)(?:they|it|They|It)$/.test(last) && !descs.length) return ctx.lastOrg;
  const words = last.split(/\s+/);
  const { name, before } = trailingName(words);
  if (name.length && before.length <= 4 && !before.some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) {
    let description: string | null = null;
    if (descs.length && /^(?:an?|the)\s/i.test(descs[0].trim())) description = cleanPhrase(descs[0]);
    else if (j > 0 && !descs.length) description = titledDescription(segs[j - 1]);
    if (!description && before.length && TITLES.has(before[before.length - 1].toLowerCase())) {
      description = cleanPhrase(before.join(" "));
    }
    return speakerFromName(name, ctx, description || null);
  }
  if (descs.length) return null;
  if (comma) return null;
  if (words.length <= 7 && words.some((w) => SOURCE_NOUNS.has(w.toLowerCase()))) {
    return { name: cleanPhrase(last), description: null, person: false };
  }
  return null;
}

/** The subject written after the verb: "..., said Mustafa Bali, a spokesman for the SDF." */
function subjectAfter(after: string, ctx: ArticleContext): Speaker | null {
  const clause = /^\s+([^,.;:!?“”"]*)(,\s*(?:an?|the)\s+[^,.;“”"]+)?/.exec(after);
  if (!clause) return null;
  const words = clause[1].trim().split(/\s+/);
  if (/^(?:he|she)$/i.test(words[0])) return ctx.lastPerson;
  const start = /^the$/i.test(words[0]) ? 1 : 0;
  const name = leadingName(words.slice(start));
  if (name.length) return speakerFromName(name, ctx, clause[2] ? cleanPhrase(clause[2].replace(/^,\s*/, "")) : null);
  if (/^(?:an?|the)$/i.test(words[0]) && words.length <= 7 && words.some((w) => SOURCE_NOUNS.has(w.toLowerCase()))) {
    return { name: cleanPhrase(clause[1]), description: null, person: false };
  }
  return null;
}

function accordingTo(s: string, ctx: ArticleContext): Speaker | null {
  const m = ACCORDING_RE.exec(s);
  if (!m) return null;
  const phrase = m[1].trim();
  const cap = CAP_SEQ.exec(phrase);
  const desc = m[2] ? cleanPhrase(m[2].replace(/^,\s*/, "")) : null;
  if (cap) return speakerFromName(cap[0].replace(/^The\s+/, "").split(/\s+/), ctx, desc);
  return { name: cleanPhrase(phrase), description: null, person: false };
}

/** Reads the source of one sentence and updates the article memory. */
export function attributeSentence(s: string, ctx: ArticleContext): SentenceSource {
  const quotes = findQuotes(s);
  let source: SentenceSource = { speaker: null, kind: "none", quotes };
  const obs = OBS_RE.exec(s);
  if (obs) {
    source = { speaker: { name: OUTLETS[obs[1] ?? obs[2] ?? obs[3]], description: null, person: false }, kind: "observation", quotes };
  } else {
    for (const m of s.matchAll(VERB_RE)) {
      const pre = s.slice(0, m.index);
      let sp = subjectBefore(pre, ctx);
      if (!sp && /[,”"’]\s*$/.test(pre)) sp = subjectAfter(s.slice(m.index + m[0].length), ctx);
      if (!sp) continue;
      const head = sp.name.toLowerCase().split(/\s+/).pop()!;
      if (!sp.person && DOCUMENT_NOUNS.has(head)) {
        const owner = CAP_SEQ.exec(sp.name);
        source = { speaker: owner ? { name: owner[0], description: null, person: false } : null, kind: "document", quotes };
      } else source = { speaker: sp, kind: "verb", quotes };
      break;
    }
    if (source.kind === "none") {
      const acc = accordingTo(s, ctx);
      if (acc) source = { speaker: acc, kind: "according_to", quotes };
    }
    if (source.kind === "none" && /^[“"]/.test(s.trim()) && ctx.lastSource?.speaker && quotes.length) {
      source = { speaker: ctx.lastSource.speaker, kind: "verb", quotes }; // a quote paragraph continuing the last speaker
    }
  }
  if (source.speaker) source.speaker = ctx.remember(source.speaker);
  ctx.lastSource = source;
  return source;
}

/** The attribution kind of a figure at [start, end) (or of the whole sentence when omitted). */
export function attributionOf(src: SentenceSource, start?: number, end?: number): Attribution {
  if (src.kind === "observation") return "observation";
  if (src.kind === "according_to" || src.kind === "document") return "according_to";
  if (src.kind === "none") return "unattributed";
  const inQuote = start === undefined ? src.quotes.length > 0 : src.quotes.some(([a, b]) => start >= a && (end ?? start) <= b);
  return inQuote ? "direct_quote" : "paraphrase";
}
