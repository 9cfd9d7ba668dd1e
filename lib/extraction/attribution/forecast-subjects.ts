/**
 * Sources of a forecast written without a reporting clause of the usual shape. Pure string rules:
 * - a body presented as one of a kind that expects: "Pantheon Macroeconomics is one forecaster that believes
 *   inflation rose to 2.3 per cent" (the whole sentence is its view);
 * - a body predicting in a "with" phrase: "..., with Harlow Research predicting a rise of 2.2 per cent"
 *   (figures from the "with" on);
 * - forecasts as the subject of expecting: "as the market's forecasts had expected a gain of 12,000";
 * - an unnamed official source in a "with" phrase: "..., with harbour officials insisting only 30 boats sank".
 */

/** A capitalised name of up to six words, "of"/"for"/"and" allowed inside. */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|for|and)){0,5}`;
const KIND = String.raw`(?:forecasters?|economists?|analysts?|banks?|firms?|consultanc(?:y|ies)|lenders?|groups?|institutes?|think\s+tanks?|experts?|observers?|investors?|organi[sz]ations?|compan(?:y|ies)|houses?|brokers?|pollsters?)`;
const EXPECTS = String.raw`(?:believes?|expects?|predicts?|forecasts?|thinks?|estimates?|projects?|sees?|reckons?|says?)`;

const ONE_OF_KIND = new RegExp(
  String.raw`^(?:(?:But|And|However|Meanwhile),?\s+)?(${NAME})\s+(?:is|was|are|were)\s+(?:one|another|among\s+the|the\s+only|the\s+latest)\s+(?:[\p{Ll}-]+\s+){0,2}${KIND}\s+(?:that|which|who)\s+(?:also\s+)?${EXPECTS}\b`,
  "u",
);
const WITH_PREDICTING = new RegExp(
  String.raw`,\s+with\s+(${NAME})\s+(?:(?:also|now)\s+)?(?:predicting|forecasting|expecting|estimating|projecting|saying|warning|reporting)\b`,
  "u",
);
/** ", with harbour officials insisting only 30 boats sank": an unnamed official source speaking in a "with" phrase. */
const WITH_SOURCE_SAYING =
  /,\s+with\s+(?:the\s+)?((?:[\p{Ll}-]+\s+){0,3}(?:officials|authorities|police|rescuers|investigators|prosecutors|sources))\s+(?:(?:also|now)\s+)?(?:insisting|saying|claiming|estimating|reporting|warning|confirming)\b(?![^,;]{0,30}\b(?:hours|days|weeks)\s+into\b)/u;
const FORECASTS_EXPECTED =
  /(?:^|,\s*|\b(?:because|as|while|and|but|after|since|though|although)\s+)(?:the\s+)?((?:(?:[Mm]arket|[Cc]onsensus|[Ee]arlier|[Pp]revious)\s+)?(?:[Ff]orecasts|[Ee]xpectations|[Pp]redictions|[Pp]rojections))\s+(?:had\s+|have\s+|were\s+)?(?:expected|predicted|forecast|pointed\s+to|called\s+for|anticipated)\b/u;

export interface ForecastSubject {
  /** The source as written ("Pantheon Macroeconomics", "market forecasts"). */
  phrase: string;
  /** A capitalised name (a body or person) rather than a common phrase. */
  named: boolean;
  /** Where the source's words start: figures before it are not its. */
  from: number;
  /** Where the source is written. */
  at: number;
}

/** The source of a forecast written in one of these shapes, or null. */
export function forecastSubject(s: string): ForecastSubject | null {
  const one = ONE_OF_KIND.exec(s);
  if (one) return { phrase: one[1].replace(/^the\s+/, ""), named: true, from: 0, at: one.index };
  const withAt = s.includes(" with ") ? WITH_PREDICTING.exec(s) : null;
  if (withAt) return { phrase: withAt[1].replace(/^the\s+/, ""), named: true, from: withAt.index, at: withAt.index };
  const saying = s.includes(" with ") ? WITH_SOURCE_SAYING.exec(s) : null;
  if (saying) return { phrase: saying[1], named: false, from: saying.index, at: saying.index };
  const forecasts = FORECASTS_EXPECTED.exec(s);
  if (forecasts) return { phrase: forecasts[1], named: false, from: 0, at: forecasts.index };
  return null;
}
