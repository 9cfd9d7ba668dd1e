/**
 * The claim extractor: turns an article into checkable claims, one per figure plus the
 * attributed or hedged factual sentences without figures. Pure: no I/O, no Next.js, no Prisma.
 */
import type { Attribution } from "@/lib/figures/vocabulary";
import { type Quantity, findQuantities } from "./quantity/parser";
import { type Carried, unitsFromPreviousSentence } from "./quantity/context-unit";
import { fillUnitsFromArticle } from "./quantity/unit-fallback";
import { unitsFromMeasuredNoun } from "./quantity/restated-unit";
import { articleUnits, headlineVagueUnit, vagueNamedInBody, vagueNamesInBody } from "./quantity/headline-vague";
import { isLakhTonneArticle, isNairaArticle } from "./quantity/tokenizer";
import { ITEM_MARKER, type Sentence, splitSentences } from "./sentences";
import { ArticleContext, type Speaker } from "./attribution/article-context";
import { type SentenceSource, attributeHeadline, attributeSentence, attributionOf, figureSource } from "./attribution/attribution";
import { describedPart } from "./attribution/name-variants";
import { titledPerson } from "./attribution/names";

export interface ExtractedClaim {
  /** The sentence as written; `text.slice(start, end) === sentence`. */
  sentence: string;
  start: number;
  end: number;
  /** The claim as a checkable sentence: dateline, leading time phrase and attribution tail removed. */
  statement: string;
  quantity: Quantity | null;
  speaker: string | null;
  speakerDescription: string | null;
  attribution: Attribution;
}

/** A sentence's closing punctuation; a paragraph ending in a semicolon is an item of a list, read like the body. */
const TERMINAL = /[.!?…;]["'”’)\]]*$/;
const FURNITURE = /^(?:Published|Updated|Copyright|©|Photo|Image|Video|Watch|Read more|Follow|Subscribe)\b|contributed to this report|All rights reserved|^Associated Press (?:writers?|reporters?)/i;
/** A byline, a date or time stamp, a credit: lines without a full stop that are not headlines. */
const NOT_HEADLINE = /^(?:By\s+\p{Lu}|Posted\b|Last updated\b|Edited by\b|Reporting by\b|Writing by\b|Additional reporting\b|Source:|Credit:|Caption:|Related:|Tags?:|Topics?:|Share\b|Advertisement\b)|^[\d\s/:.,-]*(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC|ET|BST|CET)?)\b/iu;

/**
 * A line without closing punctuation that reads as a headline or summary line: three or more words,
 * a lower-case word among them (not a name or a dateline alone), no credit or time stamp.
 */
function isHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 3 || words.length > 40 || NOT_HEADLINE.test(line)) return false;
  if (/[:;,]$/.test(line)) return false;
  return words.some((w) => /^\p{Ll}/u.test(w)) || words.some((w, n) => /\d/.test(w) || AMOUNT_WORD.test(w) || (NUMBER_WORD.test(w) && (COUNTED_WORD.test(words[n + 1] ?? "") || COUNT_VERB.test(words[n - 1] ?? "") || (words[n - 1] === "To" && /(?:s|ed)$/.test(words[n - 2] ?? "")) || headlineVerbCount(words, n))));
}
/** A line without closing punctuation longer than any headline (over 40 words): a paragraph of the body. */
const paragraphLong = (line: string) => line.trim().split(/\s+/, 41).length > 40;
/** "Telescope Discovers Two Distant Planets": a capitalised verb in -s, the spelled number, a capitalised plural within two words. */
const headlineVerbCount = (words: string[], n: number) =>
  /^\p{Lu}\p{Ll}+[^su'’]s$/u.test(words[n - 1] ?? "") && [words[n + 1], words[n + 2]].some((w) => /^\p{Lu}\p{Ll}+s$/u.test(w ?? ""));
/** "Judge Sentenced To Four Years", "Storm Leaves Three Dead": a title-case headline's spelled number with what it counts. */
const NUMBER_WORD = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty)$/;
/** "Quake Kills Five", "Toll Rises To Seven": a verb of a count before the spelled number. */
const COUNT_VERB = /^(?:Kills?|Killed|Injures?|Injured|Wounds?|Wounded|Arrests?|Arrested|Rescues?|Rescued|Jails?|Jailed|Leaves|Left|Charges?|Charged|Evacuates?|Evacuated|Detains?|Detained|Frees|Freed)$/;
const COUNTED_WORD = /^(?:Years?|Months?|Weeks?|Days?|Hours?|Decades?|Percent|Million|Billion|Trillion|Thousand|Hundred|Dead|Killed|Injured|Hurt|Missing|People|Men|Women|Children|Students|Soldiers|Police|Officers|Workers|Miners|Migrants|Homes|Houses)\b/;
/** A sentence that names the United States: its bare vague sums are in dollars whatever the article's money. */
const NAMES_US = /\b(?:US|USA|U\.S\.?|United States|(?<!(?:Latin|South|Central) )America(?:ns?)?|Washington)(?![\p{L}])/u;
/**
 * A vague count, which a title-case headline may hold without a digit ("Quake Kills Dozens"); a crosshead such as
 * "Two Sides Of The Story" is no headline for its spelled number.
 */
const AMOUNT_WORD = /^(?:dozens|scores|hundreds|thousands|millions|billions)\b/i;

/**
 * A line of a list, "Trade: 92,000", "Mining: 31 000", "Exports: $4.2 billion", "Northbank: 1,200 homes": a short
 * label, a colon, one figure and perhaps the noun it counts.
 * Times ("Kick-off: 19:45"), scores ("Result: 2-1") and dates do not match; nor do labels of pages, rounds or dates.
 */
const LIST_LINE = /^\p{L}[\p{L}&'’. -]{0,30}:\s*(?:[$€£¥₦]|R|Rs\.?\s?|N)?\d[\d,]*(?:\.\d+)?\s*(?:%|per ?cent|percent|million|billion|bn|m)?(?:\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})?\.?$/u;
const NOT_LIST_LABEL = /^(?:page|pages|chapter|section|part|round|game|match|week|day|year|date|time|no|number|rank|ranking|step|phase|volume|vol|issue|episode|season|level|grade|score|result|age|ref|id|code|tel|phone|fax|room|floor|gate|platform|flight|route|lot|item)$/i;

/** A list line that only counts under a line saying what is counted ("Jobs were added in these sectors:"). */
function isListLine(line: string): boolean {
  const m = LIST_LINE.exec(line.trim());
  return !!m && !NOT_LIST_LABEL.test(line.slice(0, line.indexOf(":")).trim());
}

/** A figure's qualifier, then the opening mark of the quotation the figure opens: `some "`, `nearly “`. */
const QUALIFIER_BEFORE_QUOTE = /^[^"“‘\d]*\s["“‘](?=\S)/;

/** Unattributed sentences without figures that a checker would still look at. */
const HEDGED = /\b(?:not (?:immediately )?clear|unclear|could not be (?:independently )?(?:verified|confirmed)|(?:is|are|was|were) believed to|reportedly|allegedly|(?:is|are|was|were) expected to|(?:is|was) not known|no immediate (?:comment|claim|word)|claimed responsibility|(?:were|was|have been|has been) (?:killed|wounded|injured|arrested|detained)|it is (?:estimated|thought))\b/i;

interface ReadSentence {
  s: Sentence;
  src: SentenceSource;
  headline: boolean;
  /** The sentence goes on a quotation opened in an earlier sentence. */
  inQuote: boolean;
}

/** Extracts claims from an article. Offsets refer to `text`. */
export function extractClaims(text: string): ExtractedClaim[] {
  const read = readSentences(text);
  fillQuotationSpeakers(read);
  const out: ExtractedClaim[] = [];
  let counted: Carried = null; // the last count of the sentence before ("... of them", "Another 12 were ...")
  const options = { nairaArticle: isNairaArticle(text), lakhTonneArticle: isLakhTonneArticle(text) };
  const found = read.map(({ s }) => {
    const figures = findQuantities(s.text, options);
    counted = unitsFromPreviousSentence(s.text, figures, counted);
    return figures;
  });
  narrowHeadlineBody(read, found);
  const texts = read.map(({ s }) => s.text);
  unitsFromMeasuredNoun(texts, found);
  fillUnitsFromArticle(texts, found);
  const units = articleUnits(found.filter((_, n) => !read[n].headline));
  // The names the body writes with a capitalised vague word ("Mega Millions"), read once when a headline needs them.
  let vagueNames: Set<string> | undefined;
  for (const [n, { s, src, headline }] of read.entries()) {
    const sentence = s.text;
    const figures = found[n];
    const statement = toStatement(sentence, src);
    const claim = (quantity: Quantity | null, speaker: Speaker | null, attribution: Attribution): ExtractedClaim => ({
      sentence,
      start: s.start,
      end: s.end,
      statement,
      quantity,
      speaker: speaker?.name ?? null,
      speakerDescription: speaker?.description ?? null,
      attribution,
    });
    for (const f of figures) {
      if (headline && f.qualifier === "vague" && vagueNamedInBody(sentence, f, (vagueNames ??= vagueNamesInBody(texts.filter((_, k) => !read[k].headline))))) continue;
      // A headline's "Dozens missing": without a noun in the line, what is counted is a guess, unless its words and
      // the article tell ("Thousands still in camps", "billions needed for repairs").
      let unit = headline && f.qualifier === "vague" && !f.unit ? headlineVagueUnit(sentence, units) : f.unit;
      // "spending billions" in an article that counts in pounds: a bare vague sum given the dollar only because its
      // sentence names no currency takes the article's money. A sentence about the United States ("Washington has
      // spent billions", "American taxpayers") keeps the dollar.
      if (f.qualifier === "vague" && unit === "dollar" && units.money && units.money !== "dollar" && !/\$|dollar/i.test(f.text) && !figures.some((x) => x !== f && x.unit === "dollar") && !NAMES_US.test(sentence)) unit = units.money;
      if (!unit && headline && f.qualifier === "vague") continue;
      const quantity: Quantity = { value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, unit };
      // (some "10,200 people arrived": a figure whose qualifier stands before the quotation's opening mark is quoted.)
      const opened = QUALIFIER_BEFORE_QUOTE.exec(f.text);
      const fs = figureSource(src, opened ? f.start + opened[0].length : f.start, f.end);
      out.push(claim(quantity, fs.speaker, fs.attribution));
    }
    if (!figures.length && (src.kind !== "none" || HEDGED.test(sentence))) out.push(claim(null, src.speaker, attributionOf(src)));
  }
  return out;
}

/** Attributes each sentence in order, carrying open quotations from one sentence to the next. */
function readSentences(text: string): ReadSentence[] {
  const ctx = new ArticleContext();
  ctx.prescan(text);
  const read: ReadSentence[] = [];
  let previous: SentenceSource | null = null;
  let open = false;
  let lastEnd = 0;
  // Within a list under a line ending in a colon: its "Label: N" lines are figures of what the line counts.
  let inList = false;
  // The source of the line introducing a list ("The ministry said:", "The figures showed:"): the items complete that
  // line, so an item naming no source of its own is that source's.
  let listSource: SentenceSource | null = null;
  const sentences = splitSentences(text);
  const isItem = (n: number) => n < sentences.length && (/;$/.test(sentences[n].text) || markedItem(text, n ? sentences[n - 1].end : 0, sentences[n].start));
  for (const [n, s] of sentences.entries()) {
    const sentence = s.text;
    // A quotation runs on within a paragraph; a new paragraph re-opens it with its own mark.
    const inQuote = open && !text.slice(lastEnd, s.start).includes("\n");
    lastEnd = s.end;
    // A bulleted item is a sentence of the body, with or without a closing full stop.
    const item = isItem(n);
    // (A piece cut from an over-long run of text goes on in the next piece: it is body, not a headline; so is a
    // paragraph too long for one whose closing full stop was lost.)
    const headline = !TERMINAL.test(sentence) && !item && !s.cut && !paragraphLong(sentence);
    const listLine: boolean = inList && isListLine(sentence);
    inList = listLine || /:\s*$/.test(sentence);
    if (FURNITURE.test(sentence) || (headline && !listLine && !isHeadline(sentence))) {
      const introduces = /:$/.test(sentence) && !FURNITURE.test(sentence) && !NOT_HEADLINE.test(sentence) && isItem(n + 1);
      if (introduces) {
        const intro = attributeSentence(sentence, ctx, previous, inQuote);
        listSource = intro.kind !== "none" && !intro.quotes.length ? intro : null;
      } else ctx.observe(sentence, false);
      open = false;
      continue;
    }
    // A list line's label is what is counted, never a speaker ("Mining: 31,000" is no "Minister: ..." headline).
    let src: SentenceSource = listLine ? { speaker: null, kind: "none", quotes: [] } : headline ? attributeHeadline(sentence, ctx) : attributeSentence(sentence, ctx, previous, inQuote);
    if (!item) listSource = null;
    else if (listSource && !listLine) src = sourcedBy(src, listSource);
    open = quoteOpenAfter(sentence, inQuote);
    previous = src;
    read.push({ s, src, headline, inQuote });
  }
  sharedAcrossCut(text, read);
  return read;
}

/**
 * The pieces of a run of text cut for its length (Sentence.cut) are one sentence: a piece naming no source takes the
 * source of the piece before it, else of the piece after it ("3 homes in Alder, 4 in Birch, ..., the agency said").
 */
function sharedAcrossCut(text: string, read: ReadSentence[]): void {
  const joined = (a: ReadSentence, b: ReadSentence) => a.s.cut && !text.slice(a.s.end, b.s.start).trim();
  const take = (to: ReadSentence, from: ReadSentence) => {
    to.src = sourcedBy(to.src, from.src);
  };
  for (let n = 1; n < read.length; n++) if (joined(read[n - 1], read[n])) take(read[n], read[n - 1]);
  for (let n = read.length - 2; n >= 0; n--) if (joined(read[n], read[n + 1])) take(read[n], read[n + 1]);
}

/**
 * A sentence that names no source of its own, read as part of another that does (a list item under its introducing
 * line, a piece of a cut run): that one's source, with its own quotations. Otherwise its own source.
 */
function sourcedBy(own: SentenceSource, other: SentenceSource): SentenceSource {
  return own.kind === "none" && other.kind !== "none" ? { speaker: other.speaker, kind: other.kind, quotes: own.quotes } : own;
}

/** The text between two sentences ends in a list item's marker on a line of its own: "\n\n• ", "\n:: ". */
function markedItem(text: string, from: number, start: number): boolean {
  return ITEM_MARKER_BEFORE.test(text.slice(Math.max(from, start - 12), start));
}
const ITEM_MARKER_BEFORE = new RegExp(`(?:^|\\n)[ \\t]*${ITEM_MARKER}[ \\t]+$`);

/**
 * Whether a quotation is still open at the end of `sentence`. Read by UTF-16 code unit (no string per character):
 * the three marks are single code units that no surrogate pair contains.
 */
function quoteOpenAfter(sentence: string, openAtStart: boolean): boolean {
  let open = openAtStart;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x201c) open = true; // “
    else if (c === 0x201d) open = false; // ”
    else if ((c === 0x2019 || c === 0x27) && sentence.charCodeAt(i + 1) === c) open = false; // ’’ or '' closing a double mark
    // A straight mark followed by a space or the end only closes: "... recovered.\n\n\" Harlow said".
    else if (c === 0x22) open = !open && i + 1 < sentence.length && !/\s/.test(sentence[i + 1]); // "
  }
  return open;
}

/**
 * A quotation over several sentences is said by whoever the sentence closing it names
 * ("“A. B. C,” said X."): earlier sentences of it that only carried the last speaker take that speaker.
 */
function fillQuotationSpeakers(read: ReadSentence[]): void {
  for (let k = read.length - 1; k > 0; k--) {
    const closing = read[k];
    if (!closing.inQuote || closing.src.continued || !closing.src.speaker || closing.src.kind !== "verb") continue;
    for (let j = k - 1; j >= 0; j--) {
      const src = read[j].src;
      if (!(src.continued || (src.kind === "none" && src.quotes.length))) break;
      read[j].src = { ...src, speaker: closing.src.quotedBy ?? closing.src.speaker, kind: "verb", continued: true };
      if (!read[j].inQuote) break;
    }
  }
}

/**
 * "...: UN" over a story opening "The UN refugee agency said ...": a headline's body is the part of it the lead
 * names (see describedPart). "..., military says" over "The Vestan air force said it shot down 14 ...": an unnamed
 * source of a headline is the body the lead gives the same figure to.
 */
function narrowHeadlineBody(read: ReadSentence[], found: Array<Array<{ value: number | null }>>): void {
  const at = read.findIndex((r) => !r.headline);
  const sp = at >= 0 ? read[at].src.speaker : null;
  // ("the United Nations refugee chief said": a person described by title, no body a headline's "UN" stands for.)
  if (!sp || sp.person || titledPerson(sp.name)) return;
  const leadValues = new Set(found[at].map((f) => f.value).filter((v) => v !== null));
  for (const [n, r] of read.entries()) {
    if (!r.headline) break;
    const own = r.src.speaker;
    if (!own || own.person || own.name === sp.name) continue;
    const sameFigure = own.generic && /^\p{Ll}/u.test(own.name) && found[n].some((f) => f.value !== null && leadValues.has(f.value));
    if (describedPart(own.name, undottedInitials(sp.name)) || sameFigure) r.src = { ...r.src, speaker: sp };
  }
}

/** "U.N. humanitarian agency" read as "UN humanitarian agency": a headline writes the initials without full stops. */
const undottedInitials = (name: string) => name.replace(/^(?:\p{Lu}\.){2,}(?=\s)/u, (m) => m.replaceAll(".", ""));

const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^)]*\))?\s*[—–-]{1,2}\s*/u;
const LEADING_TIME = /^(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?(?:(?:last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|(?:earlier|later) (?:this|that) (?:week|month|day))(?:\s+(?:morning|afternoon|evening|night))?,\s+/i;
/** A first word written in mixed case ("iPhone", "eBay"): capitalising it would misspell a name. */
const MIXED_CASE_START = /^\p{Ll}+\p{Lu}/u;
/** Whitespace that `toStatement` would change: a run of two or more, or any other than a plain space. */
const UNEVEN_SPACE = /[^\S ]| {2}/;
const TAIL = /,\s+(?:(?:[^,“”"]{1,70}?)\s+(?:said|says|told [^,.“”"]{1,40}|added|reported|confirmed|announced)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?|according to [^,“”"]{1,80})([.!?])$/u;

/** A plain, checkable version of the sentence. */
export function toStatement(sentence: string, src?: SentenceSource): string {
  // Each run of whitespace becomes one space; when every run already is one, the sentence is left as it is.
  let s = sentence.trim();
  if (UNEVEN_SPACE.test(s)) s = s.replace(/\s+/g, " ");
  s = s.replace(DATELINE, "");
  s = s.replace(LEADING_TIME, "");
  if (src && src.quotes.length === 0) s = s.replace(TAIL, "$1");
  return MIXED_CASE_START.test(s) ? s : s.charAt(0).toUpperCase() + s.slice(1);
}
