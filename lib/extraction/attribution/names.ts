/** Recognising names, titles and source noun phrases for attribution. Pure string rules, no I/O. */
import { DOTTED_TITLES } from "../sentences";

const PARTICLES = new Set(["al", "bin", "ibn", "bint", "de", "del", "da", "di", "van", "von", "der", "den", "la", "le", "abu", "el", "dos", "ten", "ter", "du", "des"]);
/** Capitalised words that never belong to a name. */
const NOT_NAME = new Set([
  "The", "A", "An", "On", "In", "At", "But", "And", "Also", "Earlier", "Later", "Meanwhile", "However", "Then",
  "When", "While", "After", "Before", "Since", "As", "If", "Separately", "He", "She", "It", "They", "We", "I",
  "This", "That", "These", "Those", "Last", "Next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
  "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December", "Speaking", "According", "Asked", "Still", "Yet",
  "There", "Here", "Some", "Many", "Most", "Both", "Her", "His", "Their", "Its", "Our", "By", "For", "With",
  "From", "To", "Of",
]);
/**
 * Titles abbreviated with a stop before a name ("Gov. Ana Mendes", "Lt. Col."), each with the title it stands for;
 * the one table behind named-later's ABBREVIATED_BEFORE and article-context's RANK_WORDS.
 */
export const ABBREVIATED_TITLES: Readonly<Record<string, string>> = {
  Gov: "governor", Sen: "senator", Rep: "representative", Gen: "general", Col: "colonel", Lt: "lieutenant", Maj: "major",
  Capt: "captain", Sgt: "sergeant", Cmdr: "commander", Adm: "admiral", Brig: "brigadier", Supt: "superintendent",
  Insp: "inspector", Det: "detective", Cpl: "corporal", Atty: "attorney", Pres: "president",
};
export const TITLES = new Set([
  "president", "minister", "prime", "secretary", "ambassador", "commander", "spokesman", "spokeswoman",
  "spokesperson", "director", "chief", "governor", "mayor", "sen.", "rep.", "gen.", "general", "col.",
  "colonel", "lt.", "maj.", "capt.", "captain", "sgt.", "adm.", "admiral", "brig.", "dr.", "prof.", "rev.", "gov.",
  "cmdr.", "cpl.", "pvt.", "supt.", "insp.", "det.", "atty.", "pres.",
  // British copy writes ranks without the stop: "Det Chief Supt", "Sgt".
  "det", "supt", "insp", "sgt", "cmdr", "capt", "lt", "maj", "brig", "cpl", "pvt",
  // "Adv. Karim", "Wg. Cdr. Asif Khan", "Dir. Gen. Sana Mir": the dotted titles that end no sentence.
  ...DOTTED_TITLES.map((t) => `${t.toLowerCase()}.`),
  "sheikh", "king", "queen", "prince", "pope", "judge", "justice", "chairman", "chairwoman", "chair",
  "speaker", "leader", "envoy", "commissioner", "premier", "chancellor", "attorney", "officer", "official",
  "superintendent", "representative", "senator", "lawmaker", "sheriff", "coordinator", "head", "founder",
  "analyst", "researcher", "expert", "activist", "adviser", "advisor", "executive", "ceo", "cfo", "coo", "cto", "manager",
  "administrator", "inspector", "detective", "prosecutor", "lawyer", "doctor", "witness", "resident",
  "correspondent", "journalist", "reporter", "editor", "professor", "economist", "militant", "fighter",
  "commandant", "emir", "cleric", "imam", "bishop", "patriarch", "negotiator", "mediator", "monitor", "coach",
  "congressman", "congresswoman", "councilman", "councilwoman", "councillor", "councilor", "assemblyman",
  "assemblywoman", "alderman", "legislator", "deputy", "lieutenant", "sergeant", "corporal", "brigadier", "constable",
  // Roles a wire story writes before a name like a title: "Forecaster Amy Reed", "seismologist Lucy Jones".
  "forecaster", "meteorologist", "seismologist", "volcanologist", "epidemiologist", "virologist", "scientist", "engineer",
  "pilot", "nurse", "physician", "surgeon", "strategist", "historian",
  // Offices of public money and of boards: "Treasurer Maya Tennant", "Chairperson Ruth Adjei".
  "chairperson", "treasurer", "comptroller", "controller", "auditor", "registrar", "ombudsman", "magistrate",
  // Offices of the dead and of a district: "Coroner Ivy Dale", "Chief Medical Examiner Ana Holt", "District Collector Ravi Menon".
  "coroner", "examiner", "collector",
  // Offices of fire and of order: "State Fire Marshal Ana Holt", "Fire Chief Tom Hale" ("chief" above), "Warden Lee Park".
  "marshal", "warden",
]);
/** Words that name a minister's or officer's portfolio: "Secretary of State", "Superintendent of Police". */
const PORTFOLIO = new Set([
  "police", "state", "defence", "defense", "health", "labor", "labour", "justice", "finance", "education",
  "agriculture", "energy", "commerce", "transportation", "transport", "treasury", "interior", "trade", "housing",
  "exchequer", "affairs", "environment", "security", "revenue", "tourism", "culture", "communications",
  "information", "immigration", "staff", "works", "customs", "navy", "army", "prisons", "schools",
]);
const BRITISH_HONOURS = new Set(["lord", "lady", "baroness", "dame", "sir"]);
const HONORIFICS = new Set(["mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "dr", "prof", "datuk", "dato", "dato'", "dato’", "datin", "toh", "hon.", "engr.", "engr", "eng.", "eng"]);
/**
 * Malaysian state honours written before a name ("Datuk Seri", "Tan Sri", "Puan Sri"): the second word is an
 * honorific only after the first, since "Tan" is a surname and "Sri" a given name on their own.
 */
const HONOUR_PAIRS = /^(?:(?:datuk|dato'?|dato’|datin|tan|puan|toh) (?:sri|seri|paduka|puan)|datuk seri|tan sri|rt\.? hon\.?)$/;

/** True when `words[n]` is an honorific before a name: "Mr", "Dr", "Datuk", or either word of "Tan Sri". */
export function isHonorificAt(words: string[], n: number): boolean {
  const w = words[n].toLowerCase();
  if (HONORIFICS.has(w) && w !== "toh") return true;
  // "Lord Toby Harris", "Dame Ada Pell": a British honour before a name (only before one: "Jane Lord" is a surname).
  if (BRITISH_HONOURS.has(w) && n + 2 < words.length && /^\p{Lu}/u.test(words[n + 1])) return true;
  return honourPairAt(words, n) || honourPairAt(words, n - 1);
}

/** `words[a]` and the word after it are an honour (HONOUR_PAIRS), whose first word opens with a "d", "t" or "p". */
function honourPairAt(words: string[], a: number): boolean {
  if (a < 0 || a + 1 >= words.length) return false;
  // Only "D", "T", "P" and "R" lower-case to those letters: any other first letter rules the pair out without building it.
  const c = words[a].charCodeAt(0) | 0x20;
  return (c === 0x64 || c === 0x74 || c === 0x70 || c === 0x72) && HONOUR_PAIRS.test(`${words[a]} ${words[a + 1]}`.toLowerCase());
}
export const ORG_WORDS = new Set([
  "forces", "force", "ministry", "presidency", "army", "navy", "council", "organization", "organisation", "nations", "agency",
  "party", "union", "committee", "group", "observatory", "court", "department", "office", "police", "constabulary", "corps",
  "company", "inc", "inc.", "corp", "corp.", "co.", "llc", "plc", "ag", "gmbh", "bank", "fund", "commission", "university", "institute",
  "association", "coalition", "front", "brigade", "brigades", "command", "government", "authority",
  "authorities", "service", "services", "media", "news", "times", "post", "press", "network", "center",
  "centre", "watch", "international", "foundation", "federation", "alliance", "movement", "assembly",
  "parliament", "congress", "senate", "house", "administration", "board", "bureau", "guard", "guards", "coastguard",
  "militia", "crescent", "cross", "program", "programme", "directorate", "cabinet", "embassy",
  "hospital", "centers", "centres", "airlines", "ltd", "trust", "tribunal", "mission", "monitor", "reuters", "pentagon", "kremlin",
  "agency", "observers", "unit", "republic", "kingdom", "emirates", "semiconductor", "analytics",
  "securities", "research", "systems", "technologies", "technology", "energy", "motors", "holdings",
  "partners", "capital", "railway", "railways", "railroad", "airport", "utilities", "pharmaceuticals", "labs", "electric", "airways", "league", "club", "project",
  "district", "society", "institution", "corporation", "school", "academy", "church", "clinic", "network", "insurance", "survey", "registry", "pictures", "studios",
]);

const JOINED_PARTICLE = /^(?:al|el|bin|abu)-\p{L}/u;
/** A capitalised word of a name: "O’Brien", "Al-Amin", "U.N.", "S&P", "AT&T". */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’.&-]*$/u;
const PLACE_OR_OWNER = /-(?:based|backed|led|run|held|allied|owned|registered|funded)$/;

/**
 * "New York-based Human Rights Watch", "Kremlin-backed Rossiya": the count of words (up to three) that say where a
 * body sits or who backs it, before its name; 0 when there are none.
 */
export function seatWords(words: readonly string[]): number {
  const n = Math.min(words.length, 3);
  // (Only a word with a hyphen can match: the cheap test first.)
  for (let k = 0; k < n; k++) if (words[k].includes("-") && /^\p{Lu}[\p{L}.]*-(?:backed|led|based|run|held|allied)$/u.test(words[k])) return k + 1;
  return 0;
}

export function isNameToken(w: string): boolean {
  if (NOT_NAME.has(w)) return false;
  if (PARTICLES.has(w)) return true;
  // The tests below, cheapest first: a joined particle opens with "a", "e" or "b"; an ASCII capital is "A" to "Z".
  const c = w.charCodeAt(0);
  if ((c === 0x61 || c === 0x65 || c === 0x62) && JOINED_PARTICLE.test(w)) return true;
  if (c < 0x80 && (c < 0x41 || c > 0x5a)) return false;
  if (w.endsWith("s") && (w.endsWith("'s") || w.endsWith("’s"))) return false;
  // "Ill.-based", "Kremlin-backed": says where or whose, never part of a name.
  return CAPITALISED_WORD.test(w) && !(w.includes("-") && PLACE_OR_OWNER.test(w));
}

/** "al-Naimi" → "Naimi": a surname after a joined particle, as "Mr Naimi" writes it later; null without one. */
export function surnameStem(surname: string): string | null {
  if (!surname.includes("-")) return null; // the expression needs the hyphen: a cheap test first
  const m = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|bint)-(\p{Lu}[\p{L}'’-]+)$/u.exec(surname);
  return m ? m[1] : null;
}

/** Splits a capitalised sequence into title words and the name proper: "Foreign Minister Walid al-Moallem". */
export function splitTitle(words: string[]): { title: string[]; name: string[] } {
  let last = -1;
  for (let n = words.length - 1; n >= 0 && last < 0; n--) if (isTitleWord(words[n]) || isHonorificAt(words, n)) last = n;
  let name = words.slice(last + 1);
  let title = words.slice(0, last + 1).filter((_, n) => !isHonorificAt(words, n));
  // "Secretary of Labor Thomas E. Perez", "Chancellor of the Exchequer George Osborne": the portfolio
  // belongs to the title; the person is the last two names, three with a middle initial or particle.
  if (title.length && name.length > 3 && /^(?:of|for)$/.test(name[0])) {
    let start = name.length - 2;
    if (/^\p{Lu}\.$/u.test(name[start]) || PARTICLES.has(name[start])) start--;
    // "Superintendent of Police Manoj Ratan Chothe": a portfolio word closes the portfolio, so a third
    // name before the last two belongs to the person when the portfolio keeps a capitalised word.
    else if (start >= 3 && PORTFOLIO.has(name[start - 2].toLowerCase()) && !PORTFOLIO.has(name[start - 1].toLowerCase()) && !ORG_WORDS.has(name[start - 1].toLowerCase())) start--;
    if (start >= 2 && name.slice(start).every(isNameToken)) {
      title = [...title, ...name.slice(0, start)];
      name = name.slice(start);
    }
  }
  return { title, name };
}

/**
 * "Anna Berg of the Norland Institute", "Zemp of the University of Zurich": a person named with the body
 * they work for. The person is one to three name words with no body word; the rest is a body's name.
 */
export function splitPersonOfBody(
  words: string[],
  knownSurname: (w: string) => boolean,
  titled = false,
): { person: string[]; body: string[] } | null {
  const at = words.findIndex((w) => w === "of" || w === "at" || w === "from");
  // No "of" after a first word: no person of a body, whatever comes before the name (below).
  if (at < 1) return null;
  // "Dr. Annie Rose Amar of the ...": an honorific or title before the name is neither person nor body.
  let lead = 0;
  while (lead < words.length - 1 && (HONORIFICS.has(words[lead].toLowerCase()) || (/^\p{Lu}/u.test(words[lead]) && isTitleWord(words[lead])))) lead++;
  if (at - lead < 1 || at - lead > 3 || (at - lead === 1 && !knownSurname(words[lead]) && !lead)) return null;
  const person = words.slice(lead, at);
  if (lead) titled = true;
  const body = words.slice(at + 1).filter((w, n) => !(n === 0 && /^the$/i.test(w)));
  if (!person.every((w) => isNameToken(w) && !ORG_WORDS.has(w.toLowerCase()) && !isTitleWord(w))) return null;
  // "analyst Mike Powell of Dresdner Kleinwort": a titled person of two names works for the body
  // after "of", whatever its name ("Jane Doe of Mexico City" has no title and stays a name).
  const namedBody = titled && person.length >= 2 && body.length > 0 && body.every(isNameToken);
  return body.length && (isOrganisation(body) || namedBody) ? { person, body } : null;
}

/** A title, also hyphenated: "Statistician-General", "Attorney-General", "Commander-in-Chief". */
/**
 * Police and army ranks South Asian and Commonwealth copy writes as capitals before a name ("SSP Ruwan Silva",
 * "DIG Anil Rao"), and the seat of a member of a parliament or assembly ("Westvale MP Teo Varke", "Ana Lopes,
 * Dunmore MLA,"): titles only in capitals, since "Sp" or "Dig" would be words or names.
 */
const RANK_ABBREVIATIONS = new Set(["SSP", "ASP", "DSP", "SP", "IGP", "DIG", "DGP", "ADGP", "ACP", "DCP", "SHO", "ASI", "OIC", "MP", "MLA", "MEP", "MSP"]);

export function isTitleWord(w: string): boolean {
  const lower = w.toLowerCase();
  return TITLES.has(lower) || RANK_ABBREVIATIONS.has(w) || (lower.includes("-") && lower.split("-").some((part) => TITLES.has(part)));
}

/**
 * "United Nations refugee chief", "Norland health minister": a source closing on a title is a person who heads a body,
 * never what a description of a body ("the UN refugee agency") refers to, nor a body a headline names ("...: UN").
 * A body's word before "of" makes the name a body's own, though it closes on a title ("Office of the Attorney General",
 * "Bureau of the State Comptroller").
 */
export const titledPerson = (name: string) => {
  if (!isTitleWord(name.slice(name.lastIndexOf(" ") + 1))) return false;
  const office = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+of\s/u.exec(name);
  return !(office && ORG_WORDS.has(office[1].toLowerCase()));
};

/** A connector before the last title word: the title sits inside a body's name ("Office of the Chief Medical Examiner"). */
export function titleInsideName(title: string[]): boolean {
  let last = -1;
  title.forEach((w, n) => {
    if (isTitleWord(w)) last = n;
  });
  return title.slice(0, last).some((w) => /^(?:of|for|the|and|on|de)$/i.test(w));
}

export function isOrganisation(words: string[]): boolean {
  if (words.some((w) => ORG_WORDS.has(w.toLowerCase()))) return true;
  if (words.length === 1 && /^[\p{Lu}\d.&-]{2,}$/u.test(words[0])) return true; // acronym: SDF, U.N.
  // "NHS England"; not "YSK President", a title of the body.
  if (words.length === 2 && /^\p{Lu}{2,5}$/u.test(words[0]) && /^\p{Lu}\p{Ll}/u.test(words[1]) && !isTitleWord(words[1])) return true;
  return false;
}

/**
 * Short words that open sentences as function words but also close some names ("Phan Van On", "Nguyen Van An",
 * "Tran Van Do").
 */
const NAME_CLOSING_WORDS = new Set(["On", "In", "An", "To", "Do", "As", "By", "At"]);

/**
 * True when `words[n]` is such a word closing a name: two given names before it and nothing capitalised after it
 * ("said Phan Van On, head of ..."); "Police Raid On Farm", a title-case headline, goes on capitalised.
 */
export function closesName(words: string[], n: number): boolean {
  if (!NAME_CLOSING_WORDS.has(words[n]) || n < 2) return false;
  const given = words.slice(n - 2, n);
  if (!given.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isNameToken(w) && !isTitleWord(w) && !ORG_WORDS.has(w.toLowerCase()))) return false;
  return n + 1 === words.length || !/^\p{Lu}/u.test(words[n + 1]);
}

/** A capitalised word with a possessive ending: "Moody's", "McDonald’s". */
const POSSESSIVE_NAME = /^\p{Lu}\p{Ll}[\p{L}\p{M}.&-]*['’]s$/u;

/** The run of name tokens at the end of `words`; `words` are whitespace-split. */
export function trailingName(words: string[]): { name: string[]; before: string[] } {
  let i = words.length;
  if (closesName(words, i - 1)) i--;
  // "Nordwell plc said": a legal suffix business copy writes in lower case closes the company's name.
  else if (i > 1 && words[i - 1] === "plc" && isNameToken(words[i - 2])) i--;
  // "Moody's said", "Sainsbury's reported": a capitalised word in -'s right before the verb owns nothing, so it is a
  // name written with its possessive ("Moody's chief economist said" owns the title after it).
  // (Not "the Government's forecast", "its Board's", nor an acronym's "the AGP’s report": a name in -'s takes no article.)
  else if (i > 0 && POSSESSIVE_NAME.test(words[i - 1]) && !NOT_NAME.has(words[i - 1].slice(0, -2)) && !ORG_WORDS.has(words[i - 1].slice(0, -2).toLowerCase()) && !/^(?:the|a|an|its|their|his|her|this|that)$/i.test(words[i - 2] ?? "")) i--;
  for (;;) {
    if (i > 0 && isNameToken(words[i - 1])) i--;
    // "Harbin No. 3 Intermediate People's Court": a numbered name goes on through its number.
    else if (i > 1 && i < words.length && numberedAt(words, i - 1)) i -= 2;
    else if (i > 1 && i < words.length && /^(?:of|for|and|on|&)$/.test(words[i - 1]) && isNameToken(words[i - 2])) i--;
    // "Office for the Coordination of ...": a connector plus "the" inside a capitalised name.
    else if (i > 2 && i < words.length && words[i - 1] === "the" && /^(?:of|for|on)$/.test(words[i - 2]) && isNameToken(words[i - 3])) i -= 2;
    // "Union of Students in Ireland": "in <Place>" closing an organisation's name.
    else if (i > 2 && i < words.length && words[i - 1] === "in" && isNameToken(words[i - 2]) && orgBefore(words, i - 1)) i--;
    else break;
  }
  while (i < words.length && PARTICLES.has(words[i])) i++;
  return { name: words.slice(i), before: words.slice(0, i) };
}

/** True when the capitalised run ending before `end` has two or more words and an organisation word. */
function orgBefore(words: string[], end: number): boolean {
  let k = end;
  while (k > 0 && (isNameToken(words[k - 1]) || (k > 1 && /^(?:of|for|and|on)$/.test(words[k - 1]) && isNameToken(words[k - 2])))) k--;
  const run = words.slice(k, end).filter((w) => /^\p{Lu}/u.test(w));
  return run.length >= 2 && run.some((w) => ORG_WORDS.has(w.toLowerCase()));
}

/** "No. 3" inside a name: the number at `n` after "No." with a capitalised word before it. */
function numberedAt(words: string[], n: number): boolean {
  return /^\d{1,3}$/.test(words[n]) && /^No\.$/.test(words[n - 1] ?? "") && n >= 2 && isNameToken(words[n - 2]);
}

/** The run of name tokens at the start of `words`. */
export function leadingName(words: string[]): string[] {
  let i = 0;
  while (i < words.length && (isNameToken(words[i]) || (numberedAt(words, i) && i + 1 < words.length && isNameToken(words[i + 1])))) i++;
  if (i < words.length && closesName(words, i)) i++;
  let out = words.slice(0, i);
  while (out.length && PARTICLES.has(out[out.length - 1])) out = out.slice(0, -1);
  return out;
}

/** Lower-case nouns that make a phrase a source ("officials said", "the ministry said"). */
export const SOURCE_NOUNS = new Set([
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "police", "ministry", "military",
  "army", "government", "authorities", "witnesses", "witness", "activists", "activist", "residents",
  "resident", "doctors", "doctor", "medics", "sources", "source", "agency", "monitor", "group", "media",
  "television", "tv", "council", "commander", "commanders", "officer", "officers", "observers", "experts",
  "analysts", "researchers", "coalition", "militia", "forces", "rebels", "diplomats", "diplomat",
  "lawmakers", "prosecutors", "investigators", "organizers", "organisers", "hospital", "department",
  "office", "agency", "leaders", "leader", "survivors", "relatives", "supporters", "opponents", "critics", "minister", "president", "people",
  "company", "firm", "union", "committee", "board", "administration", "statement", "report", "study",
  "survey", "data", "figures", "census", "document", "documents", "letter", "tally", "records", "count",
  "assessment", "analysis", "indictment", "complaint", "filing", "memo", "estimates", "poll", "outlet",
  "newspaper", "channel", "broadcaster", "website", "daily", "tabloid", "weekly", "magazine", "aides", "aide", "staff", "team", "workers", "authority",
  "survivor", "survivors", "prosecutor", "guard", "guards", "coastguard", "coastguards", "service", "court", "judge", "military", "groups", "club", "network", "campaign", "utility", "charity",
  "spokespeople", "representatives", "employees", "unions", "lawyer", "lawyers", "attorney", "attorneys",
  "scientists", "economists", "traders", "agencies", "ministries", "companies", "firms", "families", "jury",
]);
/** Sources that are documents rather than speakers: their claims are `according_to`. */
export const DOCUMENT_NOUNS = new Set([
  "statement", "report", "study", "survey", "data", "figures", "census", "document", "documents", "letter",
  "tally", "records", "count", "assessment", "analysis", "indictment", "complaint", "filing", "memo",
  "estimates", "poll", "reports", "results", "projections", "calculations", "research", "details", "information",
  "statistics", "predictions", "investigation", "inquiry", "review", "audit",
]);

/**
 * A wire-story dateline: "JOHANNESBURG (AP) —", "GOMA, Democratic Republic of Congo (Reuters) -",
 * "WASHINGTON —". Its place is never a speaker or an organisation.
 */
export const DATELINE = /^\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)]{1,30}\)\s*|\p{Lu}{2}[\p{Lu}.'’-]*(?:\s+\p{Lu}{2}[\p{Lu}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.'’ -]{0,40}?)?\s*(?:\([^)]{1,30}\)\s*)?)[—–-]{1,2}\s+/u;

/** Weekdays and months: capitalised, but never a speaker ("figures published on Thursday by ..."). */
export const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/**
 * Nouns that refer back to a company ("the company said", "the German airline said").
 * "group" is left out: "the Islamic State group" is not a company.
 */
export const COMPANY_NOUNS = new Set([
  "company", "firm", "airline", "carrier", "miner", "operator", "lender", "insurer", "retailer",
  "automaker", "carmaker", "manufacturer", "maker", "producer", "supplier", "developer", "conglomerate",
  "chipmaker", "brewer", "startup", "exporter", "utility", "employer", "shipper", "distributor",
  // "The software giant said", "the oil refiner": a company described by its trade.
  "giant", "refiner", "grocer", "drugmaker", "planemaker", "steelmaker", "shipbuilder", "telco",
  // "The studio expects the film to take $15 million": a film studio or a publisher forecasting its own sales.
  "studio", "publisher",
]);
/**
 * A company's kind as business copy writes it, capitalised, before the name that opens a sentence: "Miner Northvale
 * Resources said", "Carmaker Belmont Motors". No part of the name.
 */
export const COMPANY_KIND_OPENING = /^(?:Miner|Lender|Insurer|Retailer|Automaker|Carmaker|Chipmaker|Drugmaker|Planemaker|Steelmaker|Brewer|Airline|Conglomerate|Shipbuilder)$/;
/** Nouns that name a company in an apposition ("the mine's owner, Vaalrand Gold,") but alone may be a person. */
export const COMPANY_APPOSITION_NOUNS = new Set([...COMPANY_NOUNS, "owner", "contractor"]);

/** Legal suffixes of company names, dropped from the speaker: "Sunrise Knitwear Ltd" → "Sunrise Knitwear". */
/** The legal suffixes a company's name may have set off by a comma ("Tarvik Airlines Group, Inc."), as a pattern's alternatives. */
export const COMMA_LEGAL_SUFFIXES = "Inc|Ltd|Corp|LLC|PLC|Plc";
export const LEGAL_SUFFIX = /\s+(?:Ltd\.?|Limited|Inc\.?|Corp\.?|PLC|[Pp]lc|LLC|GmbH|AG|N\.?V\.?|S\.A\.?|Co\.)$/;

/** Drops a leading article and trailing punctuation: "the Health Ministry," → "Health Ministry". */
export function cleanPhrase(p: string): string {
  return p.replace(/^\s*(?:the|a|an)\s+/i, "").replace(/[\s,;:.”"’']+$/, "").replace(/^[“"‘']+/, "").trim();
}
