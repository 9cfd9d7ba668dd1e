/**
 * Per-article memory for attribution: the people and organisations named so far, so that
 * "Bali said" → "Mustafa Bali", "he said" → the last person, "the union said" → "Amalgamated
 * Transit Union Local 1190" and "WHO" → "World Health Organization".
 */
import { ORG_WORDS, isNameToken, splitTitle } from "./extract-names";

export interface Speaker {
  name: string;
  description: string | null;
  person: boolean;
}

interface Org {
  name: string;
  words: Set<string>;
  aliases: Set<string>;
  at: number;
}

const CONNECTORS = new Set(["of", "for", "and", "on", "de"]);
const ORG_SEQ = /\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|for|and|on|de)\s+(?:the\s+)?)?(?:\p{Lu}[\p{L}\p{M}'’.&-]*|\d{1,4}\b))*(?:\s+\(([\p{Lu}&]{2,8})\))?/gu;
/** "the supporters' association Fanprojekt Rheintal": a lower-case collective noun introducing a name. */
const GROUP_INTRO = /\b(association|group|organi[sz]ation|charity|campaign|coalition|network|club|company|firm|supplier|union|alliance|movement|party|agency)\s+((?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3})/gu;
/** "a study by the Polar Ice Consortium", "a report from the Housing Board": who wrote a document. */
const DOC_BY = /\b(study|report|survey|analysis|review|assessment|poll|paper|audit|census)\s+(?:(?:published|released|commissioned|conducted|compiled)\s+)?(?:by|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|for|and|on|de)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’.&-]*)*)/gu;
/** Heads of a description that any kind of body may answer to ("the civil defense agency"). */
const GENERIC_HEADS = new Set(["agency", "body", "office", "authority", "institute", "service", "organization", "organisation", "department", "group", "watchdog", "regulator"]);
const COLLECTIVE = new Set(["association", "group", "organization", "organisation", "charity", "campaign", "coalition", "network", "alliance", "movement"]);
/** Generic nouns that refer back to the article's main organisation ("the company said"). */
const MAIN_ORG_NOUNS = new Set(["company", "firm", "club", "team", "agency", "organization", "organisation", "group", "charity", "network", "campaign", "utility"]);

export class ArticleContext {
  private bySurname = new Map<string, Speaker>();
  private byName = new Map<string, Speaker>();
  private orgs: Org[] = [];
  private seen = "";
  private clock = 0;
  private docAuthors = new Map<string, string>();
  private ahead: string[] = [];
  lastPerson: Speaker | null = null;
  lastOrg: Speaker | null = null;

  /** Records the organisations named in a sentence (before attributing it). */
  observe(sentence: string, body = true): void {
    this.seen += " " + sentence;
    this.clock++;
    for (const m of sentence.matchAll(ORG_SEQ)) {
      const words = m[0].replace(/\s*\([^)]*\)$/, "").split(/\s+/);
      while (words.length && !isNameToken(words[0]) && !CONNECTORS.has(words[0])) words.shift();
      while (words.length && CONNECTORS.has(words[words.length - 1])) words.pop();
      if (!words.length) continue;
      const orgLike = m[1] || words.some((w) => ORG_WORDS.has(w.toLowerCase())) || /^\d+$/.test(words[words.length - 1]);
      if (orgLike && words.length >= (m[1] ? 1 : 2)) this.addOrg(words.join(" "), m[1]);
      else if (body && !orgLike) this.notePeople(words);
    }
    for (const m of sentence.matchAll(DOC_BY)) this.docAuthors.set(m[1].toLowerCase(), m[2].replace(/\.$/, ""));
    for (const m of sentence.matchAll(GROUP_INTRO)) {
      const org = this.addOrg(m[2]);
      org.aliases.add(m[1].toLowerCase());
    }
  }

  /** Remembers two-to-four-word names (minus titles) for later surname look-ups. */
  private notePeople(words: string[]): void {
    let run: string[] = [];
    for (const w of [...words, ""]) {
      if (w && isNameToken(w) && !/\d/.test(w)) {
        run.push(w);
        continue;
      }
      let name = splitTitle(run).name;
      if (name.length > 2 && !/^\p{Lu}\.$/u.test(name[name.length - 2]) && !isParticle(name[name.length - 2])) name = name.slice(-2);
      const surname = name[name.length - 1];
      if (name.length >= 2 && name.length <= 4 && !this.bySurname.has(surname)) {
        this.bySurname.set(surname, { name: name.join(" "), description: null, person: true });
      }
      run = [];
    }
  }

  private addOrg(name: string, alias?: string): Org {
    let org = this.orgs.find((o) => o.name === name);
    if (!org) {
      org = { name, words: new Set(name.toLowerCase().split(/\s+/)), aliases: new Set(), at: this.clock };
      this.orgs.push(org);
    }
    org.at = this.clock;
    if (alias) org.aliases.add(alias);
    return org;
  }

  /** Records a common noun ("the railroad") as a short reference to a named organisation. */
  addAlias(name: string, noun: string): void {
    this.addOrg(name, noun);
  }

  /** The body named as the author of the last document of this kind: "a study by the X" → X. */
  documentAuthor(noun: string): string | null {
    return this.docAuthors.get(noun) ?? null;
  }

  /** True when some organisation has `noun` as a short reference. */
  hasAlias(noun: string): boolean {
    return this.orgs.some((o) => o.aliases.has(noun));
  }

  /** Registers the organisations named anywhere in the article, for descriptions that come before the name. */
  prescan(text: string): void {
    for (const m of text.matchAll(ORG_SEQ)) {
      const words = m[0].replace(/\s*\([^)]*\)$/, "").split(/\s+/);
      while (words.length && !isNameToken(words[0]) && !CONNECTORS.has(words[0])) words.shift();
      while (words.length && CONNECTORS.has(words[words.length - 1])) words.pop();
      if (words.length >= 2 && words.some((w) => ORG_WORDS.has(w.toLowerCase()))) this.ahead.push(words.join(" "));
    }
  }

  /**
   * Resolves a description to a body named in the article, before or after it: "the country's civil
   * defense agency" → "National Civil Defense Institute", "the U.N. migration agency" → "International
   * Organization for Migration". Every lower-case word but a generic head must be in the name.
   */
  resolveDescription(phrase: string): string | null {
    const words = phrase.replace(/[,.]$/, "").split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    const content = words
      .slice(0, -1)
      .filter((w) => /^\p{Ll}/u.test(w) && !/['’]s$/.test(w) && !/^(?:the|a|an|its|their|his|her|state|national|federal|local|main|top|official)$/.test(w))
      .map((w) => w.toLowerCase());
    if (!content.length || content.length > 3) return null;
    const generic = GENERIC_HEADS.has(head);
    const fits = (name: string) => {
      const ws = new Set(name.toLowerCase().split(/\s+/));
      const has = (w: string) => ws.has(w) || ws.has(w + "s") || (w.endsWith("s") && ws.has(w.slice(0, -1)));
      return content.every(has) && (generic || has(head));
    };
    const known = this.orgs.filter((o) => fits(o.name));
    if (known.length) return known.reduce((a, b) => (b.at >= a.at ? b : a)).name;
    return this.ahead.find(fits) ?? null;
  }

  /** Resolves an acronym ("WHO") or a generic phrase ("the transit authority") to a named organisation. */
  resolveOrg(phrase: string): string | null {
    const p = phrase.replace(/^(?:the|a|an|its|their)\s+/i, "").trim();
    if (/^[\p{Lu}.&]{2,8}$/u.test(p)) {
      const bare = p.replace(/\./g, "");
      const hit = this.orgs.find((o) => o.aliases.has(bare) || initials(o.name) === bare);
      return hit ? hit.name : null;
    }
    const words = p.toLowerCase().split(/\s+/);
    if (words.length >= 2 && /^\p{Lu}/u.test(p)) {
      // "Interior Ministry" after "the Italian Interior Ministry": the short form of a longer name.
      const longer = this.orgs.filter((o) => o.name.endsWith(" " + p));
      return longer.length ? longer.reduce((a, b) => (b.at >= a.at ? b : a)).name : null;
    }
    if (words.length > 3 || p !== p.toLowerCase()) return null;
    const collective = words.length === 1 && COLLECTIVE.has(words[0]);
    const matching = this.orgs.filter(
      (o) => words.every((w) => o.words.has(w) || o.words.has(w + "s") || o.aliases.has(w)) || (collective && [...o.aliases].some((a) => COLLECTIVE.has(a))),
    );
    if (matching.length) return matching.reduce((a, b) => (b.at >= a.at ? b : a)).name;
    const head = words[words.length - 1];
    if (MAIN_ORG_NOUNS.has(head)) return this.mainOrg();
    return null;
  }

  /** The organisation named most often so far (by its first word). */
  private mainOrg(): string | null {
    let best: string | null = null;
    let bestCount = 0;
    for (const o of this.orgs) {
      const first = o.name.split(/\s+/)[0];
      if (first.length < 3) continue;
      const count = this.seen.split(first).length - 1;
      if (count > bestCount) [best, bestCount] = [o.name, count];
    }
    return best;
  }

  /** Records a speaker (people by full name and surname) and returns the canonical entry. */
  remember(sp: Speaker): Speaker {
    if (!sp.person) {
      const org = /^[\p{Lu}.&]{2,8}$/u.test(sp.name) ? this.resolveOrg(sp.name) : null;
      const canonical = org ? { ...sp, name: org } : sp;
      if (canonical.name.split(/\s+/).length >= 2 || org) this.addOrg(canonical.name);
      this.lastOrg = canonical;
      return canonical;
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

function isParticle(w: string): boolean {
  return /^(?:al|el|bin|ibn|de|del|da|di|van|von|der|den|la|le|abu|dos)(?:-|$)/.test(w);
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !CONNECTORS.has(w) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}
