/**
 * Who says a sentence, and how: speaker name, description and attribution kind.
 * Rules over the sentence text plus a per-article memory of the people named so far, so that
 * "Bali said" resolves to "Mustafa Bali" and "he said" to the last person named.
 */
import type { Attribution } from "@/lib/figures/vocabulary";
import { ArticleContext, LIST_ORG, type Speaker } from "./article-context";
import { KIND_OPENING_WORDS, documentDescription, documentKind, trimAccordingPhrase } from "./document-phrase";
import { peopleOfBody } from "./people-of-body";
import { issuerNounOf } from "./issuer-noun";
import { issuedDocumentThat } from "./issued-report";
import { personByTagInitials } from "./headline-title-initials";
import { leadIsTopic } from "./headline-topic";
import { type HeldSpan, heldSpans } from "./held-figures";
import {
  AND_PLURAL_SOURCE, ASIDE_BEFORE_VERB, CLOSING_DOCUMENT_NO_COMMA, FIGURES_RELEASED, QUOTING_OPENER, RELATIVE_SOURCE, SAYS_WHAT_IS, withoutBetweenSubjectAndVerb, DATE_ASIDE, EXISTENTIAL_REPORT, FORECAST_ISSUED, FORECAST_NOUN, MARKING_CHANGE, QUOTED_REPORTING_CLAUSE, SOURCE_POSTMODIFIER, TALLY_NOUN, TALLY_UPDATED,
  addressedPassive, withoutLeadingWhen,
} from "./clause-edges";
import { openingFrame } from "./opening-frame";
import { CITING, CLAIMED_THING, PERSON_ROLE, STATED_IN, demonymShaped, isDemonym, withoutOutletKind, withoutPlacePossessive, withoutStatus } from "./subject-words";
import { initials, nameOrAcronym } from "./name-variants";
import { commaClosingSource, continuationAfterSource, documentIssuer, documentLead } from "./headline-source";
import { forecastSubject } from "./forecast-subjects";
import { isNewsOutlet } from "./news-outlets";
import { CONCLUDES, DATED_DOCUMENT, DOC_WHEN, JUDICIAL, JUDICIAL_ACT, OFFICE_OF, RECORDED_ON, RECORD_CHECK, SENTENCING_ACT, TAIL_DESCRIBED, WHEN_CHECK, namedBody, placeGoesOn, titleOfBody } from "./source-phrases";
import {
  CALENDAR_WORD, COMMA_LEGAL_SUFFIXES, COMPANY_KIND_OPENING, COMPANY_NOUNS, DOCUMENT_NOUNS, ORG_WORDS, SOURCE_NOUNS, TITLES, cleanPhrase, isNameToken, isOrganisation,
  isTitleWord, leadingName, seatWords, splitPersonOfBody, splitTitle, titleInsideName, trailingName,
} from "./names";
import { wordTable } from "@/lib/figures/word-table";
import { allMatches } from "@/lib/extraction/all-matches";

export interface SentenceSource {
  speaker: Speaker | null;
  /** How the sentence is sourced before looking at quotation marks. */
  kind: "observation" | "verb" | "according_to" | "document" | "none";
  /** Spans of quoted passages of three or more words. */
  quotes: Array<[number, number]>;
  /** Later coordinated reporting clauses, each taking over from offset `from`. */
  parts?: Array<{ from: number; speaker: Speaker | null; kind: SentenceSource["kind"] }>;
  /** The sentence's length, to weigh its quotations. */
  length?: number;
  /** A quotation in it is a clause of speech, not a borrowed phrase (see QUOTED_SPEECH). */
  speechQuoted?: boolean;
  /** Quotations of speech that do not themselves cite a source ("“Prices rose 5%, according to official data,”" does). */
  sourceQuoted?: Array<[number, number]>;
  /** The sentence is a speaker's first-person words without quotation marks ("We delivered ..., said X"). */
  firstPerson?: boolean;
  /** The speaker was carried over from the sentence before (a quotation or quote paragraph going on). */
  continued?: boolean;
  /** Spans whose figures a source named right after them holds ("the 20 years prosecutors sought"). */
  held?: HeldSpan[];
  /** The first reporting clause starts here, after a conjunction: figures before it are nobody's. */
  from?: number;
  /** Who the quotation is by when its words report another source's ("“The doctors said ...,” police said"). */
  quotedBy?: Speaker | null;
  /** Background descriptions (", a city of 1.2 million people"): their figures are unattributed. */
  background?: Array<[number, number]>;
}

/** A quotation of six or more words, or one in the first person: the speaker's own speech. */
const QUOTED_SPEECH = /^[“"]\s*(?:[^\s”"]+\s+){5,}[^\s”"]|\b(?:I|we|We|our|Our|us|my|My|me)\b/u;
/** A comma or colon right before a quotation: it introduces quoted speech. */
const QUOTE_INTRODUCED = /[,:]\s?$/;
/** A quotation that is a whole sentence: a capital after the opening mark, a full stop (or ! or ?) before the closing one. */
const WHOLE_QUOTED_SENTENCE = /^[“"]\s*\p{Lu}[^“”"]*[.!?]\s*[”"]?$/u;
/** A plural unnamed source a later "they" refers to: "officials", "police", "authorities in the province". */
const PLURAL_SOURCE = /^(?:[\p{L}'’.-]+\s+){0,3}?(?:[\p{L}-]*[^s\s]s|police|military|staff|media|people)(?:\s+(?:in|of|at|from)\s.*)?$/u;
/** Short titles of headline style. */
const HEADLINE_TITLES: Readonly<Record<string, string>> = wordTable({
  FinMin: "finance minister", ForMin: "foreign minister", DefMin: "defence minister", PM: "prime minister",
  Gov: "governor", "Gov.": "governor", Pres: "president", "Pres.": "president",
});
/** A subject that is a source we cannot name at all ("it" with no body named before). */
const ANON: Speaker = { name: "", description: null, person: false };

/**
 * Whether `s` contains one of `words` as written. The cheap checks before an expression below list words the
 * expression cannot match without, so skipping it when they are missing changes nothing.
 */
function includesAny(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}

/**
 * An unnamed source: "Prosecutors said" → "prosecutors", "a senior U.N. official said" → "senior U.N.
 * official". The description is the speaker; it is never a later "it" or "he".
 */
function unnamed(phrase: string, ctx?: ArticleContext): Speaker {
  // "Some analysts", "many economists": a quantifier says how many of the source spoke, not who.
  // "the country's state media": a possessive pointing back at the country is no part of the description.
  let name = cleanPhrase(phrase).replace(/^(?:one|another|some|many|several|most)\s+/i, "").replace(/^(?:country|nation)['’]s\s+(?=\p{Ll})/iu, "");
  name = withoutOwnerPlace(withoutPlaceNounOwner(name), ctx);
  // "Local officials" opening a sentence is "local officials"; "Syrian state media", "Vesta police" keep their names.
  const first = /^\p{Lu}\p{Ll}+(?=\s|$)/u.exec(name)?.[0];
  if (first && !demonymShaped(first) && !ctx?.writtenAsName(first)) name = name.charAt(0).toLowerCase() + name.slice(1);
  if (!name) return ANON;
  // "A city spokeswoman": not yet identified; the article may name her later.
  return /^\s*(?:an?|one)\s/i.test(phrase) ? { name, description: null, person: false, generic: true, indefinite: true } : { name, description: null, person: false, generic: true };
}
/** Places named by their common noun: "the county's publicity department", "the province's officials". */
const PLACE_NOUNS = "county|province|state|city|region|district|town|island|municipality|prefecture";
/** "kingdom's ", "province's ": a place named by its common noun, owning what follows. */
const PLACE_NOUN_OWNER = new RegExp(`^(?:${PLACE_NOUNS}|kingdom|territory|emirate)['’]s\\s+(?=\\p{Ll})`, "iu");

/**
 * "the kingdom's officials" → "officials", "the province's health authorities" → "health authorities": a place's
 * common noun owning an unnamed source is no part of it. One holder of a title keeps it ("the state's attorney",
 * "the city's mayor").
 */
function withoutPlaceNounOwner(name: string): string {
  const m = name.includes("s ") ? PLACE_NOUN_OWNER.exec(name) : null;
  return m && !TITLES.has(name.slice(name.lastIndexOf(" ") + 1).toLowerCase()) ? name.slice(m[0].length) : name;
}
/** "Norland's air force", "Rio de Palma's provincial government", "the county's publicity department": a place owning a body. */
const OWNER_PLACE = new RegExp(String.raw`^(?:(\p{Lu}[\p{L}.-]*(?:\s+(?:(?:de|del|da|do|la|el)\s+)?\p{Lu}[\p{L}.-]*){0,2})|${PLACE_NOUNS})['’]s\s+(?=\p{Ll})`, "u");

/**
 * A body described with the place it belongs to is written without the place ("Italy's Interior Ministry" is the
 * "Interior Ministry"): "Norland's air force" → "air force". A body or company owning it keeps its name ("Harbor
 * Foods' board"), and so does a person's title ("the city's mayor") or a people's name ("Farmers' union").
 */
function withoutOwnerPlace(name: string, ctx?: ArticleContext): string {
  const m = name.includes("s ") ? OWNER_PLACE.exec(name) : null;
  if (!m) return name;
  const head = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
  // ("Hawaii's government website": a source noun after a body's word is that body's too.)
  if (!ORG_WORDS.has(head) && !DESCRIBED_BODY.has(head) && !(SOURCE_NOUNS.has(head) && name.slice(m[0].length).split(" ").some((w) => ORG_WORDS.has(w)))) return name;
  const owner = m[1];
  if (owner && (/^(?:People|Children|Women|Men|Workers|Veterans|Farmers)$/.test(owner) || ctx?.knownOrg(owner) || ctx?.aliasOrg(owner) || (!owner.includes(" ") && ctx?.companyByFirstWord(owner)) || isOrganisation(owner.split(/\s+/)))) return name;
  return name.slice(m[0].length);
}
const isUnnamed = (sp: Speaker | null) => sp === ANON || !!sp?.generic;

/** Verbs that report only for a document subject: "the study found", "its data show". */
// ("states": what a document says it holds, "the report states that ..."; VERB_RE reads it only after a document.)
// ("concluded": VERB_RE reads it only before "that": "an investigation concluded that ..."; "the talks concluded" says nothing.)
const DOC_VERBS = new Set(["found", "finds", "concluded", "show", "shows", "showed", "reveal", "reveals", "gave", "gives", "put", "puts", "pegged", "pegs", "suggest", "suggests", "suggested", "states"]);
// ("was" and "is" report only after an owner's estimate, assessment or forecast: "the agency's estimate was that ...".)
export const VERB_RE = /\b(said|says|say|told|tells|confirmed|confirms|added|adds|announced|announces|reported|reads|stated|noted|explained|warned|warns|claimed|claims|estimated|estimates|insisted|insists|acknowledged|denied|denies|argued|wrote|writes|tweeted|disclosed|revealed|reveals|reveal|asserted|predicted|alleged|alleges|allege|alleging|observed|observes|proposed|proposes|unveiled|classified|posted|cited|saying|(?<=,\s)stating|declared|called|ruled|held|ordered|upheld|upholds|sentenced|awarded|imposed|fined|convicted|acquitted|overturned|promised|pledged|vowed|asked|urged|wants|demanded|refuted|rejected|dismissed|disputed|cautioned|stressed|conceded|admitted|accused|forecast|forecasts|projected|projects|expects|expected|recorded|records|counted|reiterated|recommended|recommends|recommend|advise|advises|advised|appealed|appeals|found|finds|concluded(?=\s+that\b)|(?:was|is)(?=\s+that\b)(?<=[’']s\s+(?:[a-z-]+\s+){0,2}(?:estimate|assessment|forecast|projection|conclusion|finding)\s+(?:was|is))|suggest|suggests|suggested|show|shows|showed|gave|gives|put|puts|pegged|pegs|blamed|blames|revised|identified|anticipated|anticipate|measured|reports|estimate|expect|predict|predicts|believe|believes|confirm|announce|points out|pointed out|point out|projecting|forecasting|predicting|estimating|expecting|reporting|warning|claiming|affirmed|reaffirmed|emphasi[sz]ed|underlined|underscored|clarified|contended|specified|indicated|mentioned|maintained|highlighted|replied|assured|informed|complained|complain|complains|(?<=\b(?:report|study|survey|document|documents|affidavit|analysis|paper|filing|complaint|law|bill|order|ruling|judgment|it)\s+(?:also\s+|further\s+|clearly\s+)?)states)\b/g;
/** "'s preliminary estimate " before "was that": an owner's estimate, assessment or forecast (VERB_RE has read which). */
const OWNED_ESTIMATE = /['’]s\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+$/;
/** A plural document noun with no determiner closing the text before its verb: "... counted results". */
const BARE_DOCUMENT = /(?<=\s\p{Ll}+(?:ed|ing)\s)(results|data|figures|estimates|projections|statistics|records)\s+$/u;
/** "Spokeswoman Marissa Armstrong released a statement Sunday": the one who issued a statement, before "saying". */
const ISSUED_SAYING = /^(.*?)\s+(?:has\s+|had\s+)?(?:released|issued|put out|posted|sent|published)\s+(?:a|an|its|his|her|their)\s+(?:\p{Ll}+\s+)?(?:statement|report|update|notice|message|tweet|bulletin|release)\b[^,;“”"]{0,40}?\s*,?\s*$/u;
/** "(saying) the number remains unverified", "(saying) that the toll could rise": what is said takes up the figure before. */
const FIGURE_TAKEN_UP = /^\s+(?:that\s+)?(?:the|this|that)\s+(?:[\p{Ll}-]+\s+)?(?:number|toll|figure|figures|tally|count|total)\s+(?:is|was|were|are|remains?|remained|could|may|might|would|will|is\s+expected|was\s+expected)\b/u;
/** "(saying) it currently stands at four": "it" taking up a count the sentence named before. */
const IT_TAKEN_UP = /^\s+(?:that\s+)?it\s+(?:(?:currently|now|still)\s+)?(?:stands|stood|is|was|remains|remained|rose|had risen|has risen|reached|has reached)\b/;
/** Whether what is said after "saying" takes up the figure before: by its noun, or by "it" when the sentence named one. */
function figureTakenUp(pre: string, after: string): boolean {
  return FIGURE_TAKEN_UP.test(after) || (IT_TAKEN_UP.test(after) && /\b(?:number|toll|figure|tally|count|total)\s+of\b/.test(pre));
}
const PARTICIPLE_SAYING = new Set(["saying", "stating"]);
/** "declined to comment, ", "refused to confirm the figure, ": an act of saying nothing before the participle. */
const REFUSAL = /\b(?:declined|refused)\b|\b(?:could|would|did)\s+not\b/;
/** "(saying) nothing about", "(stating) it could not verify", "(saying) only that": no report of the figures after. */
const NO_REPORT = /^\s+(?:nothing|only|little|it\s+(?:could|would|did)\s+not|(?:it|they)\s+(?:had\s+)?no\b)/;
/**
 * "The Harbour Trust (HT) gave aid to all survivors, ": a capitalised subject (group 1) opening the sentence, a verb in
 * the past, then a clause with no quotation, closed by the comma before "saying" or "stating".
 */
const ACTOR_THEN_SAYING = /^((?:The\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|for|and|without|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’.&-]*){0,5})(?:\s+\(\p{Lu}{2,8}\))?\s+\p{Ll}+ed\s[^“”";,]{1,150},\s*$/u;
/** ", with officials saying": a short subject (group 1) of an absolute "with ... saying" closing the sentence. */
const WITH_SAYING = /,\s+with\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+)\s+$/u;
/** "after the regulator filed a suit claiming ...": who filed it alleges what it says (group 1, the subject). */
const FILED_ALLEGING = /^(.*?)\s+(?:has\s+|had\s+)?(?:filed|brought|lodged)\s+(?:a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:complaint|lawsuit|suit|petition|claim)\s*,?\s*$/u;
/** A sentence that opens in the first person: a speaker's own words. */
const FIRST_PERSON = /^\s*(?:We|I|Our|My|We’re|We're|I’m|I'm)\s/;
/** The nouns EXPECTATIONS needs, one of them in any case: a cheap check before it. */
const EXPECTED_NOUN = /expectation|forecast|estimate|prediction|consensus/i;
/** "economists’ expectations for", "analyst estimates of": a figure held by those who expect it. */
const EXPECTATIONS = /\b(economists|analysts|analyst|economist|investors|traders|forecasters)['’]?\s+(?:expectations?|forecasts?|estimates?|predictions?|consensus)\s+(?:for|of|that)\b/i;
/**
 * "beating Wall Street’s forecast of $7.96 billion", "below Refinitiv’s consensus estimate of 2%": a named owner's
 * forecast (its name, one to three capitalised words, before the possessive).
 */
const NAMED_EXPECTATION = /(?<![\p{L}’'])(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})['’]s\s+(?:(?:consensus|average|median)\s+)?(?:expectations?|forecasts?|estimates?|predictions?|consensus)\s+(?:for|of|that)\b/u;
/**
 * Verbs that report only with a that-clause ("the ministry affirmed that ...", "emphasised on Monday that") or closing
 * the sentence (", the ministry affirmed."): "maintained order", "indicated 12 died", "highlighted the risk" report nothing.
 */
const THAT_ONLY = /^(?:affirmed|reaffirmed|emphasi[sz]ed|underlined|underscored|clarified|contended|specified|indicated|mentioned|maintained|highlighted|replied|assured|informed|complained|complain|complains)$/;
/** " a 30% increase in", " a 12-fold rise": a change in a count that a body observed. */
const OBSERVED_CHANGE = /^\s+(?:an?\s+)?(?:(?:sharp|steady|marked|significant|slight)\s+)?(?:[\d.,]+\s*(?:%|per\s?cent\b|percent\b)|[\d.,]+-(?:fold|percent)|\p{Ll}+-fold)(?:\s+|-)(?:increase|rise|decrease|decline|drop|fall|jump|surge|spike|uptick|reduction)\b/u;
const THAT_CLAUSE = /^(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+that\s/u;
/** ": “We lost 40 cows ...”": a quotation a colon introduces right after the verb, which reports as "that" does. */
const COLON_QUOTE = /^\s*:\s*[“"]/;

/** Verbs only people use: their subject is a speaker whatever noun names it. */
const SPEECH_ONLY = /^(?:said|says|say|told|tells|added|adds|explained|insisted|recalled|stressed|conceded|admitted)$/;
/** "a volunteer", "the 34-year-old teacher", "one mother" closing the text before the verb. */
const DESCRIBED_SPEAKER = /(?<=(?:^|[,”"’]\s*|\s))(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+((?:(?!(?:the|an?|one)\s)[\p{Ll}\d-]+(?:['’]s)?\s+){0,3}[\p{Ll}-]+)\s*$/u;
/** Plural present forms that are also nouns or adjectives elsewhere ("the estimate"). */
const BASE_FORM = /^(?:estimate|expect|predict|believe|confirm|announce|say|forecast|show|put)$/;
/** A progressive reporting verb ("is projecting"): it reports only after its auxiliary ("by projecting" does not). */
const PROGRESSIVE_VERB = /^(?:projecting|forecasting|predicting|estimating|expecting|reporting|warning|claiming)$/;
const PROGRESSIVE_AUX = /\b(?:is|are|was|were|has been|have been|had been)(?:\s+(?:also|now|still))?\s+$/;
const PASSIVE = /\b(?:was|were|is|are|be|been|being|get|got)\s*$/;
/** Whether a text ends in a hyphen or an en or em dash (a cheap test before regexes that need one there). */
function endsWithDash(p: string): boolean {
  const c = p.charCodeAt(p.length - 1);
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}
const OUTLETS: Readonly<Record<string, string>> = wordTable({
  "Associated Press": "Associated Press", AP: "Associated Press", Reuters: "Reuters", AFP: "AFP",
  "Agence France-Presse": "AFP",
});
const OUTLET = "(Associated Press|AP|Reuters|AFP|Agence France-Presse)";
const OBS_RES = [
  new RegExp(`(?<!\\/)\\b${OUTLET}(?!\\/)(?:\\s+\\p{L}+)?\\s+(?:team|reporters?|journalists?|correspondents?|photographers?|crew|videojournalists?|witness(?:es)?|staff(?:ers?)?|stringers?|cameram[ae]n|producers?|tally|count|calculations?|review|analysis|investigation|reporting|survey|poll)\\b`, "u"),
  new RegExp(`\\b${OUTLET}\\s+(?:saw|counted|observed|witnessed|found|verified|reviewed|tallied)\\b`, "u"),
  new RegExp(`\\b(?:reporters?|journalists?|correspondents?|photographers?)\\s+(?:for|from|with)\\s+(?:[Tt]he\\s+)?${OUTLET}\\b`, "u"),
  new RegExp(`\\b(?:seen|counted|observed|witnessed|reviewed|verified|visited)\\s+by\\s+(?:an?\\s+|the\\s+)?${OUTLET}\\b`, "u"),
  new RegExp(`\\b(?:polled|surveyed|interviewed|questioned|contacted)\\s+by\\s+(?:an?\\s+|the\\s+)?${OUTLET}\\b`, "u"),
];
/** The first match in `s` of the first of `res` that matches; undefined when none does. */
function firstMatch(res: readonly RegExp[], s: string): RegExpExecArray | undefined {
  for (const re of res) {
    const m = re.exec(s);
    if (m) return m;
  }
  return undefined;
}
/** " by ", " from " in any case: cheap checks before RESPONDENTS and DOC_SUBJECT, which cannot match without them. */
const BY = /\sby\s/i;
const BY_OR_FROM = /\s(?:by|from)\s/i;
/** "Economists polled by Reuters", "analysts surveyed by LSEG": those asked speak, named in full ("economists polled by Reuters"). */
/** (How many were asked, "On average, 14 analysts polled by ...", is the writer's count and no part of their name; an opening
 * phrase of up to three words before it, "On average,", "In all,", is no part of it either.) */
const RESPONDENTS = /^(?:(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+)?(?:\d[\d,]*\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+(?=\p{L}+s\s))?((?:(?:the|most|many|some|all)\s+)?(?:[\p{L}-]+\s+)?\p{L}+s\s+(?:polled|surveyed|interviewed|questioned|asked|contacted)\s+by\s+[^,;“”"]{1,50})$/iu;
/** A speaker named as the respondents of a poll ("economists surveyed by Marlow Data"): they, not an outlet relaying them, state the figure. */
const RESPONDENT_NAME = /\s(?:polled|surveyed|interviewed|questioned|asked|contacted)\s+by\s/;
/** "according to a Kestrel survey", "according to a poll by X": a poll cited after the figures it gives. */
const POLL_CITED = /^(?:[Aa]ccording to|[Aa]s per)\s+[^,;“”"]{0,60}?\b(?:survey|poll)\b/;
/** "according to Refinitiv data." closing a sentence: the data a poll's figures are read from, no outlet relaying them. */
const POLL_DATA = /^(?:[Aa]ccording to|[Aa]s per)\s+[^,;“”"]{1,60}?\s(?:data|figures|estimates|calculations)\s*[.!]?\s*$/;
const RESPONDENTS_SPEAK = /(?<!(?:\bof|\d)\s+)\b\p{L}+s\s+(?:polled|surveyed|interviewed|questioned|contacted)\s+by\s+[^,;.“”"]{1,50}?\s+(?:(?:had|have|on average)\s+)*(?:said|say|says|expected|expect|forecast|predicted|estimated|saw|see)\b/u;
/** The participles RESPONDENTS_SPEAK needs, one of them: a cheap check before it. */
const RESPONDENT_VERBS = ["polled", "surveyed", "interviewed", "questioned", "contacted"];
/** Issued texts a body's words are read from ("the release reads", "the communique said"), besides the document nouns. */
const ISSUED_TEXTS = new Set(["release", "communique", "communiqué", "bulletin"]);
const isDocumentNoun = (w: string) => DOCUMENT_NOUNS.has(w) || ISSUED_TEXTS.has(w);

/** The words SOURCE_POSTMODIFIER needs, one of them: a cheap check before it. */
const POSTMODIFIER_WORDS = ["involved", "familiar", "based", "stationed", "briefed", "knowledgeable", "close", "working", "responsible", "with"];
/** "Figures released on Tuesday by the statistics office", "The survey, conducted by Gallup,": a document and who issued it. */
const DOC_SUBJECT = new RegExp(
  `^(?:(?:the|a|an|new|latest|official|preliminary|provisional|final|revised|its|their)\\s+)*(?:[\\p{Ll}-]+\\s+){0,2}?(${[...DOCUMENT_NOUNS, ...ISSUED_TEXTS].join("|")}),?\\s+(?:[^,;“”"]{0,50}?\\s+)?(?:by|from)\\s+([^;“”"]{1,80}?),?$`,
  "iu",
);
/** Subjects for whom "found" reports a finding rather than a discovery: "researchers found that ...". */
const RESEARCHERS = /\b(?:researchers|scientists|economists|analysts|authors|academics|epidemiologists|statisticians|researcher|scientist|economist|analyst|professor)\b/i;
/** A document named with where it comes from: "data from ", "results released by ". */
const DOC_FROM = new RegExp(`\\b(?:${[...DOCUMENT_NOUNS].join("|")})\\b(?:\\s+[^\\s,]+){0,4}?\\s(?:from|by) `, "iu");
/** A phrase that is a document with only determiners and adjectives before it: "a new study", "the latest poll". */
const DOC_LEAD = new RegExp(`^(?:(the|this|that|these|those)\\s+|(?:an?|its|their)\\s+)?(?:[a-z][a-z'’-]*\\s+){0,3}?(${[...DOCUMENT_NOUNS].join("|")})\\b`, "i");
/**
 * Capitalised only as the sentence's first word: "Official results showed", "Preliminary data show". The kinds of
 * document (KIND_OPENING_WORDS, which documentDescription lower-cases as the document's own), plus openings that say
 * when or whose rather than which kind ("Latest", "Government"), which it does not.
 */
const DOC_ADJECTIVE = new RegExp(`^(?:${[...KIND_OPENING_WORDS, "Latest", "New", "Recent", "Early", "Government", "Separate", "Fresh"].join("|")})$`);
/**
 * "according to X": the source runs to the next stop, but not the stop of an abbreviation or initial inside a
 * name ("the Harbin No. 3 Intermediate People's Court", "Dr. Lena Ortiz", "Datuk A. Rahman", "the U.S. Census Bureau").
 */
const ACCORDING_RE = /\b(?:[Aa]ccording to|(?<![Ss]o\s)[Aa]s per)\s+((?:[^,;.“”"()—]|(?<=\b(?:No|Nos|St|Mt|Ft|Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|[A-Z]))\.(?=\s+[\dA-Z])|(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.(?=\s))+)(,\s*(?:an?|the)\s+[^,;.“”"]+)?/;
/** "a ", "the " before a name. */
const ROLE_LEAD = /^(?:an?\s+|the\s+)?/;
const ROLE_NOUN = /\s+(spokesperson|spokesman|spokeswoman|official|officials|sources?)\b(?!\s+\p{Lu})/uy;
/**
 * "ECP spokesperson", "a Kremlin official": `name` opening the phrase after an optional "a", "an" or "the", then a
 * spokesperson's or official's noun (group 1). Fixed expressions, not one compiled per name.
 */
function roleAfterName(phrase: string, name: string): RegExpExecArray | null {
  for (const at of new Set([ROLE_LEAD.exec(phrase)![0].length, 0])) {
    if (!phrase.startsWith(name, at)) continue;
    ROLE_NOUN.lastIndex = at + name.length;
    const m = ROLE_NOUN.exec(phrase);
    if (m) return m;
  }
  return null;
}

/** ", per Refinitiv.", ", per LSEG data": "per" and a capitalised source closing the sentence ("per cent", "per share" are no source). */
const PER_SOURCE = /,\s+per\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}.&'’-]*){0,5}(?:\s+(?:data|figures|estimates|calculations|analysis|report|survey|poll))?)[.!]?\s*$/u;
/** What "as per" cites as a source: a capitalised name, or a document or source noun. */
const AS_PER_SOURCE = new RegExp(`\\p{Lu}|\\b(?:${[...DOCUMENT_NOUNS, "officials", "sources", "authorities", "police", "ministry", "agency"].join("|")})\\b`, "u");
/** "Water Board data ", "the Tax Office's latest figures ": a capitalised name, then counts or a report it issued, before the verb. */
const BODY_DATA_BEFORE = /\p{Lu}[\p{L}.&-]*(?:['’]s)?\s+(?:(?:new|latest|monthly|weekly|annual|quarterly|official|preliminary|provisional)\s+)?(?:data|figures|statistics|estimates|count|tally|survey|report|poll|census|records)\s+$/u;
/** "The latest poll, conducted over the weekend, " before its verb: the subject (group 1) and the participle's clause. */
const DOC_APPOSED_PARTICIPLE = /^([^,;“”"]{2,80}?)\s*,\s+(?:conducted|completed|carried out|taken|released|published|issued|compiled|updated)\s[^,;“”"]{1,60},\s*$/u;
/** A sentence opening on the data it is based on: "Based on the DOH monitoring", "Based on police figures". */
/** (A body's bracketed acronym may sit inside: "the Department of Roads (DOR)-Survey Unit's monitoring".) */
const BASED_ON = /^\s*Based on\s+((?:the\s+)?(?:[\p{L}'’.]+(?:\s*\(\p{Lu}{2,}\))?(?:\s+|-)){0,7}?(?:monitoring|data|figures|records|tally|count|statistics|report|survey|estimates))\b/u;

/** A capitalised name; "Harbin No. 3 Intermediate Court" goes on through the number after "No.". */
const CAP_SEQ = /(?:\p{Lu}[\p{L}\p{M}'’.&-]*(?:\/\p{Lu}[\p{L}\p{M}'’.&-]*)*)(?:\s+(?:(?:for|of|on)\s+(?:the\s+)?|(?:and|de|al|in|&)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.&-]*(?:\/\p{Lu}[\p{L}\p{M}'’.&-]*)*|(?<=\sNo\.\s+)\d{1,3}(?=\s+\p{Lu})))*/gu;
const LIST_ORG_END = new RegExp(`(?:${LIST_ORG.source})$`, "u");
/** "NHS England on Thursday", "the Labor Bureau Wednesday": a time phrase closing a capitalised run is not part of the name. */
const TRAILING_TIME = /\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$|\s+(?:on|in|of|for)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/;
const CLAUSE_WORDS = new Set(["in", "at", "to", "from", "was", "were", "is", "are", "had", "has", "have", "with", "by", "near", "into", "after", "before", "and", "or", "that", "which", "who", "of", "on", "it", "as", "if", "when", "than", "but"]);
/** A word that opens or joins a clause; "WHO" in capitals is a name (a headline's "IN" or "AND" is not). */
const isClauseWord = (w: string) => CLAUSE_WORDS.has(w.toLowerCase()) && !(/^\p{Lu}{3,}$/u.test(w) && w !== "AND" && w !== "THE");

/**
 * "The Kandor government's disaster and emergency management agency (KEMA)": a possessive owner opening the subject,
 * a body's name in lower case (group 1, its head group 2), then its acronym in brackets (group 3).
 */
const LOWER_CASE_BODY = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,3}(?:\p{Ll}+\s+)?\p{L}+['’]s\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,7}?(\p{Ll}+))\s*\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)$/u;
/** "London-based", "UK-registered": says where or how a body works, not which body it is. */
const HOW_MODIFIER = /-(?:based|registered|run|led|backed|owned|funded)$/;
/** "In Mr Tamsin's words, ", "In the words of the mayor, ": who (group 1 or 2) the sentence gives the words of. */
const IN_WORDS = /^[“"]?In\s+(?:the\s+words\s+of\s+([^,;“”"]{2,60})|([^,;“”"]{2,60}?)['’]s?\s+(?:own\s+)?words),\s/u;
/** "The minister was ", before "quoted by ... as saying": the subject of the passive (group 1). */
const QUOTED_PASSIVE = /^(.*?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+$/;
/** The last clause of `pre`: what follows its last comma or reporting verb (and "that"). */
function ownClause(pre: string): string {
  let cut = pre.lastIndexOf(",") + 1;
  for (const m of allMatches(VERB_RE, pre)) cut = Math.max(cut, m.index + m[0].length);
  return pre.slice(cut).replace(/^\s*(?:that\s+)?/, "");
}
/** What QUOTED_AS needs, one of them ("quoted", "quotes", "cited", "cites"): a cheap check before it. */
const QUOTED_AS_VERBS = ["quote", "cite"];
/** "the agency quoted an official as saying", "Kompas cited a rescue official as estimating that": the one quoted is the speaker. */
const QUOTED_AS = /\b(?:quoted|quotes|cited|cites)\s+(?!(?:him|her|them|it)\s)([^;“”"]{1,70}?),?\s+as\s+(?:saying|stating|estimating|telling|putting|reporting|claiming|confirming|warning|predicting|adding)\b/u;
/** The head of a body that keeps measurements or records: "weather observatory", "seismology office", "gauging station". */
const RECORDING_BODY = /\b(?:observatory|office|station|bureau|department|agency|service|survey|institute|centre|center|authority|directorate|network|administration|ministry)$/i;
/** "measured by the Geological Survey at 6.1": a body's measurement or count, reported by the article. */
const MEASURED_BY = /\b(?:measured|recorded|registered|estimated|calculated|counted|tallied|put)(?:\s+(?:at|as)\s+[\p{L}\d.,%-]+(?:\s+[\p{L}\d.,%-]+){0,2}?)?\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’&-]*){0,6})/u;
/**
 * "put the death toll at 40", "pegs the damage at $3bn", "put it at 6.1": an estimate places its object, up to six
 * words, at a figure. "put in a good performance ... opening at 4,022 locations", "put up 20 points", "put on 3
 * shows" place nothing.
 */
const PUT_AT = /^\s+(?!(?:in|up|on|off|out|down|forward|together|away|back|through|aside|across|into|over)\s)(?:[^\s,;.“”"]+\s+){1,6}?at\s/u;
/** "A 16-year-old boy who was wounded in the blast": a subject of up to six words, then a relative clause to the verb. */
const RESTRICTIVE_RELATIVE = /^((?:[^\s,;“”"]+\s+){0,5}[^\s,;“”"]+)\s+(?:who|which)\s+[^,;“”"]+$/u;
/** ", in a statement on Sunday,", ", in a post on X,", ", speaking to reporters,": an aside before the verb on how it was said. */
const HOW_SAID = /,\s+(?:(?:in|on|via|through)\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|post|message|tweet|release|interview|briefing|video|broadcast|letter|update)\b[^,;“”"]{0,30}|speaking\s[^,;“”"]{1,40}),$/u;
/** "But", "However,": a connective opening the sentence is not part of the subject. */
const LEAD_CONNECTIVE = /^\s*(?:But|However|And|Yet|Still|Meanwhile|Separately|Instead|Now|So|Also|Moreover|Nevertheless|Furthermore|Further(?=,)|(?:Even\s+)?[Tt]hough|Although|Whereas)\b,?\s+/;
/** The last subordinating conjunction before a reporting verb. */
const SUBORDINATE = /\b(?:when|after|before|because|since|although|though|until|once|while|as|where|if|When|After|Before|Because|Since|Although|Though|Until|Once|While|As|Where|If)\s+(?=(?:the|a|an|its|their|\p{Lu})\S*(?:\s+\S+){0,6}$|\p{Ll}+s$)/u;
/** A comma segment that is a clause, not an apposition: "..., after a fight broke out, said X". */
const NOT_APPOSITION = /^(?:and|or|but|after|before|when|while|because|since|as|although|though|until|if|so|then|from|in|at|to|on|with|by|into|near|during|despite|including|leaving|killing|saying)\b/;

/** Heads of a description any public body may answer to: "the fiscal watchdog", "the independent forecaster". */
/** Heads of a body's name that a bare "the <head>" may refer back to when no body of that name was named. */
const BODY_HEADS = new Set(["center", "centre", "service"]);
const DESCRIBED_BODY = new Set(["watchdog", "regulator", "forecaster", "agency", "authority", "office", "institute", "bureau", "body", "monitor", "organization", "organisation"]);
/** Capitalised at the start of a sentence but not a name: "Local officials said". */
/** "officials", "local media", "press reports": a lower-case phrase of up to three words whose head is a source. */
function isCommonSource(phrase: string): boolean {
  const words = phrase.trim().replace(/^(?:the|some|other)\s+/i, "").split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  if (words.length > 3 || words.slice(1).some((w) => !/^\p{Ll}/u.test(w) || isClauseWord(w))) return false;
  return SOURCE_NOUNS.has(head) || BODIES_PLURAL.has(head) || isDocumentNoun(head) || isDocumentNoun(head.replace(/s$/, "")) || /^\p{Ll}+(?:ers|ists|ians|ents)$/u.test(head);
}

/** Lower-case kinds of body written after a body's own name ("the United Auto Workers union"), not part of it. */
const KIND_AFTER_NAME = new Set(["union", "group", "association", "alliance", "coalition", "movement", "charity", "network"]);
/** "Opposition parties said", "the unions called for": bodies spoken of together, a source like "officials". */
const BODIES_PLURAL = new Set(["parties", "unions", "airlines", "carriers", "banks", "lenders", "insurers"]);
const COMMON_LEADS = /^(?:One|Another|Each|All|Those|These|Human|Independent|Foreign|International|National|Public|Private|Union|Local|Federal|State|Senior|Government|Military|Health|Security|Police|Some|Many|Most|Several|Other|Two|Three|Both|Top|Former|Rescue|Aid|Hospital|Emergency|Western|Eastern|Northern|Southern|Regional|City|County|Court|Fire|Tribal|Rebel|Opposition|Party|Company|Industry|Union)$/;


/** Printed copy mixes its marks ("They defrauded ...,” said X): a straight mark may close a curly one and the other way round. */
const QUOTATION = /“([^”"]*)[”"]?|"([^"”]*)["”]?/g;

function findQuotes(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!s.includes("“") && !s.includes('"')) return out;
  for (const m of allMatches(QUOTATION, s)) {
    const inner = m[1] ?? m[2] ?? "";
    if (inner.trim().split(/\s+/).length >= 3) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Quotations of a sentence that opens inside a quotation begun earlier: the start up to its closing mark. */
function continuedQuotes(s: string): Array<[number, number]> {
  const close = s.search(/[”"]/);
  if (close < 0) return [[0, s.length]];
  return [[0, close + 1], ...findQuotes(s.slice(close + 1)).map(([a, b]): [number, number] => [a + close + 1, b + close + 1])];
}

/** A stock code as wire copy prints it after a company's name: "NVR.L", "7203.T", "(BMT.N)" (not initials: "Ali K.M"). */
const STOCK_CODE = /^\(?[A-Z0-9]{2,6}\.[A-Z]{1,3}\)?$/;
/** A legal suffix that follows a company's name after a comma, alone: "Inc.", "Ltd". */
const COMMA_LEGAL_WORD = new RegExp(`^(?:${COMMA_LEGAL_SUFFIXES})\\.?$`);

/** A stop or comma closing a name ("Harbor Foods." ending a sentence) is none of it; the stop of dotted initials is ("U.N.", "U.S."). */
const CLOSING_STOP = /(?<!\p{Lu}\.\p{Lu})[.,]$/u;

function speakerFromName(words: string[], ctx: ArticleContext, description: string | null): Speaker | null {
  // "Broadcaster Velmar Haber said", "Miner Northvale Resources said": an outlet's or a company's noun opening the
  // sentence is no part of its name ("Daily Mail" keeps its word); nor is the stock code after a company's name in
  // business copy ("Northvale Resources NVR.L said", "Belmont Motors (BMT.T)").
  // "New York-based Human Rights Watch": the seat, of up to three words, is no part of the body's name.
  const seat = seatWords(words);
  const cleaned = words.filter((w, n) => n >= seat
    && !(n === seat && words.length > seat + 1 && (/^(?:Broadcaster|Newspaper|Tabloid)$/.test(w) || (COMPANY_KIND_OPENING.test(w) && /^\p{Lu}/u.test(words[n + 1]))))
    && !(n > seat && n === words.length - 1 && STOCK_CODE.test(w)));
  // A weekday or month is never a speaker ("figures published on Thursday").
  if (!cleaned.length || cleaned.every((w) => CALENDAR_WORD.test(w.replace(CLOSING_STOP, "")))) return null;
  // "Tarvik Airlines Group, Inc. reported": a legal suffix after a comma closes the company's name, no name itself.
  const suffixed = cleaned.length === 1 && COMMA_LEGAL_WORD.test(cleaned[0]) ? ctx.nameBeforeLegalSuffix(cleaned[0]) : null;
  if (suffixed) return { name: suffixed, description, person: false };
  const titled = !!description && isTitleWord(description.split(/\s+/).pop() ?? "");
  // "FinMin warns ...": a headline's short title, for the person the article names with it.
  const short = cleaned.length === 1 ? HEADLINE_TITLES[cleaned[0]] : undefined;
  const holder = short ? ctx.namedLater(short) : null;
  if (holder) return holder;
  const ofBody = splitPersonOfBody(cleaned, (w) => ctx.knows(w), titled);
  if (ofBody) return speakerFromName(ofBody.person, ctx, description ?? ofBody.body.join(" "));
  // "CS Ostrow" after "Cabinet Secretary Lena Ostrow": a title's initials before a surname, the person named with that title.
  const initialled = cleaned.length === 2 && /^\p{Lu}{2,4}$/u.test(cleaned[0]) ? ctx.personByTitleInitials(cleaned[0]) : null;
  if (initialled?.name.endsWith(` ${cleaned[1]}`)) return initialled;
  // "PennDOT" after "the Pennsylvania Department of Transportation (PennDOT)": the body's full name.
  // "SP Benjamin Hundeyin": a short capitalised rank before a full name, no body the article knows by it.
  if (cleaned.length >= 3 && /^\p{Lu}{2,4}$/u.test(cleaned[0]) && cleaned.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !isOrganisation(cleaned.slice(1)) && !ctx.resolveOrg(cleaned[0])) {
    return speakerFromName(cleaned.slice(1), ctx, description ?? cleaned[0]);
  }
  // "the DCP said" after "Deputy Commissioner of Police Tanu Sharma said": the holder of the title it abbreviates.
  const holderOf = cleaned.length === 1 && /^\p{Lu}{2,6}$/u.test(cleaned[0]) ? ctx.personByTitleInitials(cleaned[0]) : null;
  if (holderOf) return holderOf;
  const aliased = cleaned.length === 1 ? ctx.aliasOrg(cleaned[0].replace(CLOSING_STOP, "")) : null;
  if (aliased) return { name: aliased, description, person: false };
  const { title, name } = splitTitle(cleaned);
  const official = officialName(title, name, ctx);
  if (titledPerson(title, name) && !official) {
    // "Apollo Police Chief Dale Kovacs": the place, body and title before the name are description.
    const desc = description ?? title.join(" ");
    // "Col. Mark Jensen, a spokesman for the military": the rank stays on record for a later "the colonel".
    const rank = description && title.length ? { title: title.join(" ") } : {};
    if (name.length === 1 && ctx.knows(name[0])) return { name: name[0], description: desc, person: true, ...rank };
    return { name: name.join(" "), description: desc, person: true, ...rank };
  }
  // "the Chancellor said": a title alone stands for the person who holds it.
  if (!name.length && title.length <= 3 && !isOrganisation(cleaned)) {
    const holder = ctx.personTitled(title[title.length - 1], [], title);
    if (holder) return holder;
  }
  // "UN High Commissioner for Refugees": a title's office named with "for" or "of" is one name, no person "for Refugees".
  if (official || isOrganisation(cleaned) || !name.length || /^(?:for|of|on)$/.test(name[0])) {
    const org = cleaned.join(" ").replace(CLOSING_STOP, "");
    return { name: ctx.resolveOrg(org) ?? org, description, person: false };
  }
  // A name registered as a body ("the mine's owner, Vaalrand Gold"), not a person.
  const body = ctx.knownOrg(cleaned.join(" ").replace(CLOSING_STOP, ""));
  if (body) return { name: body, description, person: false };
  const desc = description ?? (title.length ? title.join(" ") : null);
  if (name.length === 1 && !ctx.knows(name[0])) {
    // "Vaalrand said" after the company "Vaalrand Gold" was named.
    const company = title.length ? null : ctx.companyByFirstWord(name[0]);
    if (company) return { name: company, description, person: false };
    // "Li said" after "Li Wei" spoke, "Karim said" after "Karim Nasser" did: a speaker by the name written first.
    const byFirst = title.length ? null : ctx.speakerByFirstName(name[0]);
    if (byFirst) return byFirst;
    return { name: name[0], description: desc, person: title.length > 0 };
  }
  return { name: name.join(" "), description: desc, person: true };
}

/**
 * "Official Gazette", "the Official Journal": "Official" before one capitalised word that is no title and no name the
 * article gave a person is part of a body's name; "Official Spokesman Tom Hale" stays a title before a person.
 */
function officialName(title: string[], name: string[], ctx: ArticleContext): boolean {
  return title.length === 1 && title[0] === "Official" && name.length === 1 && !ctx.knows(name[0]);
}

/** A title (maybe after a place or a body: "Texas City Police Chief") followed by a person's name. */
function titledPerson(title: string[], name: string[]): boolean {
  if (!title.length || !name.length || isOrganisation(name) || !name.every(isNameToken)) return false;
  // "Office of the Chief Medical Examiner": a title inside a body's name; "Bank of England Governor Andrew
  // Bailey": a body's title, then a full name.
  const bodyTitle = name.length >= 2 && isTitleWord(title[title.length - 1]) && !/^(?:of|for|the|and|on|de)$/i.test(title[title.length - 2] ?? "");
  if (titleInsideName(title) && !bodyTitle) return false;
  return name.length >= 2 || /^\p{Lu}/u.test(title[title.length - 1]);
}

/** "So far, no group has": a clause whose subject is denied, right before its verb. */
const DENIED_SUBJECT = /(?:^|[,;:]\s*)(?:[Nn]o|[Nn]one of the)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:(?:has|have|had)\s+)?(?:so far\s+|yet\s+|\p{Ll}+ly\s+)*$/u;

/** A business result as an object: "a net profit of", "its first quarterly loss", "a consolidated PAT of", "revenue of". */
const BUSINESS_RESULT = /^\s+(?:(?:a|an|its|their|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:profits?|loss(?:es)?|revenues?|sales|PAT|PBT|EBITDA|earnings|income|turnover|deficit|surplus|margins?|dividends?)\b/u;

/** What a denial denies: "claims of ...", "the reports", "suggestions that", "that ...". */
const DENIED_CLAIM = /^\s+(?:that\s|(?:the|these|those|such|any|all|media|press|earlier|recent)\s+)?(?:[\p{Ll}-]+\s+)?(?:claims?|reports?|allegations?|suggestions?|figures?|estimates?|accusations?|charges?|rumou?rs?|speculation|assertions?|criticism)\b/u;

/** After "records": an amount or a total, so the word is a verb. */
const RECORDS_AMOUNT = /^\s+(?:a\s+total\b|an?\s|\d|(?:more|over|nearly|about|almost|some|at\s+least)\s|(?:the\s+)?(?:highest|lowest|most|fewest)\b)/;

/**
 * A speaker that is only a capitalised name: no body's word, no acronym, no body the article named, no title and
 * no person the article named before ("Metro Manila" reads like a new person's name): a place.
 */
function placeLike(sp: Speaker, ctx: ArticleContext): boolean {
  if (sp.generic || sp.description || sp.title) return false;
  const bySurname = ctx.personBySurname(sp.name.split(/\s+/).pop()!);
  if (bySurname && ctx.quoted(bySurname.name)) return false;
  const words = sp.name.split(/\s+/);
  return words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !isOrganisation(words) && !ctx.knownOrg(sp.name) && !ctx.quoted(sp.name) && !ctx.aliasOrg(sp.name);
}

/** "The RBI chief expects" after "Governor Shaktikanta Das said": a named body's head is its one head quoted. */
function headOfBody(phrase: string, ctx: ArticleContext): Speaker | null {
  if (!phrase.endsWith("chief") && !phrase.endsWith("head") && !phrase.endsWith("boss")) return null;
  const m = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}?)(?:['’]s)?\s+(?:chief|head|boss)$/u.exec(phrase);
  const org = m ? (ctx.resolveOrg(m[1]) ?? ctx.knownOrg(m[1])) : null;
  const head = org ? ctx.quotedHead() : null;
  // "Penang police chief Datuk X" heads another body: a capitalised word of the description must be the body's.
  const named = `${head?.title ?? ""} ${head?.description ?? ""}`.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !isTitleWord(w));
  return head && named.every((w) => w === m![1] || org!.split(/\s+/).includes(w)) ? head : null;
}

/**
 * "The court ruling said", "The judges held" after a court was named: a ruling and an unnamed bench speak for that
 * court, as a statement speaks for the body that issued it.
 */
function benchOfCourt(phrase: string, ctx: ArticleContext): Speaker | null {
  const m = /^(?:the\s+)?(?:(court|tribunal)(?:['’]s)?\s+(?:ruling|verdict|judgment|judgement|decision)|(?:judges|justices|bench|panel of judges))$/i.exec(phrase);
  if (!m) return null;
  const court = ctx.resolveOrg(m[1]?.toLowerCase() ?? "court");
  return court ? { name: court, description: null, person: false } : null;
}

/** "The special court, Karnal,": a court described, then the town it sits in. Group 1 the court, group 2 the town. */
const COURT_AT_SEAT = /^(?:[Tt]he\s+)?((?:[\p{L}-]+\s+){0,3}(?:court|tribunal)),\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?),?$/u;
/** "The court of Ravi Mehta, special judge,": a court called by its judge's name. */
const COURT_OF_JUDGE = /^(?:[Tt]he\s+)?court\s+of\s+(?:[Jj]udge\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(?:,\s+([^,;“”"]{1,40}))?,?$/u;

/**
 * "The special court, Karnal, awarded": the court with its seat, as printed, which a later "the court" refers to;
 * "The court of Ravi Mehta, special judge, imposed": the court named before, called by its judge.
 */
function courtBySeatOrJudge(phrase: string, ctx: ArticleContext): Speaker | null {
  // Both expressions need the word "court" or "tribunal" as written.
  if (!phrase.includes("court") && !phrase.includes("tribunal")) return null;
  const seat = COURT_AT_SEAT.exec(phrase);
  if (seat) {
    const name = `${seat[1]}, ${seat[2]}`;
    ctx.addAlias(name, "court");
    return { name, description: null, person: false };
  }
  const judge = COURT_OF_JUDGE.exec(phrase);
  const court = judge ? ctx.resolveOrg("court") : null;
  if (!court) return null;
  // "..., special judge,": the person a later "the judge" is.
  if (judge![2] && isTitleWord(judge![2].trim().split(/\s+/).pop()!)) ctx.remember({ name: judge![1], description: judge![2].trim(), person: true });
  return { name: court, description: null, person: false };
}

/**
 * "Spokesperson of Zamfara state governor Malam Nuhu Anka", "Spokesman of the Lagos police Benjamin Hundeyin": a title
 * with no article opening the subject is the title of the name closing it, the portfolio between them
 * ("A spokeswoman for Governor Tom Reilly", with its article, is someone working for the person named).
 */
function headlessTitleBeforeName(phrase: string): { name: string[]; title: string } | null {
  const words = phrase.split(/\s+/);
  if (words.length < 5 || words.length > 12 || !/^\p{Lu}/u.test(words[0]) || !isTitleWord(words[0]) || !/^(?:of|for)$/.test(words[1])) return null;
  const { name, before } = trailingName(words);
  const closing = before[before.length - 1] ?? "";
  if (before.length < 3 || name.length < 2 || name.length > 4 || isOrganisation(name) || name.some((w) => isTitleWord(w))) return null;
  if (!/^\p{Ll}/u.test(closing) || !(isTitleWord(closing) || ORG_WORDS.has(closing))) return null;
  if (before.slice(2).some((w) => isClauseWord(w))) return null;
  return { name: splitTitle(name).name, title: cleanPhrase(before.join(" ")) };
}

function titledDescription(seg: string): string | null {
  const words = seg.trim().split(/\s+/);
  if (!/^(?:an?|the|its|his|her|their|\p{Lu}\p{L}*['’]s?)$/iu.test(words[0]) || words.length > 12) return null;
  if (!words.some((w) => TITLES.has(w.toLowerCase()))) return null;
  return cleanPhrase(seg).replace(/^(?:its|his|her|their)\s+/i, "");
}

/** Heads of an outlet's description: "Kompas daily", "the Dawn newspaper". */
const MEDIA_HEADS = new Set(["daily", "newspaper", "paper", "tabloid", "weekly", "magazine", "broadcaster", "channel", "television", "radio"]);

/** "Ministry of Health", "Department of Energy": a government office named by its portfolio. */
const GOVERNMENT_OFFICE_OF = /^(?:Ministry|Department|Office|Bureau|Directorate)\s+(?:of|for)\s/;

/** Words saying how an unnamed source stands to an event, no part of its description: "an officer involved in the raid". */
const STANDING_TO = /^(?:involved|familiar|close|working|stationed|posted)$/i;

/** A preposition between spaces, in any case: a cheap check before the phrase split at one in commonSubject. */
const PREPOSITION = /\s(?:in|of|for|at|from|with|on|to)\s/iu;

/** A noun phrase that names no one: a named organisation by reference, or an anonymous source. */
/**
 * "doctors at Harlow's Saint Mary Hospital", "officials at the Vesta Water Board": the capitalised words after
 * "at"/"in" name a body where the source works (its last word a body's word), kept as part of the description;
 * "officials in Norland" names only a place.
 */
function workplaceNamed(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).pop()!.toLowerCase();
  return ORG_WORDS.has(last) || last === "hospital" || last === "clinic" || last === "school" || last === "prison";
}

/**
 * "the trade and industry ministry", "the oil and gas regulator": "and" joining the two words of a body's portfolio,
 * all in lower case after "the", is no clause ("the army and the ministry said" are two sources).
 */
function portfolioBody(words: string[], n: number): boolean {
  return /^(?:the|its|their)$/i.test(words[0]) && ORG_WORDS.has(words[words.length - 1]) && !/^(?:the|an?|its|their)$/.test(words[n + 1]);
}

/**
 * "a government committee investigating violence in May", "the police team monitoring the border": a subject (group 1,
 * its lower-case head noun group 2), then a participle of what it is doing and its object ("a group calling itself
 * Blackmoth" gives its name instead).
 */
const DOING_PHRASE = /^((?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\p{L}.'’-]+\s+){0,3}?(\p{L}\p{Ll}+))\s+(?!calling\s|styling\s)\p{Ll}{3,}ing\s+(?!that\b|to\b)[^,;“”"]{1,80}$/u;
/** VERB_RE as a test of one word ("expecting", "saying"), made on first need (rare wording; the expression is long). */
let verbWord: RegExp | null = null;
const isVerbWord = (w: string) => (verbWord ??= new RegExp(`^(?:${VERB_RE.source})$`)).test(w);
/** ", impressing analysts": a participle after a comma, then its object (group 1, the participle). */
const PARTICIPLE_AFTER_COMMA = /,\s+(\p{Ll}+ing)\s+[^,;“”"]+$/u;

/**
 * "Costs fell 12 percent, impressing analysts, who are expecting ...": the antecedent of a relative clause is the
 * object of a participle after a comma, which is no speech verb ("impressing", "surprising", "worrying"), so those the
 * clause speaks of say nothing of the sentence's figures. A participle of speech ("citing analysts, who") is left to
 * the rules that read it.
 */
function participleObject(antecedent: string): boolean {
  const m = antecedent.includes("ing ") ? PARTICIPLE_AFTER_COMMA.exec(antecedent) : null;
  return !!m && !speechParticiple(m[1]);
}
/** A participle that reports ("saying", "expecting", "citing", "quoting"): VERB_RE's, and those that relay a source. */
const speechParticiple = (w: string) => PARTICIPLE_SAYING.has(w) || w === "citing" || w === "quoting" || isVerbWord(w);
/** "missing the $3.1 billion analysts": a participle opening a segment, then a determiner opening its object. */
const PARTICIPLE_THEN_OBJECT = /^(\p{Ll}+ing)\s+(?:the|an?|its|their|his|her|this|that|these|those)\s/u;

/**
 * ", missing the $3.1 billion analysts had expected": a participle with its object after a comma is the writer's
 * clause, and no subject of the verb after it. An -ing word before a bare noun is its adjective ("striking workers
 * said", "fleeing residents"), and a participle of speech is read by the rules for it.
 */
function participleWithObject(segment: string): boolean {
  const m = segment.includes("ing ") ? PARTICIPLE_THEN_OBJECT.exec(segment) : null;
  return !!m && !speechParticiple(m[1]);
}

/** A head noun of a source that may be described by what it is doing: "committee", "officials", "police team". */
const doingSource = (head: string) => SOURCE_NOUNS.has(head) || ORG_WORDS.has(head) || sourcePlural(head);

function commonSubject(phrase: string, ctx: ArticleContext, atStart: boolean): Speaker | null {
  // "Honda, Toyota and Mazda are recalling ..., the automakers said": companies the sentence opens listing.
  const makers = /^the\s+(\p{Ll}+)s$/u.exec(phrase.trim());
  const listed = makers && COMPANY_NOUNS.has(makers[1]) ? ctx.sentenceSubjectList() : null;
  if (listed) return { name: listed, description: null, person: false };
  // "TV reported" after "state television reported": the television described before.
  const tv = /^(?:TV|the\s+TV|the\s+television)$/.test(phrase.trim()) ? ctx.describedEarlier("television") : null;
  if (tv) return tv;
  // "The poll of 15 traders", "a survey of 1,200 firms": a count of those asked says which poll, no one else's.
  const sampled = /\s+of\s+(?:(?:more\s+than|over|about|some|nearly|almost|around)\s+)?\d[\d,.]*\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?$/u.exec(phrase.trim());
  if (sampled && /(?:^|\s)(?:poll|survey|study|census|sample)$/i.test(phrase.trim().slice(0, sampled.index))) return commonSubject(phrase.trim().slice(0, sampled.index), ctx, atStart);
  // "A court in the eastern province", "a spokesperson of the governor": the head comes before the preposition.
  // "A study published in the journal Nature": a participle may come before the preposition.
  // "A senior officer involved in the raid", "an official familiar with the talks": how the source stands to it.
  const pp = !PREPOSITION.test(phrase) ? null : /^((?:(?:an?|the|one)\s+)?(?:[\p{L}.'’-]+\s+){0,2}?([\p{L}]+))\s+(?:(published|released|issued|conducted|presented|involved|familiar|close|working|stationed|posted)\s+)?(?:in|of|for|at|from|with|on|(?<=close\s+)to)\s+(?!\d)[^,;]{1,50}$/iu.exec(phrase.trim());
  if (pp && DOCUMENT_NOUNS.has(pp[2].toLowerCase()) && /^\S+\s+(?:from|by|of)\s/i.test(cleanPhrase(phrase))) {
    return { name: cleanPhrase(phrase), description: null, person: false }; // "data from the ministry"
  }
  // "The owner of the Harbor Daily newspaper said", "The owner of the Kestrel news agency said": a company described by
  // what it runs is the body cited just before, else the company the article is about; failing both, an owner or parent
  // company is the owner as described. (Only of something with a name: "the owner of the house" is a person.)
  if (pp && /^(?:owner|operator|parent)$/i.test(pp[2]) && /\sof\s+(?:the\s+)?\p{Lu}/u.test(phrase)) {
    const operator = pp[2].toLowerCase() === "operator";
    const company = /^the\s/i.test(phrase.trim()) ? (ctx.recentBody(1)?.name ?? ctx.resolveOrg(operator ? "operator" : "company")) : null;
    if (company) return { name: company, description: null, person: false };
    if (!operator && /^\s*(?:the\s+)?(?:owner|parent)\s+(?:company\s+)?of\s/i.test(phrase)) {
      const owner = ctx.resolveOrg("company");
      return owner ? { name: owner, description: null, person: false } : unnamed(phrase, ctx);
    }
  }
  // "The first poll of likely voters", "A Harris poll in June": the document is the head before the preposition.
  if (pp && DOCUMENT_NOUNS.has(pp[2].toLowerCase())) return commonSubject(pp[1], ctx, atStart);
  // "farmers in the Upper Vale region": people named by what they do are a source described by where they are, too.
  const people = !!pp && /^\p{Ll}+(?:ers|ists|ians|ents)$/u.test(pp[2]) && !pp[3];
  if (pp && (SOURCE_NOUNS.has(pp[2].toLowerCase()) || people) && !DOCUMENT_NOUNS.has(pp[2].toLowerCase())) {
    // "The group of protesters said": a group of people described in lower case is those people, no body named before.
    if (/^group$/i.test(pp[2]) && /^\s+of\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+s$/u.test(phrase.trim().slice(pp[1].length))) return unnamed(phrase, ctx);
    const head = commonSubject(pp[1], ctx, atStart);
    // A body named in the article keeps its name; an unnamed source keeps the whole description, but
    // where it sits is no part of it: "the interior ministry in Kabul" → "interior ministry".
    // "doctors at the Government Medical College hospital": a body's common noun closing it is where they work, kept.
    if (head?.generic && /^\s*\S+(?:\s+\S+){0,3}?\s+(?:in|at)\s+(?:the\s+)?\p{Lu}/u.test(phrase) && !/\s(?:of|for)\s/.test(phrase) && !/\s\p{Ll}+$/u.test(phrase.trim()) && !workplaceNamed(phrase)) return unnamed(pp[1], ctx);
    if (head?.generic && pp[3] && STANDING_TO.test(pp[3])) return unnamed(pp[1], ctx);
    return head?.generic ? unnamed(phrase, ctx) : head;
  }
  // "The governor of the hard-hit state of Oaxaca": a title of a place, called by the place's name.
  if (pp && TITLES.has(pp[2].toLowerCase()) && /^\p{Ll}/u.test(pp[2])) {
    const place = phrase.slice(pp[1].length).match(/\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*/gu);
    const of = phrase.slice(phrase.indexOf(pp[1]) + pp[1].length);
    // "The director of the storm rescue centre in Norland": a title of an unnamed body, described in full.
    const body = place && /^\s+of\s/.test(of) && of.slice(0, of.indexOf(place[place.length - 1])).split(/\s+/).some((w) => ORG_WORDS.has(w));
    if (body) return unnamed(phrase, ctx);
    if (place && /^\s+of\s/.test(of)) return unnamed(`${cleanPhrase(pp[1])} of ${place[place.length - 1]}`, ctx);
  }
  const words = phrase.trim().split(/\s+/);
  // "Mhase’s office said" after "Yogesh Mhase" was named: the office of that person, by full name.
  const owner = words.length >= 2 && words.length <= 3 ? /^(\p{Lu}[\p{L}\p{M}-]+)['’]s$/u.exec(words[0]) : null;
  if (owner && ctx.knows(owner[1]) && words.slice(1).every((w) => /^\p{Ll}/u.test(w)) && (SOURCE_NOUNS.has(words[words.length - 1]) || TITLES.has(words[words.length - 1]))) {
    const person = ctx.personBySurname(owner[1]);
    if (person) return unnamed(`${words.slice(1).join(" ")} of ${person.name}`);
  }
  // "The 54-year-old official told": a person described by age is the person last named.
  if (/^the\s+\d{1,3}-year-old(?:\s+[\p{Ll}-]+){0,2}$/iu.test(phrase.trim()) && ctx.lastHe?.person) return ctx.lastHe;
  // "The striker said", "the defending champion said": a competitor's role is the person last named, unless
  // an unnamed source was described by it before.
  const role = PERSON_ROLE.exec(phrase.trim());
  if (role && ctx.lastHe?.person && !ctx.describedEarlier(role[1].toLowerCase())) return ctx.lastHe;
  const holder = words.length <= 5 ? possessedTitleHolder(phrase, ctx) : null;
  if (holder) return holder;
  // "The department's head said", "the agency's spokeswoman", "the counties’ sheriffs": a titled person described, not named.
  if (words.length >= 2 && words.length <= 5 && /^(?:the|an?|\p{L}+['’]s)$/iu.test(words[0]) && /^\p{Ll}/u.test(words[words.length - 1]) && (TITLES.has(words[words.length - 1]) || TITLES.has(words[words.length - 1].replace(/s$/, ""))) && /(?:['’]s|s['’])$/.test(words[words.length - 2] ?? "") && !words.some((w) => isClauseWord(w))) {
    return unnamed(cleanPhrase(phrase), ctx);
  }
  // "the Minister said": the person the article gave that title.
  // "Its governor, quoted by state television, said": the holder of that title named before, else the title.
  if (words.length >= 2 && words.length <= 4 && /^(?:its|their)$/i.test(words[0]) && TITLES.has(words[words.length - 1].toLowerCase()) && words.slice(1).every((w) => /^\p{Ll}/u.test(w))) {
    return ctx.personTitled(words[words.length - 1], words.slice(1, -1)) ?? unnamed(words.slice(1).join(" "));
  }
  // "the Saudi minister", "the energy minister": modifiers of the title say which holder, the article named him.
  const titleModifiers = words.slice(1, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) || /^\p{Ll}+$/u.test(w)) && !words.some((w) => isClauseWord(w));
  if (words.length >= 2 && words.length <= 4 && /^the$/i.test(words[0]) && TITLES.has(words[words.length - 1].toLowerCase()) && (words.length === 2 || titleModifiers)) {
    const holder = ctx.personTitled(words[words.length - 1], words.slice(1, -1));
    if (holder) return holder;
    // "the officer said" after "Superintendent of Police X said": a bare rank-neutral title, with no unnamed
    // source described by it before, is the titled person last quoted.
    const last = ctx.lastHe;
    if (words.length === 2 && /^(?:officer|official)$/.test(words[1]) && last?.person && last.description && !ctx.describedEarlier(words[1])) return last;
  }
  // "The Vereinigung Luftfahrtpersonal union": a known body's name followed by its common noun.
  const named = words.length > 1 && /^\p{Ll}/u.test(words[words.length - 1]) && !peopleOfBody(words[words.length - 1]) ? ctx.knownOrg(cleanPhrase(words.slice(0, -1).join(" "))) : null;
  // "the United Nations agency" is an agency of the United Nations: the body of that kind cited just before.
  const part = named && DESCRIBED_BODY.has(words[words.length - 1]) && named.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase())) ? ctx.recentBody(1) : null;
  if (part && part.name !== named) return part;
  if (named) return { name: named, description: null, person: false };
  // "security and government officials", "the oil and gas company": "and" joining two modifiers of one plural
  // source or of a company is no clause ("the regional freight and logistics company", "the global news and
  // information company").
  const final = words[words.length - 1];
  // ("Search and rescue teams said": the first modifier may be capitalised only to open the sentence.)
  const joinedModifiers = (w: string, n: number) => w === "and" && n > 0 && n < words.length - 2 && /^\p{Ll}+$/u.test(n === 1 && atStart ? words[0].toLowerCase() : words[n - 1]) && /^\p{Ll}+$/u.test(words[n + 1]) && (((SOURCE_NOUNS.has(final) || sourcePlural(final)) && /s$/.test(final)) || COMPANY_NOUNS.has(final) || portfolioBody(words, n));
  // "officials and press reports said", "police and local media said": two sources speaking together, as written.
  const pair = words.length <= 7 && phrase.includes(" and ") ? phrase.trim().split(" and ") : [];
  if (pair.length === 2 && pair.every(isCommonSource)) return unnamed(phrase, ctx);
  if (words.length > 7 || words.some((w, n) => isClauseWord(w) && !joinedModifiers(w, n))) return null;
  // "the airline group", "the mining company's parent group": a group named by a company's trade is that company.
  const groupOf = words.length > 2 && words[words.length - 1] === "group" ? words[words.length - 2].toLowerCase() : "";
  const head = COMPANY_NOUNS.has(groupOf) ? groupOf : words[words.length - 1].toLowerCase();
  const clean = cleanPhrase(phrase);
  // "A Swiss company said": an indefinite description brings in another company, not the one the article is about.
  if (COMPANY_NOUNS.has(head) && /^an?$/i.test(words[0]) && words.length > 1) return unnamed(phrase, ctx);
  if (COMPANY_NOUNS.has(head) && words.length > 1 && !ctx.knownOrg(clean)) {
    // "the German airline", "the mine's owner": the company the article is about, or the sentence's subject.
    const company = ctx.resolveOrg(head);
    return company ? { name: company, description: null, person: false } : unnamed(phrase, ctx);
  }
  // "the United Auto Workers union said": a name of capitalised words, then the lower-case kind of body it is,
  // is the name alone when the article abbreviates it ("UAW") or its last word is people of a trade ("Workers").
  const kindOf = KIND_AFTER_NAME.has(words[words.length - 1]) && words.length >= 4 && /^the$/i.test(words[0]) ? words.slice(1, -1) : null;
  if (kindOf?.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && (/ers$/.test(kindOf[kindOf.length - 1]) || ctx.writes(kindOf.map((w) => w[0]).join("")))) {
    ctx.addAlias(kindOf.join(" "), words[words.length - 1]);
    return { name: kindOf.join(" "), description: null, person: false };
  }
  const isSource = SOURCE_NOUNS.has(head) || sourcePlural(head) || BODIES_PLURAL.has(head) || isDocumentNoun(head) || /(?:ers|ists|ians|ents)$/.test(head) || (TITLES.has(head) && /^\p{Ll}/u.test(words[words.length - 1])) || headsOf(words);
  if (!isSource) {
    // "the county's police force has said": a place's possessive in lower case before a body is dropped ("Italy's
    // coastguard" → "coastguard"), however many words the body has.
    const placeOwned = words.length > 3 && /^the$/i.test(words[0]) ? OWNER_PLACE.exec(words.slice(1).join(" ")) : null;
    if (placeOwned && !placeOwned[1] && (ORG_WORDS.has(head) || DESCRIBED_BODY.has(head))) return commonSubject(`the ${words.slice(1).join(" ").slice(placeOwned[0].length)}`, ctx, false);
    // "the bureau said": a body word names the last body with that word in its name.
    const bodyWord = ((ORG_WORDS.has(head) || DESCRIBED_BODY.has(head)) && words.length <= 3) || (head === "body" && words.length <= 2);
    const known = ctx.hasAlias(head) || bodyWord ? ctx.resolveOrg(clean) : null;
    if (known) return { name: known, description: null, person: false };
    // "Ukraine's air force said": a country's body, unnamed, by its description without the country.
    if (bodyWord && /^\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}/u.test(phrase.trim())) return unnamed(phrase, ctx);
    // "The Velmar suburbs weather observatory": a place's name, then the words of a body's kind, is that body as written.
    const placed = !bodyWord && /^the$/i.test(words[0]) && /^\p{Lu}\p{Ll}/u.test(words[1] ?? "") && /^\p{Ll}/u.test(words[words.length - 1])
      && words.slice(1).every((w) => !/['’]s?$/.test(w)) && words.slice(2).every((w) => /^\p{Ll}+$/u.test(w) || /^\p{Lu}\p{Ll}+$/u.test(w));
    if (placed && ORG_WORDS.has(head)) return { name: clean, description: null, person: false };
    // "The provincial earthquake emergency response center said": a body described at length in lower-case words
    // (no name, no clause) is an unnamed source as described.
    if (ORG_WORDS.has(head) && words.length > 3 && /^the$/i.test(words[0]) && words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return describedSource(phrase, ctx);
    if (!bodyWord || !/^(?:the|its|their)\s/i.test(phrase.trim())) return null;
    // "The fiscal watchdog said" right after the Office for Budget Responsibility spoke: that body.
    // "The center said" right after "The government's earthquake monitoring service said": that described body.
    const recent = DESCRIBED_BODY.has(head) || BODY_HEADS.has(head) ? (ctx.recentPublicBody() ?? (words.length === 2 ? ctx.recentDescribedBody() : null)) : null;
    // "the bureau said" with no bureau named: the body by its description.
    return recent ?? describedSource(phrase, ctx);
  }
  // A document keeps "the": "the figures" refers to a document the article named before, "figures" does not.
  if (isDocumentNoun(head)) return { name: /^the\s/i.test(phrase.trim()) ? `the ${clean}` : clean, description: null, person: false };
  // "Kompas daily reported": a capitalised word right before an outlet's noun is its name, even opening the sentence.
  const outletName = (n: number) => n === words.length - 2 && MEDIA_HEADS.has(head) && !COMMON_LEADS.test(words[n]);
  // "Velmar Haber broadcaster reported": the outlet's noun describes it, no part of its name.
  const outlet = MEDIA_HEADS.has(head) && /^\p{Ll}/u.test(words[words.length - 1]) ? words.slice(/^the$/i.test(words[0]) ? 1 : 0, -1) : [];
  if (outlet.length && outlet.every((w) => /^\p{Lu}/u.test(w) && !/['’]s?$/.test(w)) && (outlet.length > 1 || outletName(words.length - 2))) {
    return { name: ctx.knownOrg(outlet.join(" ")) ?? outlet.join(" "), description: null, person: false };
  }
  const proper = words.some(
    (w, n) => /^\p{Lu}/u.test(w) && n < words.length - 1 && !/^(?:The|A|An)$/.test(w) && !(n === 0 && atStart && !outletName(n) && (COMMON_LEADS.test(w) || !ctx.capitalisedMidSentence(w))) && !HOW_MODIFIER.test(w),
  );
  // "police said", without "the": police at large, not the police force the article named.
  const org = proper || /^police$/.test(phrase.trim()) ? null : ctx.resolveOrg(clean);
  // "The official Xinhua news agency": a body with a name of its own is no other "news agency" named before.
  // "the United Nations migration agency" still is the IOM: a body it belongs to names no other.
  const namedIn = proper ? clean.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)) : [];
  const resolved = org ?? ctx.resolveDescription(clean);
  const ownName = namedIn.length > 0 && !isOrganisation(namedIn) && !ctx.resolveOrg(namedIn.join(" "));
  const described = resolved && (!ownName || namedIn.every((w) => resolved.split(/\s+/).includes(w))) ? resolved : null;
  if (described) return { name: described, description: null, person: false };
  // "California fire officials": people described with a place are no body either.
  if (proper && /^\p{Ll}/u.test(words[words.length - 1]) && /(?:officials|authorities|ers|ists|ians|ents)$/.test(head)) return { name: clean, description: null, person: false, generic: true };
  // "An Indian court": an indefinite description with a proper adjective names no body.
  if (proper && /^(?:an?)\s/i.test(phrase.trim()) && /^\p{Ll}/u.test(words[words.length - 1])) return { name: clean, description: null, person: false, generic: true, indefinite: true };
  if (proper) return { name: withoutOwnerPlace(withoutStatus(clean), ctx), description: null, person: false };
  return describedSource(phrase, ctx);
}

/** "the WFP's regional director", "the agency's spokeswoman": an owner's possessive, up to two modifiers, a title. */
const POSSESSED_TITLE = /^(?:[Tt]he\s+)?(\S+)['’]s\s+((?:[\p{Ll}-]+\s+){0,2})(\p{Ll}+)$/u;

/**
 * Whether a person described as `desc` may be the owner's ("the agency's", "the WFP's"): the description names the
 * owner ("agency spokeswoman"; "World Food Programme Regional Director" for "WFP") or no other body of its kind: a
 * body's name for a common owner ("spokeswoman for the Red Cross" is the agency's), no name for a named one.
 */
function ownerFits(owner: string, desc: string): boolean {
  const words = desc.split(/[\s-]+/);
  if (words.some((w) => w.replace(/['’]s$/, "").toLowerCase() === owner.toLowerCase())) return true;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  if (/^\p{Lu}/u.test(owner)) return !caps.length || initials(caps.join(" ")).includes(owner);
  return !words.some((w) => ORG_WORDS.has(w) || DESCRIBED_BODY.has(w));
}

/**
 * "“We need $250 million,” said the WFP's regional director" after "the World Food Programme Regional Director, Abdou
 * Dieng": a titled description is the person the article named with that title and its modifiers ("regional
 * director"), if it named one; null otherwise (the description stays as written).
 */
function possessedTitleHolder(phrase: string, ctx: ArticleContext): Speaker | null {
  const m = phrase.includes("s ") ? POSSESSED_TITLE.exec(phrase.trim()) : null;
  if (!m || !TITLES.has(m[3])) return null;
  const mods = m[2].trim() ? m[2].trim().split(/\s+/) : [];
  const holder = ctx.personTitled(m[3], mods);
  const desc = holder?.person ? `${holder.title ?? ""} ${holder.description ?? ""}` : "";
  const described = desc.toLowerCase().split(/[\s-]+/);
  return holder && [...mods, m[3]].every((w) => described.includes(w)) && ownerFits(m[1], desc) ? holder : null;
}

/** Plural nouns of people who lead something, a source only with what they lead before them ("university heads"). */
const LEADER_PLURALS = new Set(["heads", "chiefs", "bosses"]);
/** Words before a noun that say how many or which, not what: "some heads", "their chiefs". */
const QUANTIFIER = /^(?:the|some|many|most|all|several|few|other|these|those|their|its|our|two|three|four|five)$/i;

/**
 * "university heads", "Hospital chiefs", "school bosses": heads of a kind of body, described by it, are a source as
 * written; "some heads", "the chiefs" (no body named) and "heads of state" are not.
 */
function headsOf(words: string[]): boolean {
  const n = words.length - 1;
  return n >= 1 && LEADER_PLURALS.has(words[n]) && /^\p{L}[\p{Ll}-]+$/u.test(words[n - 1]) && !QUANTIFIER.test(words[n - 1]);
}

/**
 * "rescue teams", "hospitals", "local councils": the plural of a source noun is a source too (of the people or bodies
 * it names; not of a document's noun: "reports" and "statements" are documents, not speakers).
 */
function sourcePlural(head: string): boolean {
  if (!head.endsWith("s") || head.endsWith("ss")) return false;
  const one = head.endsWith("ies") ? `${head.slice(0, -3)}y` : head.slice(0, -1);
  return SOURCE_NOUNS.has(one) && !DOCUMENT_NOUNS.has(one) && one !== "people";
}

/** "the spokesman said" after "a county government spokesman said": the source described before, else the description. */
function describedSource(phrase: string, ctx: ArticleContext): Speaker {
  const earlier = /^the\s/i.test(phrase.trim()) ? ctx.describedEarlier(cleanPhrase(phrase)) : null;
  // "the source noted" after "an army source said" whom the article named right after: that person.
  if (earlier) return ctx.namedNext({ ...earlier, generic: false }) ?? earlier;
  // "The Roads Authority has warned ... the service warns": with no service described before, the public body
  // quoted in this sentence or the one before.
  const bare = /^the\s+(\p{Ll}+)$/iu.exec(phrase.trim());
  const recent = bare && BODY_HEADS.has(bare[1]) ? ctx.recentPublicBody() : null;
  if (recent) return recent;
  // "The central bank raised its rate ..., the bank said": the description written just before.
  const fuller = /^the\s+\p{Ll}+$/iu.test(phrase.trim()) ? ctx.fullerDescription(cleanPhrase(phrase)) : null;
  return unnamed(fuller ?? phrase);
}

/** "IATA's director general", "Labour's finance spokesman": a body's title for the person named before it. */
function possessiveTitle(seg: string): boolean {
  const m = /^\p{Lu}[\p{L}\p{M}.&-]*(?:['’]s|s['’])\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)$/u.exec(seg.trim());
  return !!m && isTitleWord(m[1]);
}

/** "the governor of the region" after a person's full name: a title set off by one comma only. */
function unclosedApposition(seg: string, before: string): boolean {
  const words = seg.trim().split(/\s+/);
  if (!/^(?:an?|the)$/i.test(words[0]) || words.length > 9 || !(titleOfBody(seg) || isTitleWord(words[words.length - 1]))) return false;
  const name = before.trim().split(/\s+/);
  return name.length >= 2 && name.length <= 4 && name.every((w) => isNameToken(w) && !isClauseWord(w) && !CALENDAR_WORD.test(w)) && !isOrganisation(name) && !name.some(isTitleWord);
}

/** "a Coast Guard spokeswoman", "an Interior Ministry official": an indefinite person of a named body. */
const BODY_TITLE = /^(?:[Aa]n?)\s+((?:\p{Lu}[\p{L}\p{M}.'’&-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,6})(spokes(?:man|woman|person)|official|representative)$/u;

/** The subject of a reporting verb, read from the text before it. */
/** "officer", "sources", "people", "analyst": a phrase whose head is a person or source noun. */
function isSourceHead(phrase: string): boolean {
  const head = phrase.split(/\s+/).pop()!.toLowerCase();
  return SOURCE_NOUNS.has(head) || TITLES.has(head) || TITLES.has(head.replace(/s$/, "")) || head === "people" || head === "person";
}

/** "Dale Porter, 40, of Milford": a name (group 1), then an age and where the person lives, closing the subject. */
const AGE_AND_HOME = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*),\s+\d{1,3},\s+of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u;

/**
 * "real estate data analytics firm", "oil-producing alliance": a label of lower-case words closed by the kind of body,
 * set before a name with no article, however many words say what the body does (the name is the subject).
 */
function kindLabel(before: string[]): boolean {
  const kind = before[before.length - 1] ?? "";
  return before.length <= 7 && (ORG_WORDS.has(kind) || COMPANY_NOUNS.has(kind)) && before.every((w, n) => /^\p{Ll}[\p{Ll}-]*$/u.test(n === 0 ? w.toLowerCase() : w));
}

/** An acronym in brackets, then the seat of the body it names: " (DMC) of Norland". */
const ACRONYM_THEN_SEAT = /\s*\((\p{Lu}{2,8})\)\s+(?:of|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u;

function subjectBefore(pre: string, ctx: ArticleContext): Speaker | null {
  let p = withoutLeadingWhen(withoutBetweenSubjectAndVerb(pre.trimEnd()).replace(LEAD_CONNECTIVE, ""));
  // "Quoting records from the authority, a senior engineer, said": what was cited opens the sentence; the comma the writer
  // set after the subject to close the opener's aside is none of an apposition's.
  const quoting = QUOTING_OPENER.exec(p);
  if (quoting) p = p.slice(quoting[0].length).replace(/^([^,;“”"]+),$/, "$1");
  if (WHEN_CHECK.test(p)) p = p.replace(DOC_WHEN, "$1");
  if (PASSIVE.test(p)) return null;
  // "Dale Porter, 40, of Milford admitted": a person's age and home town, set off after the name, describe them.
  const aged = p.includes(", of ") ? AGE_AND_HOME.exec(p) : null;
  if (aged) return subjectBefore(aged[1], ctx);
  const bench = benchOfCourt(p, ctx) ?? courtBySeatOrJudge(p, ctx) ?? headOfBody(p, ctx);
  if (bench) return bench;
  const asked = BY.test(p) ? RESPONDENTS.exec(p) : null;
  if (asked) return unnamed(asked[1]);
  // "The ministry of health, in a statement on Sunday, said", ", speaking to reporters, said": how or where it was said.
  // (Each of these asides closes with a comma ending the text: none is there when it does not end so.)
  if (p.endsWith(",")) p = p.replace(HOW_SAID, "").replace(ASIDE_BEFORE_VERB, "").replace(DATE_ASIDE, "");
  // "Kandor - the world's biggest exporter of tin - said": an aside set off by a pair of dashes describes the subject.
  // (Only a text ending in a dash can hold one: the cheap test spares the regex on every other subject.)
  if (endsWithDash(p)) p = p.replace(/(\S)\s+[—–-]{1,2}\s+(?:an?|the)\s[^—–;“”"]{1,80}?\s+[—–-]{1,2}$/u, "$1");
  if (p.endsWith(",")) {
    // "the California Department of Forestry, known as Cal Fire, said": the name first given is the speaker.
    p = p.replace(/,\s+(?:also\s+|better\s+|commonly\s+)?(?:known as|called)\s+[^,;“”"]{1,40},$/, "");
    // "Roy, a police official in Darjeeling, where the crash happened, told": a clause set off on the place describes it.
    p = p.replace(/,\s+where\s[^,;“”"]*,$/, ",");
    // "..., the district in eastern Kandor where the sinking took place, said": a relative clause closing an apposition
    // describes its noun; its subject is no speaker.
    p = p.replace(/(,\s+(?:the|an?)\s+[^,;“”"]{1,60}?)\s+(?:where|in which|whose)\s[^,;“”"]*,$/, "$1,");
  }
  // "Minister of Mines, Ada Obi, who spoke to the press after the session, said": a relative clause set off after the
  // subject describes it, whatever clause it holds ("after the meeting" opens none of the sentence's).
  if (p.endsWith(",") && p.includes("wh")) p = p.replace(/,\s+(?:which|who|whose)\s[^,;“”"]*,$/, "");
  // "..., when the ministry announced": the subject of a subordinate clause starts after its conjunction.
  let sub = SUBORDINATE.exec(p);
  // "Mara Velden, appointed ... as Governor of the Central Bank, said": "as" before a title names a role, no clause.
  const role = sub && /^as\s/i.test(sub[0]) ? p.slice(sub.index + sub[0].length).replace(/,$/, "").trim() : "";
  // ("as President Lena Ortiz said" keeps its clause: a title before a name is the clause's subject.)
  if (role && ((titleOfBody(role) && /\s(?:of|for)\s/.test(role)) || role.split(/\s+/).every((w) => isTitleWord(w) || /^\p{Ll}/u.test(w)))) sub = null;
  const opensSentence = !(sub && /\S/.test(p.slice(sub.index + sub[0].length)));
  if (!opensSentence) p = p.slice(sub!.index + sub![0].length);
  // "The carmaker, which announced on Monday": a relative clause's subject is what it describes.
  // (Both need "which" or "who", so a text without "wh" skips them.)
  const wh = p.includes("wh");
  const rel = wh ? /,\s+(?:which|who)(?:\s+(?:also|later|earlier|then|has|had|have))?$/.exec(p) : null;
  if (rel) return participleObject(p.slice(0, rel.index)) ? null : subjectBefore(p.slice(0, rel.index), ctx);
  // "The fiscal watchdog, which is in charge of forecasts, said": the relative clause describes the subject.
  if (wh) p = p.replace(/,\s+(?:which|who|whose)\s[^,;“”"]*,$/, "");
  // "An Iraqi government committee investigating violence in May": what the source is doing describes it.
  const doing = p.includes("ing ") ? DOING_PHRASE.exec(p) : null;
  if (doing && doingSource(doing[2].toLowerCase())) p = doing[1];
  // "..., data released by the Aviation Organisation show": a closing document clause after a comma.
  // "... to 7.68 million – the latest monthly figures released by the health service show": one closing after a dash too.
  const byOrFrom = BY_OR_FROM.test(p);
  const dash = byOrFrom ? /\s[—–]\s(?=[^—–]*$)/.exec(p) : null;
  const doc = !byOrFrom
    ? null
    : (DOC_SUBJECT.exec(p) ?? (p.includes(",") ? DOC_SUBJECT.exec(p.slice(p.lastIndexOf(",") + 1).trim()) : null) ?? (dash ? DOC_SUBJECT.exec(p.slice(dash.index + 3).trim()) : null));
  if (doc && /\p{Lu}|\s/u.test(doc[2])) return { name: `${doc[1].toLowerCase()} by ${cleanPhrase(doc[2])}`, description: null, person: false };
  if (/[”"’]$/.test(p) || /[”"’],$/.test(p)) return null;
  // "The Kandor government's disaster and emergency management agency (KEMA) said": a body whose name is written in
  // lower case, introduced by whose it is and given its acronym, is named by those words, the owner left out; a later
  // "KEMA said" is the same body.
  const lowerBody = p.endsWith(")") ? LOWER_CASE_BODY.exec(p) : null;
  if (lowerBody && (ORG_WORDS.has(lowerBody[2]) || DESCRIBED_BODY.has(lowerBody[2])) && !lowerBody[1].split(/\s+/).some((w) => isClauseWord(w) && !/^(?:and|of|for|on)$/.test(w))) {
    ctx.addAlias(lowerBody[1], lowerBody[3]);
    return { name: lowerBody[1], description: null, person: false };
  }
  const comma = p.endsWith(",");
  if (comma) p = p.slice(0, -1);
  // Commas inside "Ministry of Trade, Industry and Fisheries" do not end the subject.
  if (p.includes(" and ")) p = p.replace(LIST_ORG, (m) => m.replace(/,/g, "\u0001"));
  // "The Harbor Group, Inc., the operator": a legal suffix set off by commas is no part of the name as written.
  p = p.replace(/,\s*(?:Inc|Ltd|LLC|Corp|PLC|Co)\.?(?=,|$)/g, "");
  // "the Disaster Management Centre (DMC) of Norland reported": the name its acronym spells; the seat after it is none of it.
  const seat = p.includes(") ") ? ACRONYM_THEN_SEAT.exec(p) : null;
  if (seat && initials(p.slice(0, seat.index)).endsWith(seat[1])) p = p.slice(0, seat.index);
  const segs = (p.includes("(") ? p.replace(/\s*\([^)]*\)/g, "") : p)
    // "OSLO, Norway (AFP)— The agency": an em or en dash ends a dateline even when glued to the word before it.
    .split(/,(?!\d)\s*|[“”"]\s*|\s[—–-]{1,2}\s|\s?[—–]{1,2}\s?|:\s+/)
    .filter((seg, n) => !(n > 0 && /^\s*(?:\d{1,3}|[DRI]-[\p{L}.]+)\s*$/u.test(seg)));
  let j = segs.length - 1;
  const descs: string[] = [];
  // Appositions describe the subject; a clause opened by a conjunction or preposition does not.
  // The segment right after a closing quotation mark is the subject itself, never an apposition.
  while (
    comma && j > 0 && segs[j - 1].trim()
    && (/^(?:(?:an?|the)\s|\p{Ll})/u.test(segs[j].trim()) || possessiveTitle(segs[j]) || titleOfBody(segs[j]) || placeGoesOn(segs[j], segs[j - 1], j > 1))
    && !NOT_APPOSITION.test(segs[j].trim())
  ) descs.unshift(segs[j--]);
  // "“…,” Mara Velden, the governor of the region told": an apposition whose closing comma the writer left out.
  // The name opens the sentence or follows the quotation ("“…,” Mara Velden, the …"), as a speaker's name does.
  if (!comma && j === segs.length - 1 && j > 0 && (j === 1 || !segs[j - 2].trim()) && unclosedApposition(segs[j], segs[j - 1])) descs.unshift(segs[j--]);
  // ", and the Harbour Board said": the conjunction opens the clause; the subject follows it.
  let last = segs[j].trim().replace(/\u0001/g, ",").replace(j > 0 ? /^(?:and|but|while|whereas)\s+(?:also\s+)?/ : /^$/, "");
  // "The Harbour Press of Norland news agency said", "the state-run Norland Times newspaper said": a named outlet
  // followed by its kind is named by its name alone.
  // (A country's possessive before the name is left to the rules for it: "Japan's Kyodo news agency".)
  const outlet = / (?:news agency|newspaper|news channel|broadcaster|daily|news website)$/.test(last) && !/['’]s\s/.test(last) ? NAMED_OUTLET.exec(last) : null;
  if (outlet) last = outlet[1];
  if (j > 0 && participleWithObject(last)) return null;
  // "Six people, including a police officer, were killed ..., said authorities": a phrase opened by a preposition
  // or a subordinating word is no subject; the subject comes after the verb.
  if (comma && descs.length && NOT_APPOSITION.test(last) && !/^(?:and|or|but|so|then)\b/.test(last)) return null;
  // "A woman who lives near the plant said": a relative clause describes the subject; the plant did not speak.
  const restrictive = !descs.length && / (?:who|which) /.test(last) ? RESTRICTIVE_RELATIVE.exec(last) : null;
  if (restrictive && !restrictive[1].split(/\s+/).some((w) => isClauseWord(w))) last = restrictive[1];
  // "A senior police officer involved in the operation said": the phrase after the source says which one.
  const modified = !descs.length && includesAny(last, POSTMODIFIER_WORDS) ? SOURCE_POSTMODIFIER.exec(last) : null;
  if (modified && !modified[1].split(/\s+/).some((w) => isClauseWord(w)) && isSourceHead(modified[1])) last = modified[1];
  // "the US Geological Survey or USGS said": the name, its acronym given with "or" an alias of it.
  const spelled = last.includes(" or ") ? nameOrAcronym(last) : null;
  if (spelled) {
    ctx.addAlias(spelled.name, spelled.acronym);
    last = last.slice(0, last.length - spelled.acronym.length).replace(/\s+or\s*$/, "");
  }
  // "A Coast Guard (CG) spokeswoman confirmed": an unnamed person described by the body they speak for keeps the
  // description (the article may name her later).
  const bodyTitle = descs.length ? null : BODY_TITLE.exec(last);
  if (bodyTitle && !isTitleWord(bodyTitle[1].trim().split(/\s+/).pop()!)) return { name: `${bodyTitle[1].trim()} ${bodyTitle[2]}`, description: null, person: false, generic: true, indefinite: true };
  const titleOfWhom = descs.length ? null : headlessTitleBeforeName(last);
  if (titleOfWhom) return speakerFromName(titleOfWhom.name, ctx, titleOfWhom.title);
  // "In Punjab, he said" after "According to ECP spokesperson": with no one named, the one unnamed person quoted.
  // ("He further said some callers reported ...": with no one to refer to, "he" is still someone, never the words after.)
  if (!descs.length && /(?:^|\s)(?:he|she|He|She)$/.test(last)) return ctx.lastHe ?? ctx.lastUnnamedPerson ?? ANON;
  // "Police said ... They said": "they" is the group that spoke last, else the body.
  // "The military ... launched an operation. In February, they claimed ...": the subject of the sentence before.
  // ("The floods drove 9,000 people from their villages. They posted photos ...": people the sentence before spoke of.)
  if (!descs.length && /(?:^|\s)(?:they|They)$/.test(last)) return ctx.groupOpeningPrevious() ?? (ctx.theyArePeopleBefore() ? null : (ctx.lastGroup ?? ctx.lastOrg ?? ANON));
  // "The ministry said ... it stated": with no body named, the unnamed body or document quoted last.
  // "Velmar Metropolitan University is facing a deficit. Last month, it announced ...": the body the sentence before opened on.
  if (!descs.length && /(?:^|\s)(?:it|It)$/.test(last)) return ctx.bodyOpeningPrevious() ?? ctx.itSource() ?? ANON;
  const listed = last.includes(",") ? LIST_ORG_END.exec(last) : null;
  if (listed && !descs.length) return speakerFromName(listed[0].replace(/^(?:The|A|An)\s+/, "").split(/\s+/), ctx, null);
  // "Prime Minister Jonas Weber's office said": the office of that person, by name.
  const office = last.includes("'s") || last.includes("’s") ? OFFICE_OF.exec(last) : null;
  if (office && !descs.length) {
    const person = splitTitle(office[1].split(/\s+/)).name;
    if (person.length >= 2 && !isOrganisation(person)) return unnamed(`${office[2]} of ${person.join(" ")}`);
  }
  // "Research in Motion said": a name joined by "in" the article wrote with a legal suffix.
  const joined = ctx.joinedNameEnding(last.replace(/^(?:the|The)\s+/, ""));
  if (joined) return { name: joined, description: null, person: false };
  const words = last.split(/\s+/);
  const { name: run, before } = trailingName(words);
  // "The Interior Ministry in Kabul": where a body sits is no part of its name, unless the article names it so.
  const at = run.indexOf("in");
  // ("The Ministry of Health in Malawi": a government office named with "of" sits in its country too; an
  // association's "in Norland" may be its name.)
  const name = at > 0 && (ORG_WORDS.has(run[at - 1].toLowerCase()) || GOVERNMENT_OFFICE_OF.test(run.slice(0, at).join(" "))) && !ctx.knownOrg(run.join(" ")) ? run.slice(0, at) : run;
  if (name.length === 1 && SOURCE_NOUNS.has(name[0].toLowerCase())) return commonSubject(last, ctx, j === 0);
  // "Cumulative confirmed deaths ...": a word capitalised only because it opens the sentence, and written
  // in lower case elsewhere in the article, is no name.
  if (name.length === 1 && !before.length && j === 0 && opensSentence && ctx.onlyCapitalisedToOpen(name[0])) return commonSubject(last, ctx, true);
  // "A ransomware gang calling itself Nightcrawler claimed": the name the subject goes by.
  const called = name.length && /(?:^|\s)(?:calling (?:itself|themselves)|known as|called|named)$/.test(before.join(" "));
  if (called) return speakerFromName(name, ctx, cleanPhrase(before.join(" ").replace(/\s*(?:calling (?:itself|themselves)|known as|called|named)$/, "")) || null);
  // "chairman and chief executive Richard Parsons": "and" between two titles joins them, no clauses.
  // "Search and Rescue Agency spokesman Yusuf Latif", "Ministry of Health and Family Welfare spokesman": "and", "of"
  // inside a body's capitalised name before a title join the name.
  const titledBefore = before.length > 0 && isTitleWord(before[before.length - 1]) && before.length <= 7;
  const inName = (n: number) => /^\p{Lu}/u.test(before[n - 1] ?? "") && /^\p{Lu}/u.test(before[n + 1] ?? "");
  // "fire and rescue services official Lena Marsh", "oil and gas minister": "and" joining two lower-case modifiers of the
  // title that closes the description, no clause (not "... reported and police official ...", whose "and" follows a verb).
  const modifiers = (n: number) => [before[n - 1] ?? "", before[n + 1] ?? ""].every((w) => /^\p{Ll}+$/u.test(w) && !isClauseWord(w) && !/ed$/.test(w));
  const clauseWord = (w: string, n: number) => isClauseWord(w) && !(w === "and" && isTitleWord(before[n - 1] ?? "") && isTitleWord(before[n + 1] ?? ""))
    && !(titledBefore && /^(?:and|of|for)$/.test(w) && inName(n)) && !(titledBefore && w === "and" && modifiers(n));
  // "Andhra Pradesh state revenue minister D. Prasad Rao": a longer description is fine when a title closes it.
  // "an army spokesman in the region Nazifullah Sultani": a described title, then the person's full name.
  // "A spokeswoman for Governor Tom Reilly": the person after a preposition is whom the speaker works for.
  let k = before.length;
  while (k > 0 && /^\p{Lu}/u.test(before[k - 1]) && isTitleWord(before[k - 1])) k--;
  const forWhom = k > 1 && /^(?:for|of|to)$/.test(before[k - 1]);
  if (forWhom && name.length >= 2 && /^(?:an?|the)$/i.test(before[0]) && TITLES.has(before[k - 2].toLowerCase()) && !isOrganisation(name) && !descs.length) {
    return unnamed(`${before.slice(0, k).join(" ")} ${splitTitle(name).name.join(" ")}`);
  }
  // "The Los Angeles commuter rail service Metrolink said": a body described by its kind, then its name.
  const kind = before[before.length - 1] ?? "";
  const describedBody = name.length >= 1 && name.length <= 5 && before.length >= 2 && before.length <= 8 && /^(?:an?|the)$/i.test(before[0])
    && /^\p{Ll}/u.test(kind) && (ORG_WORDS.has(kind) || COMPANY_NOUNS.has(kind)) && !before.some(clauseWord) && !descs.length && name.every((w) => isNameToken(w) && !isTitleWord(w) && !/^(?:Mr|Mrs|Ms|Dr|Prof)\.?$/.test(w));
  if (describedBody) {
    const body = name.join(" ");
    ctx.addAlias(body, kind);
    return { name: ctx.knownOrg(body) ?? body, description: null, person: false };
  }
  const describedTitle = !forWhom && name.length >= 2 && before.length <= 8 && /^(?:an?|the)$/i.test(before[0] ?? "") && before.some((w) => TITLES.has(w.toLowerCase()) && /^\p{Ll}/u.test(w)) && !isOrganisation(name);
  if (describedTitle && !descs.length) return speakerFromName(name, ctx, cleanPhrase(before.join(" ")));
  if (name.length && (before.length <= (before.includes("and") ? 5 : 4) || titledBefore || kindLabel(before)) && !before.some(clauseWord)) {
    let description: string | null = null;
    if (descs.length && (/^(?:an?|the)\s/i.test(descs[0].trim()) || possessiveTitle(descs[0]) || titleOfBody(descs[0]))) description = cleanPhrase(descs[0]);
    else if (j > 0 && !descs.length) description = titledDescription(segs[j - 1]);
    if (!description && before.length && TITLES.has(before[before.length - 1].toLowerCase())) {
      description = cleanPhrase(before.join(" "));
    }
    const sp = speakerFromName(name, ctx, description || null);
    // "..., Terminal 3 IGI Airport, a senior police officer said": a person described after a place or a body
    // is the speaker, not an apposition of it.
    const officer = descs.length && /^an?\s/i.test(descs[0].trim()) ? descs[0].trim().split(/\s+/).pop()! : "";
    // "The Syrian Observatory ..., a Britain-based war monitor, said": a body opening the sentence is the subject itself.
    if (sp && !sp.person && officer && TITLES.has(officer.toLowerCase()) && descs.length === 1 && j > 0) return commonSubject(descs[0].trim(), ctx, false);
    // "The railroad, Great Plains Railway, said": the common noun becomes the body's short reference.
    const noun = j > 0 && !descs.length && !sp?.person ? /^\s*(?:the|its)\s+(\p{Ll}+)$/iu.exec(segs[j - 1]) : null;
    if (sp && noun) ctx.addAlias(sp.name, noun[1].toLowerCase());
    return sp;
  }
  if (descs.length) return commonSubject(last, ctx, j === 0) ?? null;
  if (comma) return null;
  return commonSubject(last, ctx, segs.length === 1);
}

/** A time or manner phrase closing a subject written after its verb: "on Tuesday", "late last night", "on condition of anonymity". */
const TRAILING_WHEN = /\s+(?:(?:(?:late|early|earlier)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:(?:late|early|earlier)\s+)?(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)(?:\s+(?:morning|afternoon|evening|night))?|(?:(?:late|early|earlier)\s+)?(?:yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening))?|on\s+condition\s+of\s+anonymity)\s*$/;

/**
 * "The state-run Norland Times newspaper": an outlet's capitalised name of two words or more between lower-case
 * modifiers and its kind (a one-word name keeps its kind: "Kyodo news agency").
 */
const NAMED_OUTLET = /^(?:[Tt]he\s+)?(?:[\p{Ll}\p{Lu}]+-[\p{Ll}]+\s+|[\p{Ll}]+\s+)?(?!(?:The|A|An)\s)(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:of|for|the|and)?\s*\p{Lu}[\p{L}\p{M}'’.&-]*){1,5})\s+(?:news agency|newspaper|news channel|broadcaster|daily|news website)$/u;

/** The subject written after the verb: "..., said Mustafa Bali, a spokesman for the SDF." */
function subjectAfter(after: string, ctx: ArticleContext): Speaker | null {
  // A full stop inside "U.N." or before a lower-case word does not end the subject.
  // ... nor the stop of "Dr." or "Gov." before a name.
  const clause = /^\s+((?:[^,.;:!?“”"]|\.(?=\p{L}|\s+\p{Ll})|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Maj|Sgt|Rev|Adm|Brig|St|Det|Supt|Insp|Cmdr|Cpl|Pvt|Atty))\.)*)(,\s*(?:an?|the)\s+[^,.;“”"]+)?/u.exec(after);
  if (!clause) return null;
  // "said a county government spokesman who updated the toll": the relative clause describes, it does not name.
  // "said the trade ministry quoting its annual survey": how it spoke is no part of who.
  const relative = /\s(?:who|which|whose|quoting|citing)\s/.exec(clause[1]);
  if (relative && !clause[2]) clause[1] = clause[1].slice(0, relative.index);
  // "said an official on Tuesday", "said police on condition of anonymity": when and how it was said is no part of who.
  // ("showed customs data Tuesday": a bare day too.)
  if (/\s(?:on|last|this|late|early|earlier|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(clause[1])) clause[1] = clause[1].replace(TRAILING_WHEN, "");
  const words = clause[1].replace(/\s*\([^)]*\)/g, "").trim().split(/\s+/);
  // "reports NASA and the National Oceanic and Atmospheric Administration": bodies reporting together.
  const bodies = /^the$/i.test(words[0]) ? words.slice(1) : words;
  const joint = bodies.length > 2 && bodies.includes("and") && bodies.every((w, n) => isNameToken(w) || (n > 0 && /^(?:of|for|and|the|on)$/.test(w)));
  if (joint && bodies.some((w) => ORG_WORDS.has(w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w)) && !clause[2]) {
    return { name: bodies.join(" "), description: null, person: false };
  }
  // "says a report by the Trade Institute", "reads a release issued by the statistics office on Monday": a document and who issued it.
  const doc = DOC_SUBJECT.exec(clause[1].trim());
  if (doc && /\p{Lu}|\s/u.test(doc[2])) return { name: `${doc[1].toLowerCase()} by ${cleanPhrase(doc[2])}`, description: null, person: false };
  // "said Dr. Annie Rose Amar of the City Epidemiology Surveillance Unit": a long subject is a person and their body.
  if (words.length > 8 && !splitPersonOfBody(words, (w) => ctx.knows(w))) return null;
  if (/^(?:he|she)$/i.test(words[0])) return ctx.lastHe;
  const start = /^the$/i.test(words[0]) ? 1 : 0;
  const name = leadingName(words.slice(start));
  const description = clause[2] ? cleanPhrase(clause[2].replace(/^,\s*/, "")) : null;
  // "said KPA spokesman Innocent Habimana": a body, a title, then the person.
  // "said rebel spokesman Marc Kabila": up to two modifiers before the title are part of the description.
  let k = start + name.length;
  // "said Blount County Sheriff's spokeswoman Marian O'Briant": a body's possessive before the title.
  const possessive = k < words.length && /^\p{Lu}[\p{L}\p{M}.-]*['’]s$/u.test(words[k]) && /^\p{Ll}/u.test(words[k + 1] ?? "") && TITLES.has(words[k + 1]);
  if (possessive) k++;
  while (k < words.length && k - start - name.length - (possessive ? 1 : 0) < 2 && /^\p{Ll}/u.test(words[k]) && !TITLES.has(words[k].toLowerCase()) && TITLES.has(words[k + 1]?.toLowerCase() ?? "")) k++;
  const titled = k;
  while (k < words.length && TITLES.has(words[k].toLowerCase()) && /^\p{Ll}/u.test(words[k])) k++;
  const person = k > titled ? leadingName(words.slice(k)) : [];
  if (person.length) return speakerFromName(person, ctx, description ?? words.slice(start, k).join(" "));
  // "say the Catalan authorities", "said Vesta police": a place's or people's name before an unnamed source describes it;
  // so it does before an armed or coast service ("say Italian coastguard", "said the Vestan navy").
  const rest = words.slice(start + name.length);
  if (name.length && rest.length && rest.length <= 2 && rest.every((w) => /^\p{Ll}+$/u.test(w)) && /^(?:authorities|officials|police|sources|officers|rescuers|investigators|prosecutors|coastguard|guard|navy|army)$/.test(rest[rest.length - 1])) {
    return commonSubject(words.join(" "), ctx, false);
  }
  if (name.length) return speakerFromName(name, ctx, description);
  // "said site engineer Tomas Berg": a role in lower case, then a full name.
  const role = words.slice(start, start + 4).findIndex((w) => /^\p{Lu}/u.test(w));
  const roleName = role > 0 ? leadingName(words.slice(start + role)) : [];
  if (roleName.length >= 2 && words.slice(start, start + role).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !CLAUSE_WORDS.has(w))) {
    return speakerFromName(roleName, ctx, description ?? words.slice(start, start + role).join(" "));
  }
  // "said the ministry's spokesman, Ali Reza.": the person named after the description.
  const named = /^,\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s*(?:[.,;!?]|$)/u.exec(after.slice(clause[0].length));
  if (named && /^(?:an?|the)$/i.test(words[0]) && isTitleWord(words[words.length - 1]) && named[1].split(/\s+/).every(isNameToken) && !isOrganisation(named[1].split(/\s+/))) {
    return speakerFromName(named[1].split(/\s+/), ctx, cleanPhrase(clause[1]));
  }
  if (/^(?:an?|the)$/i.test(words[0])) return commonSubject(clause[1], ctx, false);
  // "..., says health agency": a headline drops the article before a source.
  if (words.length <= 4 && words.every((w) => /^\p{Ll}/u.test(w)) && SOURCE_NOUNS.has(words[words.length - 1])) return unnamed(clause[1]);
  return null;
}

/** "officials in the mayor's office", "sources at the ministry": unnamed people and where they work. */
const DESCRIBED_GROUP = /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:officials|authorities|sources|officers|staff|workers|experts|spokespeople|doctors|medics|nurses)\s+(?:in|at|of|from|with)\s+(.+)$/u;

/** "China's health ministry", "Tom Hale's lawyer": a capitalised owner, then lower-case words up to the source's head. */
const POSSESSED_SOURCE = /^(?:the\s+)?\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,3}(?:['’]s|s['’])\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)$/u;

/** "(VSA) Marie Uwase," after a title and its body: the acronym, then the holder's name (group 1) closing the phrase. */
const TITLED_AFTER_ACRONYM = /^\s*\(\p{Lu}[\p{L}&]{1,9}\)\s*(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3})\s*(?=[,;]|\.(?:\s|$))/u;
/** A capitalised run opening the phrase, then "from/of/at/with (the)": who is of the body named next. */
const PERSON_FROM = /^\s*(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,5}(?:from|of|at|with)\s+(?:the\s+)?$/u;

/**
 * "... to use Treasury figures which " → Treasury: the body whose data (BODY_DATA_BEFORE), named with up to four more
 * capitalised words before it, a relative clause opens on; null when no named body's data stand there.
 */
function namedDataBefore(pre: string, ctx: ArticleContext): Speaker | null {
  const data = pre.replace(/,?\s*(?:which|that)\s+$/, " ");
  const at = BODY_DATA_BEFORE.exec(data)?.index ?? -1;
  if (at < 0) return null;
  const lead = /(?:\p{Lu}[\p{L}.&-]*\s+){0,4}$/u.exec(data.slice(0, at))!;
  const sp = documentOwner(data.slice(lead.index).trim(), ctx);
  return sp && sp !== ANON && !sp.person && !sp.generic ? sp : null;
}

/** "a spokesperson for <body>", "an official at <body>": one unnamed person described by the body (group 1). */
const SPOKESPERSON_FOR = /^(?:an?|one)\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:man|woman|person)|official|representative)\s+(?:for|of|at|from|with)\s+(.+)$/u;

/** "according to a complex formula", "according to the rules", "according to plan": a method kept to, no source. */
const KEEPING_WITH = /^(?:plan|schedule|(?:(?:an?|the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:formula|rules|schedule|timetable|custom|tradition|procedure|principle))(?:\s+(?:of|for|involving|used|set|laid|agreed|devised|based|that|which|under|in)\b|\s*$)/u;

/**
 * "a Health Ministry note published by state media", "the Port Authority notice posted on its website": a capitalised
 * body (group 1), one lower-case document word and a participle phrase with no capitalised word (no one else named).
 */
const RELAYED_DOCUMENT = /^(?:an?|the)\s+(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})\s+\p{Ll}+\s+(?:published|released|issued|posted|carried|circulated|cited|seen|obtained|reported)\s[^\p{Lu}]*$/u;

function accordingTo(s: string, ctx: ArticleContext): Speaker | null {
  const m = s.includes("ccording to") || s.includes("s per") ? ACCORDING_RE.exec(s) : null;
  // "Based on the DOH monitoring from June 30 to July 6, there were ...": data a sentence opens on, cited like "according to".
  const based = m || !s.includes("Based on") ? null : BASED_ON.exec(s);
  // (The acronym in brackets is dropped: "the Department of Roads-Survey Unit's monitoring" names its body.)
  if (based) return accordingTo(`according to ${based[1].replace(/\s*\(\p{Lu}{2,}\)(?=-)/gu, "").replace(/\s*\(\p{Lu}{2,}\)\s*/gu, " ")}`, ctx);
  // "..., per Refinitiv.", "..., per FactSet data": a named source closing the sentence, cited like "according to".
  const per = m || based || !s.includes("per") ? null : PER_SOURCE.exec(s);
  if (per) return accordingTo(`according to ${per[1]}`, ctx);
  if (!m) return null;
  // "allocated according to a complex formula", "according to plan": in keeping with a method, which says nothing.
  if (/^according/i.test(m[0]) && KEEPING_WITH.test(m[1])) return null;
  // "as per the rules", "as per the plan": in keeping with, not a source; "as per official data", "as per the EC" cite one.
  if (/^as per/i.test(m[0]) && !AS_PER_SOURCE.test(m[1])) return null;
  // "according to these initial results only four parties ...": the document ends the phrase.
  // "according to a team of scientists who used ...": the relative clause describes the source.
  const phrase = trimAccordingPhrase(m[1].trim().replace(/\s+(?:who|which|whose)\s.*$/, ""));
  // "a Health Ministry note published by state media": a named body's document, passed on by outlets no one names.
  const relayed = /^(?:an?|the)\s/.test(phrase) ? RELAYED_DOCUMENT.exec(phrase) : null;
  if (relayed && isOrganisation(relayed[1].split(/\s+/))) return speakerFromName(relayed[1].split(/\s+/), ctx, null);
  // "figures published on Thursday by the Joint Council": the body after "by", never the weekday.
  // "preliminary results from the electoral commission": the body a document comes from.
  const from = DOC_FROM.exec(phrase);
  const by = from ? from.index + from[0].length - 4 : phrase.lastIndexOf(" by ");
  // "data published by the election watchdog on Friday": when it was published is no part of who published it.
  const owner = (by >= 0 ? phrase.slice(by + 4) : phrase).replace(TRAILING_TIME, "");
  // "according to officials in the Eureka city manager's office": people described by where they work, whose
  // capitalised words only say which office.
  const group = DESCRIBED_GROUP.exec(phrase);
  if (group && !from && (/\s\p{Ll}+$/u.test(group[1]) || workplaceNamed(group[1]))) return unnamed(phrase);
  // "according to a spokesperson for Gaza's Civil Defence Agency": an unnamed person is named by the whole
  // description, the body they speak for included (as "a senior U.N. official").
  const spokes = from ? null : SPOKESPERSON_FOR.exec(phrase);
  if (spokes && isOrganisation(cleanPhrase(spokes[1]).split(/\s+/))) return unnamed(phrase);
  const caps = allMatches(CAP_SEQ, owner)
    .map((c) => c[0].replace(TRAILING_TIME, "").replace(/['’]s$|(?<=s)['’]$/, ""))
    .filter((c) => !CALENDAR_WORD.test(c));
  // ", a spokesman for the port," describes the source; ", the gang took 90,000 pounds" is the sentence going on.
  const apposition = m[2] && !/\d/.test(m[2]) && (s[m.index + m[0].length] === "," || isTitleWord(m[2].trim().split(/\s+/).pop() ?? ""));
  const desc = apposition ? cleanPhrase(m[2].replace(/^,\s*/, "")) : null;
  // "According to the Director General of Velmar Schools Authority (VSA) Marie Uwase,": the person named after the title
  // and the body's acronym.
  const titleFirst = !m[2] && isTitleWord(phrase.replace(/^the\s+/i, "").split(/\s+/)[0]) ? TITLED_AFTER_ACRONYM.exec(s.slice(m.index + m[0].length)) : null;
  const holder = titleFirst?.[1].split(/\s+/) ?? [];
  if (holder.length && holder.every(isNameToken) && !isOrganisation(holder) && !holder.some((w) => CALENDAR_WORD.test(w))) return speakerFromName(holder, ctx, cleanPhrase(phrase));
  // "According to him": the person a "he" would be.
  if (/^(?:him|her)$/i.test(phrase)) return ctx.lastHe ?? ANON;
  if (/^them$/i.test(phrase)) return ctx.lastGroup ?? ctx.lastOrg ?? ANON;
  // "according to China's health ministry", "according to Tom Hale's lawyer": a body or person described by whose
  // they are is named as with "said" ("China's health ministry said"); a document keeps its owner ("Pfizer's report").
  const possessed = !from && !desc ? POSSESSED_SOURCE.exec(phrase) : null;
  // "according to Chinese emergency officials": a nationality describes the unnamed source, it names nobody.
  const national = /^(?:the\s+)?(\p{Lu}\p{L}+)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)$/u.exec(phrase);
  if (national && demonymShaped(national[1]) && !from && !ctx.knownOrg(national[1]) && (SOURCE_NOUNS.has(national[2]) || ORG_WORDS.has(national[2]) || isTitleWord(national[2]))) {
    return { ...unnamed(phrase), name: cleanPhrase(phrase) };
  }
  if (possessed && !isDocumentNoun(possessed[1].toLowerCase())) {
    const sp = subjectBefore(phrase, ctx);
    if (sp) return sp;
  }
  // "According to details, the PTI has secured 114 seats": details of what the body quoted last announced.
  if (/^(?:further\s+|more\s+)?details$/i.test(phrase) && ctx.recentBody(3)) return ctx.recentBody(3);
  if (!caps.length && TITLES.has(phrase.split(/\s+/).pop()!.toLowerCase())) {
    // "according to the city's chief information officer, Marcus Hale.": the person named after the title.
    const named = /^,\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}?)\.?\s*(?:[,.;!?]|$)/u.exec(s.slice(m.index + m[0].length - (m[2]?.length ?? 0)));
    const words = named?.[1].replace(/([^.\p{Lu}])\.$/u, "$1").split(/\s+/) ?? [];
    if (words.length && words.every(isNameToken) && !words.some((w) => CALENDAR_WORD.test(w)) && !isOrganisation(words)) {
      return speakerFromName(words, ctx, cleanPhrase(phrase).replace(/^(?:its|his|her|their)\s+/i, ""));
    }
  }
  // "according to the UN children's agency UNICEF": the name closing a described body is its name.
  // "according to Judge Anuja Dhir from the Central Criminal Court": a person, then the body they are from, speaks.
  const personFrom = caps.length > 1 && PERSON_FROM.test(owner.slice(0, owner.indexOf(caps[1])));
  const closing = !personFrom && caps.length > 1 && owner.trimEnd().endsWith(caps[caps.length - 1]) && /\p{Ll}\s+$/u.test(owner.slice(0, owner.lastIndexOf(caps[caps.length - 1])));
  // "According to ECP spokesperson": an unnamed person described by the body they speak for keeps the description.
  const role = caps.length === 1 ? roleAfterName(phrase.trim(), caps[0]) : null;
  if (role && !desc) return unnamed(`${caps[0]} ${role[1]}`);
  // "according to Peru's National Emergency Operations Center": the country's possessive is no part of a body's own name.
  const cap = caps.length ? (closing ? caps[caps.length - 1] : caps[0]).replace(/^The\s+/, "") : "";
  if (cap) return speakerFromName((isOrganisation(cap.split(/\s+/)) ? withoutPlacePossessive(cap) : cap).split(/\s+/), ctx, desc);
  if (/^(?:its|their)\s/i.test(phrase)) return subjectBody(ctx) ?? ctx.lastOrg;
  // "according to a new study", "according to the poll based on interviews": who issued it, else the document.
  const doc = from ? null : DOC_LEAD.exec(phrase);
  if (doc) {
    const head = doc[2].toLowerCase();
    // "according to the company's filing": the owner written with the document.
    // "according to the observatory count": a body noun before the document may name its owner too.
    const owned = /['’]s?\s/.test(doc[0]) || BODY_DOCUMENT.test(doc[0]) || issuerNounOf(doc[0]) ? documentOwner(doc[0], ctx) : null;
    return owned ?? documentOwner(doc[1] ? `the ${head}` : head, ctx) ?? { name: documentDescription(doc[0]), description: null, person: false, generic: true };
  }
  const org = ctx.resolveOrg(cleanPhrase(owner)) ?? (from ? ctx.resolveDescription(cleanPhrase(owner)) : null);
  if (org) return { name: org, description: null, person: false };
  // "provisional results from the weekend's polls": results of an event, not of a body, are the source.
  const ownerHead = owner.trim().split(/\s+/).pop()!.toLowerCase();
  if (from && !/\p{Lu}/u.test(owner) && !SOURCE_NOUNS.has(ownerHead) && !ORG_WORDS.has(ownerHead) && !DESCRIBED_BODY.has(ownerHead) && !COMPANY_NOUNS.has(ownerHead) && !/(?:ers|ists|ians|ents)$/.test(ownerHead)) {
    return { name: documentDescription(phrase.slice(0, from.index + from[0].length).replace(/\s+(?:from|by)\s*$/, "")), description: null, person: false, generic: true };
  }
  // "according to the bureau" after "the weather bureau said": the source described before.
  // "according to results released by the commission" after "the electoral commission said": that source too.
  const cited = from || by >= 0 ? owner : phrase;
  const earlier = /^the\s/i.test(cited.trim()) ? ctx.describedEarlier(cleanPhrase(cited)) : null;
  return earlier ?? unnamed(from ? owner : phrase.replace(TRAILING_TIME, ""));
}

/** "Vaalrand, which employs ..., according to its annual report": "its" is the body the sentence opens with. */
function subjectBody(ctx: ArticleContext): Speaker | null {
  const subject = ctx.sentenceSubject();
  const body = subject ? (ctx.knownOrg(subject) ?? ctx.companyByFirstWord(subject)) : null;
  return body ? { name: body, description: null, person: false } : null;
}

interface Clause {
  speaker: Speaker | null;
  /** ("none": a later clause the writer tells, not the source before it.) */
  kind: "verb" | "document" | "none";
  /** Where the reporting verb is. */
  at: number;
  /** Where the clause starts (for a later clause, the ", and" or ";" that opens it). */
  from: number;
}

/** ", and the European Union said": a later coordinated clause with its own subject. */
const COORDINATED = /(?:,\s*(?:and|but|while|whereas)|;)\s+([^,;“”"]{1,80})$/;
/** ", but The Keystone Group, Inc., the prison's operator,": a later subject named with an apposition. */
const COORDINATED_APPOSITION = /(?:,\s*(?:and|but|while|whereas)|;)\s+((?:[Tt]he\s+)?\p{Lu}[^,;“”"]{0,60}(?:,\s*(?:Inc|Ltd|LLC|Corp|PLC)\.?)?,\s+(?:an?|the|its)\s+[^,;“”"]{1,80},)\s*$/u;
/** What may follow a closing reporting verb: "..., its economist wrote in a note to clients.", "... was quoted as saying by local media." */
const TAIL_AFTER = /^(?:\s+(?:reporters|journalists|the\s+\p{Lu}[\p{L}\s]{0,30}?|\p{Lu}\p{L}+))?(?:\s+(?:on|in|at|to|during|late|early|last|this|via|after|before|by)\b[^,;“”"\d]{0,50})?\s*[.!?]["”’)]*$/u;

/** Verbs that give a document's words rather than its findings: "the statement said", "the report warns", "the study urged". */
const DOCUMENT_SPEECH = /^(?:say|says|said|saying|told|tells|added|adds|reported|reports|reads|revealed|reveals|wrote|writes|warned|warns|warning|argued|argues|claimed|claims|claiming|cited|called|urged|recommended|recommends|recommend|asked|alleged|alleges|accused|promised|pledged|proposed|proposes|announced|announces|declared|insisted|stressed|reiterated|predicted|predicts|forecast|forecasts|projected|projects|expects|expected|estimated|estimates|estimate)$/;
/** Documents of findings, not of speech: what one "says" it shows ("the report says", "the study said"). */
/** Documents that are counts or estimates: what they "say" is what they show. */
const DATA_HEADS = new Set(["estimates", "figures", "data", "results", "tally", "count", "records", "projections", "predictions", "calculations", "statistics"]);
/** "A separate study by university researchers was released": a document of its own, whose data a later "the data" may be. */
const OTHER_DOCUMENT = /\b(?:study|studies|report|survey|poll|analysis|research|census|paper|audit|review)\b/i;
/**
 * Numbers with no one behind them, as written: "Figures show ...", "Estimates suggest ...", "But early data showed
 * ...", "Separate figures showed ...": what they show is the writer's own account (unattributed). "The figures" points
 * back to figures a source gave, "Census data" and "official figures" name whose they are, and a report, study or
 * survey is a source of its own: those stay sources.
 */
const UNOWNED_DATA = /^(?:(?:new|latest|recent|fresh|early|separate|further|more|other)\s+)?(?:figures|data|statistics|numbers|estimates|projections)(?:\s+(?:released|published|issued|out)\b[^\p{Lu}]*)?$/u;
const unownedData = (written: string) => UNOWNED_DATA.test(written.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
/** The heads of a body's own figures: "the data", "the figures", "the results". */
const FIGURES_HEADS = new Set(["data", "figures", "results", "statistics", "numbers"]);
/** A sentence that gives figures: a digit, or one of FIGURES_HEADS ("the figures show a fall"). */
const GIVES_FIGURES = new RegExp(`\\d|\\b(?:${[...FIGURES_HEADS].join("|")})\\b`, "i");
const REPORT_HEADS = new Set(["report", "study", "survey", "analysis", "assessment", "census", "research"]);
const ISSUED_BY = /\s(?:(?:issued|published|released|compiled|produced|conducted|commissioned|carried out)\s+)?by\s|['’]s\s/;

/**
 * A clause whose subject is a document reports what the document shows (`according_to`: "the data show")
 * or, with a speech verb, what it says ("the statement said", "the study reported"): a paraphrase. Its
 * speaker is whoever issued it, else the document itself ("study").
 */
function toClause(sp: Speaker, ctx: ArticleContext, at: number, from: number, verb: string, that = false): Clause {
  // "officials and press reports said": sources joined as written, no document's owner to look for.
  if (!sp.person && isDocument(sp.name) && !(sp.generic && sp.name.includes(" and "))) {
    const owner = documentOwner(sp.name, ctx);
    // "reads a release issued by the institute": a later "the release" is the institute's too.
    if (owner && ISSUED_TEXTS.has(documentHead(sp.name))) ctx.lastStatement = owner;
    // "figures released yesterday show" in an article that names who released the figures ("... released by NHS England").
    const issuer = owner ? null : ctx.issuerNamed(documentKind(sp.name));
    const described = owner || issuer ? null : ctx.describedLater(documentDescription(sp.name));
    // "Figures show ...", "But early data showed ...": numbers no one is named as giving are the writer's own account.
    if (described !== null && unownedData(sp.name)) return { speaker: ANON, kind: "none", at, from };
    const speaker = owner ?? (issuer ? { name: issuer, description: null, person: false } : { name: described!, description: null, person: false, generic: true });
    // "a report issued by X on Monday said": a report or study its issuer is named as putting out is cited, like
    // "X's report shows" (according_to); a statement or letter saying so is its issuer's words, and a bare
    // "the report said" stays a paraphrase.
    // Counts and estimates "say" what they show ("Official estimates say more than 700 ..."): cited like "the data show".
    const dataSay = (/^(?:say|says|said)$/.test(verb) && DATA_HEADS.has(documentHead(sp.name)))
      // "the airline group's annual report revealed": a report or count reveals what it shows.
      || (/^(?:revealed|reveals)$/.test(verb) && (DATA_HEADS.has(documentHead(sp.name)) || REPORT_HEADS.has(documentHead(sp.name))));
    const reportSays = dataSay || (!!owner && /^(?:says|said)$/.test(verb) && REPORT_HEADS.has(documentHead(sp.name)) && ISSUED_BY.test(sp.name) && !DATED_DOCUMENT.test(sp.name));
    // "an investigation by the water department counted 22 dead fish", "the county's count recorded 318": what a
    // document counts or records is what it shows.
    const counts = verb === "counted" || RECORDING_VERBS.has(verb);
    // "the audit report identified 56 cases", "the report notes that", "a report by X found that": what a document finds,
    // notes or discloses is according to it; what it "says", "warns" or "recommends" is its words, a paraphrase.
    const head = documentHead(sp.name);
    const finding = head !== "statement" && !ISSUED_TEXTS.has(head) && !DOCUMENT_SPEECH.test(verb);
    return { speaker, kind: finding || (DOC_VERBS.has(verb) && !(that && CONCLUDES.test(verb))) || reportSays || counts ? "document" : "verb", at, from };
  }
  return { speaker: sp, kind: "verb", at, from };
}

/**
 * The document noun of a phrase: "new study" → "study", "data from the agency" → "data"; a document noun naming a
 * body's kind is none ("the statistics agency", "the Census Bureau").
 */
function documentHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  // ("Bureau of Statistics", "Institute for Policy Research": a capitalised document noun after a body's word names the body.)
  const written = name.split(/\s+/);
  const bodyWord = (w: string) => ORG_WORDS.has(w) || DESCRIBED_BODY.has(w);
  const bodyName = (n: number) => /^\p{Lu}/u.test(written[n]) && words.slice(0, n).some(bodyWord);
  if (words.length > 2 && /^(?:from|by|of)$/.test(words[1])) return words[0];
  // ("Statistics Norvalia": a capitalised document noun before another capitalised word is a word of a name.)
  const inName = (n: number) => /^\p{Lu}/u.test(written[n]) && /^\p{Lu}/u.test(written[n + 1] ?? "");
  const head = words.findLastIndex((w, n) => isDocumentNoun(w) && !bodyWord(words[n + 1] ?? "") && !bodyName(n) && !inName(n));
  return head >= 0 ? words[head] : bodyName(words.length - 1) ? "" : words[words.length - 1];
}

/** "the ministry's report", "data from the agency": a document named by its head noun. */
function isDocument(name: string): boolean {
  // "analysts surveyed by Marlow Data": people asked by a body, whatever its name ends in.
  return isDocumentNoun(documentHead(name)) && !RESPONDENT_NAME.test(name);
}

/** "a statement issued by the ministry in Dorra on Monday": the issuer (group 1), its seat and the day left out. */
const ISSUED_OWNER = new RegExp(
  `^(?:(?:an?|the|its|their)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:${[...DOCUMENT_NOUNS, ...ISSUED_TEXTS].join("|")})\\s+(?:(?:issued|released|published|put out|sent|posted)\\s+)?by\\s+((?:the\\s+)?[^\\s,;“”"]+(?:\\s+[^\\s,;“”"]+){0,7}?)(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)?(?:\\s+(?:on\\s+)?\\p{Lu}\\p{Ll}+day)?$`,
  "u",
);

/** "the observatory count", "the agency report": a document named by a body noun, which a body the article named may answer to. */
const BODY_DOCUMENT = /^(?:the\s+)?(observatory|agency|commission|council|department|bureau|authority|institute|board|committee|office|monitor|court)\s+(?:data|figures|statistics|count|tally|report|estimates?|records|census)$/;

/** Who stands behind a document subject: "the ministry's report" → the ministry, "its data" → the last body. */
function documentOwner(written0: string, ctx: ArticleContext): Speaker | null {
  // "Friday's report", "last week's figures": a date says which document, not whose.
  const phrase = written0.replace(DATED_DOCUMENT, "the ");
  // "Further details show": more of the document cited last.
  if (/^(?:further|more|other|additional)\s+\p{Ll}+$/iu.test(phrase.trim()) && ctx.lastDocument) return ctx.lastDocument;
  // "A statement issued by the District Attorney's Office in Harlow": the issuer, without its seat or the day.
  const issued = ISSUED_OWNER.exec(phrase);
  if (issued) {
    // ("an investigation by the state Department of Water": a level in lower case before the name is no part of it.)
    const owner = issued[1].replace(/^the\s+/i, "").replace(/^\p{Ll}+\s+(?=\p{Lu})/u, "");
    if (/^\p{Lu}/u.test(owner)) {
      const sp = speakerFromName(owner.split(/\s+/), ctx, null);
      if (sp) return sp;
    } else {
      const head = owner.split(/\s+/).pop()!;
      const org = ctx.resolveOrg(owner);
      if (org) return { name: org, description: null, person: false };
      if ((SOURCE_NOUNS.has(head) || ORG_WORDS.has(head)) && !DOCUMENT_NOUNS.has(head)) return unnamed(owner, ctx);
    }
  }
  // "the ministry's data", "data from the health agency": the owner written with the document.
  const written = /^(?:the\s+)?(.+?)['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}\S+$/iu.exec(phrase) ?? /^\S+\s+(?:from|by|of)\s+(.+)$/i.exec(phrase);
  if (written && /^\p{Ll}/u.test(written[1].replace(/^the\s+/i, ""))) {
    // "figures carried by state-run television Al Nour TV": the outlet by its name.
    const outlet = withoutOutletKind(written[1]);
    if (outlet !== written[1]) return { name: ctx.knownOrg(cleanPhrase(outlet)) ?? cleanPhrase(outlet), description: null, person: false };
    const org = ctx.resolveOrg(written[1]) ?? ctx.resolveDescription(cleanPhrase(written[1]));
    if (org) return { name: org, description: null, person: false };
    // "the ministry's latest figures" with no ministry named: the ministry, unnamed;
    const owner = cleanPhrase(written[1]);
    // "figures published by the statistics office": the office, unnamed.
    const ownerHead = owner.split(/\s+/).pop()!.toLowerCase();
    if ((SOURCE_NOUNS.has(ownerHead) || ORG_WORDS.has(ownerHead)) && !DOCUMENT_NOUNS.has(ownerHead)) return unnamed(owner);
  }
  // "customs data showed", "government figures show": the body a lower-case modifier names issued them.
  const issuerNoun = issuerNounOf(phrase);
  // ("Census data" where the article writes "Census" capitalised mid-sentence: the census bureau's name, below.)
  const census = issuerNoun === "census" && ctx.writtenAsName("Census");
  if (issuerNoun && !census) {
    // "Ministry figures show" after "the Norland Health Ministry said": a capitalised noun is the body the article
    // named with it, as a capitalised "the Ministry" is; unnamed only when the article names none.
    // ("New government data": the noun as written, not a word of when opening the sentence.)
    const asWritten = phrase.trim().split(/\s+/).find((w) => w.toLowerCase() === issuerNoun) ?? issuerNoun;
    const named = /^\p{Lu}/u.test(asWritten) ? ctx.resolveOrg(asWritten) ?? ctx.resolveOrg(issuerNoun) : null;
    return named ? { name: named, description: null, person: false } : unnamed(issuerNoun);
  }
  // "according to the observatory count" after "the Lakes Observatory for ... said": the body the modifier names.
  const bodyDocument = BODY_DOCUMENT.exec(phrase.trim());
  const bodyIssuer = bodyDocument ? ctx.resolveOrg(bodyDocument[1]) : null;
  if (bodyIssuer) return { name: bodyIssuer, description: null, person: false };
  // "Weather reports put ...", "Last count showed ...": a common word capitalised only to open the sentence owns nothing.
  const owner = (written?.[1] ?? phrase).match(CAP_SEQ)?.map((w) => w.replace(TRAILING_TIME, ""))
    // ("Census data shows" where the article writes "Census" capitalised mid-sentence: the census bureau's name, not the document.)
    .filter((w) => !/^(?:The|Its|Their)$/.test(w) && !DOC_ADJECTIVE.test(w) && !(DOCUMENT_NOUNS.has(w.toLowerCase()) && !ctx.writtenAsName(w)) && !(!w.includes(" ") && ctx.onlyCapitalisedToOpen(w)));
  // "A Harris poll" after "Harris Interactive" was named: the body by its first word.
  const body = owner?.length === 1 && !owner[0].includes(" ") ? ctx.bodyByFirstWord(owner[0]) : null;
  if (body) return { name: body, description: null, person: false };
  if (owner?.length) {
    // "Mr Obi's statement said": the person the article named in full before, as "Mr Obi said" is read.
    const titled = /^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(owner[0]);
    const known = titled ? ctx.personBySurname(titled[1]) : null;
    if (known?.person) return known;
    const words = ctx.withoutOpeningAdjective(owner[0].split(/\s+/));
    const sp = speakerFromName(words, ctx, null);
    // "A Brask Interactive survey": a name issuing a document is a body unless the article quoted that person.
    if (sp?.person && !sp.description && !ctx.quoted(sp.name)) return { ...sp, person: false };
    return sp ?? { name: owner[0], description: null, person: false };
  }
  if (written && !/^(?:its|their)\s/i.test(phrase)) return null;
  if (/^(?:its|their)\s/i.test(phrase)) return subjectBody(ctx) ?? ctx.lastOrg;
  // "The figures show" after "Stats SA released its report": who issued the last document of the article.
  const definite = /^(?:the|this|that|these|those)\s/i.test(phrase);
  const head = documentHead(phrase);
  const by = ctx.documentAuthor(head) ?? (definite ? ctx.lastRelease : null);
  if (by) return { name: by, description: null, person: false };
  // "The report also showed" after "..., according to the Labor Department": the body cited for the last document.
  const statement = head === "statement" || ISSUED_TEXTS.has(head);
  if (definite && !statement && ctx.lastDocument && !ctx.lastDocument.person) return ctx.lastDocument;
  // "Exports rose 5%, the Statistics Bureau said. The data also shows": figures a body just gave, never a report, study
  // or survey, which is a document of its own.
  const near = definite && FIGURES_HEADS.has(head) ? ctx.figuresBodyNear() : null;
  if (near) return near;
  // "the statement said": issued by the body quoted last.
  // "the statement added" after "X said in a statement": X's statement; "the release further reads" after "reads a release issued by X".
  if (definite && statement && ctx.lastStatement) return ctx.lastStatement;
  return definite && statement && ctx.lastOrg && !ctx.lastOrg.generic ? ctx.lastOrg : null;
}

/** ", CNBC also ", ", the Kestrel Times ": a capitalised subject set off by a comma before a closing "reports". */
const CLOSING_REPORTER = /,\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,4}\s+(?:also\s+)?$/u;

/**
 * Forms of the verb VERB_RE found, tested on every match before its subject is read: a set look-up on the verb as
 * matched, where an expression per test cost more (each set is exactly the words its comment's expression matches).
 */
const CLAIM_FORMS = new Set(["claim", "claimed", "claims"]); // /^claim(?:ed|s)?$/
const RESULT_VERBS = new Set(["posted", "recorded", "records"]); // /^(?:posted|recorded|records)$/
const DENIAL_VERBS = new Set(["refuted", "rejected", "dismissed", "disputed"]); // /^(?:refuted|rejected|dismissed|disputed)$/
const ADMISSION_VERBS = new Set(["acknowledged", "admitted"]); // /^(?:acknowledged|admitted)$/
const ADD_FORMS = new Set(["added", "adds"]); // /^add(?:ed|s)$/
const FOUND_FORMS = new Set(["found", "finds"]); // /^(?:found|finds)$/
const PUT_FORMS = new Set(["put", "puts", "pegged", "pegs"]); // /^(?:put|puts|pegged|pegs)$/
const RECORDING_VERBS = new Set(["recorded", "records", "registered"]); // /^(?:recorded|records|registered)$/
const SUGGEST_FORMS = new Set(["suggests", "suggested"]); // /^suggest(?:s|ed)$/
const PROPOSE_FORMS = new Set(["proposed", "proposes"]); // /^(?:proposed|proposes)$/
const OBSERVE_FORMS = new Set(["observed", "observes"]); // /^observe[ds]$/
const RECORD_FORMS = new Set(["recorded", "records"]); // /^record(?:ed|s)$/
/** Forms that are also nouns before a verb ("press reports said"). */
const NOUN_FORMS = new Set(["reports", "estimates", "forecasts", "forecast", "records", "projects"]); // /^(?:reports|estimates|forecasts|forecast|records|projects)$/

/**
 * The reporting clauses of a sentence: the first one, then any coordinated clause with its own subject
 * ("Britain pledged X, and the EU said Y"). A closing "..., <subject> said." replaces the first clause:
 * the whole sentence is what that subject said.
 */
function verbClauses(s: string, ctx: ArticleContext, quotes: Array<[number, number]>): Clause[] {
  const out: Clause[] = [];
  for (const m of allMatches(VERB_RE, s)) {
    if (quotes.length && quotes.some(([a, b]) => m.index > a && m.index < b)) continue;
    let pre = s.slice(0, m.index);
    // "The weather service's preliminary estimate was that ...": the owner of the estimate says what follows
    // (VERB_RE reads "was" and "is" only after such an estimate).
    if (m[1] === "was" || m[1] === "is") pre = pre.replace(OWNED_ESTIMATE, " ");
    // "the estimate of 300", "an expected 300": a determiner or adjective before makes it no verb.
    // ("Treasury figures that show ...": "that" opening a relative clause on a named body's data.)
    if ((BASE_FORM.test(m[1]) || m[1] === "revised") && /\b(?:the|a|an|its|their|this|that|his|her|our|latest|new|initial|official|first)\s+$/i.test(pre) && !(pre.endsWith("that ") && namedDataBefore(pre, ctx))) continue;
    // "beating Wall Street’s forecast of $8 billion": after a possessive, a noun with its figure (NAMED_EXPECTATION).
    if (BASE_FORM.test(m[1]) && /['’]s\s+$/.test(pre) && /^\s+(?:of|for)\s/.test(s.slice(m.index + m[0].length))) continue;
    // "reports" is a verb before its subject ("..., reports NASA") or a that-clause, else a noun ("Initial reports indicated").
    // "Uganda reports four new cases": a verb before an amount too.
    const reported = s.slice(m.index + 7);
    // "..., CNBC also reports.", "..., the Kestrel Times reports.": a named subject after a comma closing the sentence.
    const closing = m[1] === "reports" && /^\s*[.!]?\s*$/.test(reported) && CLOSING_REPORTER.test(pre);
    // ("AAA reports Monday that ...": the day it was reported may come between the verb and its clause.)
    if (m[1] === "reports" && !closing && !/,\s*$/.test(pre) && !THAT_CLAUSE.test(reported) && !ADDED_AMOUNT.test(reported) && !/^\s+(?:new|record)\b/.test(reported)) continue;
    if (PROGRESSIVE_VERB.test(m[1])) {
      const aux = PROGRESSIVE_AUX.exec(pre);
      if (!aux) continue;
      pre = pre.slice(0, aux.index);
    }
    // "the Department of Health records a total of 115,986 cases": a verb before an amount; "court records show" is a noun.
    if (m[1] === "records" && (!RECORDS_AMOUNT.test(s.slice(m.index + 7)) || /\b(?:the|a|an|its|their|his|her|our|official|public|court|medical|police|hospital|financial|phone)\s+$/i.test(pre))) continue;
    // "the terror recorded in the northern state": a participle after its noun, before where, reports nothing.
    if (m[1] === "recorded" && /^\s+(?:in|at|on|during|since|across|over|so far|this|last)\b/.test(s.slice(m.index + 8)) && /\s\p{Ll}+\s+$/u.test(pre)) continue;
    // "Seven men accused of helping scammers ...": a participle right before "of" describes its noun; "X accused Y of" still reports.
    if (m[1] === "accused" && /^\s+of\s/.test(s.slice(m.index + m[0].length))) continue;
    // "12 swimmers reported missing": a participle saying what became of its noun reports nothing.
    if (m[1] === "reported" && /^\s+(?:missing|dead|killed|injured|wounded|hurt|safe|stolen|lost)\b/.test(s.slice(m.index + 8))) continue;
    // "The judges held that ...": a bench holding a finding; "held talks", "held 30 hostages" say nothing.
    if (m[1] === "held" && !/^\s+that\s/.test(s.slice(m.index + 4))) continue;
    // "The department revised job losses higher, from 65,000 to 150,000": a revision of figures reports them; without figures it reports nothing.
    if (m[1] === "revised" && !/^[^.;]*\d/.test(s.slice(m.index + m[0].length))) continue;
    // "The Australian claimed a record US$4.4 million prize": claiming a thing (an object, no clause) is winning it.
    if (CLAIM_FORMS.has(m[1]) && CLAIMED_THING.test(s.slice(m.index + m[0].length))) continue;
    // "The company had posted a net profit of Rs 12.5 crore", "the lender recorded a loss": business results the article
    // states as facts ("posted on X that ..." still reports).
    // (The company is still the one a later "the company" or its first word refers to.)
    if (RESULT_VERBS.has(m[1]) && BUSINESS_RESULT.test(s.slice(m.index + m[0].length))) {
      const company = out.length ? null : subjectBefore(pre, ctx);
      // ("Orla Freight posted higher sales": a name shaped like a person's that posts results is a company's.)
      if (company && !company.generic && company !== ANON && !(company.person && (company.description || company.title))) ctx.addAlias(company.name, "company");
      continue;
    }
    // "Officials refuted claims of ...", "the ministry disputed the figures": a denial of what others say is a statement;
    // "the court rejected the appeal", "voters rejected the measure" report nothing.
    if (DENIAL_VERBS.has(m[1]) && !DENIED_CLAIM.test(s.slice(m.index + m[0].length))) continue;
    // "Parson called the derailment “a terrible situation”": calling something by quoted words is saying them.
    // "Opposition parties called for new elections in 300 constituencies": a demand states its figures.
    if (m[1] === "called" && !/^\s+[^“”".;]{1,60}[“"]/.test(s.slice(m.index + 6)) && !/^\s+for\s/.test(s.slice(m.index + 6))) continue;
    // Acts, not words: "Kenya declared a national disaster", "(was) declared president-elect", "acknowledged no
    // wrongdoing", "the governor posted a picture of ...", "Thiam added a world title to her gold".
    const following = s.slice(m.index + m[0].length);
    // ("declared a state of emergency for 31 counties": a declaration with its own figures still reports them.)
    // ("declared a state of emergency and closed the border for 24 hours": a figure of the next act is not the declaration's.)
    if (m[1] === "declared" && (DECLARED_PAYMENT.test(following) || (DECLARED_STATE.test(following) && !/^[^,;.]*\d/.test(following.split(/\s(?:and|but|then)\s/, 1)[0])) || DECLARED_ROLE.test(following) || DECLARED_DONE.test(following))) continue;
    // "The league wants to raise fees by 5%": an aim, not words ("the union wants a 5% raise" still states its demand).
    if (m[1] === "wants" && /^\s+to\s/.test(following)) continue;
    if (ADMISSION_VERBS.has(m[1]) && /^\s+no\s+(?:wrongdoing|guilt|liability|fault)\b/.test(following)) continue;
    if (m[1] === "posted" && POSTED_PICTURE.test(following)) continue;
    // "Residents recorded dramatic video of the blaze", "the band recorded 12 songs": a recording made, no count kept.
    if (RECORD_FORMS.has(m[1]) && RECORDED_MEDIA.test(following)) continue;
    if (ADD_FORMS.has(m[1]) && !ADDED_AMOUNT.test(following) && CLAIMED_THING.test(following) && /^\s+\S+\s+(?:[\p{L}-]+\s+){0,3}?(?:title|medal|gold|silver|bronze|crown|win|victory|trophy|goal|point|run|wicket)s?\b/u.test(following)) continue;
    // "officials and press reports said": a noun before the verb, not a verb itself.
    if (NOUN_FORMS.has(m[1]) && /^\s+(?:said|say|says|showed|show|shows|suggest|suggests|suggested)\b/.test(s.slice(m.index + m[0].length))) continue;
    // "Figures announced by the Chancellor show": a participle before "by" reports nothing itself.
    // ("was quoted as saying by local media", "said by phone": who relayed it or how, after a verb that is no participle.)
    // (The four characters can only be white space, "by", white space: the "by" is tested first.)
    if (s.startsWith("by", m.index + m[0].length + 1) && /^\s+by\s/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 4)) && m[1] !== "saying" && !(m[1] === "said" && /^\s+by\s+(?:tele)?phone\b/.test(s.slice(m.index + 4)))) continue;
    const after = s.slice(m.index + m[0].length);
    if (addressedPassive(m[1], after)) continue;
    // ("..., informed Dr Lena Ortiz, head of the clinic.": a closing verb before its named subject reports like "said".)
    const namedAfter = /,\s*$/.test(pre) && /^\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(after);
    if (THAT_ONLY.test(m[1]) && !THAT_CLAUSE.test(after) && !COLON_QUOTE.test(after) && !(/,[^,]+$/.test(pre) && TAIL_AFTER.test(after)) && !namedAfter) continue;
    // "The council has proposed a 3% cut in fees", "the board unveiled plans to cut 300 jobs": a body's proposal states its figures
    // ("the proposed cut", "the plan proposed by" say nothing; "unveiled a statue" is no plan).
    if (PROPOSE_FORMS.has(m[1]) && (/\b(?:the|a|an|its|their|this|that|his|her|our)\s+$/i.test(pre) || !/^\s+(?:to\s|that\s|an?\s|the\s|\d|[$£€¥])/.test(after))) continue;
    if (m[1] === "unveiled" && !/^\s+(?:(?:its|their|his|her|the|a|an|new)\s+)?(?:[\p{Ll}-]+\s+)?(?:plans?|proposals?|budget|strategy|package)\b/u.test(after)) continue;
    // "The weather office classified the gale as a severe storm, with gusts of 90 km/h": a body's classification.
    if (m[1] === "classified" && !/^\s+(?!as\s)[^,;.“”"]{1,40}?\s+as\s/.test(after)) continue;
    // "The ministry observed that ...", "the office observed a 25% rise in admissions": a remark or a measured change;
    // "residents observed smoke" reports nothing.
    if (OBSERVE_FORMS.has(m[1]) && !THAT_CLAUSE.test(after) && !COLON_QUOTE.test(after) && !OBSERVED_CHANGE.test(after) && !(/,[^,]+$/.test(pre) && TAIL_AFTER.test(after))) continue;
    // "Europe added 4.5 percent more capacity", "employers added 178,000 jobs": adding an amount, not words.
    // "The ministry added 17 were missing": a count that is a clause's subject is what was said.
    if (ADD_FORMS.has(m[1]) && ADDED_AMOUNT.test(after) && !ADDED_CLAUSE.test(after)) continue;
    if (!out.length) {
      // "Sears abandoned its forecast and said ...": the verb shares the subject the sentence opens with.
      const shared = /\s(?:and|but)\s+(?:(?:have|has|had)\s+)?(?:also\s+|later\s+|then\s+)?$/.test(pre) ? sharedSubject(s, ctx, m[1]) : null;
      let sp = shared ?? subjectBefore(pre, ctx);
      // "The storm hit the coast and local authorities said ...": a later clause's plural source, no comma before it.
      const andSource = !sp && SPEECH_ONLY.test(m[1]) ? AND_PLURAL_SOURCE.exec(pre) : null;
      const andFrom = andSource ? andSource.index : -1;
      if (andSource) sp = subjectBefore(andSource[1], ctx);
      // "a valley that the water board says is home to 400,000": the relative clause's subject says the rest.
      const relSource = !sp && /^(?:says|say|said|estimates|estimated)$/.test(m[1]) && SAYS_WHAT_IS.test(after) ? RELATIVE_SOURCE.exec(pre) : null;
      const relSpeaker = relSource ? subjectBefore(relSource[1], ctx) : null;
      if (relSource && relSpeaker && relSpeaker !== ANON) {
        out.push(toClause(relSpeaker, ctx, m.index, relSource.index, m[1]));
        continue;
      }
      if (!sp && /[,”"’]\s*$/.test(pre) && m[1] !== "told" && m[1] !== "tells") sp = subjectAfter(s.slice(m.index + m[0].length), ctx);
      // "The release further reads that ...", "..., reads a release issued by X": only a document reads.
      if (m[1] === "reads" && !(sp && !sp.person && isDocument(sp.name))) continue;
      // "No group has claimed responsibility": a subject denied is no source.
      if (sp && (sp.generic && /^(?:no|none of the)\s/i.test(sp.name) || DENIED_SUBJECT.test(pre))) sp = null;
      // "Nobody wants 300 more cars", "Everyone expected 3 cuts": an indefinite pronoun names no source.
      if (sp && /^(?:nobody|no one|none|everyone|everybody|someone|somebody|anyone|anybody)$/i.test(sp.name)) sp = null;
      // "The Australian said", "said the 24-year-old Spaniard": a nationality as the subject is the person named before.
      if (sp && !sp.person && !sp.generic && SPEECH_ONLY.test(m[1]) && ctx.lastHe?.person && isDemonym(sp.name, pre, s.slice(m.index + m[0].length))) sp = ctx.lastHe;
      // "X released a statement Sunday saying ...": who issued it says it.
      // ("... released a statement Sunday saying": the time word closing the text is no subject either.)
      const issued = m[1] === "saying" ? ISSUED_SAYING.exec(pre) : m[1] === "alleging" ? FILED_ALLEGING.exec(pre) : null;
      if (issued) sp = subjectBefore(issued[1], ctx) ?? sp;
      // "The charity gave aid to all survivors, stating they “helped 12 people”": the subject of the act says what
      // follows; what it did, before the participle, is the writer's.
      // (Not after a refusal, "declined to comment, saying nothing about ...", "refused to confirm, stating it could not
      // verify ...": what follows is no report. A name of several words is the rule's whole capture, "Reporters without
      // Borders"; one word is read as a subject, "Police" → "police".)
      const actor = !sp && !issued && PARTICIPLE_SAYING.has(m[1]) && !REFUSAL.test(pre) && !NO_REPORT.test(after) ? ACTOR_THEN_SAYING.exec(pre) : null;
      const actorWords = actor ? actor[1].replace(/^The\s+/, "").split(/\s+/) : [];
      const actorSpeaker = !actor ? null : actorWords.length > 1 ? speakerFromName(actorWords, ctx, null) : subjectBefore(`${actor[1]} `, ctx);
      if (actorSpeaker && actorSpeaker !== ANON) {
        out.push(toClause(actorSpeaker, ctx, m.index, m.index, m[1]));
        continue;
      }
      // "stating" reports only after a body's act, ", stating that ...": "banners stating that 300 jobs ..." is no source.
      if (m[1] === "stating") continue;
      const issuedThat = issued ? null : issuedDocumentThat(pre, m[1]);
      const issuer = issuedThat ? subjectBefore(issuedThat.subject, ctx) : null;
      if (issuedThat && issuer && issuer !== ANON) {
        out.push({ speaker: issuer, kind: issuedThat.cited ? "document" : "verb", at: m.index, from: 0 });
        continue;
      }
      // "The count reached 41, with the regional council saying ...": the source of the whole sentence.
      // (Only when what is said takes up the figure: "saying the number remains unverified", "saying the toll could rise".)
      const withSaying = m[1] === "saying" && figureTakenUp(pre, after) ? WITH_SAYING.exec(pre) : null;
      // ("..., with many residents saying ...": voices quoted for colour are no source of the figures before.)
      const withSource = withSaying && !/\b(?:residents|people|witnesses|survivors|relatives|others|critics|voters|users|fans|customers|many|some)$/i.test(withSaying[1]) ? subjectBefore(withSaying[1], ctx) : null;
      if (withSource) sp = withSource;
      // "“We counted 70 tents,” a volunteer said": any person described in lower case may speak.
      if (!sp && SPEECH_ONLY.test(m[1])) {
        // "A woman who lives near the plant said": the described subject before its relative clause.
        const described = DESCRIBED_SPEAKER.exec(pre.replace(/\s+(?:who|which)\s+[^,;“”"]+$/u, ""));
        if (described && !described[1].split(/\s+/).some((w) => CLAUSE_WORDS.has(w))) sp = describedSource(described[0], ctx);
      }
      // An order is a statement only from the bench: "Judge X ordered him to pay $3m", not "Police ordered 300 homes evacuated".
      // "Park also ordered ..." after "Judge Linda Park said": the title of the person the surname stands for.
      const bench = sp?.person && !sp.name.includes(" ") ? (ctx.personBySurname(sp.name) ?? sp) : sp;
      if (sp && JUDICIAL_ACT.test(m[1]) && (SENTENCING_ACT.test(m[1]) || !JUDICIAL.test(`${bench?.description ?? ""} ${sp.name}`))) sp = null;
      // "researchers found that ...", "analysts put the cost at $3bn": a finding or an estimate, not a discovery or a placing.
      // "A jury found that ...", "a government committee found that ...": a finding of fact; "the court found the group
      // guilty" is a verdict, not a report.
      // "The court found Yu guilty of ...": what a court finds is its ruling, reported like one.
      // ("They found the cash in a shed": what a bench finds is a that-clause or a verdict, not a thing come upon.)
      const ruling = FOUND_FORMS.has(m[1]) && !!sp && !sp.person && JUDICIAL.test(sp.name) && VERDICT_FOUND.test(after);
      // "The property website found that ..." after "Hometrack, a property website,": a named body's finding, its words.
      const bodyFound = FOUND_FORMS.has(m[1]) && !!sp && !sp.person && !sp.generic && !isDocument(sp.name) && /^\s+that\s/.test(after);
      const finding = (FOUND_FORMS.has(m[1]) || PUT_FORMS.has(m[1])) && !!sp && (ruling || bodyFound || RESEARCHERS.test(sp.generic ? sp.name : (sp.description ?? "")) || (/(?:^|\s)(?:jury|panel|inquiry|committee|commission)$/i.test(sp.name) && /^\s+that\s/.test(after)));
      // "The Geological Survey measured the quake as 5.9", "the Seismological Service put (pegged) it at 6.1": a body's measurement.
      // Relayed "according to" an outlet, the outlet is cited: "..., according to Xinhua."
      // "The U.S. Geological Survey measured": a body named with a document noun measures; a document does not.
      // "The weather observatory recorded 204 mm", "the seismology office has recorded 300 aftershocks": a body that
      // keeps records measures too (a person, a place or a company recording something does not).
      const recording = RECORDING_VERBS.has(m[1]) && !!sp && !sp.person && RECORDING_BODY.test(sp.name);
      const measurement = (m[1] === "measured" || recording || (PUT_FORMS.has(m[1]) && PUT_AT.test(after))) && !!sp && !sp.person && !(isDocument(sp.name) && !namedBody(sp.name)) && !finding;
      if (measurement && /\baccording to\b/i.test(s)) continue;
      if (measurement && sp) {
        out.push({ speaker: sp, kind: "document", at: m.index, from: 0 });
        continue;
      }
      // "Metro Manila, recorded 7,768 cases", "Western Visayas recorded the most": a place where a count was made
      // (a bare name: no body's word, no acronym, no body the article named, nobody quoted) reports nothing.
      // ("Sydney recorded the highest rent" after "the Sydney CBD": a name closed by a place's kind is a place too.)
      // ("The U.S. has recorded 900 cases": a country written as its initials is a place too.)
      if (sp && RECORD_FORMS.has(m[1]) && (placeLike(sp, ctx) || PLACE_NAMED.test(sp.name) || COUNTRY_INITIALS.test(sp.name))) continue;
      // "The Halden Bank forecast suggests (shows) ...": a body's forecast is its document, cited like its report.
      // "Halden Bank Research suggests rents will fall", "the Kestrel Institute suggested ...": a body named as the
      // subject of "suggest" says so itself (a paraphrase, as "said"); "the data suggest" stays the document's.
      // "Water Board data showed", "the Tax Office's latest figures show": a named body's data are its own, cited like its forecast.
      const forecastOf = DOC_VERBS.has(m[1]) && !!sp && !sp.person && !sp.generic && (/\p{Lu}\S*\s+forecasts?\s+$/u.test(pre) || (BODY_DATA_BEFORE.test(pre) && !isDocument(sp.name)));
      const suggesting = SUGGEST_FORMS.has(m[1]) && !!sp && !sp.person && !sp.generic && namedBody(sp.name) && (isOrganisation(sp.name.split(/\s+/)) || /\sResearch$/.test(sp.name));
      if ((forecastOf || suggesting) && sp) {
        out.push({ speaker: sp, kind: forecastOf ? "document" : "verb", at: m.index, from: 0 });
        continue;
      }
      if (sp && DOC_VERBS.has(m[1]) && (sp.person || !isDocument(sp.name)) && !finding) sp = null;
      // "With half the votes counted results show ...": a bare document noun right before its verb, no comma.
      const bare = !sp && DOC_VERBS.has(m[1]) ? BARE_DOCUMENT.exec(pre) : null;
      if (bare) {
        const described = ctx.describedLater(documentDescription(bare[1]));
        out.push(unownedData(bare[1]) ? { speaker: ANON, kind: "none", at: m.index, from: bare.index } : { speaker: { name: described, description: null, person: false, generic: true }, kind: "document", at: m.index, from: bare.index });
        continue;
      }
      // "The online survey, closed on Friday, showed ...": a document subject set off by a participle saying when or how it was made.
      const apposed = !sp && DOC_VERBS.has(m[1]) ? DOC_APPOSED_PARTICIPLE.exec(pre) : null;
      const apposedDoc = apposed ? subjectBefore(`${apposed[1]} `, ctx) : null;
      if (apposedDoc && apposedDoc !== ANON && !apposedDoc.person && isDocument(apposedDoc.name)) {
        out.push(toClause(apposedDoc, ctx, m.index, 0, m[1]));
        continue;
      }
      // ("The Water Board report, published on Monday, shows": a named body's report, cited as the body's.)
      if (apposedDoc && apposedDoc !== ANON && !apposedDoc.person && !apposedDoc.generic && BODY_DATA_BEFORE.test(`${apposed![1]} `)) {
        out.push({ speaker: apposedDoc, kind: "document", at: m.index, from: 0 });
        continue;
      }
      // "... took six percent the results showed.": a closing document whose comma was left out.
      const closingDoc = !sp && DOC_VERBS.has(m[1]) && TAIL_AFTER.test(after) ? CLOSING_DOCUMENT_NO_COMMA.exec(pre) : null;
      const doc = closingDoc ? subjectBefore(closingDoc[1], ctx) : null;
      if (doc && doc !== ANON && !doc.person && isDocument(doc.name)) {
        out.push(toClause(doc, ctx, m.index, 0, m[1]));
        continue;
      }
      // "The Government will use Treasury figures which show ...": a named body's data, the subject of a relative clause.
      const relData = !sp && DOC_VERBS.has(m[1]) && (pre.endsWith("hich ") || pre.endsWith("that ")) ? namedDataBefore(pre, ctx) : null;
      if (relData) {
        out.push({ speaker: relData, kind: "document", at: m.index, from: 0 });
        continue;
      }
      // "Fees rise to £2m after the club announced the fund grows to £28m": a reporting clause that
      // opens after a conjunction reports what follows it, not the main clause before.
      if (sp) out.push(toClause(sp, ctx, m.index, andSource ? andFrom : shared || withSource || TAIL_AFTER.test(after) ? 0 : clauseStart(pre), m[1], /^\s+that\s/.test(after)));
      continue;
    }
    if (DOC_VERBS.has(m[1])) continue;
    // "KATU reported that the Health Authority announced nine cases": the inner source states the figures.
    const inner = INNER_SOURCE.exec(pre.slice(out[out.length - 1].at));
    if (inner && out.length === 1) {
      const sp = subjectBefore(inner[1], ctx);
      if (sp && sp !== ANON) {
        out.push(toClause(sp, ctx, m.index, out[0].at + inner.index, m[1]));
        continue;
      }
    }
    const near = Math.max(0, pre.length - 90);
    const coord = COORDINATED.exec(pre.slice(near)) ?? COORDINATED_APPOSITION.exec(pre.slice(Math.max(0, pre.length - 200)));
    const coordAt = coord ? pre.length - coord[0].length : -1;
    if (coord && coordAt > out[out.length - 1].at) {
      // "Authorities said ..., and they said ...": a pronoun goes back to the clause before in the sentence.
      const same = /^(?:they|it|he|she)(?:\s+(?:also|later|then|had|have|has))*\s*$/i.test(coord[1]) ? out[out.length - 1].speaker : null;
      const sp = same ?? subjectBefore(coord[1], ctx);
      if (sp) out.push(toClause(sp, ctx, m.index, coordAt, m[1]));
      continue;
    }
    const comma = pre.lastIndexOf(",");
    // "The governor said Saturday that 71 died, the agency said via Twitter": the one who states it, not the relay.
    const opening = s.slice(out[0].at, comma);
    const stated = out.length === 1 && (STATED_THAT.test(opening) || (/^report(?:ed|s)$/.test(m[1]) && SAID_RELAYED.test(opening)));
    const tail = s.slice(m.index + m[0].length);
    if (out.length === 1 && comma > out[0].at && !stated && TAIL_DESCRIBED.test(tail) && /,\s*$/.test(pre)) {
      const sp = subjectAfter(tail, ctx);
      if (sp && !isUnnamed(sp)) return [toClause(sp, ctx, m.index, 0, m[1])];
    }
    // "..., beating Wall Street forecasts.": a participle clause after the comma is no closing attribution.
    const participle = /^\s*\p{Ll}+ing\s/u.test(pre.slice(comma + 1));
    if (out.length === 1 && comma > out[0].at && !stated && !participle && TAIL_AFTER.test(tail)) {
      const sp = subjectBefore(pre, ctx);
      if (sp && sp !== ANON && (sp.person || !isDocument(sp.name))) return [toClause(sp, ctx, m.index, 0, m[1])];
    }
  }
  if (!out.length) {
    const that = thatClauseVerb(s, ctx, quotes);
    if (that) {
      out.push(that);
      return out;
    }
    // "The median forecast of economists polled by Kestrel was for a 2% drop", "below the Kestrel consensus
    // forecast of 22 billion": a poll's figure is cited from those polled (or the named body that polls them).
    const poll = s.includes(" of ") || s.includes(" for ") ? pollFigure(s, ctx) : null;
    if (poll && !quotes.some(([a, b]) => poll.at > a && poll.at < b)) {
      out.push(poll);
      return out;
    }
    // "There was also report of five others killed": reports, unnamed, are the source of what follows.
    const reports = EXISTENTIAL_REPORT.exec(s);
    if (reports && !quotes.some(([a, b]) => reports.index > a && reports.index < b)) {
      out.push({ speaker: unnamed(reports[1]), kind: "verb", at: reports.index, from: reports.index });
      return out;
    }
    // "The central bank issued revised forecasts for growth of 1.6%": the body whose forecast it is states it.
    // "County health officials increased the total case count to 275": a source updating its own count.
    const forecast = (FORECAST_NOUN.test(s) ? FORECAST_ISSUED.exec(s) : null) ?? (TALLY_NOUN.test(s) ? TALLY_UPDATED.exec(s) : null);
    const issuer = forecast && !quotes.some(([a, b]) => forecast[1].length > a && forecast[1].length < b) ? subjectBefore(forecast[1], ctx) : null;
    if (issuer && issuer !== ANON && !isDocument(issuer.name)) {
      out.push({ speaker: issuer, kind: "verb", at: forecast![1].length, from: 0 });
      return out;
    }
    // "The elections board released final figures confirming that ...": the body's figures, cited like its data.
    const released = /released|published|issued|posted|put out/.test(s) ? FIGURES_RELEASED.exec(s) : null;
    const releaser = released && !quotes.some(([a, b]) => released[1].length > a && released[1].length < b) ? subjectBefore(released[1], ctx) : null;
    if (releaser && releaser !== ANON && !releaser.person && !isDocument(releaser.name)) {
      out.push({ speaker: releaser, kind: "document", at: released![1].length, from: 0 });
      return out;
    }
    // "Reporting its results for the year, the airline made a profit of £75m": the one reporting says it.
    const opener = REPORTING_OPENER.exec(s);
    const sp = opener ? subjectBefore(opener[1], ctx) : null;
    if (sp && sp !== ANON && !isDocument(sp.name)) out.push({ speaker: sp, kind: "verb", at: opener!.index, from: 0 });
  }
  // "Rescuers initially said 23 were missing but four were later found alive": what a source first said, then the
  // writer's account of what overtook it (a "but" clause with no reporting verb of its own).
  if (out.length === 1 && out[0].speaker && SPEECH_ONLY.test(s.slice(out[0].at).split(/\s/, 1)[0]) && FIRST_SAID.test(s.slice(Math.max(0, out[0].at - 30), out[0].at))) {
    const but = OVERTAKEN_BY.exec(s.slice(out[0].at));
    const at = but ? out[0].at + but.index : -1;
    if (but && !REPORTED_AGAIN.test(s.slice(at)) && !quotes.some(([a, b]) => at > a && at < b)) out.push({ speaker: ANON, kind: "none", at, from: at });
  }
  return out;
}

/**
 * A finite verb by its shape (a present "-s" or a past "-ed"), directly followed by "that" and a clause: "Okafor
 * highlights that ...", "the authors concluded that ...". Whatever the verb, its subject puts the clause in its own
 * words, when that subject is a source (a person, a body, a described source); the verb need not be one VERB_RE
 * lists. Not a noun's relative clause ("the figures that were released": "that" then a verb; "the reports that": a
 * determiner before), nor "that" as a determiner ("killed that day"), nor "so that", "now that", "the fact that".
 */
const THAT_VERB = /(?<!\b(?:the|a|an|its|their|his|her|our|this|these|those|such|any|no|of|in|on|for|with|by|to|from|amid|after|before)\s+)\b(\p{Ll}{3,}(?:[^s\s]ed|[^su\s]s))\s+that\s+(?!(?:was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|did|does|do|day|night|morning|afternoon|evening|week|weekend|month|year|time|point|way)\b)(?=\S)/u;
/** Verbs of the auxiliary class and nouns of reasoning that take "that" as no report ("was that", "means that"). */
const NOT_REPORTING = /^(?:was|has|does|goes|means|meant|implies|implied|ensures|ensured|requires|required|seems|seemed|appears|appeared|happens|happened|follows|followed)$/;
/** "the authors", "the study's authors", "two researchers": a subject of agent nouns opening the sentence. */
const AGENTS_DESCRIBED = /^(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?((?:[\p{Ll}-]+(?:['’]s)?\s+){0,2}\p{Ll}+(?:ors|ers|ists|ians))$/u;
/** "that amount electronically", "that figure in", "that record." ("that most of them" opens a clause): "that" pointing at a noun, then no verb of a clause. */
const THAT_POINTING = /^\p{Ll}+(?<!ing)(?:\s+\p{Ll}+ly\b|\s+(?:in|on|at|from|to|for|with|by|into|over|during)\b|\s*[,.;:!?])/u;
/**
 * "acquired that 30% stake in 2019", "inherited that 40-acre farm.", "signed that $5 million loan with": "that" as a
 * determiner before a figure describing one singular noun, then no verb of a clause (a preposition, an adverb or the
 * end); "found that 30% of the lakes", "said that 40 people died" keep their clause.
 */
const THAT_POINTING_FIGURE = /^(?:[$€£]\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?|\d[\d,.]*(?:%|\s+(?:percent|per\s+cent))|\d[\d,.]*-[\p{Ll}-]+|(?:19|20)\d\d)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+(?<![^s]s)(?:\s+\p{Ll}+ly\b|\s+(?:in|on|at|from|to|for|with|by|into|over|during)\b|\s*[,.;:!?]|\s*$)/u;
/** Subjects that are no source for this rule: a pronoun standing for a thing, a demonstrative, a relative. */
const THING_SUBJECT = /(?:^|\s)(?:it|It|this|This|that|That|these|These|those|Those|which|what|What)$/;

function thatClauseVerb(s: string, ctx: ArticleContext, quotes: Array<[number, number]>): Clause | null {
  if (!s.includes(" that ")) return null;
  const m = THAT_VERB.exec(s);
  if (!m || NOT_REPORTING.test(m[1]) || quotes.some(([a, b]) => m.index > a && m.index < b)) return null;
  const pre = s.slice(0, m.index);
  if (THING_SUBJECT.test(pre.trimEnd())) return null;
  // "The authors concluded that": people named by what they do, described, with no name of their own.
  const agents = AGENTS_DESCRIBED.exec(withoutBetweenSubjectAndVerb(pre.trimEnd()));
  const sp = subjectBefore(pre, ctx) ?? (agents ? unnamed(agents[1], ctx) : null);
  if (!sp || sp === ANON || (!sp.person && isDocument(sp.name))) return null;
  // ("Metropolitan areas that saw ...", "Other states that reported ...": a plural noun's relative clause, its modifier
  // opening the sentence; a source is a person, a description, a name of more than one word or one the article knows.)
  if (!sp.person && !sp.generic && !sp.name.includes(" ") && !ctx.knownOrg(sp.name)) return null;
  // ("She was paid that sum in cash by ...": "that" pointing at a noun, no clause after it.)
  const after = s.slice(m.index + m[0].length);
  if (THAT_POINTING.test(after) || THAT_POINTING_FIGURE.test(after)) return null;
  return toClause(sp, ctx, m.index, clauseStart(pre), m[1], true);
}

/**
 * A poll's summary figure: "the average (median, consensus) estimate (forecast) of/for", either owned by a
 * capitalised name right before it ("the Kestrel consensus forecast of") or taken from those polled, named after it
 * ("of nine analysts polled by Kestrel was").
 */
const POLL_SUMMARY = /\b(?:[Tt]he|[Aa]n?)\s+(?:(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2})\s+)?(?:(?:average|median|mean|consensus)\s+){1,2}(?:estimate|forecast|expectation|prediction)s?\s+(?:of|for)\s+/u;
/** ("nine analysts polled by Kestrel was": those polled, their count left out, then the verb giving the figure.) */
const POLLED_AFTER = /^(?:(?:\d[\d,]*|[\p{Ll}-]+)\s+)?(\p{Ll}+s\s+(?:polled|surveyed|questioned)\s+by\s+(?:the\s+)?\p{Lu}[^,;.“”"]{0,40}?)\s+(?:was|were|had\s+been|stood|came\s+in)\b/u;

function pollFigure(s: string, ctx: ArticleContext): Clause | null {
  const m = POLL_SUMMARY.exec(s);
  if (!m) return null;
  if (m[1]) {
    if (CALENDAR_WORD.test(m[1]) || isTitleWord(m[1].split(/\s+/)[0])) return null;
    const sp = subjectBefore(m[1], ctx);
    // (A poll's owner cites no data of its own: a later "the data showed" is not its, so it is no document's owner.)
    return sp && sp !== ANON && !sp.person ? { speaker: { ...sp, generic: true }, kind: "document", at: m.index, from: m.index } : null;
  }
  const polled = POLLED_AFTER.exec(s.slice(m.index + m[0].length));
  return polled ? { speaker: unnamed(polled[1]), kind: "document", at: m.index, from: m.index } : null;
}

/** What a bench finds: a that-clause, or someone guilty, liable, responsible ("found the cash" is no finding). */
const VERDICT_FOUND = /^\s+(?:that\s|[^,;.“”"]{0,60}?\b(?:guilty|liable|innocent|responsible|culpable|negligent|in contempt|in breach)\b)/;

/** "initially said", "had originally said": a first account, before a verb SPEECH_ONLY matches. */
const FIRST_SAID = /\b(?:initially|originally|first)\s+$/;
/** ", but three more later died": the "but" opening what overtook a first account (not "but not", "but only", "but also"). */
const OVERTAKEN_BY = /,?\s+but\s+(?!(?:also|not|only|did|didn['’]t|declined|would|could|added|warned|said)\b)/;
/** A reporting verb in the "but" clause: the source speaks again ("but later said 20", "but revised the toll"). */
const REPORTED_AGAIN = /\b(?:said|says|told|revised|raised|lowered|updated|corrected|confirmed|reported|announced|put)\b/;

/**
 * Whether the verb at `verbAt` opens speech whose complement runs on ("X said three died", "X confirmed that ..."), so
 * a participle clause closing the sentence is still the speaker's; a verb closing the report (", said X, bringing")
 * or one with a plain object ("X confirmed three deaths, bringing") leaves it to the writer.
 */
function speechComplement(s: string, verbAt: number): boolean {
  if (/,\s*$/.test(s.slice(0, verbAt))) return false;
  const rest = s.slice(verbAt).trimStart();
  return /^\S+(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+that\s/u.test(rest) || SPEECH_ONLY.test(/^\S*/.exec(rest)![0]);
}

/** "revised the number of customers affected", "revised its estimate of the toll": a count revised by who holds it. */
const REVISED_COUNT = /^revised\s+(?:(?:its|the|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:number|toll|tally|count|estimate|total)\b/u;

/** ", in line with ...", ", beating ...": a closing comparison with what others expected, no verb after it. */
const COMPARED_WITH = /,\s+(?:in\s+line\s+with|matching|compared\s+with|beating|missing|below|above|exceeding|topping|short\s+of)\s[^,;“”"]*$/u;

/** ", in what police called", "in what the ministry said": a clause judging the event told before it. */
const IN_WHAT = /,?\s+in\s+what\s+[^,;“”"]{1,60}$/u;

/** "the same source", "the same officials": a source that refers back to the one cited before. */
const SAME_SOURCE = /^(?:the\s+)?same\s+(?:[\p{Ll}-]+\s+)?(?:sources?|officials?|spokes(?:man|woman|person)|officers?|person|people|report)$/iu;

/** A sentence opening with a reporting participle, then its subject: "Announcing the figures, the ministry ...". */
const REPORTING_OPENER = /^\s*(?:Reporting|Announcing|Releasing|Publishing|Presenting|Unveiling|Posting|Issuing)\s[^,;“”"]{1,120},\s+((?:the|its)\s+(?:\p{Lu}[\p{L}-]+\s+)?\p{Ll}+|\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,4}|it|he|she|they)\s/u;

/** A speech verb opening its own that-clause: "said Saturday that", "announced that". */
const STATED_THAT = /^(?:said|says|told [^,;]{1,40}?|announced|reported|confirmed)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+that\s/u;
/**
 * "X said no effort would be spared ..., state television reported", "Police said 12 were held (Tom Lee stole 40 cars),
 * the Vale Times reported": speech whose complement a relaying outlet reports.
 */
const SAID_RELAYED = /^(?:said|says|told [^,;]{1,40}?)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+(?!that\s)[\p{L}\d$£€]/u;
/** "reported Monday that the Oregon Health Authority": a that-clause whose own subject reports (subject only, no verb in it). */
const INNER_SOURCE = /^\S+(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+that\s+((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.'’&-]*\s*|(?:of|for|and|the|on)\s+)+)$/u;
/** ", and it expects", "; the board said": a coordinated clause with its own subject, up to its verb. */
/** (Also a bare plural of people, ", and experts are predicting": the clause's own unnamed subject.) */
const COORDINATED_START = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:also\s+)?(?:the|a|an|its|their|it|he|she|they|\p{Lu}|(?:[\p{Ll}-]+\s+)?(?:\p{Ll}+(?:ers|ists|ians|ents)|officials|experts|police|analysts)\s)[^,;“”"]{0,80}$/u;
/** "after the club announced": a subordinate clause whose subject is the reporting verb's. */
const SUBORDINATE_START = /\s(?:after|when|because|since|although|though|while|whereas|before|until|once)\s+(?:the|a|an|its|their|it|he|she|they|\p{Lu})[^,;“”"]{0,80}$/u;

/** Where the clause of a reporting verb starts when it is not the sentence's main clause; else 0. */
function clauseStart(pre: string): number {
  const coord = COORDINATED_START.exec(pre);
  const sub = SUBORDINATE_START.exec(pre);
  const start = Math.max(coord?.index ?? 0, sub?.index ?? 0);
  return Math.max(start, respondentsCounted(pre), countInSubject(pre, start));
}

/** A count in a subject: "The 13-member alliance", "A poll of 21 analysts", "Twelve economists". */
const SUBJECT_COUNT = /\b(?:\d[\d,.]*(?:-[\p{Ll}]+)?|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)(?:-[\p{Ll}]+)?)\s/gu;

/**
 * "The 13-member alliance said ...", "The poll of 21 analysts found ...": a count describing the source, written in
 * the subject of its reporting verb, is the writer's, not something the source states; the clause starts after it.
 * (Only a plain subject: an aside, a quotation or a clause set off by a comma may hold figures of its own.)
 */
function countInSubject(pre: string, start: number): number {
  const subject = pre.slice(start);
  if (!/\d|[Tt](?:wo|hree|en|welve|wenty|hirt)|[Ff](?:our|ive|ift|ort)|[Ss](?:ix|even)|[Ee](?:ight|leven)|[Nn]ine/.test(subject) || /[,;:“”"()]/.test(subject) || subject.length > 80) return 0;
  let end = 0;
  for (const m of allMatches(SUBJECT_COUNT, subject)) end = m.index + m[0].length;
  return end ? start + end : 0;
}

/** "14 analysts polled by X expected ...": the count of those asked is the writer's; their clause starts after it. */
function respondentsCounted(pre: string): number {
  if (!BY.test(pre)) return 0;
  const m = RESPONDENTS.exec(withoutBetweenSubjectAndVerb(pre.trimEnd()));
  return m ? pre.indexOf(m[1]) : 0;
}

/** An amount after "added": a number, a currency sign or a quantity word. */
/** "added 17 were missing", "added two more had died": a count then a finite verb opens a that-less clause. */
const ADDED_CLAUSE = /^\s+(?:(?!(?:who|which|that)\s)(?:[$£€¥]?\d[\d,.]*\d|[$£€¥]?\d|[\p{L}%-]+)\s+){1,3}?(?:were|was|had|have|has|are|is|would|will|remain|remained|died|fled)\b/iu;
const ADDED_AMOUNT = /^\s+(?:[$£€¥]|\d|(?:an?\s+)?(?:further|extra|additional|net|another|more|nearly|almost|about|around|some|over|roughly|just|only|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b)/i;

/** The subject a sentence opens with, for a later coordinated verb: a known or proper name, or "the company". */
function sharedSubject(s: string, ctx: ArticleContext, verb = ""): Speaker | null {
  // "Considering its scale, Cisco is seen as ... and is forecasting": the subject after an opening phrase.
  const name = ctx.sentenceSubject() ?? (AFTER_OPENING.exec(s)?.[1] ?? null);
  // Only a body or person the article has named: "Heavy rain ... and forecast to last" has no speaker.
  const words = name?.split(/\s+/) ?? [];
  if (name && (ctx.knownOrg(name) || ctx.companyByFirstWord(name) || ctx.knows(words[words.length - 1]))) return speakerFromName(words, ctx, null);
  const lead = s.replace(LEAD_CONNECTIVE, "");
  const common = /^(?:the|its)\s+(\p{Ll}+)\s/iu.exec(lead);
  // "The cabinet did not say what it would cost, but said": a body's word opening the sentence is its subject too.
  const speech = SPEECH_ONLY.test(verb);
  if (common) return (COMPANY_NOUNS.has(common[1]) || SOURCE_NOUNS.has(common[1]) || (speech && SPEAKING_BODIES.has(common[1]))) && !DOCUMENT_NOUNS.has(common[1]) ? commonSubject(common[0].trim(), ctx, true) : null;
  // "Police arrested two men and said ...": police at large.
  if (speech && /^Police\s+\p{Ll}/u.test(lead)) return unnamed("police", ctx);
  // "Opposition parties rejected the result and called for ...": a plural source opening the sentence.
  const plural = PLURAL_LEAD.exec(s.replace(LEAD_CONNECTIVE, ""));
  if (plural) return (SOURCE_NOUNS.has(plural[2]) || BODIES_PLURAL.has(plural[2])) ? commonSubject(plural[1], ctx, true) : null;
  return openingPerson(lead, ctx);
}

/** "Governor Ana Lopes", "Ana Lopes", "The governor" opening a sentence before its first verb (group 1 or 2). */
const PERSON_LEAD = /^(?:((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,5})|([Tt]he\s+\p{Ll}+\s+))(?=\p{Ll}+\s)/u;

/**
 * "Governor Ana Lopes visited the site and said ...", "The governor toured the town and announced ...": a person
 * opening the sentence is the subject of a reporting verb coordinated with its first verb. (Only a person: a name
 * or a title; "The storm hit the coast and forecast ..." and "Rain fell and ..." have no speaker.)
 */
function openingPerson(lead: string, ctx: ArticleContext): Speaker | null {
  const m = PERSON_LEAD.exec(lead);
  if (!m) return null;
  if (m[2]) {
    const title = m[2].trim().split(/\s+/)[1];
    return TITLES.has(title) ? commonSubject(m[2], ctx, true) : null;
  }
  const sp = subjectBefore(m[1], ctx);
  return sp && sp !== ANON && sp.person ? sp : null;
}

/** "declared a national disaster", "declared a state of emergency": a state declared, no words reported. */
const DECLARED_STATE = /^\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:disaster|emergency|curfew|holiday|war|ceasefire|truce|bankruptcy|insolvency|outbreak|pandemic|epidemic|famine|lockdown|mourning|amnesty|independence|martial law)\b/u;
/** "declared a cash dividend of $3.05 a share": a payment declared is the company's act, its amount no report. */
const DECLARED_PAYMENT = /^\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:dividend|payout)s?\b/u;
/** "declared the rescue operation closed", "declared the building unsafe": a thing put in a state, no words reported. */
const DECLARED_DONE = /^\s+(?:the|an?|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,4}?(?:closed|over|open|reopened|safe|unsafe|complete|completed|contained|finished|ended|void|invalid|illegal|unconstitutional|extinct)\b/u;
/** "Harwick CBD", "Lake County", "Orran Province": a name closed by the kind of place it is. */
/** "U.S.", "UK", "U.A.E.": a country written as its initials (the closing dot may be cut off the name). */
const COUNTRY_INITIALS = /^(?:U\.?S\.?(?:A\.?)?|U\.?K\.?|U\.?A\.?E\.?)$/;
const PLACE_NAMED = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:CBD|City|County|Province|District|Region|Valley|Island|Islands|Peninsula|Prefecture|Municipality|Borough|Township)$/u;
/** "Nana Mensah declared president-elect": a headline's passive, someone declared a winner. */
const DECLARED_ROLE = /^\s+(?:the\s+)?(?:winner|president-elect|governor-elect|mayor-elect|victor|champion|dead|bankrupt|insolvent|elected)\b/u;
/** "recorded dramatic video", "recorded 12 songs": sound or pictures recorded, after up to three words. */
const RECORDED_MEDIA = /^\s+(?:[\p{L}\d-]+\s+){0,3}?(?:videos?|footage|audio|songs?|albums?|podcasts?|messages?|clips?)\b/u;
/** "posted a picture of stores", "posted videos of the flooding": a picture shown, no words said. */
const POSTED_PICTURE = /^\s+(?:(?:an?|the|two|three|several|some)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:pictures?|photos?|photographs?|videos?|images?|footage|clips?|maps?)\s+(?:of|from)\b/u;

/** Bodies' words, besides SOURCE_NOUNS, that name a body which speaks: "the presidency", "the commission". */
const SPEAKING_BODIES = new Set([
  "presidency", "commission", "cabinet", "bureau", "directorate", "embassy", "institute", "authority", "service", "court",
  "tribunal", "parliament", "senate", "assembly", "federation", "association", "foundation", "alliance", "mission",
  "corporation", "bank", "fund", "observatory", "centre", "center", "regulator", "watchdog", "presidium", "secretariat",
]);

/** "Opposition parties have", "Local officials rejected": a plural subject opening a sentence, then its verb. */
const PLURAL_LEAD = /^((?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}+\s+){0,2}?(\p{Ll}+s))\s+(?:have|had|\p{Ll}+ed)\b/u;

/** An opening participle or prepositional phrase, then a capitalised subject and a lower-case verb. */
const AFTER_OPENING = /^(?:\p{Lu}\p{Ll}+ing|In|For|With|After|Despite|Given|Amid|As)\b[^,;“”"]{1,100},\s+(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3})\s+\p{Ll}/u;

/** Background descriptions whose figures nobody is reported as saying. */
const BACKGROUND_RES = [
  // ", a city of about 1.2 million people"
  /,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:city|town|village|country|nation|region|province|state|district|community|county|island|municipality|suburb|settlement|capital|port)\s+(?:of|with|home to)\s+(?:[^,;]|,(?=\d))*/gu,
  // "a taxi stand that normally serves hundreds of commuters"
  /\b(?:that|which|who)\s+(?:normally|usually|typically|ordinarily|regularly)\s+(?:[^,;]|,(?=\d))*/gu,
  // "The poll of 15 traders found", "a survey of 1,200 firms": how many were asked is the writer's, not a finding.
  /\b(?:poll|survey|study|sample|census)\s+of\s+(?:(?:more\s+than|over|about|some|nearly|almost|around)\s+)?\d[\d,.]*\s+[\p{Ll}-]+/gu,
];

/** ", and ", ", while ", ", but ": a cheap check before CLAUSE_THEN_SOURCE, which cannot match without one. */
const COMMA_CONJUNCTION = /,\s+(?:and|while|but)\s/;
/** A clause, then ", and" or ", while" and the speaker of the verb at the end: "..., and fire officials ". */
const CLAUSE_THEN_SOURCE = /^(.*\S),\s+(?:and|while|but)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}(?:officials?|police|authorities|spokes(?:man|woman|person)|agency|ministry|\p{Lu}[\p{L}'’.-]+)\s+$/u;

function backgroundSpans(s: string, verbAt: number | null): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (s.includes(" of ") || s.includes(" with ") || s.includes(" home to ") || /ally /.test(s)) {
    for (const re of BACKGROUND_RES) for (const m of allMatches(re, s)) out.push([m.index, m.index + m[0].length]);
  }
  if (verbAt !== null) {
    // "It has destroyed 585 homes, and fire officials said 9,000 more ...": the first clause has no source.
    const before = s.slice(0, verbAt);
    const joined = COMMA_CONJUNCTION.test(before) ? CLAUSE_THEN_SOURCE.exec(before) : null;
    if (joined && !/[“”"]/.test(joined[1])) out.push([0, joined[1].length]);
  }
  const inWords = verbAt === 0 && s.includes("words") ? IN_WORDS.exec(s) : null;
  if (inWords) {
    // "In Churchill's words, never was so much owed ..., and 40 pilots died": the words end where the writer's clause opens.
    const next = /,\s+and\s|;\s/.exec(s.slice(inWords[0].length));
    if (next) out.push([inWords[0].length + next.index, s.length]);
  }
  if (verbAt !== null && (s.includes("which") || s.includes("who"))) {
    // "COSLA, which represents the country's 32 councils, said": a relative clause describing the subject.
    const rel = /,\s+(?:which|who|whose)\s+(?:[^,;“”"]|,(?=\d))+,\s*(?:\p{Ll}+\s+)?$/u.exec(s.slice(0, verbAt));
    if (rel) out.push([rel.index, verbAt]);
    // "..., said the airline association, which represents 300 airlines.": the same after the verb.
    const after = AFTER_RELATIVE.exec(s.slice(verbAt));
    if (after) out.push([verbAt + after[0].length - after[1].length, verbAt + after[0].length]);
    // "“...,” Thurmond said of the strike, which is affecting 11,000 students": what the writer adds of the topic.
    const topic = SAID_OF_TOPIC.exec(s.slice(verbAt));
    if (topic) out.push([verbAt + topic[0].length - topic[1].length, verbAt + topic[0].length]);
  }
  return out;
}
/**
 * "said the Air Transport Association (IATA), which represents 300 airlines.": a relative clause in the
 * present tense describing a speaker named right after the verb (never one inside what is said).
 */
const AFTER_RELATIVE = /^\p{Ll}+\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.'’&-]*\s*|(?:of|for|and|the|on)\s+)+(?:\([^)]*\)\s*)?(,\s+(?:which|who)\s+(?!(?:says|said|adds|added|told|tells)\b)(?:\p{Ll}+ly\s+)?\p{Ll}+s\b(?:[^,;“”"]|,(?=\d))*)$/u;

/**
 * "said of the strike, which is affecting 11,000 students", "said about the storm, which killed 40 people": a relative
 * clause describing what the speaker spoke of (after "said", "says" or "spoke" only: what one "warned of" is the
 * warning), the sentence's end, with no reporting verb of its own ("which he said cost $4 million" stays the
 * speaker's) and no look ahead ("which could bring 300 mm of rain" is the speaker's forecast).
 */
const SAID_OF_TOPIC = /^(?:said|says|spoke)\s+(?:of|about)\s+(?:the|this|that|its|his|her|their)\s+[^,;“”"]{1,60}?(,\s+(?:which|who)\s+(?![^,;“”"]*\b(?:says|said|adds|added|told|tells|according|could|would|will|may|might|can)\b)(?:[^,;“”"]|,(?=\d))*)$/u;

/** The participles RUNNING_TALLY needs, one of them: a cheap check before it. */
const TALLY_VERBS = ["bringing", "raising", "taking", "pushing", "lifting"];
/** ", bringing the death toll to 30": a participle clause adding the figures up to a running total. */
const RUNNING_TALLY = /,?\s(?:bringing|raising|taking|pushing|lifting)\s+(?:the\s+|its\s+|\p{Lu}\p{L}*['’]s\s+)?(?:[\p{L}-]+\s+){0,4}?(?:toll|total|tally|count|number)\b/u;

/** "said in a statement", "disclosed this in a written statement": the speaker issued a statement. */
const IN_STATEMENT = /\bin\s+(?:a|an|its|his|her|their)\s+(?:\p{Ll}+\s+)?statement\b/u;

/** "Vestan health ministry", "Vestan Ministry of Health in Dorra": a nationality, a ministry, its seat. */
const NATIONAL_MINISTRY = /^(\p{Lu}\p{Ll}+)\s+((?:[\p{L}-]+\s+){0,2}[Mm]inistry\b.*?)(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?$/u;

/**
 * "US Commerce Department", "U.S. State Department": a department named by its portfolio after its country's
 * initials, written as "Commerce Department" ("U.S. Department of Transportation" is the body's own name).
 */
const COUNTRY_DEPARTMENT = /^(?:US|U\.S\.|UK|U\.K\.)\s+(\p{Lu}\p{Ll}+\s+Department)$/u;

/**
 * "Vestan air force", "Vestan navy": a nationality before an armed service written in lower case. (A coast guard
 * keeps it: "the Libyan coast guard" is how its own name is written.)
 */
const NATIONAL_SERVICE = /^(\p{Lu}\p{Ll}+)\s+(air force|navy)$/u;

/**
 * "the Malaysian health ministry" → "health ministry": a nationality before a ministry written in lower case says
 * whose it is, as a country's possessive does ("Italy's health ministry"), and is no part of its name. A ministry
 * written with capitals keeps it, as its full name ("the Cuban Health Ministry", "the Vestan Ministry of Health").
 * The seat after it is no part of either ("Ministry of Health in Gaza"). So for a branch of the armed forces written
 * in lower case: "the Vestan air force" → "air force" ("Vestan Air Force" is its name).
 */
function nationalMinistry(sp0: Speaker): Speaker {
  // "Department of Health (DOH)": the acronym after a body's name is no part of it.
  const sp = !sp0.person && sp0.name.endsWith(")") ? { ...sp0, name: sp0.name.replace(/\s*\(\p{Lu}[\p{L}&.]{1,9}\)$/u, "") } : sp0;
  const m = sp.person ? null : (NATIONAL_MINISTRY.exec(sp.name) ?? NATIONAL_SERVICE.exec(sp.name));
  if (m && demonymShaped(m[1])) return { ...sp, name: /^(?:[\p{Ll}-]+\s+){0,2}(?:ministry|air force|navy)\b/u.test(m[2]) ? m[2] : `${m[1]} ${m[2]}` };
  const department = sp.person ? null : COUNTRY_DEPARTMENT.exec(sp.name);
  return department ? { ...sp, name: department[1] } : sp;
}

/** A public body's name or description, which issues documents of its own rather than relaying others' ("trade ministry"). */
const PUBLIC_SPEAKER = /(?:^|\s)(?:[Mm]inistry|[Dd]epartment|[Gg]overnment|[Oo]ffice|[Cc]ouncil|[Cc]ommission|[Aa]uthority|[Bb]ureau|[Bb]oard)$/;

/** Reads the source of one sentence and updates the article memory. */
export function attributeSentence(s0: string, ctx: ArticleContext, previous: SentenceSource | null = null, inQuote = false): SentenceSource {
  // "“... ashore,’’ the agency said": two closing single marks close a double one (the same length, so places hold).
  const s1 = s0.includes("’’") || s0.includes("''") ? s0.replace(/’’|''/g, "” ") : s0;
  // "\" Harlow said ...": a straight mark followed by a space opening the sentence closes the quotation before it.
  const s = s1.startsWith('" ') ? `”${s1.slice(1)}` : s1;
  ctx.observe(s);
  const quotes = inQuote ? continuedQuotes(s) : findQuotes(s);
  let source: SentenceSource = { speaker: null, kind: "none", quotes };
  const outlet = /\b(?:AP|Associated Press|Reuters|AFP|Agence)\b/.test(s);
  const respondents = outlet && s.includes("by") && includesAny(s, RESPONDENT_VERBS) && RESPONDENTS_SPEAK.test(s);
  const found = outlet && !respondents ? firstMatch(OBS_RES, s) : undefined;
  // "..., in line with the forecast of economists in a Reuters poll": a poll the figure is measured against is no source of it.
  const obs = found && !COMPARED_WITH.test(s.slice(0, found.index)) ? found : undefined;
  let verbAt: number | null = null;
  if (obs) {
    source = { speaker: { name: OUTLETS[obs[1]], description: null, person: false }, kind: "observation", quotes };
  } else {
    const clauses = verbClauses(s, ctx, quotes);
    const quotedAs = includesAny(s, QUOTED_AS_VERBS) ? QUOTED_AS.exec(s) : null;
    if (quotedAs) {
      // "The minister was quoted by the Harbour Times as saying": the subject of the passive is the one quoted.
      // Its subject is read in its own clause, after the last comma or reporting verb ("Reuters said the minister was
      // quoted ..." quotes "the minister"), and a denied one ("No official was quoted ...") quotes no one.
      const passive = quotedAs[1].startsWith("by ") ? QUOTED_PASSIVE.exec(ownClause(s.slice(0, quotedAs.index))) : null;
      const denied = !!passive && /^(?:no|none)\b/i.test(passive[1].trim());
      // "cited Li Wei, a county official, as saying": the apposition closes with the comma the pattern took.
      const sp = denied ? null : passive ? subjectBefore(`${passive[1]} `, ctx) : subjectBefore(quotedAs[1].includes(",") ? `${quotedAs[1]},` : quotedAs[1], ctx);
      if (sp) clauses.splice(0, clauses.length, { speaker: sp, kind: "verb", at: quotedAs.index, from: 0 });
    }
    // "In Mr Tamsin's words, ...", "In the words of the mayor, ...": the opening names who says the rest.
    const inWords = clauses.length || !s.includes("words") ? null : IN_WORDS.exec(s);
    const wordsOf = inWords ? subjectBefore(`${inWords[1] ?? inWords[2]} `, ctx) : null;
    if (wordsOf && wordsOf !== ANON) clauses.push({ speaker: wordsOf, kind: "verb", at: 0, from: 0 });
    // "it was stated in Parliament that ...", "it was announced by the ministry that ...": where or by whom it was said.
    const stated = clauses.length || !s.includes("that") ? null : STATED_IN.exec(s);
    if (stated) {
      const sp = speakerFromName(stated[1].split(/\s+/), ctx, null);
      if (sp) clauses.push({ speaker: sp, kind: "verb", at: stated.index, from: 0 });
    }
    // "..., Xinhua said, citing the provincial health commission": the source a report relays states the figures;
    // a person "citing figures from" a body states them himself.
    const relay = clauses.length === 1 && !!clauses[0].speaker && !clauses[0].speaker.person;
    const citing = relay && (s.includes("citing") || s.includes("quoting")) ? CITING.exec(s) : null;
    // "..., the trade ministry said, quoting its yearly survey": a public body quoting a document of no other issuer
    // states its figures itself.
    const ownDocument = !!citing && PUBLIC_SPEAKER.test(clauses[0].speaker!.name) && isDocument(cleanPhrase(citing[1])) && !BY_OR_FROM.test(citing[1]);
    if (citing && !ownDocument && clauses.length === 1 && citing.index > clauses[0].at) {
      const sp = subjectBefore(citing[1], ctx) ?? (/^(?:the|an?)\s+[\p{Ll}\s-]+$/u.test(citing[1]) ? describedSource(citing[1], ctx) : null);
      // "citing a statement by the Health Ministry": whoever issued the document.
      if (sp && sp !== ANON) clauses[0] = { ...clauses[0], speaker: toClause(sp, ctx, clauses[0].at, clauses[0].from, "said").speaker };
    }
    const measured = clauses.length || !s.includes("by") ? null : MEASURED_BY.exec(s);
    if (measured) {
      const words = measured[1].split(/\s+/);
      const sp = speakerFromName(words, ctx, null);
      if (sp) clauses.push({ speaker: sp, kind: "document", at: measured.index, from: 0 });
    }
    // "The figure recorded on the official Guinness certificate is 900,000": the record the figure is read from.
    const record = clauses.length || !RECORD_CHECK.test(s) ? null : RECORDED_ON.exec(s);
    if (record) clauses.push({ speaker: { name: record[1], description: null, person: false }, kind: "document", at: record.index, from: 0 });
    // "exceeded economists’ expectations for a 0.2 percent rise": the figure those expecting it hold.
    const expected = EXPECTED_NOUN.test(s) ? EXPECTATIONS.exec(s) : null;
    if (expected && !quotes.some(([a, b]) => expected.index >= a && expected.index < b) && (!clauses.length || expected.index > clauses[clauses.length - 1].at)) {
      const group = expected[1].toLowerCase().replace(/['’]$/, "");
      clauses.push({ speaker: unnamed(group.endsWith("s") ? group : `${group}s`), kind: "verb", at: expected.index, from: expected.index });
    }
    const named = !expected && EXPECTED_NOUN.test(s) ? NAMED_EXPECTATION.exec(s) : null;
    const owner = named && !isTitleWord(named[1].split(/\s+/)[0]) && !CALENDAR_WORD.test(named[1]) ? subjectBefore(named[1], ctx) : null;
    if (named && owner && owner !== ANON && !quotes.some(([a, b]) => named.index >= a && named.index < b) && (!clauses.length || named.index > clauses[clauses.length - 1].at)) {
      clauses.push({ speaker: owner, kind: "verb", at: named.index, from: named.index });
    }
    // "X is one forecaster that believes ...", "..., with X predicting ...", "market forecasts had expected ...".
    const forecast = clauses.length ? null : forecastSubject(s);
    const forecaster = forecast && (forecast.named ? speakerFromName(forecast.phrase.split(/\s+/), ctx, null) : unnamed(forecast.phrase));
    if (forecast && forecaster) clauses.push({ speaker: forecaster, kind: "verb", at: forecast.at, from: forecast.from });
    const verb = clauses[0];
    // "“According to our findings, ...,” said X": the speaker's own findings are the speaker's words.
    // "“... according to the data we have, ...,” said X": data the speaker has are the speaker's own too.
    const own = !s.includes("ccording to") ? -1 : s.search(/\b[Aa]ccording to\s+(?:(?:our|my)\s|(?:the\s+)?(?:[\p{Ll}-]+\s+){1,2}(?:that\s+)?(?:we|I)\s+(?:have|had|got|received|collected|saw|see)\b)/u);
    const acc = own >= 0 && quotes.some(([a, b]) => own > a && own < b) ? null : accordingTo(s, ctx);
    // "Haldor said that according to official results, ...": the source inside the that-clause states the figures.
    const accFirst = acc && verb && (s.search(/\b(?:according to|as per)\b/i) < verb.at || /\bthat,?\s+(?:according to|as per)\b/i.test(s.slice(verb.at)));
    // "Haldor said that according to official results, the party won 120 seats": a document no one is named as
    // issuing is what the speaker reads from; the speaker states the figures (a body named after "according to" does).
    // (Inside a quotation the data keep the figure: the quoted words cite them.)
    const accAt = acc ? s.search(/\b(?:[Aa]ccording to|[Aa]s per)\b/) : -1;
    const speakerReads = !!acc?.generic && isDocument(acc.name) && !quotes.some(([a, b]) => accAt > a && accAt < b) && verb?.kind === "verb" && !!verb.speaker && verb.speaker !== ANON && !(verb.speaker.generic && isDocument(verb.speaker.name));
    // ("..., according to Refinitiv data.": data closing the sentence are where the poll's figures come from.)
    const polled = !!verb?.speaker && RESPONDENT_NAME.test(verb.speaker.name) && !(accAt >= 0 && POLL_DATA.test(s.slice(accAt)));
    // "The median of economists’ forecasts was 172,000, according to a Kestrel survey": those expecting are the ones
    // polled, and the poll that gathered their forecasts is cited.
    const pollCited = !!expected && verb?.at === expected.index && accAt > verb.at && POLL_CITED.test(s.slice(accAt));
    // "According to the BBC, the army later acknowledged ...": an outlet relays the speech; the one whose words it
    // reports speaks ("according to the ministry, 40 died" keeps the ministry: no speech is reported inside).
    const relayedSpeech = !!acc && !!verb?.speaker && verb.speaker !== ANON && verb.kind === "verb" && accAt >= 0 && isNewsOutlet(acc.name) && !isNewsOutlet(verb.speaker.name);
    if (acc && !speakerReads && !relayedSpeech && (!verb || accFirst || pollCited || ((isUnnamed(verb.speaker) || verb.speaker === null) && !polled))) source = { speaker: acc, kind: "according_to", quotes };
    else if (verb) {
      source = { speaker: verb.speaker, kind: verb.kind, quotes };
      if (verb.from > 0) source.from = verb.from;
      verbAt = verb.at;
      if (clauses.length > 1) {
        source.parts = clauses.slice(1).map((c) => ({ from: c.from, speaker: c.speaker === ANON ? null : c.speaker, kind: c.kind }));
      }
    } else if ((inQuote || /^[“"]/.test(s.trim())) && quotes.length) {
      // A quotation going on; or a quote paragraph with no attribution of its own: the last one quoted.
      const speaker = inQuote ? previous?.speaker : (ctx.lastQuoted ?? previous?.speaker);
      if (speaker) source = { speaker, kind: "verb", quotes, continued: true };
    } else if (previous?.firstPerson && previous.speaker && FIRST_PERSON.test(s)) {
      // "We are executing well on our plan." after "We delivered ..., said John Chambers": his words go on.
      source = { speaker: previous.speaker, kind: "verb", quotes: [[0, s.length]], continued: true, firstPerson: true };
    }
  }
  // "“The doctors said their condition is stable,” police said.": a quotation reporting speech itself; the
  // innermost source says what follows, in the words of the one quoted (a paraphrase).
  const relayed = source.kind === "verb" && !source.continued && verbAt !== null && quotes.length === 1 && quotes[0][0] <= 1 && quotes[0][1] <= verbAt
    ? QUOTED_REPORTING_CLAUSE.exec(s.trimStart()) : null;
  if (relayed && !/^(?:I|We|You|He|She|It|They)$/i.test(relayed[1])) {
    const inner = subjectBefore(relayed[1], ctx) ?? (/^(?:the\s+)?\p{Ll}/iu.test(relayed[1]) ? unnamed(relayed[1]) : null);
    if (inner && inner !== ANON) source = { speaker: inner, kind: "verb", quotes: [], quotedBy: source.speaker };
  }
  // "20 died in air strikes, in what an official said was an error": the source speaks of the event, not its figures.
  const aside = source.kind === "verb" && verbAt !== null && !source.parts && s.includes("what") ? IN_WHAT.exec(s.slice(0, verbAt)) : null;
  if (aside) source.from = Math.max(source.from ?? 0, aside.index);
  // "We delivered strong performance, said John Chambers": first-person words printed without quotation marks.
  if (source.kind === "verb" && !source.continued && !quotes.length && verbAt && FIRST_PERSON.test(s) && source.speaker) {
    source.quotes = [[0, verbAt]];
    source.firstPerson = true;
  }
  source.length = s.length;
  const spoken = quotes.filter(([a, b]) => QUOTED_SPEECH.test(s.slice(a, b)) && !/\baccording to\b/i.test(s.slice(a, b)));
  if (spoken.length) source.sourceQuoted = spoken;
  // "X tells the BBC, “Debris was flying everywhere.”": a whole sentence quoted after a comma or colon is speech, however short.
  if (quotes.some(([a, b]) => QUOTED_SPEECH.test(s.slice(a, b)) || (QUOTE_INTRODUCED.test(s.slice(Math.max(0, a - 2), a)) && WHOLE_QUOTED_SENTENCE.test(s.slice(a, b))))) source.speechQuoted = true;
  // "the 20-year term federal prosecutors sought": figures a source named after them holds.
  const held = quotes.length ? [] : heldSpans(s);
  if (held.length) source.held = held;
  // "A Harris poll, which had a three-point margin of error, found": a document's own figures are its own.
  const background = backgroundSpans(s, source.kind === "document" ? null : verbAt);
  // "There was report of five killed, bringing the toll to 30": the toll the writer adds up is nobody's report.
  // "Officials confirmed three more deaths, bringing the total to eight": so is the total after any reporting verb
  // (an according-to source covers its whole sentence).
  // ("The official said that output rose 60%, marking a record": inside the complement of speech, it is the speaker's.)
  // ("Halvorsen revised the number of customers affected, bringing the total to 40 million": the total is what it revised.)
  const comment = verbAt !== null && source.kind === "verb" && !source.continued && !speechComplement(s, verbAt) && !REVISED_COUNT.test(s.slice(verbAt));
  const tally = comment && includesAny(s, TALLY_VERBS) ? RUNNING_TALLY.exec(s.slice(verbAt!)) : null;
  if (tally) background.push([verbAt! + tally.index, s.length]);
  // "..., marking a 47-case uptick since July": the writer's comment on the source's figure.
  const marking = comment && s.includes("marking") ? MARKING_CHANGE.exec(s.slice(verbAt!)) : null;
  if (marking) background.push([verbAt! + marking.index, s.length]);
  // "About two hours after the crash, an official said": the writer's frame opening the sentence is nobody's report.
  // (A verb closing the sentence reports all before it: "Operating profit sank 70 percent, the firm said.")
  const frame = verbAt !== null && source.kind === "verb" && !source.continued && !TAIL_AFTER.test(s.slice(verbAt).replace(/^\S+/, ""))
    ? openingFrame(s.slice(0, verbAt)) : null;
  if (frame) background.push(frame);
  if (background.length) source.background = background;
  if (source.speaker === ANON) source.speaker = null;
  // "..., said the same source": the source the sentence before cited.
  const cited = previous?.parts?.length ? previous.parts[previous.parts.length - 1].speaker : previous?.speaker;
  if (source.speaker?.generic && SAME_SOURCE.test(source.speaker.name) && cited) source.speaker = cited;
  // "Police said ... They said": who a later "they" is.
  const spoke = source.parts?.length ? source.parts[source.parts.length - 1].speaker : source.speaker;
  if (spoke) ctx.sourced();
  if (spoke && source.kind !== "observation") ctx.lastGroup = spoke.generic && PLURAL_SOURCE.test(spoke.name) ? spoke : spoke.person ? ctx.lastGroup : null;
  // "A court in the province said ..." when the article later names "the Higher People's Court of Linhai": that body.
  // ("A city spokeswoman says ..." stays as written when a later sentence names "City spokeswoman Gail Loskill": the
  // guide keeps an unnamed source's description; only a name given right after it, below, is the speaker's.)
  const laterBody = (name: string) => {
    const later = ctx.namedLater(name);
    return later && !later.person ? later : null;
  };
  if (source.speaker?.indefinite) source.speaker = laterBody(source.speaker.name) ?? ctx.namedNext(source.speaker) ?? source.speaker;
  for (const p of source.parts ?? []) if (p.speaker?.indefinite) p.speaker = laterBody(p.speaker.name) ?? p.speaker;
  if (!source.speaker?.person && !source.parts?.some((p) => p.speaker?.person)) ctx.noteOpeningPerson();
  // The outlet is the narrator, never what a later "it" or "the agency" refers to.
  if (source.speaker && source.kind !== "observation") source.speaker = nationalMinistry(ctx.remember(source.speaker));
  for (const p of source.parts ?? []) if (p.speaker) p.speaker = nationalMinistry(ctx.remember(p.speaker));
  if (source.kind === "verb" && source.speaker && quotes.some(([a, b]) => b - a > 0)) ctx.lastQuoted = source.speaker;
  if ((source.kind === "document" || source.kind === "according_to") && source.speaker && !source.speaker.generic) ctx.lastDocument = source.speaker;
  // "Claims fell 32%, the Interior Office said. The data also shows": a named body giving figures is whose data a bare
  // "the data" or "the figures" of the same or the next sentence is (the latest such body; see documentOwner), and of
  // the sentences after those that cite no one else (its figures run on); a news outlet only relays them.
  const figuresBody = ctx.figuresBodyNear();
  if (source.kind === "verb" && source.speaker && !source.speaker.person && !source.speaker.generic && !isNewsOutlet(source.speaker.name) && GIVES_FIGURES.test(s))
    ctx.noteFiguresBody(source.speaker);
  else if (!source.parts?.some((p) => p.speaker) && (!source.speaker || source.speaker.name === figuresBody?.name || isNewsOutlet(source.speaker.name)) && !(!source.speaker && OTHER_DOCUMENT.test(s))) ctx.extendFiguresBody();
  else ctx.endFiguresBody();
  // "The ministry said in a statement ... “...,” the statement said": an unnamed body's statement is its own too.
  if (source.speaker && source.speaker !== ANON && s.includes("statement") && IN_STATEMENT.test(s)) ctx.lastStatement = source.speaker;
  return source;
}

/**
 * "... - Health Ministry", "...: CDC", "... —NDRMA": a source named after a dash or colon closing a headline; also a
 * body's document in lower case ("...: Grain Council survey", see tailDocumentIssuer).
 */
const HEADLINE_TAIL = /(?:\s[-–—]\s+|\s[—–](?=\p{Lu}{2,}\s*$)|:\s+)((?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|for|the|and)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|for|the|and)){0,5}|\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:of|for|and)\s+\p{Lu}[\p{L}\p{M}'’.&-]*|\s+\p{Lu}[\p{L}\p{M}'’.&-]*){1,3}\s+(?:report|study|survey|poll|data|figures|analysis)|(?:\p{L}+\s+)?(?:officials?|spokes(?:man|woman|person)|sources?|minister|police|authorities|ministry|military|army|government|prosecutors|witnesses|report|study|survey|poll|data|monitor|agency|UN))\s*$/u;
/** "Says Health Ministry", "Police Say": a capitalised speech verb before or after a headline's closing source. */
const HEADLINE_SPEECH_VERB = /^(?:Says|Said|Warns|Claims|Confirms|Reports)\s+(?=\p{Lu})|(?<=\p{L})\s+(?:Says|Say|Said|Warns?|Claims?|Confirms?)$/u;
/** "Court Orders", "Judge Rules": a body and a capitalised verb of what it did, closing a headline. */
const HEADLINE_ACT = /\s(?:Orders|Rules|Approves|Bans|Rejects|Dismisses|Grants|Sentences|Fines|Jails|Acquits|Convicts|Directs|Halts|Blocks|Upholds|Quashes|Suspends)$/u;
/** "Halvorsen raises number of customers affected to 40 million": a name opening a headline, changing a figure it holds. */
const HEADLINE_REVISION = /^(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3})\s+(?:raises|lifts|ups|cuts|lowers|trims|revises|boosts|hikes|slashes)\s+(?:its\s+)?(?:[\p{Ll}\d-]+\s+){0,2}?(?:number|estimate|forecast|outlook|guidance|tally|count|toll)\b[^.;]{0,80}?\sto\s/u;
/** The rest of a result line after its label: a name, a colon and a figure ("Ana Berg: 10.12 seconds"). */
const RESULT_AFTER_LABEL = /^[^:;.!?]{1,60}:\s+(?=[\d$€£])/u;
/** A headline lead, unless it is the label of a result line (RESULT_AFTER_LABEL). */
function unlessResultLine(lead: RegExpExecArray | null, s: string): RegExpExecArray | null {
  return lead && RESULT_AFTER_LABEL.test(s.slice(lead[0].length)) ? null : lead;
}
/** "Official: 40 dead ...", "Police: ...": a source leading a headline. */
const HEADLINE_LEAD = /^((?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+[\p{L}\p{M}'’.&-]+){0,3}):\s+(?=\S)/u;

/**
 * The body named before a document word closing a headline ("...: CDC Report" → the body the article spells "CDC"
 * out as, "...: Zillow data" → Zillow), or null: the words before the document word must name a body (a body's
 * word, an acronym the article resolves, or a name the article writes again), not describe the document
 * ("...: New Report", "...: Annual Report", "...: Government Data").
 */
function tailDocumentIssuer(words: string[], ctx: ArticleContext): Speaker | null {
  if (words.length < 2 || !isDocumentNoun(words[words.length - 1].toLowerCase())) return null;
  const owner = words.slice(0, -1);
  if (!/^\p{Lu}/u.test(owner[0]) || owner.every((w) => DOC_ADJECTIVE.test(w) || !/^\p{Lu}/u.test(w))) return null;
  const sp = speakerFromName(owner, ctx, null);
  if (!sp || sp === ANON || sp.person || sp.generic) return null;
  const written = owner.join(" ");
  return isOrganisation(owner) || sp.name !== written || ctx.occurrences(owner[owner.length - 1]) > 1 ? sp : null;
}

/**
 * The source of a headline or summary line (a line without a closing full stop): a source named before a
 * colon or after a closing dash or colon, else the body's own rules ("..., UN agency says").
 */
export function attributeHeadline(s: string, ctx: ArticleContext): SentenceSource {
  // "40,000 displaced, says Red Cross - with at least 9 dead": the continuation after the dash is the headline's own.
  const own = continuationAfterSource(s);
  if (own > 0) {
    const src = attributeHeadline(s.slice(0, own), ctx);
    return src.speaker ? { ...src, parts: [...(src.parts ?? []), { from: own, speaker: null, kind: "none" }] } : src;
  }
  // "Report: ...": a document word before the colon is no speaker; the figures are the issuer's the article names.
  const doc = documentLead(s);
  if (doc) {
    const own = attributeSentence(s, ctx);
    const issuer = own.speaker && !/^(?:report|study|survey|poll|data|analysis|figures|census|audit|review)s?$/i.test(own.speaker.name) ? null : documentIssuer(ctx.articleText(), doc);
    if (issuer) return { speaker: ctx.remember({ name: issuer, description: null, person: false }), kind: "according_to", quotes: own.quotes };
    return own.speaker?.name.toLowerCase() === doc ? { speaker: null, kind: "none", quotes: own.quotes } : own;
  }
  const tail = HEADLINE_TAIL.exec(s) ?? commaClosingSource(s);
  // "GOLD: Ana Berg: 10.12 seconds", "Second: Norland: 41 votes": a labelled result line, whose label is no source.
  const lead = tail ? null : unlessResultLine(HEADLINE_LEAD.exec(s), s);
  // "...: govt official": headline abbreviations are read as the words they stand for.
  let phrase = (tail?.[1] ?? lead?.[1])?.replace(/\b([Gg])ovt\b\.?/g, "$1overnment");
  // Title-case headlines capitalise the verb: "..., Says Health Ministry", "... - Police Say" name the source without it;
  // "... - Court Orders" states what a body did, which no one said.
  if (phrase && tail && HEADLINE_ACT.test(phrase)) phrase = undefined;
  else if (phrase && tail) phrase = phrase.replace(HEADLINE_SPEECH_VERB, "");
  // "Halvorsen raises number of customers affected to 40 million", "Orla lifts sales forecast to 4%": a body that
  // changes a count or an estimate it holds reports the new figure.
  const revision = phrase ? null : HEADLINE_REVISION.exec(s);
  if (revision) {
    const own = attributeSentence(s, ctx);
    const holder = own.speaker ? null : speakerFromName(revision[1].split(/\s+/), ctx, null);
    if (holder && holder !== ANON && !holder.generic) return { ...own, speaker: holder.person ? holder : ctx.remember(holder), kind: "verb" };
    return issuedBy(own, ctx);
  }
  if (!phrase || /\d/.test(phrase)) return issuedBy(attributeSentence(s, ctx), ctx);
  ctx.observe(s);
  const words = phrase.split(/\s+/);
  // "...: CDC Report", "... - Zillow data": the body whose document the headline credits.
  const issuer = tail ? tailDocumentIssuer(words, ctx) : null;
  if (issuer) return { speaker: ctx.remember(issuer), kind: "according_to", quotes: findQuotes(s) };
  const common = words.every((w, n) => n === 0 || /^\p{Ll}/u.test(w)) && SOURCE_NOUNS.has(words[words.length - 1].toLowerCase());
  // "California Wildfire: Crews gain ground": a capitalised lead of several words is a topic, not a source,
  // unless it names a body, carries a title or ends with a surname the article uses again.
  if (lead && !common && words.length > 1 && !isOrganisation(words) && !words.some(isTitleWord) && ctx.occurrences(words[words.length - 1]) < 2)
    return issuedBy(attributeSentence(s, ctx), ctx);
  // "Kerala: 8 students hospitalised": a lead the article's dateline gives as a place is where, not who.
  // "Measles: 4 die, 120 in hospital": a common word the article writes in lower case, capitalised only to open the
  // headline, is its topic ("Police:", "Official:" are sources; "Minister:" is a title).
  if (lead && words.length === 1 && (ctx.inDateline(words[0]) || (!isOrganisation(words) && !isTitleWord(words[0]) && (ctx.placeNotSurname(words[0]) || (!common && ctx.onlyCapitalisedToOpen(words[0]))))))
    return issuedBy(attributeSentence(s, ctx), ctx);
  // "Cholera: 151 dead, announce authorities", "Coral Reef: 90 percent bleached": a topic, see leadIsTopic.
  if (lead && !common && leadIsTopic(phrase, s.slice(lead[0].length), ctx)) return issuedBy(attributeSentence(s, ctx), ctx);
  // "Flood update: 40 dead": a lead with a lower-case word is a source only when its head is a source noun.
  if (!common && words.some((w) => /^\p{Ll}/u.test(w) && !/^(?:of|for|the|and)$/.test(w))) return issuedBy(attributeSentence(s, ctx), ctx);
  // "... since 2020: Minister", "... - Energy Minister": a title alone is the person the article names with it.
  // ("US official: ...": a lower-case role after a description is an unnamed source as described, whoever the article names.)
  const describedRole = words.length > 1 && /^\p{Ll}/u.test(words[words.length - 1]);
  const titleOnly = words.length <= 3 && isTitleWord(words[words.length - 1]) && !describedRole && !splitTitle(words).name.length && !isOrganisation(words);
  const holder = titleOnly ? ctx.namedLater(phrase) : tail ? personByTagInitials(phrase, ctx) : null;
  const found = holder ?? (common ? commonSubject(phrase, ctx, true) : speakerFromName(words, ctx, null));
  const fuller = found && !found.person && !found.generic && tail ? ctx.longerNameAhead(found.name) : null;
  const named = fuller ? { ...found!, name: fuller } : found;
  const speaker = named && named !== ANON ? (named.person || named.generic ? named : ctx.remember(named)) : null;
  if (!speaker) return issuedBy(attributeSentence(s, ctx), ctx);
  // "... - Energy Minister" when the article names its holder only after a description ("the country's Energy Minister X").
  const bare = !holder && !describedRole && words.every((w) => isTitleWord(w) || /^\p{Lu}/u.test(w)) && isTitleWord(words[words.length - 1]) ? ctx.holderAnywhere(words) : null;
  return { speaker: bare ?? speaker, kind: "verb", quotes: findQuotes(s) };
}

/** "..., new figures show" when the article says who released them ("figures just released by NHS England"): that body's. */
function issuedBy(src: SentenceSource, ctx: ArticleContext): SentenceSource {
  const sp = src.speaker;
  const head = sp?.generic && !sp.person && (src.kind === "document" || src.kind === "according_to") ? sp.name.split(/\s+/).pop()!.toLowerCase() : null;
  const issuer = head && isDocumentNoun(head) ? documentIssuer(ctx.articleText(), head) : null;
  return issuer ? { ...src, speaker: ctx.remember({ name: issuer, description: null, person: false }), kind: "according_to" } : src;
}

/** Speaker and attribution of the figure at [start, end): per clause, background figures unattributed. */
export function figureSource(src: SentenceSource, start: number, end: number): { speaker: Speaker | null; attribution: Attribution } {
  const inQuote = src.quotes.some(([a, b]) => start >= a && end <= b);
  if (!inQuote && src.background?.some(([a, b]) => start >= a && end <= b)) return { speaker: null, attribution: "unattributed" };
  const held = inQuote ? undefined : src.held?.find((h) => start >= h.start && end <= h.end);
  if (held) return { speaker: held.speaker, attribution: "paraphrase" };
  if (!inQuote && src.from !== undefined && start < src.from) return { speaker: null, attribution: "unattributed" };
  const part = src.parts?.filter((p) => p.from <= start).pop();
  if (part) return { speaker: part.speaker, attribution: attributionOf({ ...src, kind: part.kind }, start, end) };
  return { speaker: src.speaker, attribution: attributionOf(src, start, end) };
}

/** The attribution kind of a figure at [start, end) (or of the whole sentence when omitted). */
export function attributionOf(src: SentenceSource, start?: number, end?: number): Attribution {
  if (src.kind === "observation") return "observation";
  // "According to the union, the deal includes “a $8,500 signing bonus; 20 percent more ...”": quoted words of the
  // source are a direct quote (a short phrase borrowed in quotation marks is not).
  const quotedSpeech = start !== undefined && !!src.sourceQuoted?.some(([a, b]) => start >= a && (end ?? start) <= b);
  if (src.kind === "according_to" && quotedSpeech) return "direct_quote";
  if (src.kind === "according_to" || src.kind === "document") return "according_to";
  if (src.kind === "none") return "unattributed";
  // A sentence without figures is a direct quote when quotation makes up most of it, not for a quoted phrase.
  const quoted = src.quotes.reduce((n, [a, b]) => n + b - a, 0);
  // A sentence that opens with the quotation ("“It’s a disaster,” said X, an analyst at Y.") is a quote too.
  // A quoted clause of six or more words, or words in the first person ("would do “everything we can”"), quote the
  // speaker's speech; a short phrase ("“the rarest of rare” cases") is only borrowed.
  const whole = quoted > 0 && (quoted * 2 >= (src.length ?? quoted) || src.quotes[0][0] === 0 || !!src.speechQuoted);
  const inQuote = start === undefined ? whole : src.quotes.some(([a, b]) => start >= a && (end ?? start) <= b);
  return inQuote ? "direct_quote" : "paraphrase";
}
