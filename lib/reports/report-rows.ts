/** The verified-claims report's columns and one flat row per claim, shared by the CSV and JSON exports. */
import { formatFigure } from "@/lib/figures/figure";

/** What the verified-claims report holds of one claim; a shape both the CSV and the JSON export share. */
export interface ReportClaim {
  id: number;
  statement: string;
  excerpt: string | null;
  attribution: string;
  qualifier: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  asOf: Date | null;
  status: string;
  explanation: string | null;
  publishedAt: Date | null;
  rating: { name: string; reviewValue: number | null } | null;
  corrections: { note: string; createdAt: Date }[];
  speaker: { name: string; kind: string; description: string | null } | null;
  article: { id: number; title: string; outlet: string; url: string | null; publishedAt: Date | null } | null;
  evidence: { kind: string; title: string; url: string | null; stance: string; notes: string | null; snapshots?: ReportSnapshot[] }[];
}

/** One check of a web source's archived copy, as the JSON export lists it. */
export interface ReportSnapshot {
  url: string;
  finalUrl: string | null;
  outcome: string;
  httpStatus: number | null;
  contentHash: string | null;
  error: string | null;
  fetchedAt: Date;
  /** the archived text; null when the check found the same text as the copy before it, or none */
  text: string | null;
}

export const REPORT_COLUMNS = [
  "claim_id",
  "statement",
  "excerpt",
  "speaker",
  "speaker_kind",
  "speaker_description",
  "attribution",
  "qualifier",
  "value",
  "low",
  "high",
  "unit",
  "figure",
  "as_of",
  "rating",
  "rating_value",
  "explanation",
  "published_at",
  "corrections",
  "article_id",
  "article_title",
  "outlet",
  "article_url",
  "article_published",
  "evidence",
] as const;

export type ReportRow = Record<(typeof REPORT_COLUMNS)[number], string | number | null>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** One flat row per claim; evidence is summarised as "stance: title <url>" separated by " | ". */
export function toReportRow(claim: ReportClaim): ReportRow {
  return {
    claim_id: claim.id,
    statement: claim.statement,
    excerpt: claim.excerpt,
    speaker: claim.speaker?.name ?? null,
    speaker_kind: claim.speaker?.kind ?? null,
    speaker_description: claim.speaker?.description ?? null,
    attribution: claim.attribution,
    qualifier: claim.qualifier,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    unit: claim.unit,
    figure: formatFigure(claim),
    as_of: day(claim.asOf),
    rating: claim.rating?.name ?? null,
    rating_value: claim.rating?.reviewValue ?? null,
    explanation: claim.explanation,
    published_at: claim.publishedAt?.toISOString() ?? null,
    corrections: claim.corrections.map((c) => `${day(c.createdAt)}: ${c.note}`).join(" | ") || null,
    article_id: claim.article?.id ?? null,
    article_title: claim.article?.title ?? null,
    outlet: claim.article?.outlet ?? null,
    article_url: claim.article?.url ?? null,
    article_published: day(claim.article?.publishedAt ?? null),
    evidence: claim.evidence.map((e) => `${e.stance}: ${e.title}${e.url ? ` <${e.url}>` : ""}`).join(" | ") || null,
  };
}

/** The JSON export: the same fields as the CSV, with evidence and corrections kept as lists. */
export function toReportJson(claim: ReportClaim) {
  return { ...toReportRow(claim), evidence: claim.evidence, corrections: claim.corrections };
}
