/**
 * The claim extractor: turns an article into checkable claims, one per figure plus the
 * attributed or hedged factual sentences without figures. Pure: no I/O, no Next.js, no Prisma.
 */
import type { Attribution } from "@/lib/figures/vocabulary";
import { type Quantity, findQuantities } from "./quantity/parser";
import { unitsFromPreviousSentence } from "./quantity/context-unit";
import { splitSentences } from "./sentences";
import { ArticleContext, type Speaker } from "./attribution/article-context";
import { type SentenceSource, attributeSentence, attributionOf, figureSource } from "./attribution/attribution";

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

const TERMINAL = /[.!?]["'”’)\]]*$/;
const FURNITURE = /^(?:Published|Updated|Copyright|©|Photo|Image|Video|Watch|Read more|Follow|Subscribe)\b|contributed to this report|All rights reserved|^Associated Press (?:writers?|reporters?)/i;
/** Unattributed sentences without figures that a checker would still look at. */
const HEDGED = /\b(?:not (?:immediately )?clear|unclear|could not be (?:independently )?(?:verified|confirmed)|(?:is|are|was|were) believed to|reportedly|allegedly|(?:is|are|was|were) expected to|(?:is|was) not known|no immediate (?:comment|claim|word)|claimed responsibility|(?:were|was|have been|has been) (?:killed|wounded|injured|arrested|detained)|it is (?:estimated|thought))\b/i;

/** Extracts claims from an article. Offsets refer to `text`. */
export function extractClaims(text: string): ExtractedClaim[] {
  const ctx = new ArticleContext();
  ctx.prescan(text);
  const out: ExtractedClaim[] = [];
  let previous: SentenceSource | null = null;
  let counted: string | null = null; // the last counted unit of the sentence before ("... of them")
  for (const s of splitSentences(text)) {
    const sentence = s.text;
    if (!TERMINAL.test(sentence) || FURNITURE.test(sentence)) {
      ctx.observe(sentence, false);
      continue;
    }
    const src = attributeSentence(sentence, ctx, previous);
    previous = src;
    const figures = findQuantities(sentence);
    counted = unitsFromPreviousSentence(sentence, figures, counted);
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
      const quantity: Quantity = { value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit };
      const fs = figureSource(src, f.start, f.end);
      out.push(claim(quantity, fs.speaker, fs.attribution));
    }
    if (!figures.length && (src.kind !== "none" || HEDGED.test(sentence))) out.push(claim(null, src.speaker, attributionOf(src)));
  }
  return out;
}

const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^)]*\))?\s*[—–-]{1,2}\s*/u;
const LEADING_TIME = /^(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?(?:(?:last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|(?:earlier|later) (?:this|that) (?:week|month|day))(?:\s+(?:morning|afternoon|evening|night))?,\s+/i;
const TAIL = /,\s+(?:(?:[^,“”"]{1,70}?)\s+(?:said|says|told [^,.“”"]{1,40}|added|reported|confirmed|announced)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?|according to [^,“”"]{1,80})([.!?])$/u;

/** A plain, checkable version of the sentence. */
export function toStatement(sentence: string, src?: SentenceSource): string {
  let s = sentence.trim().replace(/\s+/g, " ");
  s = s.replace(DATELINE, "");
  s = s.replace(LEADING_TIME, "");
  if (src && src.quotes.length === 0) s = s.replace(TAIL, "$1");
  return s.charAt(0).toUpperCase() + s.slice(1);
}
