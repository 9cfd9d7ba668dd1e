/** The report as a PDF document, drawn with pdfkit on the server. */
import "server-only";
import PDFDocument from "pdfkit";
import { correctionsOf, groupByArticle } from "@/lib/reports/report-groups";
import type { ReportClaim } from "@/lib/reports/report-rows";
import { formatFigure } from "@/lib/figures/figure";
import { markdownToPlainText, toPdfText } from "@/lib/reports/pdf-text";
import { formatShare, type ReportSummary } from "@/lib/reports/report-summary";
import { ATTRIBUTION_LABELS, QUALIFIER_LABELS, type Attribution, type Qualifier } from "@/lib/figures/vocabulary";
import { formatDate, formatDateTime } from "@/lib/web/format";

/** A report claim with what the PDF's corrections section says of each correction. */
export type PdfReportClaim = ReportClaim & {
  corrections: (ReportClaim["corrections"][number] & { previousRatingName: string | null; newRatingName: string | null })[];
};

export interface ReportPdfInput {
  claims: PdfReportClaim[];
  summary: ReportSummary;
  /** the filters in words (describeReportFilter) */
  selection: string[];
  generatedAt: Date;
}

const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const MUTED = "#4b5563";
/** Room a claim's first lines need; less than this left on a page and the claim starts on the next one. */
const CLAIM_MIN_SPACE = 110;

type Doc = PDFKit.PDFDocument;

/** Standard fonts cover Latin-1 only: every string goes through toPdfText before it reaches the page. */
const text = (doc: Doc, value: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(toPdfText(value), options);

/** A heading kept with what follows it: with less than `keep` points left, it starts the next page. */
function heading(doc: Doc, title: string, size = 14, keep = 80) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - keep) doc.addPage();
  doc.moveDown(0.8).font(BOLD).fontSize(size).fillColor("black");
  text(doc, title);
  doc.moveDown(0.3).font(FONT).fontSize(10);
}

function table(doc: Doc, header: [string, string], rows: [string, string][]) {
  if (rows.length === 0) {
    doc.font(FONT).fontSize(10).fillColor(MUTED);
    text(doc, "Nothing in this selection.");
    doc.fillColor("black");
    return;
  }
  doc.font(FONT).fontSize(10).fillColor("black");
  doc.table({
    position: { x: doc.page.margins.left },
    columnStyles: [300, 100],
    defaultStyle: { border: 0.5, borderColor: "#9ca3af", padding: 4 },
    rowStyles: (row) => (row === 0 ? { backgroundColor: "#e5e7eb" } : undefined),
    data: [
      header.map((cell) => ({ text: toPdfText(cell), font: { src: BOLD }, type: "TH" as const })),
      ...rows.map(([label, value]) => [{ text: toPdfText(label) }, { text: value, align: { x: "right" as const, y: "top" as const } }]),
    ],
  });
  doc.x = doc.page.margins.left;
}

function summarySection(doc: Doc, summary: ReportSummary) {
  heading(doc, "Summary");
  table(doc, ["Figure", "Value"], [
    ["Published verdicts", String(summary.verdicts)],
    ["Articles", String(summary.articles)],
    ["Named speakers", String(summary.speakers)],
    ["Verdicts without a named speaker", String(summary.unattributed)],
    ["Rated false or mostly false", `${formatShare(summary.falseShare)} (${summary.falseOrMostlyFalse})`],
    ["Claims with a figure", String(summary.withFigure)],
    ["Corrections", String(summary.corrections)],
  ]);
  heading(doc, "Verdicts by rating", 12);
  table(doc, ["Rating", "Verdicts"], summary.byRating.map((r) => [r.name, String(r.count)]));
  heading(doc, "Claims by speaker (top 10)", 12);
  table(doc, ["Speaker", "Verdicts"], summary.topSpeakers.map((s) => [s.name, String(s.count)]));
  const per = summary.overTime.unit;
  heading(doc, `Checked claims over time (per ${per})`, 12);
  table(doc, [per === "week" ? "Week" : "Month", "Verdicts published"], summary.overTime.periods.map((p) => [p.label, String(p.count)]));
}

function claimBlock(doc: Doc, claim: PdfReportClaim) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - CLAIM_MIN_SPACE) doc.addPage();
  doc.moveDown(0.6).font(BOLD).fontSize(11).fillColor("black");
  text(doc, claim.statement);
  doc.font(FONT).fontSize(10);
  const speaker = claim.speaker ? `${claim.speaker.name}${claim.speaker.description ? `, ${claim.speaker.description}` : ""}` : "No named speaker";
  text(doc, `Speaker: ${speaker} (${ATTRIBUTION_LABELS[claim.attribution as Attribution] ?? claim.attribution})`);
  const figure = formatFigure(claim);
  if (figure) text(doc, `Figure: ${figure}${claim.qualifier ? ` (qualifier: ${QUALIFIER_LABELS[claim.qualifier as Qualifier] ?? claim.qualifier})` : ""}`);
  doc.font(BOLD);
  text(doc, `Verdict: ${claim.rating?.name ?? "no rating"}`, { continued: Boolean(claim.publishedAt) });
  doc.font(FONT);
  if (claim.publishedAt) text(doc, `, published ${formatDate(claim.publishedAt)}`);
  if (claim.explanation) text(doc, markdownToPlainText(claim.explanation), { paragraphGap: 2 });
  if (claim.evidence.length > 0) {
    text(doc, "Evidence:");
    for (const e of claim.evidence) text(doc, `- ${e.stance}: ${e.title}${e.url ? ` <${e.url}>` : ""}`, { indent: 10 });
  }
  if (claim.corrections.length > 0) {
    doc.fillColor(MUTED);
    text(doc, `Corrected ${claim.corrections.length === 1 ? "once" : `${claim.corrections.length} times`}; see Corrections.`);
    doc.fillColor("black");
  }
}

function claimsSection(doc: Doc, claims: PdfReportClaim[]) {
  doc.addPage();
  doc.font(BOLD).fontSize(16);
  text(doc, "Claims by article");
  if (claims.length === 0) {
    doc.moveDown(0.5).font(FONT).fontSize(10);
    text(doc, "No verdict has been published in this selection yet.");
  }
  for (const group of groupByArticle(claims)) {
    heading(doc, group.article ? group.article.title : "Claims without an article", 13, CLAIM_MIN_SPACE + 40);
    if (group.article) {
      const about = [group.article.outlet, group.article.publishedAt && formatDate(group.article.publishedAt), group.article.url].filter(Boolean).join(" - ");
      doc.fillColor(MUTED);
      text(doc, about);
      doc.fillColor("black");
    }
    for (const claim of group.claims) claimBlock(doc, claim);
  }
  const corrections = correctionsOf(claims);
  if (corrections.length === 0) return;
  heading(doc, "Corrections", 14);
  for (const c of corrections) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 50) doc.addPage();
    doc.font(BOLD);
    text(doc, `${formatDate(c.createdAt)} - ${c.statement}`);
    doc.font(FONT);
    text(doc, `${c.note} (${c.previousRatingName ?? "no rating"} -> ${c.newRatingName ?? "withdrawn for re-check"})`, { paragraphGap: 4 });
  }
}

function pageNumbers(doc: Doc) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(8).fillColor(MUTED);
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.text(`Claimdesk verified-claims report - page ${i + 1} of ${count}`, doc.page.margins.left, doc.page.height - bottom / 2 - 4, { align: "center", width });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The verified-claims report as a PDF: title, selection and date, the summary and chart figures as tables,
 * each claim grouped by article, and the corrections. Uncompressed: the files are small, and their text
 * stays searchable in tests.
 */
export function renderReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, compress: false, bufferPages: true, info: { Title: "Verified-claims report", Creator: "Claimdesk" } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font(BOLD).fontSize(20);
  text(doc, "Verified-claims report");
  doc.moveDown(0.3).font(FONT).fontSize(10).fillColor(MUTED);
  text(doc, `Generated ${formatDateTime(input.generatedAt)} by Claimdesk`);
  text(doc, `Selection: ${input.selection.length ? input.selection.join("; ") : "all published verdicts"}`);
  doc.fillColor("black");
  summarySection(doc, input.summary);
  claimsSection(doc, input.claims);
  pageNumbers(doc);
  doc.end();
  return done;
}
