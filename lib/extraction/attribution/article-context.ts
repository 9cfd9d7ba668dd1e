/**
 * Per-article memory for attribution: the people and organisations named so far, so that
 * "Bali said" → "Mustafa Bali", "he said" → the last person, "the union said" → "Amalgamated
 * Transit Union Local 1190" and "WHO" → "World Health Organization".
 */
import { acronymSpellsName, initialsWithAcronyms } from "./acronym-initials";
import { DAY_AFTER_NAME, OPENING_PREPOSITION, WEEKDAY } from "./clause-edges";
import { SMALL_NUMBERS } from "@/lib/extraction/quantity/lexicon";
import { NameVariants, acronymTail, initials } from "./name-variants";
import { IndexedSet, OrgIndex } from "./org-index";
import { OrgsByCount } from "./orgs-by-count";
import { SpeakersByKey } from "./speakers-by-key";
import { escapeRegExp, namesWithWord } from "./named-with-word";
import { type TitledPerson, TitledIndex, personByInitials, personForDescription, titledPeople } from "./named-later";
import { bodyNamedNext, personNamedNext } from "./named-next";
import { SeenCounts } from "./seen-counts";
import { holderQuotedNext, soleTitleHolder } from "./title-holder";
import { UN_DESCRIPTION, isUnBody } from "./un-bodies";
import { WordIndex } from "./word-index";
import { ABBREVIATED_TITLES, CALENDAR_WORD, COMMA_LEGAL_SUFFIXES, COMPANY_APPOSITION_NOUNS, COMPANY_KIND_OPENING, COMPANY_NOUNS, DATELINE, LEGAL_SUFFIX, ORG_WORDS, TITLES, closesName, isNameToken, isTitleWord, isOrganisation, seatWords, splitPersonOfBody, splitTitle, surnameStem, titleInsideName, titledPerson } from "./names";
import { wordTable } from "@/lib/figures/word-table";
import { allMatches } from "@/lib/extraction/all-matches";

export interface Speaker {
  name: string;
  description: string | null;
  person: boolean;
  /** An unnamed source described by its role ("prosecutors", "senior U.N. official"). */
  generic?: boolean;
  /** Introduced with "a"/"an" ("a city spokeswoman"): the article may name it later. */
  indefinite?: boolean;
  /** A rank written before the name when an apposition gives the description: "Col." in "Col. X, a spokesman for ...". */
  title?: string;
}

interface Org {
  /** The name as the article first writes it, a legal suffix written with it included ("Sears Holdings Corp."). */
  name: string;
  /** The name without a legal suffix. */
  bare: string;
  words: Set<string>;
  aliases: Set<string>;
  at: number;
  /** Named as a company: a legal suffix, "owned by X", "shares in X", "the airline, X". */
  company: boolean;
  /** Lower-case words written before the name ("the regional Higher People's Court"): "the regional court" is it. */
  modifiers: Set<string>;
}
/** The legal suffixes a company's name may end with, as a pattern's alternatives: those set off by a comma, and "Co". */
const LEGAL_WORDS = `${COMMA_LEGAL_SUFFIXES}|Co`;
const LEGAL_WORD = new RegExp(`\\b(?:${LEGAL_WORDS})\\b`);
/** A weekday closing a name of two words or more: "Tarvik Corporation Monday". */
const BARE_DAY_AFTER_NAME = new RegExp(`(?<=\\S\\s+\\S+)\\s+${WEEKDAY}$`);
/** "Tarvik Airlines Group, Inc.": a name of capitalised words, a comma and a legal suffix. Group 1 the name. */
const COMMA_LEGAL = new RegExp(`(?<![\\p{L}.'’&-])(\\p{Lu}[\\p{L}\\p{M}'’&-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}\\p{M}'’&-]*){0,5}),[^\\S\\n]+(?:${COMMA_LEGAL_SUFFIXES})\\b\\.?`, "gu");
const COMMA_LEGAL_CHECK = new RegExp(`,\\s+(?:${COMMA_LEGAL_SUFFIXES})\\b`);
const JOINED_COMPANY = new RegExp(`(?<![\\p{L}.'’&-])\\p{Lu}[\\p{L}'’&-]*(?:\\s+\\p{Lu}[\\p{L}'’&-]*)*\\s+in\\s+\\p{Lu}[\\p{L}'’&-]*(?:\\s+\\p{Lu}[\\p{L}'’&-]*)*\\s+(?:${LEGAL_WORDS})\\b\\.?`, "gu");
/** Heads of an unnamed body's description besides the organisation words: "monitoring service", "fiscal watchdog". */
const BODY_NOUN_LIST = ["watchdog", "regulator", "forecaster", "agency", "authority", "office", "institute", "bureau", "body", "monitor"];
const BODY_NOUNS = new Set(BODY_NOUN_LIST);
/** A capitalised name closing the text, then "in"/"at": the first part of a name joined by that word. */
const JOINED_BEFORE = /(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’.&-]*)*)\s+(in|at)\s+$/u;
/** A capitalised speech verb in a title-case headline. */
const HEADLINE_VERBS = new Set(["Says", "Say", "Said", "Warns", "Claims", "Confirms"]);
/** "Norvale Economics is one forecaster": a body of two words or more said to be one of a kind of body. */
const IS_ONE_OF_KIND = /(?<![\p{L}.'’&-])(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){1,4})\s+is\s+(?:one|an?)\s+(?:[\p{Ll}-]+\s+){0,2}?(forecaster|consultancy|watchdog|regulator|lender|insurer|firm|company|charity)\b/gu;
/** People the writer speaks of, no source: "9,000 people", "millions of residents", "the protesters". */
const PEOPLE_PLURAL_WORDS = ["people", "residents", "protesters", "demonstrators", "villagers", "families", "students", "migrants", "refugees", "survivors", "passengers", "voters", "citizens", "evacuees", "travelers", "travellers"];
/**
 * A sentence opening with a person's name (maybe after an honorific, a body and a title: "Vale Lifeboat Society Secretary
 * General Mira Lund"), then an apposition or a verb.
 */
const OPENING_PERSON = /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]+){0,7})(?:,\s|\s+\p{Ll})/u;
/** "Westport: ", "NEW DELHI (PTI): ": a place of one to three capitalised words and a colon opening a paragraph, a dateline. */
const COLON_DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s+\([^()]{1,20}\))?:\s+(?=\p{Lu})/u;
/** ", Police chief in Munshiganj district,", ", the head of the agency,": an apposition naming a title. */
const TITLED_APPOSITION = new RegExp(`^,\\s+(?:(?:an?|the)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:${[...TITLES].filter((t) => /^[a-z]+$/.test(t)).join("|")})\\b[^,;]*,`, "iu");
/** Words that end a noun phrase rather than describe its head. */
const CLAUSE_WORD = /^(?:and|or|of|in|on|at|to|for|by|with|said|says|has|had|was|were|is|are)$/;
/** Common nouns that open a sentence before "of" and a body's name ("Shares of", "Residents of"). */
const OPENING_NOUN = /^(?:Shares|Stocks|Bonds|Residents|Members|Employees|Workers|Staff|Customers|Passengers|Supporters|Relatives|Families|Parts|Most|Many|Some|All|None|Thousands|Hundreds|Dozens|Millions|Officials|Sources|Spokesmen|Executives|Investors|Owners)$/;
/** "the regional ", "its new ": lower-case modifiers right before a name. */
const MODIFIERS_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})$/u;

/**
 * "The military in August 2008 launched ...", "Security forces have ...": a sentence opening with a plural
 * or collective source as the subject of a verb that does not report.
 */
const OPENING_GROUP_WORDS = ["military", "army", "police", "officials", "authorities", "forces", "troops", "rebels", "soldiers", "investigators", "prosecutors", "officers"];
const OPENING_GROUP = /^(?:The\s+)?((?:\p{L}[\p{Ll}-]*\s+){0,2}?(?:military|army|police|officials|authorities|forces|troops|rebels|soldiers|investigators|prosecutors|officers))\s+(?!said|say|says|told|added|reported|claimed)(?:[^,;“”"]{0,40}\s)?\p{Ll}+ed\b/u;
/**
 * Abbreviated ranks and titles as a later "the colonel" writes them out: ABBREVIATED_TITLES with the stop, plus
 * "dr.", "prof." and "pvt." (written out here, but no title ABBREVIATED_BEFORE reads before a name) and some ranks
 * written without the stop.
 */
const RANK_WORDS: Readonly<Record<string, string>> = wordTable({
  ...Object.fromEntries(Object.entries(ABBREVIATED_TITLES).map(([a, title]) => [`${a.toLowerCase()}.`, title])),
  "dr.": "doctor", "prof.": "professor", "pvt.": "private",
  det: "detective", supt: "superintendent", insp: "inspector", sgt: "sergeant", cmdr: "commander", capt: "captain", lt: "lieutenant", maj: "major",
});
const PLACE_PREPOSITIONS = [" in ", " to ", " from ", " across ", " of "];
const ONLY_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const CONNECTORS = new Set(["of", "for", "and", "on", "de"]);
/** "Based on", "According to", "Speaking at": a participle opening a sentence, then its preposition (no body's words). */
/** A capitalised name opening a sentence as its subject, before its verb: "Velmar Metropolitan University is ...". */
const BODY_OPENING = /^((?:The\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.&-]*){0,5})\s+(?:is|was|has|had|have|will|would|\p{Ll}+ed|\p{Ll}+s)\s/u;
/** Common adjectives capitalised to open a sentence before a body's name: "Separate", "Further", "Other", "New", "Fresh". */
const OPENING_ADJECTIVE = /^(?:Separate|Further|Other|New|Fresh)$/;
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u;
const PARTICIPLE_PREPOSITION = /^(?:on|to|in|at|by|with|for)$/;
/**
 * A run of capitalised words (and numbers, "Local 1190"), with an acronym in brackets after it as group 1.
 * Each capital (\p{Lu}) and the rest of each word ([\p{L}\p{M}'’.&-]*) are written with their ASCII characters
 * first: V8 tests a Unicode property class slowly, character by character, and this is read over the whole article
 * and again over every sentence. The same characters, taken in the same order, so the same matches (about six times
 * faster): a capital is [A-Z] or a non-ASCII \p{Lu}; a word's rest is its ASCII letters and ’'.&-, then, from its
 * first non-ASCII letter or mark on, the whole class, backtracking through the same lengths as the plain class would.
 */
const ORG_SEQ =
  /(?:[A-Z]|(?![\0-\x7f])\p{Lu})[a-zA-Z'’.&-]*(?:(?![\0-\x7f])[\p{L}\p{M}][\p{L}\p{M}'’.&-]*)?(?:\s+(?:(?:of|for|and|on|de)\s+(?:the\s+)?)?(?:(?:[A-Z]|(?![\0-\x7f])\p{Lu})[a-zA-Z'’.&-]*(?:(?![\0-\x7f])[\p{L}\p{M}][\p{L}\p{M}'’.&-]*)?|\d{1,4}\b(?![-–]\d|[,.]\d)))*(?:\s+\(((?=[\p{L}&]*\p{Lu}[\p{L}&]*\p{Lu})[\p{L}&]{2,10})\))?/gu;
/** A line of three or more words, each capitalised or a number, without closing punctuation: a title-case headline. */
const TITLE_CASE_LINE = /^(?:[\p{Lu}\d][^\s]*\s+){2,}[\p{Lu}\d][^\s]*[^\s.!?"”]$/u;
const WHITE_SPACE = /\s/;
/** What no TITLE_CASE_LINE ends with: its last character tested first rules out most sentences at once. */
const CLOSING_CHAR = /[\s.!?"”]/;
/** The first character that is neither white space nor an opening quotation mark. */
const AFTER_OPENING = /[^\s“"‘]/;
/** "the supporters' association Fanprojekt Rheintal": a lower-case collective noun introducing a name. */
const GROUP_INTRO = /\b(association|group|organi[sz]ation|charity|campaign|coalition|network|club|company|firm|supplier|union|alliance|movement|party|agency)\s+((?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3})/gu;
/** Kinds of body a name is introduced by, before it or in apposition after it: what "the website said" later is. */
const DESCRIBED_KINDS = ["website", "portal", "broadcaster", "watchdog", "regulator", "charity"];
const DESCRIBED_KIND = DESCRIBED_KINDS.join("|");
/** "property website Hometrack", "the consumer watchdog Kestrel Watch": a kind of body (group 1) right before a name (group 2). */
const KIND_BEFORE_NAME = new RegExp(`\\b((?:\\p{L}[\\p{Ll}-]*\\s+)?(?:${DESCRIBED_KIND}))\\s+(\\p{Lu}[\\p{L}\\p{M}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.&-]*){0,3})`, "gu");
/** "Hometrack, a property website,", "Ofwat, the water regulator.": a name (group 1), then its kind in apposition (group 2). */
const KIND_APPOSED = new RegExp(`(\\p{Lu}[\\p{L}\\p{M}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.&-]*){0,3}),\\s+(?:an?|the)\\s+((?:[\\p{Ll}'’-]+\\s+){0,3}?(?:${DESCRIBED_KIND}))(?=[,.;])`, "gu");
/** Capitalised words opening a sentence or a clause before a name: no part of it ("Meanwhile, the regulator,"). */
const OPENER_WORD = /^(?:The|A|An|But|And|As|When|While|Meanwhile|Separately|However|Earlier|Later|Instead|Still|Overall|Yesterday|Today|Last|This|Data|Figures)$/;
/** A preposition of place or time before a name: the name is where or when ("In Norland, the broadcaster, ..."). */
const PLACE_WORD = /^(?:[Ii]n|[Aa]t|[Oo]n|[Nn]ear|[Aa]cross|[Tt]hroughout|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]or|[Aa]fter|[Bb]efore)$/;
/**
 * "Meanwhile Hometrack" → "Hometrack": a name read before its kind, without the words opening the clause; "" when
 * nothing is left or the name follows a preposition of place or time ("In Norland", "On Tuesday", "in Norland").
 */
function describedName(sentence: string, at: number, name: string): string {
  const words = name.split(/\s+/);
  let place = PLACE_WORD.test(sentence.slice(Math.max(0, at - 12), at).trimEnd().split(" ").pop() ?? "");
  while (words.length && (OPENER_WORD.test(words[0]) || CALENDAR_WORD.test(words[0]) || PLACE_WORD.test(words[0]))) {
    if (PLACE_WORD.test(words.shift()!)) place = true;
  }
  return place ? "" : words.join(" ").replace(/[.]$/, "");
}
/** "a study by the Polar Ice Consortium", "a report from the Housing Board": who wrote a document. */
const DOC_BY = /\b(study|report|survey|analysis|review|assessment|poll|paper|audit|census)\s+(?:(?:published|released|commissioned|conducted|compiled)\s+)?(?:by|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|for|and|on|de)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’.&-]*)*)/gu;
/** The nouns GROUP_INTRO opens with. */
const GROUP_INTRO_WORDS = ["association", "group", "organisation", "organization", "charity", "campaign", "coalition", "network", "club", "company", "firm", "supplier", "union", "alliance", "movement", "party", "agency"];
/** The nouns DOC_BY opens with. */
const DOC_BY_NOUNS = ["study", "report", "survey", "analysis", "review", "assessment", "poll", "paper", "audit", "census"];
/** The nouns NAMED_DOC closes with (and NAMED_DOC_CHECK looks for). */
const NAMED_DOC_NOUNS = ["poll", "survey", "study", "report", "census", "analysis"];
/** The verbs RELEASED needs, one of them a whole word. */
const RELEASE_WORDS = ["released", "issued", "unveiled", "sampled", "polled", "surveyed", "interviewed"];
/**
 * The company nouns are all lower-case ASCII words, as CUE_WORD needs its words to be: the two COMPANY_CUES expressions
 * that need a company noun write it after white space and before a comma or a word boundary, a whole word.
 */
const COMPANY_NOUNS_ASCII = [...COMPANY_APPOSITION_NOUNS].every((w) => /^[a-z]+$/.test(w));
/** The kinds of cue word observe looks for (see CUE_WORD), one bit each. */
const CUE = { people: 1, groupIntro: 2, docBy: 4, namedDoc: 8, release: 16, openingGroup: 32, byOrFrom: 64, shares: 128, court: 256, companyNoun: 512, describedKind: 1024 } as const;
/** Each cue word → the bits of the kinds it belongs to. */
const CUE_KINDS = new Map<string, number>();
for (const [words, kind] of [
  [PEOPLE_PLURAL_WORDS, CUE.people], [GROUP_INTRO_WORDS, CUE.groupIntro], [DOC_BY_NOUNS, CUE.docBy], [NAMED_DOC_NOUNS, CUE.namedDoc],
  [RELEASE_WORDS, CUE.release], [OPENING_GROUP_WORDS, CUE.openingGroup], [["by", "from"], CUE.byOrFrom], [["shares"], CUE.shares], [["court"], CUE.court], [DESCRIBED_KINDS, CUE.describedKind],
  ...(COMPANY_NOUNS_ASCII ? [[[...COMPANY_APPOSITION_NOUNS], CUE.companyNoun] as const] : []),
] as const) for (const w of words) CUE_KINDS.set(w, (CUE_KINDS.get(w) ?? 0) | kind);
/**
 * Every word one of observe's expressions needs whole, each written in lower-case ASCII letters. Such a word matches
 * `\bword\b` (no `i` flag, so `\b` reads ASCII word characters with or without `u`) exactly where it is a whole run of
 * ASCII word characters, so one scan with this expression tells which of them a sentence has, and each expression
 * below runs only on the sentences that have its words: the answer cannot change, and most sentences have none.
 */
const CUE_WORD = new RegExp(`\\b(?:${[...CUE_KINDS.keys()].join("|")})\\b`, "g");
/** The kinds of cue word `sentence` has (bits of CUE), from one scan with CUE_WORD. */
function cueKinds(sentence: string): number {
  let kinds = 0;
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(sentence); m; m = CUE_WORD.exec(sentence)) kinds |= CUE_KINDS.get(m[0])!;
  return kinds;
}
/** "a USA Today/CNN/Gallup poll", "the Harbor Board report": a document named by who issued it. */
const NAMED_DOC_CHECK = /\s(?:poll|survey|study|report|census|analysis)\b/; // a cheap test every NAMED_DOC match passes
const NAMED_DOC = /(?<![\p{L}.'’&/-])(?!The\s|A\s|An\s)(\p{Lu}[\p{L}\p{M}'’.&/-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}\p{M}'’.&/-]*)*)\s+(poll|survey|study|report|census|analysis)\b/gu;
/** "Stats SA released its report", "The Pew Research Center polled 1,000 adults": who issued a document or ran a poll. */
const RELEASED = /(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’.&-]*)*)\s+(?:(?:has|have|had|also|on\s+\p{Lu}\p{Ll}+day)\s+)*(released|issued|unveiled|sampled|polled|surveyed|interviewed)\s+(?!by\b)/gu;
/** A news outlet's name: its last word says it is one ("USA Today", "Malaysian Star", "Gulf News"). A capital is looked for before the look-behind, which is slow at every position. */
const OUTLET_WORDS = "Times|Post|News|Journal|Herald|Tribune|Today|Telegraph|Guardian|Gazette|Star|Standard|Observer|Chronicle|Independent|Express|Mail|Mirror|Sun|Globe|Examiner|Inquirer|Courier|Dispatch|Monitor|Daily|Weekly|Magazine|Radio|Television|TV";
const OUTLET_NAME = new RegExp(`(?=\\p{Lu})(?<![\\p{L}.'’&-])((?:\\p{Lu}[\\p{L}.&'’-]*\\s+){1,3}(?:${OUTLET_WORDS}))(?![\\p{L}])`, "gu");
/** OUTLET_NAME tried at one place (see outletNames). */
const OUTLET_NAME_AT = new RegExp(OUTLET_NAME.source, "uy");
/** Where an outlet's name can end: white space, then the last word of OUTLET_NAME. */
const OUTLET_WORD_AFTER_SPACE = new RegExp(`\\s(?:${OUTLET_WORDS})(?![\\p{L}])`, "gu");

/**
 * The outlet names of `text` (group 1), as `text.matchAll(OUTLET_NAME)` finds them, but tried only just before the
 * outlet words: a match is one to three capitalised words, each followed by white space, then an outlet word, so it
 * starts within the three runs of non-white-space before that word. Those places are tried in order, each once
 * per word (the same answer as trying every place of the text, at a fraction of the cost).
 */
function outletNames(text: string): string[] {
  const names: string[] = [];
  /** Where the next match may start: the end of the last one. */
  let from = 0;
  const re = OUTLET_WORD_AFTER_SPACE;
  re.lastIndex = 0;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    const word = hit.index + 1; // white space is one UTF-16 unit
    let start = word;
    for (let runs = 0; runs < 3 && start > from; runs++) {
      while (start > from && WHITE_SPACE.test(text[start - 1])) start--;
      while (start > from && !WHITE_SPACE.test(text[start - 1])) start--;
    }
    for (let at = start; at < word; at++) {
      OUTLET_NAME_AT.lastIndex = at;
      const m = OUTLET_NAME_AT.exec(text);
      if (!m) continue;
      names.push(m[1]);
      from = at + m[0].length;
      if (re.lastIndex < from) re.lastIndex = from;
      break;
    }
  }
  return names;
}
const MEDIA_NOUNS = new Set(["newspaper", "paper", "daily", "tabloid", "broadcaster", "magazine", "outlet", "weekly", "channel"]);
/** Heads of a description that any kind of body may answer to ("the civil defense agency"). */
/** Heads of an unnamed source that is one person: "a police spokesman", "ECP spokesperson". */
/** Heads of unnamed sources a later "it" may stand for: a body or a single document, never people or a plural. */
const IT_HEADS = new Set([...[...ORG_WORDS].filter((w) => !w.endsWith("s") && w !== "police"), ...BODY_NOUN_LIST, "report", "statement", "study", "survey", "release", "bulletin", "update", "document", "assessment", "analysis", "filing", "television", "radio", "broadcaster", "newspaper", "channel"]);
const SINGLE_PERSON_HEADS = new Set(["spokesperson", "spokesman", "spokeswoman", "official", "officer"]);
/** Titles of the person at the head of a body. */
const HEAD_TITLE = /\b(?:governor|chairman|chairwoman|chairperson|chief executive|ceo|president|director[- ]general|managing director|secretary[- ]general|commissioner|chief)\b/;
const GENERIC_HEADS = new Set(["agency", "body", "office", "authority", "institute", "service", "organization", "organisation", "department", "group", "watchdog", "regulator"]);
const COLLECTIVE = new Set(["association", "group", "organization", "organisation", "charity", "campaign", "coalition", "network", "alliance", "movement"]);
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.&-]*){0,3}";
const COMPANY_NOUN = [...COMPANY_APPOSITION_NOUNS].join("|");
/** Company nouns that say what kind of body the name right after them is ("carmaker Kestler"); none a person may be called by. */
const KIND_NOUN = [...COMPANY_NOUNS].filter((n) => !/^(?:operator|producer|supplier|developer|employer|shipper|distributor|exporter|giant|maker|carrier)$/.test(n)).join("|");
/** How many sentences back a company named counts as just named, for a company noun ("the company said"). */
const RECENT_COMPANY = 1;
/** "the Ulm-based firm Kestler": a company noun of KIND_NOUN closing a definite description, then the name (group 2). */
const KIND_CUE = new RegExp(`\\b(?:[Tt]he|[Ii]ts)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(${KIND_NOUN})\\s+(?!(?:${[...TITLES].filter((t) => /^[a-z]+$/.test(t)).map((t) => t[0].toUpperCase() + t.slice(1)).join("|")})\\b)(${NAME})`, "gu");
/** The moves of a stock's price: "Harbor Soft stock rose", "... stock closed up 5%". */
const STOCK_MOVE = "rose|fell|closed|ended|finished|opened|jumped|gained|dropped|slid|slipped|surged|soared|tumbled|plunged|climbed|declined|sank|rallied|dipped|rebounded|edged|traded|has|had|was|is|up|down";
const STOCK_MOVED = new RegExp(`(?:^[“"‘]?|(?<=\\p{Ll}\\s))(?!(?:Class|Series|Common|Preferred|Ordinary|Treasury)\\s)(${NAME}) stock (?=(?:${STOCK_MOVE})\\b)`, "gu");
/**
 * Cues that a name is a company: "owned by X", "shares in X", "X's shares", "the mine's owner, X,", "X, the German airline";
 * not "X, the firm's chief executive", whose noun is the firm's.
 */
const COMPANY_CUES: Array<[(s: string, noun: boolean, shares: boolean, kind: boolean) => boolean, RegExp]> = [
  [(s) => s.includes(" by "), new RegExp(`\\b(?:owned|operated|run|managed|built|made) by (?:the\\s+)?(${NAME})`, "gu")],
  [(s) => s.includes("hares "), new RegExp(`\\b[Ss]hares (?:in|of) (${NAME})`, "gu")],
  [(_, __, shares) => shares, new RegExp(`(${NAME})['’]s? shares\\b`, "gu")],
  // "Investors sent Harbor Soft shares up 12%": a name right before "shares" mid-sentence, no possessive needed
  // (not a kind of share: "Class A shares").
  [(_, __, shares) => shares, new RegExp(`(?<=\\p{Ll}\\s)(?!(?:Class|Series|Common|Preferred|Ordinary|Treasury)\\s)(${NAME}) shares\\b`, "gu")],
  // "Harbor Soft stock closed up 5% Thursday", "Investors sent Harbor Soft stock down": a name whose stock moves, at the
  // opening or mid-sentence (not a kind of stock: "Class A stock"; not "Harbor Soft stock markets").
  [(s) => s.includes(" stock "), STOCK_MOVED],
  // `noun`: the sentence has a comma and a company noun, as both of these need.
  [(_, noun) => noun, new RegExp(`\\b(?:[Tt]he|[Ii]ts)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(${COMPANY_NOUN}),\\s+(${NAME}),`, "gu")],
  // "X, India's top listed biotech firm,": a possessive opens the apposition as "the" does.
  [(_, noun) => noun, new RegExp(`(${NAME}),\\s+(?:the|an?|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(${COMPANY_NOUN})\\b(?!['’])(?!,\\s+\\p{Lu})`, "gu")],
  // "the world's biggest luxury carmaker Kestler", "the Ulm-based firm Kestler": a company noun closing a definite
  // description, right before a name, says what kind of body the name is (no comma needed).
  // Only nouns no person is called by: not "the cafe's owner Ana Osei", "the film's producer", "the site's operator".
  [(_, __, ___, kind) => kind, KIND_CUE],
];
/** "Nordwell Co" with the stop of "Co." lost closing a sentence's subject. */
const CLIPPED_CO = /\s+Co$/;
/** " of Wyoming", " of the Andes": a place a body's word runs on with ("Power Company of Wyoming"; not "of Vale's parent"). */
const OF_PLACE_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*){0,2}(?![\p{L}'’])/u;

/**
 * A company cue's name (NAME, which takes no "of") with the "of <Place>" its closing body word runs on with: "built by
 * Power Company of Wyoming", "shares of Union Bank of Norland" name the whole body. `end` is where the name ends.
 */
function withOfPlace(sentence: string, end: number, name: string): string {
  if (!sentence.startsWith(" of ", end) || !ORG_WORDS.has(name.slice(name.lastIndexOf(" ") + 1).toLowerCase())) return name;
  const of = OF_PLACE_AFTER.exec(sentence.slice(end));
  // ("... of Wyoming." closing the sentence: the stop is none of the name; "of St. Kitts" keeps its own.)
  return of ? name + of[0].replace(/(\p{Ll}{2})\.$/u, "$1") : name;
}
/** What both "shares" cues need. */
const SPACE_SHARES = / shares\b/;
/** A company noun as a whole run of lower-case letters ("firm", not "firms" or "Firm"). */
const COMPANY_NOUN_WORD = new RegExp(`(?<![a-z])(?:${COMPANY_NOUN})(?![a-z])`);
/** True when some run of lower-case letters in `s` is a company noun (one expression: cheaper than reading every word). */
function hasCompanyNoun(s: string): boolean {
  return COMPANY_NOUN_WORD.test(s);
}

/** "The Vereinigung Luftfahrtpersonal (VLP) union": the noun after the acronym is a short reference too. */
const AFTER_ACRONYM = /^\s+(\p{Ll}+)/u;
/** ", a health think tank,", ", the doctors' union,", ", a Britain-based war monitor,": an apposition after a body's name. */
const APPOSITION = /^,\s+(?:an?|the)\s+((?:(?:[\p{Ll}'’-]+|\p{Lu}[\p{L}.]*-\p{Ll}+)\s+){0,3}\p{Ll}+)(?=[,.;])/u;
/** "Ministry of Trade, Industry and Fisheries": a body named by a list of portfolios. */
export const LIST_ORG = /(?:\b(?!(?:The|An?)\s)\p{Lu}\p{L}+\s+)?\b(?:Ministry|Department|Office|Committee|Commission|Council|Secretariat|Agency)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}\p{L}+(?:,\s+\p{Lu}\p{L}+)+,?\s+and\s+\p{Lu}\p{L}+/gu;
/** A cheap test every LIST_ORG match passes. */
const LIST_ORG_CHECK = /(?:Ministry|Department|Office|Committee|Commission|Council|Secretariat|Agency)\s+(?:of|for)\s/;
/** A month written short: "Dec.", "Sept", "Jan." ("May" is a month written in full). */
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
/** "About 1.4 million": a capitalised qualifier before a number is no name ("Local 1190" is). */
const APPROX_WORD = /^(?:About|Around|Some|Nearly|Almost|Over|Roughly|Just|More|Fewer|Less|Up|Under|Only|Another|Approximately)$/;
/** Words in a body's name that make it an agency ("the agency said" → the last such body). */
const AGENCY_WORDS = new Set(["agency", "department", "commission", "administration", "authority", "bureau", "office", "service", "board", "directorate", "ministry", "institute"]);
/** Words that make a body public or collective rather than a company. */
const PUBLIC_WORDS = new Set([
  "ministry", "police", "bureau", "agency", "council", "government", "department", "office", "commission",
  "authority", "court", "army", "forces", "force", "constabulary", "union", "association", "party", "nations", "organization",
  "organisation", "committee", "parliament", "assembly", "federation", "alliance", "coalition", "movement",
  "university", "institute", "hospital", "school", "church", "mission", "embassy", "administration",
  "service", "programme", "program", "fund", "foundation", "observatory", "board", "guard", "coastguard", "military",
]);
/** Modifiers any body of its kind may carry: "the central bank", "the national statistics office". */
const BODY_MODIFIERS = new Set(["central", "national", "federal", "state", "local", "regional", "main", "top", "official", "public", "independent", "country", "nation's", "electoral", "election"]);
const ACRONYM_CHECK = /,\s+\p{Lu}{2,6},/u;
const ACRONYM_APPOSITION = /(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’-]*)+),\s+(\p{Lu}{2,6}),/gu;
/** "Reporting its results, ...": a sentence opening with a participle, whose first word is no name. */
const PARTICIPLE_OPENING = /^[“"‘]?\p{Lu}\p{Ll}+ing\s+(?:its|the|a|an|his|her|their|our)\s/u;
/**
 * Body words that make a singular description of one institution ("the university", "the hospital"), not a service
 * every place has ("police", "authorities", "government"): what a body named later in the article can be.
 */
/**
 * "Teachers Association", "Nurses' Federation", "Writers Guild": a body of the workers of one trade, which acts as their
 * union (never one of employers, owners, bankers or physicians, which bargain against one or speak for a profession).
 */
const MEMBERS_BODY = /\b(?:Teachers|Nurses|Workers|Employees|Drivers|Miners|Dockers|Pilots|Firefighters|Machinists|Electricians|Writers|Actors|Musicians|Journalists)['’]?\s+(?:Association|Federation|Guild)$/u;
const MEMBERS_BODY_KEYS = ["w association", "w federation", "w guild"];
/** "the force", "the constabulary", "the police force": what a police force named before ("Kentshire Police") is called. */
const POLICE_REFERENCES = new Set(["force", "constabulary", "police force"]);
/** The words in a police force's name ("Kentshire Police", "Dunmore Constabulary"), as index keys. */
const POLICE_KEYS = ["w police", "w constabulary"];
/** Local governments an article names by place ("Cowlitz County"), which "the county" then stands for. */
const LOCAL_GOVERNMENTS = new Set(["county", "borough", "municipality"]);
const ONE_OF_A_KIND = new Set(["university", "college", "hospital", "court", "tribunal", "ministry", "commission", "institute", "bank", "council", "bureau", "agency", "foundation", "observatory", "school", "academy", "clinic"]);
/** "the government", "the statistics office": an unnamed body as the issuer of a document, up to two modifiers before its noun. */
const LOWER_BODY = `(?:[a-z]+\\s+){0,2}?(?:government|ministry|department|agency|office|bureau|authority|commission|council|board|institute|police|military|army|bank|regulator|watchdog)(?![\\p{L}-])`;
/** Lower-case levels that tell one body of a kind from the others ("the regional Higher People's Court"). */
const LEVEL_MODIFIERS = new Set(["regional", "central", "provincial", "municipal", "district"]);
/** "A survivor of the attack, Musa Bello Garba, told ...": a person introduced by a description before the name. */
const INTRODUCED_AS = /(?:^|[,;:]\s+)[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s+(?:of|from|in|at)\s+[^,]{1,40})?,\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}),/gu;
/** Heads of an unnamed body's description that a name given right after may stand for ("the military's media wing"). */
const DESCRIBED_BODY_HEADS = new Set([...BODY_NOUNS, "wing", "arm", "department", "ministry", "service", "directorate", "unit", "command", "commission", "council", "committee"]);
/** Three or more names, each of one to three capitalised words, listed to open a sentence before its verb. */
const SUBJECT_LIST = /^((?:\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2},\s+){1,6}\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2},?\s+and\s+\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})\s+(?=\p{Ll})/u;
/** "the high court", "The district court": a court by its level, lower case. */
const COURT_BY_LEVEL = /\b[Tt]he\s+((?:high|district|supreme|appeals|appellate|provincial|regional|federal|county|municipal|trial|constitutional|special)\s+court)\b/g;
/** OUTLET_NAME without the global flag, to test one name (a global expression keeps its place between tests). */
const OUTLET_NAME_IN = new RegExp(OUTLET_NAME.source, "u");
/** True when a name's last word says it is a news outlet ("China Daily", "Gulf News"). */
function isOutletName(name: string): boolean {
  return OUTLET_NAME_IN.test(name) || MEDIA_NOUNS.has(name.split(/\s+/).pop()!.toLowerCase());
}
/** "its Talsa-Norte mine", "Corvane's Brava smelter": a site's name between a possessive and the kind of site it is. */
const FACILITY_NAMED = /(?:\b(?:its|their)|['’]s)\s+(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,2})\s+(?:mine|mines|plant|project|field|oilfield|refinery|factory|smelter|terminal|site|facility|complex|deposit|operation)\b/gu;
/** "Vantrel's first-half profits", "Tarvik Group's shares": a name owning a company's results, opening the sentence. */
const RESULTS_OWNER = /^[“"‘]?(\p{Lu}[\p{L}\p{M}&.-]*(?:\s+\p{Lu}[\p{L}\p{M}&.-]*){0,3})['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:profits?|shares|revenues?|sales|earnings|income|losses|turnover|results)\b/u;

/** Generic nouns that refer back to the article's main organisation ("the company said"). */
const MAIN_ORG_NOUNS = new Set(["company", "firm", "club", "team", "agency", "organization", "organisation", "group", "charity", "network", "campaign", "utility"]);

/**
 * The one person among `people` that `fits` picks (the last of them when several entries share that name); null when
 * none fits or two names do.
 */
function soleSpeaker(people: readonly Speaker[], fits: (p: Speaker) => boolean): Speaker | null {
  let hit: Speaker | null = null;
  for (const p of people) {
    if (!fits(p)) continue;
    if (hit && hit.name !== p.name) return null;
    hit = p;
  }
  return hit;
}

/** DATELINE without its opening `^\s*`, tried where a line's first non-blank character is. */
const DATELINE_AT = new RegExp(DATELINE.source.replace(/^\^\\s\*/, ""), "uy");
const LEADING_SPACE = /\s*/y;
/** A character that ends a line. */
const LINE_END = /[\n\r\u2028\u2029]/;
const LINE_BREAK = new RegExp(LINE_END.source, "g");

/**
 * The text with every line's dateline (and the blank lines before it) put as one space: what
 * `raw.replace(new RegExp(DATELINE.source, "gmu"), " ")` gives, in time linear in the text. That expression tries each line
 * start of a run of blank lines and reads the rest of the run from each, which grows with the square of the run; every
 * line start in one run reaches the same first word, so here each run is read once, from its first line start.
 */
export function withoutDatelines(raw: string): string {
  let out = "";
  let kept = 0;
  for (let line = 0; line <= raw.length; ) {
    LEADING_SPACE.lastIndex = line;
    LEADING_SPACE.exec(raw);
    const word = LEADING_SPACE.lastIndex;
    DATELINE_AT.lastIndex = word;
    const m = DATELINE_AT.exec(raw);
    let from = word;
    if (m) {
      out += raw.slice(kept, line) + " ";
      kept = from = word + m[0].length;
      // A dateline's closing spaces may end on a line break: the next line starts where it ends.
      if (LINE_END.test(raw[from - 1])) {
        line = from;
        continue;
      }
    }
    LINE_BREAK.lastIndex = from;
    const br = LINE_BREAK.exec(raw);
    if (!br) break;
    line = br.index + 1;
  }
  return kept === 0 ? raw : out + raw.slice(kept);
}

export class ArticleContext {
  private bySurname = new SpeakersByKey();
  private byName = new SpeakersByKey();
  /** A description's content words → the names the text writes with them all (see soleNameWith), made on first need. */
  private namesByContent = new Map<string, string[]>();
  /** Local governments named as speakers so far, by their word ("county"), and how far `seen` was read for them. */
  private localGovernments = new Map<string, { scanned: number; names: Set<string> }>();
  private orgs: Org[] = [];
  /** The bodies of `orgs` that are UN bodies (by `isUnBody` of their name without legal suffix), in the same order. */
  private unOrgs: Org[] = [];
  /** News outlets named in the article, in order ("USA Today", "The Malaysian Star"): what "the newspaper" is. */
  private outlets: string[] = [];
  /** The same bodies by name without legal suffix: registering and looking up a name costs one map access. */
  private orgsByBare = new Map<string, Org>();
  /** The same bodies by word, alias, modifier, acronym, first and last word (see latestUnder). */
  private orgIndex = new OrgIndex<Org>();
  /** The bodies named anywhere (`ahead`) by acronym and by word, made on first need. */
  private aheadKeys: { byAcronym: Map<string, string>; byWord: Map<string, string[]>; order: Map<string, number> } | null = null;
  private seen = "";
  /** The sentences of `seen`, and per organisation first word its count so far (see SeenCounts, mainOrg). */
  private seenSentences: string[] = [];
  private seenCounts = new SeenCounts(this.seenSentences);
  /** The bodies by how often their first word is seen so far (see mainOrg). */
  private orgsByCount = new OrgsByCount<Org>(this.seenCounts);
  private words: WordIndex | null = null;
  /** How the article first writes each name, for names it also writes run together or spaced apart. */
  private variants: NameVariants | null = null;
  /** People the article names with a title, read on first need (see namedLater). */
  private titled: TitledPerson[] | null = null;
  private titledIndex: TitledIndex | null = null;
  /** The one holder of each title as written ("prime minister"), looked up once per title. */
  private titleHolders = new Map<string, string | null>();
  /** People introduced by an indefinite description set before their name, by its head noun ("survivor"). */
  private introducedAs = new Map<string, string>();
  /** Bare document nouns as the article describes them elsewhere (see describedLater). */
  private docDescriptions = new Map<string, string>();
  /** The body issuing documents of a kind, by noun (see issuerNamed). */
  private docIssuers = new Map<string, string | null>();
  private clock = 0;
  private docAuthors = new Map<string, string>();
  /** Bodies named anywhere in the article, once each in order of first mention, with their lower-case words. */
  private ahead = new Map<string, Set<string>>();
  /** Companies the article names anywhere with a legal suffix, by their bare name: "Harlow Foods" → "Harlow Foods Ltd". */
  private suffixed = new Map<string, string>();
  private text = "";
  /** Names the article writes after a possessive and before a facility's noun ("its Talsa mine"), read on first need. */
  private facilities: Set<string> | null = null;
  private sentence = "";
  /** The end of the sentence last read, in `text`. */
  private textAt = 0;
  /** Unnamed sources the article named right after ("army source" → "Nazifullah Sultani"). */
  private namedAfter = new Map<string, Speaker>();
  lastPerson: Speaker | null = null;
  /** Who a "he" or "she" refers to: the last person, or a one-word name ("Karim said") said after them. */
  lastHe: Speaker | null = null;
  /** The last unnamed single person quoted ("ECP spokesperson"): who "he said" is when no one was named. */
  lastUnnamedPerson: Speaker | null = null;
  lastOrg: Speaker | null = null;
  /** The last unnamed body or document quoted ("the ministry", "the report"): what "it said" is when no body was named. */
  lastUnnamedBody: Speaker | null = null;
  /** The last plural unnamed source ("officials"): what a later "they" refers to. */
  lastGroup: Speaker | null = null;
  /** Who issued the document cited last ("data from the EC show"): what "further details" come from. */
  lastDocument: Speaker | null = null;
  /** The last named body that said figures, and when: whose "the data" the same or the next sentence refers to. */
  private figuresBody: { speaker: Speaker; at: number } | null = null;
  /** "Exports rose 5%, the Statistics Bureau said.": the body is whose data the next sentence's "the data" is. */
  noteFiguresBody(sp: Speaker): void {
    this.figuresBody = { speaker: sp, at: this.clock };
  }
  /** A sentence read with no source of its own, or the same body's: the body's figures run on through it. */
  extendFiguresBody(): void {
    if (this.figuresBodyNear()) this.figuresBody!.at = this.clock;
  }
  /** Another source or document came in: a later "the data" is no longer the body's. */
  endFiguresBody(): void {
    this.figuresBody = null;
  }
  /** The body that said figures in this sentence or the one before (or before sentences that cited no one else), else null. */
  figuresBodyNear(): Speaker | null {
    return this.figuresBody && this.clock - this.figuresBody.at <= 1 ? this.figuresBody.speaker : null;
  }
  /** The last speaker of a quotation: who a quote paragraph without attribution goes on quoting. */
  lastQuoted: Speaker | null = null;
  /** Who last spoke "in a statement": what "the statement" later refers to. */
  lastStatement: Speaker | null = null;
  /** The body that last released a document ("Stats SA released the report"): what "the figures" come from. */
  lastRelease: string | null = null;
  private lastOrgAt = 0;
  private lastUnnamedBodyAt = -1;
  /** People by the initials of their capitalised title ("DCP" for "Deputy Commissioner of Police"). */
  private byTitleInitials = new Map<string, Speaker>();
  /** Bodies whose names join words with a lower-case "in" or "at" ("Research in Motion"): few, checked by suffix. */
  private joined: Org[] = [];
  /** The last unnamed body quoted ("government's earthquake monitoring service") and when. */
  private lastDescribedBody: { sp: Speaker; at: number } | null = null;
  /** Unnamed sources quoted so far ("county government spokesman"), by head noun, in order. */
  private described = new Map<string, Speaker[]>();
  /** The last speaker written as a name with no title or description: a person, or a company by its name. */
  private undescribed: Speaker | null = null;

  /** A plural or collective source opening the last sentence read ("The military ... launched"). */
  private openingGroupAt: { name: string; at: number } | null = null;
  /** When the last sentence attributed to a source, and the last naming people (see theyArePeopleBefore), were read. */
  private sourcedAt = -1;
  private peopleAt = -1;

  /** The sentence just read was attributed to a source: its opening subject is not what a later "they" is. */
  sourced(): void {
    if (this.openingGroupAt?.at === this.clock) this.openingGroupAt = null;
    this.sourcedAt = this.clock;
  }

  /**
   * "The floods drove 9,000 people from their villages. They have posted photos of ...": the sentence before, attributed
   * to no one, spoke of people; an opening "they" is those people, no source quoted earlier.
   */
  theyArePeopleBefore(): boolean {
    return this.peopleAt === this.clock - 1 && this.sourcedAt !== this.clock - 1;
  }

  /**
   * The body the sentence before this one opened on as its subject ("Velmar Metropolitan University is facing ..."),
   * by a body's word or as the article named it: what an "it" speaking in this sentence refers to. Read only then.
   */
  bodyOpeningPrevious(): Speaker | null {
    const m = BODY_OPENING.exec(this.seenSentences[this.seenSentences.length - 2] ?? "");
    if (!m) return null;
    const name = m[1].replace(/^The\s+/, "");
    const known = this.knownOrg(name);
    return known || isOrganisation(name.split(/\s+/)) ? { name: known ?? name, description: null, person: false } : null;
  }

  /** The plural source that opened the sentence before this one: what an opening "they" there refers to. */
  groupOpeningPrevious(): Speaker | null {
    const g = this.openingGroupAt;
    return g && g.at === this.clock - 1 ? { name: g.name, description: null, person: false, generic: true } : null;
  }

  /** Records the organisations named in a sentence (before attributing it). */
  observe(raw: string, body = true): void {
    // The dateline place ("JOHANNESBURG (AP) —") is neither a body nor a person.
    const sentence = raw.replace(DATELINE, "");
    this.seen += " " + sentence;
    this.seenSentences.push(sentence);
    this.sentence = sentence;
    // Where the sentence ends in the article: a bounded look from the last one, so reading stays linear.
    if (this.text) {
      const at = this.text.slice(this.textAt, this.textAt + sentence.length + 2000).indexOf(sentence);
      if (at >= 0) this.textAt += at + sentence.length;
    }
    this.clock++;
    // "The high court, however, determined ...": a court the text refers to by its level is the court last spoken
    // of, so a later "the court said" is that court, not another named since.
    const cues = cueKinds(sentence);
    if (cues & CUE.court) for (const m of allMatches(COURT_BY_LEVEL, sentence)) this.touchOrg(this.resolveOrg(m[1].toLowerCase()));
    const opening = cues & CUE.openingGroup ? OPENING_GROUP.exec(sentence) : null;
    if (opening) this.openingGroupAt = { name: opening[1].toLowerCase(), at: this.clock };
    if (cues & CUE.people) this.peopleAt = this.clock;
    {
      const kind = COMPANY_NOUNS_ASCII ? !!(cues & CUE.companyNoun) : hasCompanyNoun(sentence);
      const noun = sentence.includes(",") && kind;
      // (" shares" then a word boundary: "shares" is a whole word there.)
      const shares = !!(cues & CUE.shares) && SPACE_SHARES.test(sentence);
      for (const [check, re] of COMPANY_CUES) {
        if (!check(sentence, noun, shares, kind)) continue;
        for (const m of allMatches(re, sentence)) {
          const written = /^\p{Lu}/u.test(m[1]) ? m[1] : m[2];
          const noun = /^\p{Lu}/u.test(m[1]) ? m[2] : m[1];
          const name = withOfPlace(sentence, m.index + m[0].indexOf(written) + written.length, written);
          const words = name.split(/\s+/);
          while (words.length && !isNameToken(words[0])) words.shift();
          if (!words.length || words.every((w) => CALENDAR_WORD.test(w))) continue;
          // ("the firm Ana Osei" after Ana Osei was named as a person: the person keeps her name.)
          if (re === KIND_CUE && (this.byName.has(words.join(" ")) || (words.length > 1 && this.bySurname.has(words[words.length - 1])))) continue;
          const org = this.addOrg(words.join(" "), noun);
          org.company = true;
        }
      }
    }
    const titleCaseLine = !!sentence && !CLOSING_CHAR.test(sentence[sentence.length - 1]) && TITLE_CASE_LINE.test(sentence);
    // A match at or before this index has only white space and opening quotation marks before it.
    const firstWordAt = sentence.search(AFTER_OPENING);
    const openingEnd = firstWordAt < 0 ? sentence.length : firstWordAt;
    for (const m of allMatches(ORG_SEQ, sentence)) this.noteCapitalised(sentence, m, body, titleCaseLine, openingEnd);
    if (sentence.includes(" and ") && LIST_ORG_CHECK.test(sentence)) for (const m of allMatches(LIST_ORG, sentence)) this.addOrg(m[0]);
    // "Research in Motion Ltd.": a company's name may join its words with "in"; the legal suffix says it is one name.
    if (sentence.includes(" in ") && LEGAL_WORD.test(sentence)) {
      for (const m of allMatches(JOINED_COMPANY, sentence)) {
        const org = this.addOrg(m[0].replace(/^(?:The|A|An)\s+/, ""));
        org.company = true;
        if (!this.joined.includes(org)) this.joined.push(org);
      }
    }
    // "the Deutsch Presse Agentur, DPA, reported": an acronym set off by commas after the name it abbreviates.
    if (ACRONYM_CHECK.test(sentence)) {
      for (const m of allMatches(ACRONYM_APPOSITION, sentence)) if (initials(m[1]) === m[2]) this.addOrg(m[1], m[2]);
    }
    if (cues & CUE.byOrFrom && cues & CUE.docBy) for (const m of allMatches(DOC_BY, sentence)) this.docAuthors.set(m[1].toLowerCase(), m[2].replace(/\.$/, ""));
    if (cues & CUE.namedDoc && NAMED_DOC_CHECK.test(sentence)) {
      // "Friday's report": a date, not who issued it.
      for (const m of allMatches(NAMED_DOC, sentence)) if (!CALENDAR_WORD.test(m[1].replace(/['’]s$/, "")) && m[1] !== "May's") this.docAuthors.set(m[2], m[1]);
    }
    if (cues & CUE.release) {
      for (const m of allMatches(RELEASED, sentence)) {
        const author = m[1].replace(/^The\s+/, "");
        if (/^(?:sampled|polled|surveyed|interviewed)$/.test(m[2])) for (const noun of ["poll", "survey"]) this.docAuthors.set(noun, author);
        else this.lastRelease = author;
      }
    }
    if (sentence.includes(", ")) for (const m of allMatches(INTRODUCED_AS, sentence)) this.introducedAs.set(m[1].toLowerCase(), m[2]);
    // "property website Hometrack", "Hometrack, a property website,": what "the (property) website" later refers to.
    if (cues & CUE.describedKind) {
      for (const m of allMatches(KIND_BEFORE_NAME, sentence)) if (!CALENDAR_WORD.test(m[2].split(" ", 1)[0])) this.describedBody(m[2].replace(/[.]$/, ""), m[1]);
      if (sentence.includes(", ")) for (const m of allMatches(KIND_APPOSED, sentence)) this.describedBody(describedName(sentence, m.index, m[1]), m[2]);
    }
    if (cues & CUE.groupIntro) for (const m of allMatches(GROUP_INTRO, sentence)) {
      const org = this.addOrg(m[2]);
      org.aliases.add(m[1].toLowerCase());
    }
    // "Norvale Economics is one forecaster that expects ...": the kind of body it is, what "the forecaster" later is.
    if (sentence.includes(" is ")) {
      for (const m of allMatches(IS_ONE_OF_KIND, sentence)) {
        const name = m[1].replace(/^The\s+/, "");
        if (name.includes(" ") && !this.quoted(name)) this.addOrg(name).aliases.add(m[2]);
      }
    }
  }

  /** A body introduced by its kind: the kind's words ("property website") are short references to it. */
  private describedBody(name: string, kind: string): void {
    if (!name || this.byName.has(name)) return;
    const org = this.addOrg(name);
    for (const w of kind.toLowerCase().split(/\s+/)) if (!/['’]s?$/.test(w)) org.aliases.add(w);
  }

  /** One capitalised run of a sentence (an ORG_SEQ match): the body, the person or the person of a body it names. */
  private noteCapitalised(sentence: string, m: RegExpExecArray, body: boolean, titleCaseLine: boolean, openingEnd: number): void {
    // Most runs are one word with no acronym, which the test below (one word, no acronym) would drop after splitting
    // and trimming it: leave at once. (ORG_SEQ's run opens and closes on no space, so no space means one word.)
    if (!m[1] && !WHITE_SPACE.test(m[0])) return;
    const words = (m[0].endsWith(")") ? m[0].replace(/\s*\([^)]*\)$/, "") : m[0]).split(/\s+/);
    while (words.length && !isNameToken(words[0]) && !CONNECTORS.has(words[0])) words.shift();
    words.splice(0, seatWords(words));
    while (words.length && CONNECTORS.has(words[words.length - 1])) words.pop();
    // "Shares of Acme Corp fell": a common noun capitalised to open the sentence, then "of", is no part of the name.
    if (words[1] === "of" && OPENING_NOUN.test(words[0]) && m.index <= openingEnd) words.splice(0, words[2] === "the" ? 3 : 2);
    // "Based on the Roads Board's data": a sentence's opening participle and its preposition are no part of the name.
    if (words.length > 3 && OPENING_PARTICIPLE.test(words[0]) && PARTICIPLE_PREPOSITION.test(words[1]) && m.index <= openingEnd) words.splice(0, words[2] === "the" ? 3 : 2);
    // "Miner Northvale Resources said": the company's kind opening the sentence is no part of its name.
    if (words.length >= 2 && COMPANY_KIND_OPENING.test(words[0]) && m.index <= openingEnd) words.shift();
    // "Separate British Crime Survey figures show": nor is a common adjective opening it.
    if (m.index <= openingEnd && this.withoutOpeningAdjective(words) !== words) words.shift();
    // A title-case headline's verb is no part of the name: "..., Says Health Ministry", "... - Police Say".
    if (words.length && HEADLINE_VERBS.has(words[0])) words.shift();
    if (words.length && HEADLINE_VERBS.has(words[words.length - 1])) words.pop();
    // "Coast Police Arrest 7 In Fraud Case": in a title-case headline a count ends the name before its verb.
    if (titleCaseLine) {
      const count = words.findIndex((w, n) => n >= 2 && /^\d/.test(w));
      if (count > 0) words.splice(count - 1);
    }
    if (!words.length) return;
    // One word with no acronym after it is no body's name (two words at least) nor a person's (two names at least):
    // nothing below records anything for it.
    if (words.length === 1 && !m[1]) return;
    // "Marcus Hale." at a sentence end, "Gulfmark Energy’s refinery": the name without the stop or possessive.
    const lastWord = words[words.length - 1];
    if (!m[1] && lastWord.length > 2 && /[^.\p{Lu}]\.$/u.test(lastWord) && !LEGAL_SUFFIX.test(` ${lastWord}`)) words[words.length - 1] = lastWord.slice(0, -1);
    if (!m[1] && words.length >= 2 && /\p{L}['’]s$/u.test(lastWord)) words[words.length - 1] = lastWord.slice(0, -2);
    // "MOAS and the Red Cross": two bodies, each filed by its own name, so "the Red Cross" later is the Red Cross alone.
    const pair = twoBodies(words);
    if (pair) {
      if (pair[0].length >= 2) this.addOrg(pair[0].join(" "));
      this.addOrg(pair[1].join(" "), m[1]);
      return;
    }
    const ofBody = body ? splitPersonOfBody(words, (w) => this.bySurname.has(w)) : null;
    if (ofBody) {
      // "Anna Berg of the Norland Institute": a person, and the body they work for.
      this.notePeople(ofBody.person);
      if (ofBody.body.length >= 2) this.addOrg(ofBody.body.join(" "));
      return;
    }
    // "Deputy Commissioner of Police", "Chief Executive of Harbor Foods": a person's title of a body is no
    // body itself; the body after "of" is one when it has a name of its own.
    const of = !m[1] ? words.indexOf("of") : -1;
    if (of > 0 && words.slice(0, of).every((w) => TITLES.has(w.toLowerCase()))) {
      // "Deputy Superintendent of Police Kavita Rani Sharma": the portfolio ends before the person's name.
      const split = splitTitle(words);
      const person = split.name.length >= 2 && split.title.includes("of") ? split.name : [];
      if (person.length) this.notePeople(person);
      const body = words.slice(of + 1, words.length - person.length).filter((w, n) => !(n === 0 && w === "the"));
      if (body.length >= 2 && body.some((w) => ORG_WORDS.has(w.toLowerCase()))) this.addOrg(body.join(" "));
      return;
    }
    // ("Dec. 19", "March 3": a month and a day are a date, no body like "Local 1190".)
    const numbered = /^\d+$/.test(words[words.length - 1]) && !(words.length === 2 && (APPROX_WORD.test(words[0]) || CALENDAR_WORD.test(words[0]) || MONTH_SHORT.test(words[0])));
    const orgLike = m[1] || words.some((w) => ORG_WORDS.has(w.toLowerCase())) || numbered;
    const titled = splitTitle(words);
    if (!m[1] && body && titled.title.length && titled.name.length >= 2 && !titleInsideName(titled.title)
      && !titled.name.some((w) => ORG_WORDS.has(w.toLowerCase())) && /^\p{Lu}/u.test(titled.title[titled.title.length - 1])) {
      // "Apollo Police Chief Dale Kovacs": a person with a title, not a body.
      this.notePeople(titled.name);
      return;
    }
    // "United Nations Assistance Mission in Afghanistan (UNAMA)": the acronym spans a name joined by "in".
    const joined = m[1] && initials(words.join(" ")) !== m[1] ? JOINED_BEFORE.exec(sentence.slice(Math.max(0, m.index - 120), m.index)) : null;
    const spelled = joined && (initials(`${joined[1]} ${words.join(" ")}`) === m[1] || acronymSpellsName(`${joined[1]} ${words.join(" ")}`, m[1]));
    if (joined && spelled) {
      const org = this.addOrg(`${joined[1].replace(/^The\s+/, "")} ${joined[2]} ${words.join(" ")}`, m[1]);
      if (!this.joined.includes(org)) this.joined.push(org);
      return;
    }
    if (orgLike && words.length >= (m[1] ? 1 : 2)) {
      // "NASA and the National Oceanic and Atmospheric Administration (NOAA)": the acronym is the second body's.
      const tail = m[1] ? acronymTail(words, m[1]) : null;
      if (tail) this.addOrg(words.join(" "));
      // "the CSX Corp train": a company's name used as a modifier, its legal suffix with it; the company is "CSX".
      const full = words.join(" ");
      const attributive = !m[1] && LEGAL_SUFFIX.test(full) && /\bthe\s+$/.test(sentence.slice(Math.max(0, m.index - 5), m.index)) && /^\s+\p{Ll}/u.test(sentence.slice(m.index + m[0].length));
      const org = tail ? this.addOrg(tail.join(" "), m[1]) : this.addOrg(attributive ? full.replace(LEGAL_SUFFIX, "") : full, m[1]);
      if (attributive) org.company = true;
      const mods = MODIFIERS_BEFORE.exec(sentence.slice(Math.max(0, m.index - 40), m.index));
      const fresh = org.at === this.clock && !org.modifiers.size && org.name === full && this.orgs[this.orgs.length - 1] === org;
      if (mods) for (const w of mods[1].trim().split(/\s+/)) org.modifiers.add(w);
      // "the regional Higher People's Court": a level written before a name that says no place on first mention says
      // which body of that kind it is ("the provincial Supreme Court of Arlan" needs none).
      const level = mods?.[1].trim();
      if (fresh && level && LEVEL_MODIFIERS.has(level) && !/\s(?:of|in|for|at)\s/.test(org.name)) org.name = `${level} ${org.name}`;
      // "the Nuffield Trust, a health think tank,": the apposition's nouns are short references.
      const appos = APPOSITION.exec(sentence.slice(m.index + m[0].length));
      // ", a senior police officer said": a person, not a description of the body before.
      // "a Britain-based war monitor": a word that is a title and a body ("monitor") describes the body.
      const person = appos && appos[1].split(/\s+/).some((w) => (TITLES.has(w) && !ORG_WORDS.has(w)) || /^(?:said|says|told|added)$/.test(w));
      if (appos && !person) for (const w of appos[1].split(/\s+/)) if (!/['’]s?$/.test(w) && !/^(?:an?|the)$/.test(w)) org.aliases.add(w);
      const noun = m[1] ? AFTER_ACRONYM.exec(sentence.slice(m.index + m[0].length)) : null;
      if (noun && (ORG_WORDS.has(noun[1]) || COMPANY_NOUNS.has(noun[1]) || COLLECTIVE.has(noun[1]))) {
        org.aliases.add(noun[1]);
        if (COMPANY_NOUNS.has(noun[1])) org.company = true;
      }
    } else if (body && !orgLike && !this.knownOrg(words.join(" "))) {
      // "Mohammad Shahabuddin Khan, Police chief in ...,": a name set off by a titled apposition is a full name.
      const end = m.index + m[0].length;
      const opens = m.index <= openingEnd;
      // Only a name opening the sentence has a use for it (see notePeople); TITLED_APPOSITION opens with the comma.
      // (It closes with a second comma within the 80 characters it reads: looked for first.)
      const close = opens && sentence[end] === "," ? sentence.indexOf(",", end + 1) : -1;
      const described = close >= 0 && close < end + 80 && TITLED_APPOSITION.test(sentence.slice(end, end + 80));
      this.notePeople(words, opens, described);
    }
  }

  /** Remembers two-to-four-word names (minus titles) for later surname look-ups. */
  private notePeople(words: string[], opensSentence = false, described = false): void {
    let run: string[] = [];
    // Each word, then an empty one that closes the last run.
    for (let n = 0; n <= words.length; n++) {
      const w = n < words.length ? words[n] : "";
      if (w && (isNameToken(w) || closesName(words, n)) && !/\d/.test(w)) {
        run.push(w);
        continue;
      }
      let name = splitTitle(run).name;
      // "... Annie Rose Amar appeared": three names stay whole when the first is no word the article writes in lower
      // case, no rank in capitals ("DSP"), no weekday or month and no body's word; at the sentence's start ("Challenger Ana Delgado") or in a longer run,
      // the last two.
      // Four names ("Mohammad Rafiqul Islam Talukder") stay whole on the same terms, none of them a body's word.
      const four = name.length === 4 && !name.some((w) => ORG_WORDS.has(w.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(w));
      const three = (name.length === 3 || four) && /^\p{Lu}\p{Ll}/u.test(name[0]) && !(opensSentence && run.length === name.length && !described) && !this.onlyCapitalisedToOpen(name[0]) && !CALENDAR_WORD.test(name[0]) && !ORG_WORDS.has(name[0].toLowerCase());
      if (name.length > 2 && !three && !/^\p{Lu}\.$/u.test(name[name.length - 2]) && !isParticle(name[name.length - 2])) name = name.slice(-2);
      const surname = name[name.length - 1];
      if (name.length >= 2 && name.length <= 4 && !this.bySurname.has(surname)) {
        this.noteSurname(surname, { name: name.join(" "), description: null, person: true });
      }
      run = [];
    }
  }

  private addOrg(written: string, alias?: string): Org {
    // "The Elections Commission on Monday said": the day it spoke is no part of the body's name.
    // ("flagship Tarvik Corporation Monday reported": the bare day too, after a name of two words or more.)
    const full = written.replace(DAY_AFTER_NAME, "").replace(BARE_DAY_AFTER_NAME, "");
    // "Sears Holdings Corp." and "Sears Holdings" are one body, called as first written.
    const bare = full.replace(LEGAL_SUFFIX, "");
    let org = this.orgsByBare.get(bare);
    if (!org) {
      const name = full;
      org = { name, bare, words: new Set(bare.toLowerCase().split(/\s+/)), aliases: new Set(), modifiers: new Set(), at: this.clock, company: bare !== full || /\sAir(?:lines|ways)$/.test(name) };
      org.aliases = new IndexedSet(this.orgIndex, org, "x ");
      org.modifiers = new IndexedSet(this.orgIndex, org, "m ");
      this.orgIndex.register(org, orgKeys(org));
      const first = name.split(/\s+/)[0];
      if (first.length >= 3) this.orgsByCount.add(org, first);
      this.orgs.push(org);
      if (isUnBody(bare)) this.unOrgs.push(org);
      this.orgsByBare.set(bare, org);
    }
    org.at = this.clock;
    if (alias) org.aliases.add(alias);
    return org;
  }

  /** Records a common noun ("the railroad") as a short reference to a named organisation. */
  addAlias(name: string, noun: string): void {
    // ("Quandro posted a profit", written down as "the company": a body called by a company noun is a company.)
    const org = this.addOrg(name, noun);
    if (COMPANY_NOUNS.has(noun)) org.company = true;
  }

  /** The body named as the author of the last document of this kind: "a study by the X" → X. */
  documentAuthor(noun: string): string | null {
    return this.docAuthors.get(noun) ?? null;
  }

  /** True when some organisation has `noun` as a short reference. */
  hasAlias(noun: string): boolean {
    return this.orgIndex.first(["x " + noun], (o) => o.aliases.has(noun)) !== null;
  }

  /** Registers the organisations named anywhere in the article, for descriptions that come before the name. */
  prescan(raw: string): void {
    const text = withoutDatelines(raw);
    this.text = text;
    this.aheadKeys = null;
    this.namesByContent.clear();
    this.facilities = null;
    for (const name of outletNames(text)) if (!this.outlets.includes(name)) this.outlets.push(name);
    this.words = new WordIndex(text);
    this.variants = new NameVariants(this.words);
    // "Tarvik Airlines Group, Inc.": a company's name with its legal suffix after a comma is its fullest name.
    if (COMMA_LEGAL_CHECK.test(text)) {
      for (const m of text.matchAll(COMMA_LEGAL)) {
        // "The Tarvik Airlines Group, Inc.", "On Monday Tarvik ...": words opening the run that are no name's are no part of it.
        const words = m[1].split(/\s+/);
        while (words.length > 1 && !isNameToken(words[0])) words.shift();
        const bare = words.join(" ");
        if (!this.suffixed.has(bare)) this.suffixed.set(bare, bare + m[0].slice(m[1].length));
      }
    }
    // A name never runs across a line break ("... : WHO\n\nThe World Health Organization").
    // (Read with exec, not matchAll, which makes an iterator and a copy of the expression; nothing in the loop uses it.)
    ORG_SEQ.lastIndex = 0;
    for (let m = ORG_SEQ.exec(text); m; m = ORG_SEQ.exec(text)) for (const part of !WHITE_SPACE.test(m[0]) ? [] : m[0].includes("\n") ? m[0].split(/\s*\n\s*/) : [m[0]]) {
      // (One word, without white space, is no body's name: a name below has two words at least.)
      const all = (part.endsWith(")") ? part.replace(/\s*\([^)]*\)$/, "") : part).split(/\s+/);
      // "the Valley Housing Finance Agency's (VHFA) index": a body's name ends with its possessive, at the end or on a
      // body's word ("People's" inside "Higher People's Court" ends nothing).
      const owner = all.findIndex((w, n) => /\p{L}['’]s$/u.test(w) && (n === all.length - 1 || ORG_WORDS.has(w.slice(0, -2).toLowerCase())));
      const words = owner >= 0 ? all.slice(0, owner + 1) : all;
      if (owner >= 0) words[owner] = words[owner].slice(0, -2);
      while (words.length && !isNameToken(words[0]) && !CONNECTORS.has(words[0])) words.shift();
      while (words.length && CONNECTORS.has(words[words.length - 1])) words.pop();
      // "Based on the Roads Board's data", "According to the Port Authority": a sentence's opening participle and its
      // preposition are no part of the body named after them.
      if (words.length > 3 && OPENING_PARTICIPLE.test(words[0]) && PARTICIPLE_PREPOSITION.test(words[1])) words.splice(0, /^the$/i.test(words[2]) ? 3 : 2);
      // A title-case headline's verb is no part of the name: "..., Says Health Ministry", "... - Police Say".
      if (words.length && HEADLINE_VERBS.has(words[0])) words.shift();
      if (words.length && HEADLINE_VERBS.has(words[words.length - 1])) words.pop();
      // "according to the Disaster Council Tuesday": the day it spoke is no part of the name.
      if (words.length > 2 && CALENDAR_WORD.test(words[words.length - 1].replace(/[.,]$/, ""))) words.pop();
      const titleOfBody = words.indexOf("of") > 0 && words.slice(0, words.indexOf("of")).every((w) => TITLES.has(w.toLowerCase()));
      // "UN High Commissioner for Lakes": a body of the UN system, whatever its words, so "UNHCL" before it is that body.
      if (words.length >= 2 && !titleOfBody && (words.some((w) => ORG_WORDS.has(w.toLowerCase())) || unSystemBody(words))) {
        const name = words.join(" ");
        if (!this.ahead.has(name)) this.ahead.set(name, new Set(name.toLowerCase().split(/\s+/)));
        const bare = name.replace(LEGAL_SUFFIX, "");
        // ("the Norfolk Rail Corp train": a company's name used as a modifier carries its suffix, no fuller name.)
        const attributive = /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) && /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length));
        if (bare !== name && !attributive && !this.suffixed.has(bare)) this.suffixed.set(bare, name);
      }
    }
  }

  /**
   * Resolves a description to a body named in the article, before or after it: "the country's civil
   * defense agency" → "National Civil Defense Institute", "the U.N. migration agency" → "International
   * Organization for Migration". Every lower-case word but a generic head must be in the name.
   */
  resolveDescription(phrase: string): string | null {
    const un = UN_DESCRIPTION.exec(phrase.replace(/[,.]$/, ""));
    const unBody = un ? this.unBody(un[1].trim()) : null;
    if (unBody) return unBody;
    const words = phrase.replace(/[,.]$/, "").split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    const content = words
      .slice(0, -1)
      .filter((w) => /^\p{Ll}/u.test(w) && !/['’]s$/.test(w) && !/^(?:the|a|an|its|their|his|her|state|national|federal|local|main|top|official)$/.test(w))
      .map((w) => w.toLowerCase());
    if (!content.length || content.length > 3) return null;
    const generic = GENERIC_HEADS.has(head);
    const fits = (name: string, ws = new Set(name.toLowerCase().split(/\s+/))) => {
      const has = (w: string) => ws.has(w) || ws.has(w + "s") || (w.endsWith("s") && ws.has(w.slice(0, -1)));
      return content.every(has) && (generic || has(head)) && !titledPerson(name);
    };
    // Only bodies with the first content word (or its singular or plural) can fit.
    const first = content[0];
    const forms = first.endsWith("s") ? [first, first + "s", first.slice(0, -1)] : [first, first + "s"];
    const known = this.latestUnder(forms.map((w) => "w " + w), (o) => fits(o.bare, o.words)); // o.words is the same set, made once per body
    if (known) return known.name;
    const keys = this.aheadIndex();
    const ahead = [...new Set(forms.flatMap((w) => keys.byWord.get(w) ?? []))].sort((a, b) => keys.order.get(a)! - keys.order.get(b)!);
    for (const name of ahead) if (fits(name, this.ahead.get(name))) return name;
    // "the official statistics agency said" right after "StatsNL said": the body just cited, its name shortening the
    // description's words ("Stats" for "statistics").
    const recent = generic ? this.recentBody(1) : null;
    if (recent && shortensAll(content, recent.name) && !titledPerson(recent.name)) return recent.name;
    // "the country's statistics office said" where the article writes "Statistics Norvalia": the one name it writes
    // with every word of the description capitalised, though the name has no body's word.
    return generic ? this.soleNameWith(content) : null;
  }

  /** The one capitalised name the article writes with every word of `content` in it, no person's; null when none or several. */
  private soleNameWith(content: string[]): string | null {
    if (!this.text || content.some((w) => w.length < 4)) return null;
    // The names with every content word are found once per article and description, not at each "the statistics
    // office said": a scan of the whole text per sentence made long articles quadratic.
    const key = content.join(" ");
    let fit = this.namesByContent.get(key);
    if (!fit) {
      fit = namesWithWord(this.text, content[0]).filter((n) => {
        const ws = n.toLowerCase().split(/\s+/);
        return content.every((w) => ws.includes(w));
      });
      this.namesByContent.set(key, fit);
    }
    let sole: string | null = null;
    for (const n of fit) {
      if (this.byName.get(n)?.person) continue;
      if (sole) return null;
      sole = n;
    }
    return sole;
  }

  /**
   * The one local government ("Cowlitz County" for "county") the sentences before this one name as a speaker or a
   * government: "Cowlitz County officials said", "Cowlitz County's budget", "Cowlitz County said"; null when none or
   * several. A county named only as a place or a club ("moved from Cowlitz County", "the home of Derby County") is not
   * the one "the county" stands for. Each sentence is read once, as it is passed.
   */
  private soleNameEndingWith(word: string): string | null {
    const end = Math.max(0, this.seen.length - this.sentence.length - 1);
    const found = this.localGovernments.get(word) ?? { scanned: 0, names: new Set<string>() };
    if (found.scanned < end) {
      const cap = escapeRegExp(word.charAt(0).toUpperCase() + word.slice(1));
      const re = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){1,3}${cap})(?:['’]s\\s|\\s+(?:officials?|said|says|told|reported|announced|estimated|government|commissioners?|board|council|executive|spokes(?:man|woman|person))\\b)`, "gu");
      for (const m of this.seen.slice(found.scanned, end).matchAll(re)) found.names.add(m[1].replace(/^(?:(?:The|In|At|From|Of|For|And|By|On|But|As)\s+)+/u, ""));
      found.scanned = end;
      this.localGovernments.set(word, found);
    }
    return found.names.size === 1 ? [...found.names][0] : null;
  }

  /**
   * "The UN agency said" after "the World Health Organization (WHO) estimated": the UN body named last (or, before
   * any is, the one named later), whose name has the description's own words ("refugee" in "the UN refugee agency").
   */
  private unBody(own: string): string | null {
    const words = own ? own.toLowerCase().split(/\s+/) : [];
    const fits = (name: string, ws: Set<string>) => words.every((w) => ws.has(w) || ws.has(w + "s") || ws.has(w.replace(/s$/, ""))) && !titledPerson(name);
    const known = this.unOrgs.filter((o) => fits(o.bare, o.words));
    if (known.length) return latest(known).name;
    for (const [name, ws] of this.ahead) if (isUnBody(name) && fits(name, ws)) return name;
    return null;
  }

  /** Resolves an acronym ("WHO") or a generic phrase ("the transit authority") to a named organisation. */
  resolveOrg(phrase: string): string | null {
    // "the UK-registered organization": a hyphenated modifier says where or how, not which body.
    const p = phrase.replace(/^(?:the|a|an|its|their)\s+/i, "").replace(/^(?:[\p{L}.]+-(?:based|registered|run|led|backed|owned|funded)\s+)+/iu, "").trim();
    // "the Observatory": one capitalised body word stands for the last body with it in its name.
    if (/^\p{Lu}\p{Ll}+$/u.test(p) && ORG_WORDS.has(p.toLowerCase())) {
      const hit = this.latestUnder(["w " + p.toLowerCase()], (o) => o.words.has(p.toLowerCase()));
      if (hit) return hit.name;
    }
    const aliased = this.aliasOrg(p);
    if (aliased) return aliased;
    // "the NGO said" after "the Lakes Observatory said": a kind of body written in capitals, the body cited just before.
    if (p === "NGO") return this.recentBody()?.name ?? null;
    if (/^[\p{Lu}.&]{2,8}$/u.test(p)) {
      const bare = p.replace(/\./g, "");
      const hit = this.orgIndex.first(["x " + bare, "a " + bare], (o) => o.aliases.has(bare) || abbreviates(bare, o.bare));
      // A headline's "WHO" before the body is named: a name written later in the article.
      return hit ? hit.name : (this.aheadIndex().byAcronym.get(bare) ?? null);
    }
    const words = p.toLowerCase().split(/\s+/);
    if (words.length >= 2 && /^\p{Lu}/u.test(p)) {
      // "Interior Ministry" after "the Italian Interior Ministry": the short form of a longer name.
      return this.latestUnder(["e " + p.split(/\s+/).pop()], (o) => o.bare.endsWith(" " + p))?.name ?? null;
    }
    if (words.length > 3 || p !== p.toLowerCase()) return null;
    // "The newspaper said": the news outlet the article names.
    if (words.length <= 2 && MEDIA_NOUNS.has(words[words.length - 1]) && this.outlets.length) return this.outlets[0];
    const collective = words.length === 1 && COLLECTIVE.has(words[0]);
    const matchKeys = [`w ${words[0]}`, `w ${words[0]}s`, `x ${words[0]}`, `m ${words[0]}`, ...(collective ? [...COLLECTIVE].map((c) => "x " + c) : [])];
    const matching = this.latestUnder(
      matchKeys,
      (o) => (words.every((w) => o.words.has(w) || o.words.has(w + "s") || o.aliases.has(w) || o.modifiers.has(w)) || (collective && [...o.aliases].some((a) => COLLECTIVE.has(a)))) && !this.commonNounPhrase(o.bare),
    );
    if (matching) return matching.name;
    // "The force said" after "Kentshire Police arrested ...": the police force named last.
    const police = POLICE_REFERENCES.has(p) ? this.latestUnder(POLICE_KEYS, (o) => o.words.has("police") || o.words.has("constabulary")) : null;
    if (police) return police.name;
    const head = words[words.length - 1];
    // "the university said" before "Humboldt State University" is named: the one body the article names with that word.
    const ahead = words.length === 1 && ONE_OF_A_KIND.has(head) ? this.soleBodyAhead(head) : null;
    if (ahead) return ahead;
    // "the county said", "the county's count" in an article about "Cowlitz County": the one county it names.
    const local = words.length === 1 && LOCAL_GOVERNMENTS.has(head) ? this.soleNameEndingWith(head) : null;
    if (local) return local;
    // "the union said" in an article that names no union but a members' body ("the New Haven Teachers Association").
    const members = words.length === 1 && head === "union" ? this.latestUnder(MEMBERS_BODY_KEYS, (o) => MEMBERS_BODY.test(o.bare)) : null;
    if (members) return members.name;
    // "the central bank" after "the Bank of England", "the country's electoral commission": modifiers that
    // any such body may carry need not be in its name; the head must.
    if (words.length >= 2 && ORG_WORDS.has(head) && words.slice(0, -1).every((w) => BODY_MODIFIERS.has(w) || /['’]s?$/.test(w))) {
      const body = this.latestUnder(["w " + head], (o) => o.words.has(head));
      if (body) return body.name;
    }
    if (COMPANY_NOUNS.has(head)) {
      const company = this.companyFor(head);
      if (company) return company;
    }
    if (words.length === 1 && head === "agency") {
      // "The agency said" after "the Texas Commission on Environmental Quality (TCEQ) said": the last agency-type body.
      const agency = this.latestUnder([...AGENCY_WORDS].map((w) => "w " + w), (o) => [...o.words].some((w) => AGENCY_WORDS.has(w)));
      if (agency) return agency.name;
    }
    if (words.length === 1 && head === "body") return this.lastOrg?.name ?? (this.orgs.length ? latest(this.orgs).name : null);
    // "The UK-registered organization said" just after the Syrian Network was cited: the body cited last.
    // Only the nouns any body answers to: "the club" is still the club the article is about.
    const recent = words.length === 1 && /^organi[sz]ation$/.test(head) ? this.recentBody() : null;
    if (recent) return recent.name;
    // "the airline group's report" where the article calls "Harbor" an airline and writes "The Harbor Group": that group.
    const group = head === "group" && words.length === 2 ? this.groupOf(words[0]) : null;
    if (group) return group;
    const main = MAIN_ORG_NOUNS.has(head) ? this.mainOrg(COMPANY_NOUNS.has(head), head) : null;
    if (main) return main;
    return COMPANY_NOUNS.has(head) ? this.unregisteredCompany(head) : null;
  }

  /**
   * "Council Tax" in an article that also writes "Council tax": two words capitalised only as a thing's name, whose
   * second the article writes in lower case after the first, are a common noun's ("council tax"), no body's name.
   */
  private commonNounPhrase(name: string): boolean {
    const words = name.split(" ");
    if (words.length !== 2 || !this.words || ORG_WORDS.has(words[1].toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(words[1])) return false;
    let common = this.commonPhrases.get(name);
    if (common === undefined) {
      const tail = words[1].toLowerCase();
      common = this.words.firstAt(`${words[0]} ${tail}`) >= 0 || this.words.firstAt(`${words[0].toLowerCase()} ${tail}`) >= 0;
      this.commonPhrases.set(name, common);
    }
    return common;
  }
  /** Names looked up by commonNounPhrase, once each. */
  private commonPhrases = new Map<string, boolean>();

  /** "X Group" as the article writes it, for the last body X it calls by `noun` ("airline"); null when it writes none. */
  private groupOf(noun: string): string | null {
    const named = this.latestUnder(["x " + noun], (o) => o.aliases.has(noun));
    const group = named ? `${named.name} Group` : null;
    return group && (this.knownOrg(group) || this.ahead.has(group)) ? group : null;
  }

  /** The one body named anywhere in the article with `word` in its name; null when none or several are. */
  private soleBodyAhead(word: string): string | null {
    let found: string | null = null;
    for (const name of this.aheadIndex().byWord.get(word) ?? []) {
      // "Marlow State University and Dunmore State University": two bodies run together are two.
      const bare = name.replace(/\.$/, "");
      if (this.commonNounPhrase(bare)) continue;
      if (found || bare.toLowerCase().split(/\s+/).filter((w) => w === word).length > 1) return null;
      found = bare;
    }
    return found;
  }

  /** The body a mixed-case acronym stands for: "PennDOT" → "Pennsylvania Department of Transportation". */
  aliasOrg(token: string): string | null {
    if (token.includes(" ") || !/\p{Lu}.*\p{Lu}/u.test(token)) return null;
    return this.latestUnder(["x " + token], (o) => o.aliases.has(token))?.name ?? null;
  }

  /**
   * The company a company noun refers to: "Alpenair cancelled 800 flights, the German airline said" → the
   * sentence's own subject; otherwise the last body with that noun as a short reference, or the last company.
   */
  private companyFor(noun: string): string | null {
    const opening = this.sentenceSubject() ?? this.resultsOwner();
    // "Talsa-Norte, one of Corvane's projects, ..., the company said" after "its Talsa-Norte mine": a site is no company.
    const subject = opening && this.facility(opening) ? null : opening;
    const known = subject ? this.orgs.find((o) => o.name === subject) : undefined;
    if (subject && !(known && !known.company && [...known.words].some((w) => PUBLIC_WORDS.has(w)))) {
      const org = this.addOrg(subject, noun);
      org.company = true;
      return org.name;
    }
    const aliased = this.latestUnder(["x " + noun], (o) => o.aliases.has(noun));
    if (aliased) return aliased.name;
    // "Velton Ltd reported a loss. The company said": a company named in this sentence or the one before is the one
    // meant. Otherwise ("The drugmaker announced" some sentences after a stake bought by another company was
    // mentioned) the company the article names most often, the one it is about; the last company named only breaks no tie.
    const companies = this.orgs.filter((o) => o.company);
    if (!companies.length) return null;
    const last = latest(companies);
    if (this.clock - last.at <= RECENT_COMPANY) return last.name;
    return this.orgsByCount.best((o) => o.company)?.name ?? last.name;
  }

  /**
   * "Vantrel's profits plunged ..., the mobile phone giant said": the name owning the business results the sentence
   * opens with is the company a company noun refers to; no person's.
   */
  private resultsOwner(): string | null {
    const m = RESULTS_OWNER.exec(this.sentence);
    if (!m || !m[1].split(/\s+/).every(isNameToken)) return null;
    const last = m[1].split(/\s+/).pop()!;
    return this.byName.has(m[1]) || this.bySurname.has(last) ? null : m[1];
  }

  /** True when the article writes `name` after a possessive and before a facility's noun: "at its Talsa-Norte mine". */
  private facility(name: string): boolean {
    if (!this.facilities) {
      this.facilities = new Set();
      for (const m of this.text.matchAll(FACILITY_NAMED)) this.facilities.add(m[1]);
    }
    return this.facilities.has(name);
  }

  /** A company noun with no company registered: the last body quoted, or a name quoted bare. */
  private unregisteredCompany(noun: string): string | null {
    // "Toyota said ... The automaker expects": the last body quoted, when it is no public body.
    const last = this.lastOrg;
    if (last && !last.generic && !last.name.toLowerCase().split(/\s+/).some((w) => PUBLIC_WORDS.has(w))) return last.name;
    // "Harlow Foods reported ... the company said": a name quoted without a title or a description is
    // no person once the article calls it the company.
    const bare = this.undescribed;
    if (!bare) return null;
    this.byName.delete(bare.name);
    if (this.bySurname.get(bare.name.split(/\s+/).pop()!) === bare) this.bySurname.delete(bare.name.split(/\s+/).pop()!);
    if (this.lastHe === bare) this.lastHe = null;
    const org = this.addOrg(bare.name, noun);
    org.company = true;
    this.undescribed = null;
    return org.name;
  }

  /**
   * The proper name the current sentence opens with, when it is the subject of a verb: "Alpenair
   * cancelled ...", "Vaalrand, which employs ...". Only a name also written capitalised mid-sentence
   * somewhere in the article (so not "Rescuers" or "Four"), and not a person's.
   */
  /** "Honda, Toyota, Nissan and Mazda are recalling ...": the names listed as this sentence's subject, as written. */
  sentenceSubjectList(): string | null {
    const m = SUBJECT_LIST.exec(this.sentence);
    return m && m[1].split(/,\s+|\s+and\s+/).every((item) => item.split(/\s+/).every(isNameToken)) ? m[1] : null;
  }

  sentenceSubject(): string | null {
    const m = /^[“"‘]?(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3})(?:,|\s+\p{Ll})/u.exec(this.sentence);
    if (!m) return null;
    const words = m[1].split(/\s+/);
    if (!words.every(isNameToken) || words[0].toLowerCase() in SMALL_NUMBERS || CALENDAR_WORD.test(words[0])) return null;
    // "Reporting its results, ...": a participle opening the sentence, not a name; nor "Based on", "Compared with".
    if (words.length === 1 && (PARTICIPLE_OPENING.test(this.sentence) || OPENING_PREPOSITION.test(this.sentence))) return null;
    if (words.length === 1 && OPENING_PARTICIPLE.test(words[0]) && PARTICIPLE_PREPOSITION.test(this.sentence.slice(m[0].length - 1).trim().split(/\s+/)[0] ?? "")) return null;
    // "Excluding special items, ...": an opening word in "-ing" is a name only where the article writes it so mid-sentence ("Boeing").
    if (words.length === 1 && /ing$/.test(words[0]) && !this.capitalisedMidSentence(words[0])) return null;
    const name = words.join(" ");
    if (this.byName.has(name) || this.bySurname.has(words[words.length - 1])) return null;
    const known = this.knownOrg(name) ?? (words.length === 1 ? this.companyByFirstWord(name) : null);
    if (known) return known;
    return this.isProperWord(words[0]) ? name : null;
  }

  /**
   * True when `w` is written capitalised mid-sentence somewhere in the article, or (a name only ever
   * opening sentences) when it is not a plural and never written in lower case.
   */
  private isProperWord(w: string): boolean {
    if (this.text && this.words) {
      if (this.words.hasAfterLowerOrComma(w)) return true;
      return !/s$/.test(w) && w.length > 3 && !this.words.has(w.toLowerCase());
    }
    const esc = escapeRegExp(w);
    const text = this.seen;
    if (new RegExp(`(?:\\p{Ll}|,)\\s+${esc}(?![\\p{L}\\p{M}])`, "u").test(text)) return true;
    return !/s$/.test(w) && w.length > 3 && !new RegExp(`(?<![\\p{L}\\p{M}])${esc.toLowerCase()}(?![\\p{L}\\p{M}])`, "u").test(text);
  }

  /**
   * True when the article writes `w` capitalised after a lower-case word or a comma somewhere ("the
   * Defence Ministry"), so it is a name's word and not only capitalised to open a sentence ("Defence
   * lawyers said"). Without the article read ahead, any capitalised word counts.
   */
  capitalisedMidSentence(w: string): boolean {
    return this.words ? this.words.hasAfterLowerOrComma(w) : true;
  }

  /** True when the article writes `w` as a word of its own ("UAW"); false without the article read ahead. */
  writes(w: string): boolean {
    return !!this.words && this.words.has(w);
  }

  /**
   * capitalisedMidSentence without the benefit of the doubt: false without the article read ahead. A capitalised
   * word the article writes after a lower-case word or a comma is a name, not a word opening a sentence.
   */
  writtenAsName(w: string): boolean {
    return !!this.words && this.words.hasAfterLowerOrComma(w);
  }

  /**
   * True when the article writes `w` in lower case and never capitalised mid-sentence: a common word
   * capitalised only to open a sentence ("Cumulative confirmed deaths ..."). False without the article read ahead.
   */
  /**
   * `words` without a common adjective capitalised to open a sentence before a body's name ("Separate British Crime
   * Survey" → "British Crime Survey"); `words` itself when there is none. "New" and "Fresh" open names too ("New Zealand
   * Treasury"): dropped only before a body the article named without them.
   */
  withoutOpeningAdjective(words: string[]): string[] {
    if (words.length < 2 || !OPENING_ADJECTIVE.test(words[0]) || !/^\p{Lu}/u.test(words[1])) return words;
    const rest = words.slice(1);
    return /^(?:Separate|Further|Other)$/.test(words[0]) || this.knownOrg(rest.join(" ")) ? rest : words;
  }

  onlyCapitalisedToOpen(w: string): boolean {
    return !!this.words && !this.words.hasAfterLowerOrComma(w) && this.words.has(w.toLowerCase());
  }

  /** The body with a name joined by "in" or "at" that closes `text` ("... Research in Motion"), as first written. */
  joinedNameEnding(written: string): string | null {
    if (!this.joined.length) return null;
    const text = written.replace(LEGAL_SUFFIX, "");
    for (const o of this.joined) if (text === o.bare || text.endsWith(` ${o.bare}`)) return o.name;
    return null;
  }

  /** The registered body called exactly `name` (legal suffix aside). */
  knownOrg(name: string): string | null {
    const bare = name.replace(LEGAL_SUFFIX, "");
    return this.orgsByBare.get(bare)?.name ?? null;
  }

  /** Marks a body named before as spoken of in this sentence. */
  private touchOrg(name: string | null): void {
    const org = name ? this.orgsByBare.get(name) ?? this.orgIndex.first(["f " + name.split(" ")[0]], (o) => o.name === name) : undefined;
    if (org) org.at = this.clock;
  }

  /** "Harris" after "Harris Interactive" was named: any body by its first word. */
  bodyByFirstWord(word: string): string | null {
    return this.latestUnder(["f " + word.split(" ")[0]], (o) => o.name.startsWith(word + " "))?.name ?? null;
  }

  /**
   * "Vaalrand" after "Vaalrand Gold" was named as a company, "Xinhua" after "the Xinhua News Agency": the first word
   * as a short form, for a company or a body whose other words only say what kind of body it is.
   */
  companyByFirstWord(word: string): string | null {
    return this.latestUnder(["f " + word.split(" ")[0]], (o) => o.name.startsWith(word + " ") && (o.company || kindOnlyAfter(o.name, word)))?.name ?? null;
  }

  /** The organisation named most often so far (by its first word); for a company noun, no public body. */
  private mainOrg(company = false, noun = ""): string | null {
    // "the company" is never a ministry or a court; "the club" or "the team" no institute either.
    const notPublic = company || noun === "club" || noun === "team";
    const fits = (o: Org) =>
      !(notPublic && !o.company && !o.words.has(noun) && [...o.words].some((w) => PUBLIC_WORDS.has(w))) &&
      // "the club" is no listed company either ("Shares of Orbis fell").
      !((noun === "club" || noun === "team") && o.company && !o.words.has(noun));
    return this.orgsByCount.best(fits)?.name ?? null;
  }

  /** Records a speaker (people by full name and surname) and returns the canonical entry. */
  remember(sp: Speaker): Speaker {
    if (sp.generic) {
      const named = this.bodyNamedNext(sp);
      if (named) return this.remember(named);
      const head = headNoun(sp.name);
      if (SINGLE_PERSON_HEADS.has(head)) this.lastUnnamedPerson = sp;
      // "A safety analyst says ... He says", "The county's fire chief said ... He said": one person described and
      // not named is who the next "he" is.
      if (TITLES.has(head) && !ORG_WORDS.has(head) && !BODY_NOUNS.has(head)) this.lastHe = sp;
      if (ORG_WORDS.has(head) || BODY_NOUNS.has(head)) this.lastDescribedBody = { sp, at: this.clock };
      if (IT_HEADS.has(head)) {
        this.lastUnnamedBody = sp;
        this.lastUnnamedBodyAt = this.clock;
      }
      const list = this.described.get(head);
      if (!list) this.described.set(head, [sp]);
      else if (list[list.length - 1].name !== sp.name) list.push(sp);
      return sp;
    }
    if (!sp.person) {
      // "Isro said", "Hesa figures": an acronym some copy writes as a word, the body whose initials it gives.
      const org = this.aliasOrg(sp.name) ?? (/^[\p{Lu}.&]{2,8}$/u.test(sp.name) ? this.resolveOrg(sp.name) : /^\p{Lu}\p{Ll}{2,5}$/u.test(sp.name) ? this.resolveOrg(sp.name.toUpperCase()) : null);
      const bare = sp.name.replace(LEGAL_SUFFIX, "");
      const short = !org && !bare.includes(" ") ? this.companyByFirstWord(bare) : null;
      const written = org || short ? null : this.knownOrg(sp.name);
      const found = org ?? short ?? written ?? sp.name;
      // "TimeWarner said" in an article that first wrote "Time Warner": the name as first written.
      // "Harlow Foods said" in an article that writes "Harlow Foods Ltd" anywhere: the company's name at its fullest.
      const first = this.variants?.firstForm(found) ?? found;
      const name = this.usedName(this.suffixed.get(first) ?? first);
      const canonical = name !== sp.name ? { ...sp, name } : sp;
      // ("Aziz-u-Rehman said": a one-word name joined by a short particle is one too.)
      if (!org && !short && /^\p{Lu}\p{Ll}+(?:-\p{Ll}{1,3}-\p{Lu}\p{Ll}+)?$/u.test(canonical.name) && !ORG_WORDS.has(canonical.name.toLowerCase()) && !this.knownOrg(canonical.name) && !this.isPlace(canonical.name)) this.lastHe = canonical;
      if (canonical.name.split(/\s+/).length >= 2 || org) this.addOrg(canonical.name);
      this.lastOrg = canonical;
      this.lastOrgAt = this.clock;
      return canonical;
    }
    const words = sp.name.split(/\s+/);
    // "Lula da Silva said" after "Luiz Inácio Lula da Silva" spoke: the end of a full name given before is that person.
    const bySurname = this.bySurname.get(words[words.length - 1]);
    const longer = words.length > 1 && bySurname?.person && bySurname.name.endsWith(` ${sp.name}`) ? bySurname : undefined;
    let known = this.byName.get(sp.name) ?? (words.length === 1 ? (this.bySurname.get(sp.name) ?? this.quotedWithNameWord(sp.name)) : longer);
    if (known) {
      if (!known.description && sp.description) known = { ...known, description: sp.description };
      if (!known.title && sp.title) known = { ...known, title: sp.title };
    } else known = sp;
    const title = known.description?.replace(/\s*\([^)]*\)/g, "").split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)) ?? [];
    // ("EC Chairperson Jane Doe": a title holding an acronym spells no other one with its initials.)
    if (title.length >= 2 && !title.some((w) => /^\p{Lu}{2,}$/u.test(w))) this.byTitleInitials.set(title.map((w) => w[0]).join(""), known);
    if (known.name.includes(" ")) {
      this.byName.set(known.name, known);
      this.noteSurname(known.name.split(/\s+/).pop()!, known);
    }
    this.lastPerson = known;
    this.lastHe = known;
    this.undescribed = !known.description && known.name.includes(" ") ? known : null;
    return known;
  }

  /**
   * One name for a company written with a legal suffix, as the article first names it in full: "Nordwell Corp." stays
   * "Nordwell Corp." (a later "Nordwell said" is that company by that name), and "Nordwell Co", its stop lost at a
   * sentence's end, is the "Nordwell Co." the article writes. Read once per name.
   */
  private usedName(name: string): string {
    const suffix = LEGAL_SUFFIX.exec(name) ?? CLIPPED_CO.exec(name);
    if (!suffix || !this.text) return name;
    let used = this.usedNames.get(name);
    if (used === undefined) {
      used = this.suffixed.get(name.slice(0, suffix.index)) ?? name;
      this.usedNames.set(name, used);
    }
    return used;
  }
  /** Names read by usedName, once each. */
  private usedNames = new Map<string, string>();

  /**
   * "Lok expects" after "Tomas Lok Chi-wing" spoke, "Sheikh Faruq said" after "Sheikh Faruq bin Naseem" did: a one-word
   * name is the one person quoted whose full name has that word before its last; null when none or several.
   */
  private quotedWithNameWord(word: string): Speaker | null {
    return soleSpeaker(this.byName.withNameWord(word), (p) => p.person);
  }

  /**
   * A headline's "Elections Commission": the one longer name the story writes for that body ("The Maldives
   * Elections Commission on Monday said" gives "Maldives Elections Commission").
   */
  longerNameAhead(name: string): string | null {
    if (!name.includes(" ")) return null;
    const longer = new Set<string>();
    for (const key of this.ahead.keys()) {
      const at = key.indexOf(" " + name);
      const end = at + name.length + 1;
      // "Norland Red Cross Secretary General Ana Berg": a longer form written only before a person's title is that
      // person's description, not what the article calls the body.
      if (at > 0 && (end === key.length || (key[end] === " " && !isTitleWord(key.slice(end + 1).split(" ")[0])))) longer.add(key.slice(0, end));
    }
    return longer.size === 1 ? [...longer][0] : null;
  }

  /** Files a person under their surname and, for "al-Naimi", under "Naimi" too unless another person has it. */
  private noteSurname(surname: string, person: Speaker): void {
    this.bySurname.set(surname, person);
    // "Francisco Duque III", later "Duque": a generational suffix is no surname; the name before it is.
    const words = person.name.split(/\s+/);
    if (words.length >= 3 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(surname) && words[words.length - 1] === surname && !this.bySurname.get(words[words.length - 2])?.person) {
      this.bySurname.set(words[words.length - 2], person);
    }
    const stem = surnameStem(surname);
    if (stem && !this.bySurname.get(stem)?.person) this.bySurname.set(stem, person);
  }

  /** "Britain said" is no "he": a one-word name the article also writes as a place ("in Britain"). */
  private isPlace(word: string): boolean {
    const text = this.text || this.seen;
    if (this.text && this.words) return this.words.followsAny(PLACE_PREPOSITIONS, word);
    for (const prep of PLACE_PREPOSITIONS) if (text.includes(prep + word)) return true;
    return false;
  }

  /** The article as read ahead by prescan ("" without it). */
  articleText(): string {
    return this.text;
  }

  /** "Assam: ..." over "district of Assam": a place, unless the article also writes it as a surname ("Rina Ngata"). */
  placeNotSurname(word: string): boolean {
    if (!ONLY_NAME_WORD.test(word) || !this.isPlace(word)) return false;
    // "Rina Ngata", not "In Assam" opening a sentence.
    const surname = new RegExp(`(?<![\\p{L}])(?!(?:In|At|From|To|Of|The|For|On|Across|And|But|Near|Across|Into|Outside|Inside)\\s)\\p{Lu}[\\p{L}'’-]+\\s+${word}(?![\\p{L}])`, "u");
    if (!this.text) return !surname.test(this.seen);
    let place = this.placeLeads.get(word);
    if (place === undefined) this.placeLeads.set(word, (place = !surname.test(this.text)));
    return place;
  }
  /** Headline leads looked up by placeNotSurname, once each. */
  private placeLeads = new Map<string, boolean>();

  /** "KAYAMKULAM (Kerala):": the state or country a capitalised dateline's town is in, a place. */
  inDateline(word: string): boolean {
    const text = this.text || this.seen;
    return new RegExp(`(?:^|\\n)\\s*\\p{Lu}{2}[\\p{Lu} .'’-]*\\s*\\(${word.replace(/[^\p{L}]/gu, "")}\\)`, "u").test(text);
  }

  /**
   * The person a title alone refers to ("the Chancellor"): the last one described with it, else, for a
   * capitalised title, the last person named.
   */
  personTitled(title: string, modifiers: string[] = [], written: string[] = []): Speaker | null {
    const word = title.toLowerCase();
    // "the Saudi minister" after "Saudi Arabian Energy Minister X": a modifier matches a description word's start.
    const mods = modifiers.map((m) => m.toLowerCase());
    let hit: Speaker | null = null;
    let titled: Speaker | null = null;
    for (const p of this.byName.values()) {
      const desc = `${p.title ?? ""} ${p.description ?? ""}`.trim().toLowerCase().split(/[\s-]+/).map((w) => RANK_WORDS[w] ?? w);
      if (!desc.includes(word)) continue;
      titled = p;
      if (mods.every((m) => desc.some((d) => d.startsWith(m)))) hit = p;
    }
    // "The England captain" after "said captain Leah Williamson": the one described with the title.
    const capitalised = /^\p{Lu}/u.test(title) && !modifiers.length;
    // "But the captain said ..." before "The ferry captain, Teo Varke, said": the one holder the article names anywhere.
    return hit ?? titled ?? this.namedWithTitle(word, mods) ?? (capitalised ? (this.holderAnywhere(written) ?? this.lastPerson ?? this.holderQuotedNext(written)) : this.holderAnywhere([...mods, word]));
  }

  /** "the Prime Minister" with "Prime Minister Ana Lopes" written later: the one holder of the title as written. */
  holderAnywhere(written: string[]): Speaker | null {
    if (!written.length || !this.text) return null;
    const title = written.map((w) => w.toLowerCase());
    const key = title.join(" ");
    let name = this.titleHolders.get(key);
    if (name === undefined) {
      this.titled ??= titledPeople(this.text);
      name = soleTitleHolder(title, this.titled);
      this.titleHolders.set(key, name);
    }
    if (!name) return null;
    const known = this.byName.get(name);
    return known ?? { name, description: written.join(" "), person: true };
  }

  /** A title no one was named with yet, and the paragraph after quoting a bare full name: that person. */
  private holderQuotedNext(written: string[]): Speaker | null {
    if (!written.length || !this.text) return null;
    const name = holderQuotedNext(this.text.slice(this.textAt, this.textAt + 1500), (w) => this.bySurname.has(w));
    return name ? { name, description: written.join(" "), person: true } : null;
  }

  /** "The governor said" after "Governor Ana Mendes toured the area": the person last named with the title, quoted or not. */
  private namedWithTitle(title: string, modifiers: string[]): Speaker | null {
    if (!this.text) return null;
    this.titled ??= titledPeople(this.text);
    this.titledIndex ??= new TitledIndex(this.titled);
    const p = this.titledIndex.last(title, modifiers, this.textAt);
    if (!p) return null;
    const surname = p.name.split(/\s+/).pop()!;
    const known = this.byName.get(p.name) ?? this.bySurname.get(surname);
    return known?.person && known.name.endsWith(surname) ? known : { name: p.name, description: p.title.join(" "), person: true };
  }

  /** The named body cited in this sentence or the two before: what "the organization" or a sub-body description refers to. */
  recentBody(within = 2): Speaker | null {
    const o = this.lastOrg;
    return o && !o.generic && !o.person && this.clock - this.lastOrgAt <= within ? o : null;
  }

  /** The unnamed body quoted in this sentence or the one before: what a bare "the center" refers to. */
  recentDescribedBody(): Speaker | null {
    const d = this.lastDescribedBody;
    return d && this.clock - d.at <= 1 ? d.sp : null;
  }

  /** The public body quoted in this sentence or the one before ("the watchdog" after "the Office for Budget Responsibility said"). */
  recentPublicBody(): Speaker | null {
    const o = this.lastOrg;
    if (!o || o.generic || this.clock - this.lastOrgAt > 1) return null;
    return o.name.toLowerCase().split(/\s+/).some((w) => PUBLIC_WORDS.has(w)) ? o : null;
  }

  /**
   * The unnamed source a definite description refers back to: "the spokesman" after "a county government
   * spokesman said" → "county government spokesman". Same head noun, every word of the description in the
   * earlier one; the most recent such source.
   */
  describedEarlier(description: string): Speaker | null {
    const words = description.toLowerCase().split(/\s+/);
    const list = this.described.get(headNoun(description)) ?? [];
    // The last few only: a description refers back a short way, and a long article stays linear.
    for (let k = list.length - 1; k >= Math.max(0, list.length - 8); k--) {
      const theirs = list[k].name.toLowerCase().split(/\s+/);
      if (theirs.length > words.length && words.every((w) => theirs.includes(w))) return list[k];
    }
    const personNoun = words.length === 1 && !ORG_WORDS.has(words[0]) && !BODY_NOUNS.has(words[0]) && !GENERIC_HEADS.has(words[0]);
    return this.describedBodyOtherHead(words) ?? (personNoun ? this.personDescribedAs(words[0]) : null);
  }

  /**
   * "The survivor vowed ..." after "A survivor of the attack, Malam Sani, told reporters": the person quoted last
   * whose description has that head noun.
   */
  private personDescribedAs(noun: string): Speaker | null {
    let found: Speaker | null = null;
    for (const p of this.byName.values()) if (p.person && p.description && headNoun(p.description) === noun) found = p;
    const named = found ? null : this.introducedAs.get(noun);
    return found ?? (named ? (this.byName.get(named) ?? null) : null);
  }

  /**
   * "The meteorological agency" after "the national meteorological service" reported: a body's generic head may
   * change, its other words may not; a bare "the agency" is the last body described with a generic head.
   */
  private describedBodyOtherHead(words: string[]): Speaker | null {
    const head = words[words.length - 1];
    if (!GENERIC_HEADS.has(head) && !BODY_NOUNS.has(head)) return null;
    const content = words.slice(0, -1);
    if (!content.length) {
      const d = this.lastDescribedBody?.sp;
      const theirs = d ? headNoun(d.name) : "";
      return d && (GENERIC_HEADS.has(theirs) || BODY_NOUNS.has(theirs)) ? d : null;
    }
    for (const [theirHead, list] of this.described) {
      if (theirHead === head || !(GENERIC_HEADS.has(theirHead) || BODY_NOUNS.has(theirHead))) continue;
      const found = list.slice(-8).reverse().find((sp) => {
        const theirs = sp.name.toLowerCase().split(/\s+/);
        return content.every((w) => theirs.includes(w));
      });
      if (found) return found;
    }
    return null;
  }

  /**
   * "Mr Emmanuel Ainebyoona, the spokesperson, didn't give details. He said ...": a person the sentence opens
   * with is who a later "he" refers to, quoted or not.
   */
  noteOpeningPerson(): void {
    // "Westport: Finance Minister Teo Varke on Monday gave ...": a place and a colon opening the story are its dateline.
    const dateline = COLON_DATELINE.exec(this.sentence);
    const m = OPENING_PERSON.exec(dateline ? this.sentence.slice(dateline[0].length) : this.sentence);
    if (!m) return;
    const words = m[1].split(/\s+/);
    const known = this.bySurname.get(words[words.length - 1]);
    // "Ohno raised $26,200 ...": a surname alone opening the sentence is the person named with it before.
    // ("Daily Courier learnt that ...": a newspaper's name is no person's.)
    if (known?.person && (m[1].endsWith(known.name) || (words.length === 1 && known.name.endsWith(` ${m[1]}`))) && !isOutletName(known.name)) this.lastHe = known;
  }

  /** "Inc" closing a subject "Tarvik Airlines Group, Inc.": the company's name, as written with its suffix. */
  nameBeforeLegalSuffix(suffix: string): string | null {
    const word = suffix.replace(/\.$/, "");
    for (const [bare, full] of this.suffixed) if (full.startsWith(`${bare}, ${word}`) && this.sentence.includes(full)) return full;
    return null;
  }

  /**
   * The person quoted so far whose title abbreviates to `acronym` ("DCP": "Deputy Commissioner of Police"), else the one
   * person the article names anywhere with a title of those initials ("the CS" for "Cabinet Secretary Ana Lopes").
   * None when the article gives a body that acronym ("the Coastal Defence Agency (CDA)"): bodies come first.
   */
  personByTitleInitials(acronym: string): Speaker | null {
    if (this.resolveOrg(acronym)) return null;
    const quoted = this.byTitleInitials.get(acronym);
    if (quoted || !this.text) return quoted ?? null;
    this.titled ??= titledPeople(this.text);
    const name = personByInitials(acronym, this.titled);
    if (!name) return null;
    return this.byName.get(name) ?? { name, description: acronym, person: true };
  }

  /**
   * "The RBI chief" after "Governor Shaktikanta Das said": the one person quoted so far whose title makes them
   * the head of a body (governor, chairman, chief executive, director ...); null when none or several are.
   */
  quotedHead(): Speaker | null {
    const heads = new Set<Speaker>();
    for (const p of this.byName.values()) {
      const title = `${p.title ?? ""} ${p.description ?? ""}`.toLowerCase();
      if (p.person && HEAD_TITLE.test(title)) heads.add(p);
    }
    return heads.size === 1 ? [...heads][0] : null;
  }

  /** True when a person of that full name has been a speaker. */
  quoted(name: string): boolean {
    return this.byName.has(name);
  }

  /**
   * The name an indefinite description ("a city spokeswoman", "a court in the province") is given later in
   * the article: the one person titled so, or the one body with that head word in its name.
   */
  namedLater(description: string): Speaker | null {
    const words = description.toLowerCase().split(/\s+/);
    const at = words.findIndex((w) => /^(?:in|of|for|at|from|on|with)$/.test(w));
    const np = at > 0 ? words.slice(0, at) : words;
    const head = np[np.length - 1];
    if (ORG_WORDS.has(head)) {
      const bodies = [...this.ahead.entries()].filter(([, ws]) => ws.has(head)).map(([name]) => name);
      return bodies.length === 1 ? { name: bodies[0], description: null, person: false } : null;
    }
    if (!TITLES.has(head) || !this.text) return null;
    this.titled ??= titledPeople(this.text);
    // "Railway Minister X said ..." then "said a railway official": an indefinite description brings in someone new,
    // so only people the article names from this sentence on may be the one it names later.
    const from = this.textAt - this.sentence.length;
    const name = personForDescription(np, this.titled.filter((p) => p.at >= from));
    return name ? { name, description: np.join(" "), person: true } : null;
  }

  /**
   * The person the text right after this sentence names as the speaker a described source ("an army source",
   * "a 16-year-old boy") turns out to be; remembered, so that "the source" later is that person too.
   */
  namedNext(sp: Speaker): Speaker | null {
    if (!this.text || !sp.generic) return this.namedAfter.get(sp.name) ?? null;
    const known = this.namedAfter.get(sp.name);
    if (known) return known;
    const head = headNoun(sp.name);
    if (ORG_WORDS.has(head) || BODY_NOUNS.has(head) || /[^s]s$/.test(head)) return null;
    const name = personNamedNext(this.text.slice(this.textAt, this.textAt + 1500), sp.name, (w) => this.bySurname.has(w));
    if (!name) return null;
    const person: Speaker = { name, description: sp.name, person: true };
    this.namedAfter.set(sp.name, person);
    // The description stays on record: "the source" later finds it, and so the person.
    this.remember(sp);
    return person;
  }

  /**
   * "The military's media wing said ..." then "According to Inter-Services Public Relations (ISPR), ...": an unnamed
   * body is the body the next sentence cites when the article names that body there for the first time (not a news
   * outlet, which reports rather than issues). Remembered, so a later mention of the description is that body too.
   */
  private bodyNamedNext(sp: Speaker): Speaker | null {
    if (sp.person || !DESCRIBED_BODY_HEADS.has(headNoun(sp.name))) return null;
    const known = this.namedAfter.get(sp.name);
    if (known || !this.text) return known && !known.person ? known : null;
    const fresh = (name: string, acronym: string | null) =>
      (!!acronym || name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()))) && !this.knownOrg(name) && !(acronym && this.aliasOrg(acronym)) && !isOutletName(name);
    const name = bodyNamedNext(this.text.slice(this.textAt, this.textAt + 1500), fresh);
    if (!name) return null;
    const body: Speaker = { name, description: null, person: false };
    this.namedAfter.set(sp.name, body);
    return body;
  }

  /**
   * "the bank said" in "The central bank raised its key rate ..., the bank said": the fuller description with the
   * same head in this sentence or the one before, written before the phrase ("central bank"); null when none.
   */
  fullerDescription(phrase: string): string | null {
    const words = phrase.toLowerCase().split(/\s+/);
    const head = words[words.length - 1];
    if (!/^[a-z]+$/.test(head)) return null;
    const re = new RegExp(`\\b[Tt]he\\s+((?:[a-z-]+\\s+){1,2}${head})\\b`, "g");
    let found: string | null = null;
    for (const text of this.seenSentences.slice(-2)) {
      for (const m of text.matchAll(re)) {
        const theirs = m[1].split(/\s+/);
        if (theirs.length > words.length && words.every((w) => theirs.includes(w)) && !theirs.some((w) => CLAUSE_WORD.test(w))) found = m[1];
      }
    }
    return found;
  }

  /** What "it said" refers to: the body named or the unnamed body or document quoted, whichever came last. */
  itSource(): Speaker | null {
    if (this.lastUnnamedBody && (!this.lastOrg || this.lastUnnamedBodyAt > this.lastOrgAt)) return this.lastUnnamedBody;
    return this.lastOrg;
  }

  /** The person remembered under this surname. */
  personBySurname(surname: string): Speaker | null {
    return this.bySurname.get(surname) ?? null;
  }

  /**
   * A bare document noun ("results") as the article describes it with a determiner and modifiers
   * elsewhere ("these initial results"); the noun itself when it never does. Looked up once per noun.
   */
  /**
   * The one body the article names anywhere as issuing documents of this kind ("the latest figures released by NHS
   * England"), for a bare "figures show"; null when it names none or several. Looked up once per noun.
   */
  issuerNamed(noun: string): string | null {
    if (noun.includes(" ") || !this.text) return null;
    let found = this.docIssuers.get(noun);
    if (found === undefined) {
      const bare = noun.replace(/[^a-z]/g, "");
      const re = new RegExp(`\\b[${bare.charAt(0)}${bare.charAt(0).toUpperCase()}]${bare.slice(1)}\\s+(?:[a-z]+\\s+){0,2}?(?:released|published|issued|compiled|put out)\\s+(?:[a-z]+\\s+){0,2}?by\\s+(?:the\\s+)?(?:(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}.&'’-]*){0,5})|(${LOWER_BODY}))`, "gu");
      // "data released by the government": an unnamed body is the issuer as written, or the body the article names so.
      const issuers = new Set([...this.text.matchAll(re)].map((m) => m[1]?.replace(/\.$/, "") ?? this.resolveOrg(m[2]) ?? m[2]).filter((n) => !CALENDAR_WORD.test(n)));
      found = issuers.size === 1 ? [...issuers][0] : null;
      this.docIssuers.set(noun, found);
    }
    return found;
  }

  describedLater(noun: string): string {
    if (noun.includes(" ") || !this.text) return noun;
    let found = this.docDescriptions.get(noun);
    if (found === undefined) {
      // "an official statement said ... the statement said": the article's own description, definite or not.
      const re = new RegExp(`\\b(?:these|those|the|an?)\\s+((?:[a-z]+\\s+){1,2})${noun.replace(/[^a-z]/g, "")}\\b`, "g");
      // "the ballots counted results": a participle ends a clause, it does not describe the noun.
      const m = [...this.text.matchAll(re)].find((x) => !/(?:ed|ing)\s/.test(x[1]));
      const mods = m?.[1].trim().split(/\s+/).filter((w) => !/^(?:new|latest|recent|same|other|first|last|final|full|brief|short|separate|written|further)$/.test(w)) ?? [];
      found = mods.length ? `${mods.join(" ")} ${noun}` : noun;
      this.docDescriptions.set(noun, found);
    }
    return found;
  }

  /** The one person quoted so far whose name starts with `word` ("Li" for "Li Wei"); null when none or several. */
  speakerByFirstName(word: string): Speaker | null {
    const hit = soleSpeaker(this.byName.withFirstWord(word), (p) => p.person && p.name.startsWith(word + " "));
    return hit ?? this.namedByFirstWord(word) ?? this.quotedWithNameWord(word);
  }

  /**
   * "Mao told the court" after "Mao Xiaobing, former member of ...": the one two-word person name the article
   * wrote (quoted or not) starting with `word`, a name written family name first. Null when none or several.
   */
  private namedByFirstWord(word: string): Speaker | null {
    return soleSpeaker(this.bySurname.withFirstWord(word), (p) => p.person && p.name.startsWith(word + " ") && p.name.split(" ").length === 2);
  }

  /**
   * `latest(this.orgIndex.under(keys).filter(fits))`, read without building the list (see OrgIndex.latest): the body
   * filed under `keys` that `fits` accepts, spoken of last, the later named on a tie.
   */
  private latestUnder(keys: readonly string[], fits: (o: Org) => boolean): Org | null {
    return this.orgIndex.latest(keys, fits, orgAt);
  }

  /** The bodies named anywhere, by acronym (the first such name) and by word (in order), made once per article. */
  private aheadIndex(): NonNullable<ArticleContext["aheadKeys"]> {
    if (this.aheadKeys) return this.aheadKeys;
    const keys = { byAcronym: new Map<string, string>(), byWord: new Map<string, string[]>(), order: new Map<string, number>() };
    for (const [name, ws] of this.ahead) {
      keys.order.set(name, keys.order.size);
      for (const a of abbreviations(name)) if (!keys.byAcronym.has(a)) keys.byAcronym.set(a, name);
      for (const w of ws) {
        const names = keys.byWord.get(w);
        if (names) names.push(name);
        else keys.byWord.set(w, [name]);
      }
    }
    return (this.aheadKeys = keys);
  }

  knows(surname: string): boolean {
    return this.bySurname.has(surname);
  }

  /** How often a capitalised word occurs in the whole article (0 before `prescan`). */
  occurrences(word: string): number {
    let n = 0;
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + word.length)) {
      const before = this.text[at - 1] ?? " ";
      const after = this.text[at + word.length] ?? " ";
      if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) n++;
    }
    return n;
  }
}

/** The head of a description: its last word before a preposition ("official at the agency" → "official"). */
/** A word that makes a name a body's: a body noun ("Cross", "Ministry") or an acronym ("MOAS"). */
const bodyWord = (w: string) => ORG_WORDS.has(w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w);

/**
 * "MOAS and the Red Cross", "the Sea Aid Trust and the Red Crescent": a run of capitalised words joined by "and the",
 * each side with a body's word, names two bodies (a name written with "and" inside, "Search and Rescue Agency",
 * has no "the" after it, and one whose first part runs on with "of", "on" or "for", "Ministry of Finance and the
 * Public Service", is one name); the two sides, or null.
 */
function twoBodies(words: string[]): [string[], string[]] | null {
  const j = words.indexOf("and");
  if (j < 1 || words[j + 1] !== "the") return null;
  const head = words.slice(0, j);
  const tail = words.slice(j + 2);
  // "Ministry of Finance and the Public Service" is one name: a left side that runs on with "of", "on" or "for" is
  // completed by what follows "and the"; only a complete name ("MOAS", "the Sea Aid Trust") stands on its own.
  const complete = (head.length === 1 && /^\p{Lu}{2,}$/u.test(head[0])) || !head.some((w) => /^(?:of|on|for)$/.test(w));
  // ("Ford Motor and the Chrysler Group": a name of two words or more before it is a company's, with no body word.)
  const named = head.some(bodyWord) || (head.length >= 2 && head.every((w) => /^\p{Lu}\p{Ll}/u.test(w)));
  return complete && tail.length >= 2 && named && tail.some(bodyWord) ? [head, tail] : null;
}

function headNoun(description: string): string {
  const words = description.toLowerCase().split(/\s+/);
  const at = words.findIndex((w, n) => n > 0 && /^(?:in|at|of|for|from|with|on)$/.test(w));
  return at > 0 ? words[at - 1] : words[words.length - 1];
}

/**
 * "UN High Commissioner for Lakes", "UN Relief Office": a body of the UN system named by its UN prefix, with no
 * person's name after a title ("UN envoy Ana Berg").
 */
function unSystemBody(words: string[]): boolean {
  if (!/^(?:UN|U\.N\.|United)$/.test(words[0]) || !isUnBody(words.join(" "))) return false;
  const { title, name } = splitTitle(words);
  return !title.length || !name.length || CONNECTORS.has(name[0]);
}

/** True when each of `words` has its first four letters opening a word of `name` ("stat" in "StatsNL"). */
function shortensAll(words: string[], name: string): boolean {
  const own = name.toLowerCase().split(/\s+/);
  return words.every((w) => w.length >= 4 && own.some((o) => o.startsWith(w.slice(0, 4))));
}

/** The keys a body is filed under for good: its words, the acronyms it abbreviates to, its last and first word. */
function orgKeys(org: Org): Set<string> {
  const keys = new Set<string>();
  for (const w of org.words) keys.add("w " + w);
  for (const a of abbreviations(org.bare)) keys.add("a " + a);
  keys.add("e " + org.bare.split(/\s+/).pop());
  keys.add("f " + org.name.split(" ")[0]);
  return keys;
}

const orgAt = (o: Org) => o.at;

function latest(orgs: Org[]): Org {
  return orgs.reduce((a, b) => (b.at >= a.at ? b : a));
}

function isParticle(w: string): boolean {
  return /^(?:al|el|bin|ibn|de|del|da|di|van|von|der|den|la|le|abu|dos)(?:-|$)/.test(w);
}

/**
 * True when `acronym` is the initials of `name`, or of the name without a leading dotted abbreviation
 * ("U.S. Centers for ...") or without a closing "and ..." ("Centers for Disease Control and Prevention" → CDC).
 */
function abbreviates(acronym: string, name: string): boolean {
  return abbreviations(name).includes(acronym);
}

/** Every acronym `abbreviates` accepts for `name`. */
function abbreviations(name: string): string[] {
  const bare = name.replace(/^(?:\p{Lu}\.)+\s+/u, "");
  // "USGS" for "U.S. Geological Survey": a dotted abbreviation gives each of its letters.
  const spelled = name.replace(/(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, " ").trim());
  // "EC" for "Electoral Commission of Ghana": the country a body is "of" may be left out of its initials.
  const ofPlace = bare.replace(/\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u, "");
  const forms = [bare, bare.replace(/\s+and\s+\S+$/, ""), spelled, ...(ofPlace !== bare && ofPlace.includes(" ") ? [ofPlace] : [])];
  // "DOH" for "Department of Health", "BOJ" for "Bank of Japan": "of" may give its letter too.
  const withOf = / of /.test(bare) ? bare.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) || w === "of").map((w) => w[0].toUpperCase()).join("") : "";
  // "NRCGA" for "NR Cane Growers Association": an acronym inside the name gives all its letters.
  const whole = initialsWithAcronyms(bare);
  // "RFS" for "Northland Rural Fire Service": the place or level before a name of three
  // capitalised words or more may be left out of its initials, as "of <place>" after it may.
  const rest = bare.split(/\s+/).slice(1);
  const placeLeft = rest.length >= 3 && rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? [rest.map((w) => w[0]).join("")] : [];
  return [initials(name), ...forms.filter((f) => f !== name).map(initials), ...(withOf.length >= 3 ? [withOf] : []), ...(whole ? [whole] : []), ...placeLeft];
}

/** "Xinhua News Agency" after "Xinhua": every later word a capitalised body word ("News", "Agency"), none a name. */
function kindOnlyAfter(name: string, word: string): boolean {
  const rest = name.slice(word.length + 1).split(" ");
  return rest.length <= 3 && rest.every((w) => /^\p{Lu}/u.test(w) && ORG_WORDS.has(w.toLowerCase()));
}
