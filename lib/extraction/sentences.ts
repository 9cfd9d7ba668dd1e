/** A sentence of a text with its character offsets: `text === source.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** A piece of a run of text too long to be one sentence (MAX_SENTENCE), cut at a clause mark: the next piece goes on with it. */
  cut?: true;
}

/**
 * Titles and ranks of South Asian, African and Commonwealth copy, alone or stacked before a name: "Dir. Gen.", "Adv.",
 * "Asst. Supt.", "Dy. Commr.", "Wg. Cdr.", "Sqn. Ldr.", "Smt.". A speaker's name drops them as it drops "Dr." ("Mohd.",
 * "Mst." are parts of names, and stay).
 */
export const DOTTED_TITLES = [
  "Dir", "Adv", "Asst", "Dy", "Dep", "Addl", "Jt", "Spl", "Secy", "Commr", "Comdr", "Cdre", "Wg", "Sqn", "Ldr", "Flt",
  "Gp", "Inspr", "Supdt", "Lieut", "Sergt", "Const", "Hav", "Msgr", "Rt", "Smt", "Retd", "Rtd", "Engr", "Amb", "Cdr",
] as const;

/** Abbreviations after which a period does not end a sentence (titles, months, "No."). */
const ABBREVIATIONS = new Set([
  "Mr", "Mrs", "Ms", "Dr", "Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Maj", "Capt",
  "Sgt", "Cpl", "Pvt", "Spc", "Adm", "Cmdr", "Brig", "Prof", "Rev", "Fr", "St", "Mt", "Ft", "No", "Nos",
  "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Jr", "Sr", "vs", "Supt", "Insp", "Det", "Atty",
  "Pres", "Gov", "Ave", "Blvd", "approx", "est", "Fig", "Vol", "pp", "cf", "e.g", "i.e", "Messrs", "Hon",
  "Eng",
  ...DOTTED_TITLES, "Mohd", "Mst",
]);

/**
 * Abbreviations that also end sentences: company suffixes, the wire services' state abbreviations and the
 * short months. The period ends the sentence ("Apple Inc. Shares rose") except before a bracket or a digit:
 * a dateline's "(AP)", a ticker "(CSCO)", a day ("Jul. 19").
 */
const AMBIGUOUS_ABBREVIATIONS = new Set([
  "Inc", "Corp", "Ltd", "Co", "Bros", "Mar", "Apr", "Jun", "Jul",
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
  "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash",
  "Wis", "Wyo",
]);

/** A company's legal form ("Co", "Ltd", "Pvt", "Inc") and those that come before another one ("Co. Ltd.", "Pvt. Ltd."). */
const LEGAL_FORM = /^(?:Co|Corp|Inc|Ltd|Limited|Pvt|Pte|Pty|Plc|PLC|LLC|LLP|Bhd|Sdn|GmbH|AG|SA|NV|BV)$/;
const LEGAL_PREFIX = /^(?:Co|Pvt|Pte|Pty|Sdn|Corp)$/;
/** Currency abbreviations written with a full stop before the amount ("Rs. 40 crore", "Ksh. 2,000"). */
const CURRENCY_ABBREVIATION = /^(?:Rs|Re|Tk|Ksh|Kshs|Shs)$/;

/** Words that start a new sentence after an ambiguous dotted abbreviation ("in the U.S. The ..."). */
const STARTERS = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This",
  "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "After", "Before", "When",
  "While", "As", "If", "Some", "Many", "Most", "Meanwhile", "However", "Earlier", "Later", "Last",
  "According", "Since", "During", "Officials", "Police",
]);

/** A list item's marker (the source of a regular expression): a bullet, a hyphen or asterisk, or "::" as some pages print a bullet. */
export const ITEM_MARKER = "(?:[•◦▪▫‣⁃●○■□►▶✓✔*-]|:{2,3})";
/**
 * A list item's marker opening a line: a bullet, or a hyphen or asterisk set off by a space ("• ", "- ", "* "). An en or
 * em dash is not one: English copy may open a paragraph with a dash as punctuation ("— Shares rose on Friday").
 */
const LIST_MARKER = new RegExp(`^${ITEM_MARKER}[ \\t]+`);
/** A line that is a list item (a bullet, or a hyphen or asterisk and a space): even in hard-wrapped text it starts a sentence of its own. A dash opening a wrapped line may be an aside, so it does not. */
const LIST_ITEM = new RegExp(`^[ \\t]*${ITEM_MARKER}[ \\t]+\\S`);

/**
 * A wire service's or writer's sign-off closing a paragraph after its last sentence, set off by a dash: "— AFP",
 * "-- Reuters", "— Staff Reporter". A few words without sentence punctuation up to the end of the line.
 */
const CREDIT_TAIL = /^(?:[—–]|--?)[ \t]*\p{L}[^.!?\n]{0,40}(?:\n|$)/u;

const CLOSERS = "\"'”’)]";
const OPENERS = /[\p{Lu}\d“"‘'(\[]/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/;
const LETTER_OR_DOT = /[\p{L}.]/u;

/** `/\s/.test(ch)` for the code unit at i, without the expression for ASCII (tab to carriage return, space). */
function isSpaceAt(source: string, i: number): boolean {
  const c = source.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(source[i]);
}

function isDigitAt(source: string, i: number): boolean {
  const c = source.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** `/[\p{L}.]/u.test(ch)` for the code unit at i, without the expression for ASCII (a letter or a full stop). */
function isLetterOrDotAt(source: string, i: number): boolean {
  const c = source.charCodeAt(i);
  return c < 128 ? c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_DOT.test(source[i]);
}

/**
 * Splits text into sentences, keeping offsets into the original string.
 *
 * A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by whitespace
 * and an upper-case letter, digit or opening quote, except after a title or month abbreviation
 * ("Gen.", "Jan."), an initial ("John F. Kennedy"), a dotted acronym ("U.S.") that is not followed by a
 * typical sentence opener, or a company, state or short-month abbreviation before a bracket or a digit. Blank lines always end a sentence; single line breaks do
 * too unless the text is hard-wrapped (every line at most 100 characters); in hard-wrapped text a
 * line break stays one when the next word would have fitted on the line. So a headline or summary line
 * without a closing full stop stands alone.
 */
export function splitSentences(source: string): Sentence[] {
  const sentences: Sentence[] = [];
  const hardWrapped = hardWrapWidth(source);
  const n = source.length;
  let from = 0;
  // The text's first non-blank character: the line it opens is the headline (see brokenParagraph).
  let first = 0;
  while (first < n && isSpaceAt(source, first)) first++;
  // The blank run around the last paragraph break looked at: [blankStart, blankEnd) is all whitespace, so every line
  // break in it closes the same paragraph, found once per run rather than walked back to from every break in it.
  let blankStart = -1;
  let blankEnd = -1;
  const candidates = /[.!?…\n]/g;
  const quotes = new QuoteTracker(source);
  for (let i = 0; i < n; i++) {
    candidates.lastIndex = i;
    const hit = candidates.exec(source);
    if (!hit) break;
    i = hit.index;
    const c = source[i];
    if (c === "\n") {
      const paragraph = /^[ \t\r]*\n/.test(source.slice(i + 1, i + 40));
      if (paragraph && !(i > blankStart && i < blankEnd)) {
        blankStart = i;
        while (blankStart > 0 && isSpaceAt(source, blankStart - 1)) blankStart--;
        blankEnd = i;
        while (blankEnd < n && isSpaceAt(source, blankEnd)) blankEnd++;
      }
      const goesOn = paragraph ? brokenParagraph(source, i, first, blankStart, hardWrapped) : -1;
      if (goesOn > 0) {
        i = goesOn - 1;
        continue;
      }
      if (paragraph || LIST_ITEM.test(source.slice(i + 1, i + 12)) || (hardWrapped ? deliberateBreak(source, i, hardWrapped) : !brokenLine(source, i))) {
        pushTrimmed(source, from, i, sentences);
        from = i + 1;
      }
      continue;
    }
    let j = i + 1;
    while (j < n && (source[j] === "." || source[j] === "!" || source[j] === "?" || source[j] === "…")) j++;
    const terminalEnd = j;
    while (j < n && CLOSERS.includes(source[j])) j++;
    if (j >= n) break;
    if (!isSpaceAt(source, j)) {
      // "... the Department of Commerce.\"People want ...": a straight mark glued to the next word, with no quotation
      // open before the stop, opens the next sentence's quotation.
      if (j === terminalEnd + 1 && source[terminalEnd] === '"' && !quotes.openAt(i) && gluedSentence(source, i, terminalEnd, j, quotes)) {
        pushTrimmed(source, from, terminalEnd, sentences);
        from = terminalEnd;
        i = j - 1;
        continue;
      }
      if (gluedSentence(source, i, terminalEnd, j, quotes)) {
        // "... on Tuesday.According to ...": two paragraphs run together when the page was copied.
        pushTrimmed(source, from, j, sentences);
        from = j;
      }
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && isSpaceAt(source, k)) k++;
    if (k >= n) break;
    if (CREDIT_TAIL.test(source.slice(k, k + 60))) {
      // "... rising inflation. — AFP": the sign-off after the last full stop is no part of the sentence.
      pushTrimmed(source, from, j, sentences);
      from = j;
      i = j - 1;
      continue;
    }
    if (!OPENERS.test(source[k]) || LOWER.test(source[k])) continue;
    // "“It was ... 40 people were trapped,” he said": an ellipsis inside an open quotation before a digit marks words
    // left out of what is quoted, as it does before a lower-case word. Outside a quotation it ends the sentence.
    if (terminalEnd === j && terminalEnd - i >= (c === "…" ? 1 : 2) && isDigitAt(source, k) && quotes.openAt(i)) {
      i = j - 1;
      continue;
    }
    if (c === "." && terminalEnd === i + 1 && j === i + 1 && !endsSentence(source, i, k)) continue;
    if (c === "." && terminalEnd === i + 1 && j === i + 2 && source[i + 1] === ")" && bracketedTitle(source, i)) continue;
    pushTrimmed(source, from, j, sentences);
    from = j;
    i = j - 1;
  }
  pushTrimmed(source, from, n, sentences);
  return sentences;
}

/**
 * Abbreviations written before a name with no space after their stop ("Govt.Hospital", "Dist.Collector", "Addl.Secretary"),
 * not in ABBREVIATIONS since most of them also end sentences when a space follows. Compared in lower case.
 */
const GLUED_ABBREVIATIONS = new Set([
  "govt", "dist", "distt", "asst", "asstt", "dept", "deptt", "addl", "ltd", "corp", "univ", "intl", "natl", "assn", "assoc",
  "comm", "commr", "secy", "inst", "hosp", "estd", "coll", "acad", "supdt", "bros", "mgmt", "mfrs", "elec", "engg", "muni",
  "corpn", "regd", "treas", "bldg", "blvd", "lieut", "sergt", "insp", "supt",
]);

/**
 * A sentence run into the next with no space, as copied pages join paragraphs: "... on Tuesday.According to ...",
 * "... its rules.”With the ...". The word before the stop is a whole word of four letters or more, with a vowel, ending
 * in two lower-case letters and no abbreviation ("Govt.Hospital", "Dept.Head"); the next is a capitalised word of two
 * letters or more. "U.S.Army", "Mr.Smith", "Booking.com", "Booking.Com", "3.5m" are not split.
 */
function gluedSentence(source: string, stop: number, terminalEnd: number, next: number, quotes: QuoteTracker): boolean {
  // Most stops without a space after them are decimals or abbreviations: a digit or a lower-case letter is read no further.
  const c = source.charCodeAt(next);
  if (c < 128 && !(c >= 65 && c <= 90)) return false;
  if (!/^\p{Lu}\p{Ll}+(?![\p{L}\d.])/u.test(source.slice(next, next + 24)) || /^(?:Com|Net|Org|Pdf|Html?|Co|Io|Uk|Tv|Gov|Edu)\b/.test(source.slice(next, next + 5))) return false;
  if (figureBefore(source, stop)) return terminalEnd === stop + 1;
  let w = stop;
  while (w > 0 && /\p{L}/u.test(source[w - 1])) w--;
  const word = source.slice(w, stop);
  if (!/\p{Ll}{2}$/u.test(word) || word.length < 4 || /^[b-df-hj-np-tv-xz]+$/i.test(word) || ABBREVIATIONS.has(word) || AMBIGUOUS_ABBREVIATIONS.has(word)) return false;
  if (GLUED_ABBREVIATIONS.has(word.toLowerCase())) return false;
  // An ellipsis glued between words inside an open quotation marks words left out of what is quoted, as "..." does:
  // "“We are talking with the union…They hope”". Outside a quotation it ends the sentence: "Read more…Velm council".
  if (source[stop] === "…" && quotes.openAt(stop)) return false;
  return terminalEnd === stop + 1 && !/[\p{L}\d.@/]/u.test(source[w - 1] ?? " ");
}

/**
 * A figure standing alone before the stop at `stop`: digits (with their commas and decimal point) and an optional "%",
 * after a space, a currency sign or a bracket: "a gain of about 12%.Ether", "rose to 4,100.The". Digits glued to a
 * letter ("mp3.", "COVID19.") or to a stop ("No.1", "3.5.") are codes and numbers of other kinds.
 */
function figureBefore(source: string, stop: number): boolean {
  let w = source[stop - 1] === "%" ? stop - 1 : stop;
  const last = w;
  while (w > 0 && (isDigitAt(source, w - 1) || ((source[w - 1] === "," || source[w - 1] === ".") && isDigitAt(source, w - 2)))) w--;
  return w < last && isDigitAt(source, w) && (w === 0 || /[\s$€£¥(]/.test(source[w - 1]));
}

/** The characters QuoteTracker has read, over all splits (tests check the work grows with the text, not faster). */
export const quoteScan = { steps: 0 };

/**
 * Whether a quotation opened earlier on the line is still open at a position (more “ than ”, or an odd number of "),
 * counted as the split goes forward: each call reads only the characters since the last one, and a line break starts
 * the count again, so a line is read once however many stops it has. A position before the last one asked about
 * starts again from its line's start.
 */
class QuoteTracker {
  private pos = 0;
  private open = 0;
  private close = 0;
  private straight = 0;
  constructor(private readonly source: string) {}

  openAt(at: number): boolean {
    if (at < this.pos) {
      this.pos = this.source.lastIndexOf("\n", at - 1) + 1;
      this.open = this.close = this.straight = 0;
    }
    for (; this.pos < at; this.pos++) {
      quoteScan.steps++;
      const ch = this.source[this.pos];
      if (ch === "\n") this.open = this.close = this.straight = 0;
      else if (ch === "“") this.open++;
      else if (ch === "”") this.close++;
      else if (ch === '"') this.straight++;
    }
    return this.open > this.close || this.straight % 2 === 1;
  }
}

/** Decides whether the period at `dot` ends a sentence, given the next word starts at `next`. */
function endsSentence(source: string, dot: number, next: number): boolean {
  let w = dot;
  while (w > 0 && isLetterOrDotAt(source, w - 1)) w--;
  const raw = source.slice(w, dot);
  const title = titleCaseOfCapitals(raw);
  const word = title !== raw && inDateline(source, w) ? title : raw;
  if (ABBREVIATIONS.has(word)) return false;
  if (/^nos?$/i.test(word) && /\d/.test(source[next])) return false; // a rank or number: "the world's no. 2"
  if (CURRENCY_ABBREVIATION.test(word) && /\d/.test(source[next])) return false; // "paid Rs. 40 crore"
  // An initial ("John F. Kennedy"), but not a unit letter after a number or a degree sign: "rose above 20C. Then",
  // "is 28.6°C. It".
  // A letter closing a slashed acronym ("Thomson Reuters I/B/E/S. It was") is no initial: a sentence's opener ends it.
  if (/^\p{Lu}$/u.test(word)) return /[\d°º]/.test(source[w - 1] ?? "") || (source[w - 1] === "/" && STARTERS.has(/^\p{L}+/u.exec(source.slice(next, next + 20))?.[0] ?? ""));
  if (LEGAL_FORM.test(word)) {
    // "Hanil Co. Ltd. reported", "Tata Pvt. Ltd. Chairman": legal forms written one after another name one company.
    const following = /^[\p{L}]+/u.exec(source.slice(next, next + 12))?.[0] ?? "";
    if (LEGAL_FORM.test(following)) return false;
    const before = /(\p{L}+)\.?,?\s+$/u.exec(source.slice(Math.max(0, w - 12), w))?.[1] ?? "";
    if (LEGAL_PREFIX.test(before) && !STARTERS.has(following)) return false;
  }
  if (word === "Md" && !afterPlaceAndComma(source, w)) return false;
  if (AMBIGUOUS_ABBREVIATIONS.has(word)) return !/[\d(]/.test(source[next]);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const m = /^[\p{L}]+/u.exec(source.slice(next, next + 20));
    return !!m && STARTERS.has(m[0]);
  }
  return true;
}

/**
 * A title abbreviation alone in brackets, between a rank and a name: "Brig. (Retd.) Asif Khan", "Lt. Col. (Dr.) Sana
 * Mir". The stop is the abbreviation's, and the bracket closes no sentence.
 */
function bracketedTitle(source: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && isLetterOrDotAt(source, w - 1)) w--;
  if (source[w - 1] !== "(" || !ABBREVIATIONS.has(source.slice(w, dot))) return false;
  const rank = /(\p{L}+)\.[ \t]*$/u.exec(source.slice(Math.max(0, w - 16), w - 1));
  return !!rank && ABBREVIATIONS.has(rank[1]);
}

/**
 * Whether the word at `w` follows a capitalised place and a comma, as the wire services set a state after its city
 * ("in Rockville, Md. The company"). "Md." elsewhere is Mohammad abbreviated before a name ("said Md. Rafiq Hasan",
 * "chaired by Md. Abdul Karim") and ends no sentence.
 */
function afterPlaceAndComma(source: string, w: number): boolean {
  return /\p{Lu}[\p{L}.'’-]*,[ \t]*$/u.test(source.slice(Math.max(0, w - 30), w));
}

/**
 * Whether the word at `w` lies in a dateline: the opening of a line up to a dash ("ST. CLOUD, Minn. (AP) —",
 * "MT. ELRIDGE, Scotland —"), at most 80 characters without a word in lower case or sentence punctuation. Elsewhere
 * a word in capitals is an acronym ("reported by the FT. Kestrel", "said NO. Turnout") and may end a sentence.
 */
function inDateline(source: string, w: number): boolean {
  let lineStart = w;
  while (lineStart > 0 && source[lineStart - 1] !== "\n" && w - lineStart <= 80) lineStart--;
  if (lineStart > 0 && source[lineStart - 1] !== "\n") return false;
  const m = /^[^\n!?—–]{1,80}?[ \t](?:[—–]|--?)[ \t]/.exec(source.slice(lineStart, lineStart + 90));
  return !!m && lineStart + m[0].length > w && !/(?:^|[^\p{L}])\p{Ll}/u.test(m[0]);
}

/**
 * A word in capitals read as its title-case form when that is an abbreviation: a dateline sets its place in capitals
 * ("ST. PAUL, MINN. (AP) —" is "St. Paul, Minn."). Other words, and single letters (initials), are left as they are.
 */
function titleCaseOfCapitals(word: string): string {
  if (word.length < 2 || !/^\p{Lu}+$/u.test(word)) return word;
  const title = word[0] + word.slice(1).toLowerCase();
  return ABBREVIATIONS.has(title) || AMBIGUOUS_ABBREVIATIONS.has(title) ? title : word;
}

/** The wrap width when the text is hard-wrapped (more than three lines, none over 100 characters), else 0. */
function hardWrapWidth(source: string): number {
  let longest = 0;
  let lines = 0;
  // Line by line with `indexOf`, not character by character: this reads the whole text once.
  for (let start = 0; ; ) {
    const br = source.indexOf("\n", start);
    const end = br < 0 ? source.length : br;
    longest = Math.max(longest, end - start);
    lines++;
    if (br < 0) break;
    start = br + 1;
  }
  return lines > 3 && longest <= 100 ? longest : 0;
}

/**
 * In hard-wrapped text, a line break the wrapping did not make: the next line's first word would have
 * fitted on this line, so the writer ended the line there (a headline, a summary line, a list item).
 */
function deliberateBreak(source: string, at: number, width: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && source[lineStart - 1] !== "\n") lineStart--;
  const line = source.slice(lineStart, at).replace(/\s+$/, "");
  if (!line || /[,;:\-–—]$/.test(line)) return false;
  const next = /^[ \t]*(\S+)/.exec(source.slice(at + 1, at + 60));
  if (!next || !OPENERS.test(next[1][0]) || LOWER.test(next[1][0])) return false;
  return line.length + 1 + next[1].length <= width;
}

/** Words that never end an English sentence or headline: articles, prepositions that take an object, conjunctions, possessives. */
const OPEN_ENDED = /^(?:the|a|an|of|from|at|by|for|with|into|onto|than|and|or|but|nor|its|their|his|her|our|your|my)$/;

/**
 * In text that is not hard-wrapped, a single line break inside a sentence (a line broken when the text was copied):
 * the line ends in a comma or in a word that cannot end a sentence ("... that lifted off from\nSriharikota at"), or
 * the next line's first word is all in lower case. A headline or a line of a list ends in a noun, a verb or a figure; a
 * line ending in . ! ? … (before any closing quote) and a title-case headline on the first line are never broken.
 */
function brokenLine(source: string, at: number): boolean {
  let end = at;
  while (end > 0 && (source[end - 1] === " " || source[end - 1] === "\t" || source[end - 1] === "\r")) end--;
  // A line ending a sentence ("... in May.", "... she said.”") is never broken, whatever the next line opens with.
  let last = end;
  while (last > 0 && CLOSERS.includes(source[last - 1])) last--;
  if (/[.!?…]/.test(source[last - 1] ?? "")) return false;
  if (source[end - 1] === ",") return true;
  let w = end;
  while (w > 0 && end - w < 6 && LOWER.test(source[w - 1])) w--;
  if ((w === 0 || isSpaceAt(source, w - 1)) && OPEN_ENDED.test(source.slice(w, end))) return true;
  if (titleCaseHeadline(source, end)) return false;
  // The next line goes on with the sentence only when its first word is all lower case: not "iPhone" or "eBay".
  return /^[ \t]*\p{Ll}[^\s\p{Lu}]*(?:\s|$)/u.test(source.slice(at + 1, at + 40));
}

/**
 * A blank line inside a sentence, as pages copied with a break at every line give it ("... with growth of eight per
 * cent and" / "nine per cent, respectively."): the paragraph has no closing stop and ends in a word that never ends a
 * sentence (`OPEN_ENDED`), or the next paragraph opens on a word all in lower case after a line that is no crosshead. A comma alone is not enough: a
 * standfirst may end on one before a new paragraph. Returns the offset of the next paragraph's first character when
 * the sentence goes on into it, else -1. The headline and a list item never go on. `first` is the text's first
 * non-blank character and `end` the end of the paragraph before the break (its last non-blank character and one), both
 * found by the caller once: a run of blank lines calls this for each of its line breaks.
 */
function brokenParagraph(source: string, at: number, first: number, end: number, width: number): number {
  let next = at + 1;
  while (next < source.length && next - at < 40 && isSpaceAt(source, next)) next++;
  if (next >= source.length || !isSpaceAt(source, next - 1) || LIST_MARKER.test(source.slice(next, next + 8))) return -1;
  // The first line is the headline, a sentence of its own.
  if (at <= first || source.lastIndexOf("\n", at - 1) < first) return -1;
  let last = end;
  while (last > 0 && CLOSERS.includes(source[last - 1])) last--;
  if (/[.!?…]/.test(source[last - 1] ?? "")) return -1;
  // A paragraph ending in a word that cannot end a sentence, or a next one opening on a word all in lower case.
  let w = end;
  while (w > 0 && end - w < 6 && LOWER.test(source[w - 1])) w--;
  if ((w === 0 || isSpaceAt(source, w - 1)) && OPEN_ENDED.test(source.slice(w, end))) return next;
  const opening = /^\p{Ll}[^\s\p{Lu}]*(?=\s|$)/u.exec(source.slice(next, next + 40));
  // A row of a table or list labelled in lower case ("north: 40 percent of the vote") stands alone.
  if (!opening || opening[0].endsWith(":")) return -1;
  // A crosshead ("A record fee") may stand over a paragraph that opens in lower case ("van Tol, 24, joined ..."): a
  // lower-case opening goes on only from a line ending in a comma, of six words or more, or filled to the wrap width of
  // hard-wrapped text (its next word would not have fitted on it).
  if (source[end - 1] === ",") return next;
  let lineStart = end;
  let words = 0;
  while (lineStart > 0 && source[lineStart - 1] !== "\n" && end - lineStart < 200) {
    lineStart--;
    if (!isSpaceAt(source, lineStart) && (lineStart === 0 || isSpaceAt(source, lineStart - 1)) && ++words >= HEADING_WORDS) return next;
  }
  if (lineStart > 0 && source[lineStart - 1] !== "\n") return next;
  return width > 0 && end - lineStart + 1 + opening[0].length > width ? next : -1;
}

/** The fewest words of a line that is no crosshead, in brokenParagraph. */
const HEADING_WORDS = 6;

/**
 * The text's first line, in title case, ends at `end`: a headline ("Kestrel Posts Record Quarter"), never joined to the
 * line after it. Every word of four letters or more opens with a capital or a digit.
 */
function titleCaseHeadline(source: string, end: number): boolean {
  const lineStart = source.lastIndexOf("\n", end - 1) + 1;
  if (lineStart > 0 && /\S/.test(source.slice(0, lineStart))) return false;
  const words = source.slice(lineStart, end).match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  return words.length >= 2 && words.every((word) => word.length < 4 || !LOWER.test(word[0]));
}

function pushTrimmed(source: string, start: number, end: number, out: Sentence[]) {
  while (start < end && isSpaceAt(source, start)) start++;
  // "• The province's pass rate rose to 91%": the marker is no part of the sentence a claim quotes.
  const marker = LIST_MARKER.exec(source.slice(start, Math.min(end, start + 8)));
  if (marker) start += marker[0].length;
  while (end > start && isSpaceAt(source, end - 1)) end--;
  while (end - start > MAX_SENTENCE) {
    const cut = clauseCut(source, start, start + MAX_SENTENCE);
    const before = out.length;
    pushTrimmed(source, start, cut, out);
    if (out.length > before) out[out.length - 1].cut = true;
    start = cut;
    while (start < end && isSpaceAt(source, start)) start++;
  }
  if (end > start) out.push({ text: source.slice(start, end), start, end });
}

/**
 * The longest sentence kept whole, in characters. Written sentences in news copy stay far below it (the longest in
 * several hundred labelled articles is under 500); a longer run without a full stop is a table, a list or a feed
 * pasted as text. Each claim quotes its sentence and the extractor looks across the sentence for every figure in it,
 * so one unbounded sentence makes the work and the output grow with the square of its length.
 */
export const MAX_SENTENCE = 1000;

/**
 * Where to end a piece of an over-long sentence that may run up to `limit`: after its last ";", else its last ",",
 * else before its last space between two words with no digit (a figure stays with its scale and its noun: "$3 million
 * to farmers"), looking only in the second half so that no piece is short; else at the limit, never between the two
 * halves of a character written as a surrogate pair.
 */
function clauseCut(source: string, start: number, limit: number): number {
  const piece = source.slice(start, limit);
  const half = piece.length / 2;
  for (const mark of ["; ", ", "]) {
    const at = piece.lastIndexOf(mark);
    if (at > half) return start + at + 1;
  }
  for (let at = piece.lastIndexOf(" "); at > half; at = piece.lastIndexOf(" ", at - 1)) {
    if (!DIGIT_WORD_BEFORE.test(piece.slice(Math.max(0, at - 40), at)) && !DIGIT_WORD_AFTER.test(piece.slice(at + 1, at + 41))) return start + at;
  }
  const high = source.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}
/** A word with a digit closing the text before a space, or opening the text after it. */
const DIGIT_WORD_BEFORE = /\d\S*$/;
const DIGIT_WORD_AFTER = /^\S*\d/;
