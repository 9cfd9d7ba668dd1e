/** The report as a PDF document, drawn with pdfkit on the server. */
import "server-only";
import PDFDocument from "pdfkit";
import type { ReportCorrection } from "@/lib/reports/report-groups";
import type { ReportClaim } from "@/lib/reports/report-rows";
import { formatFigure } from "@/lib/figures/figure";
import { markdownToPlainText, toPdfText } from "@/lib/reports/pdf-text";
import { formatShare, type ReportSummary } from "@/lib/reports/report-summary";
import { ATTRIBUTION_LABELS, QUALIFIER_LABELS, type Attribution, type Qualifier } from "@/lib/figures/vocabulary";
import { formatDate, formatDateTime } from "@/lib/web/format";
import { useFastMetrics } from "@/lib/reports/pdf-font-metrics";

export interface ReportPdfInput {
  /** the claims in the report's order (by article), a batch at a time */
  claims: AsyncIterable<ReportClaim[]>;
  /** the corrections, newest first, a batch at a time */
  corrections: AsyncIterable<ReportCorrection[]>;
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

function claimBlock(doc: Doc, claim: ReportClaim) {
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

/** Lets the PDF's buffer drain before more is written, so a report of any length holds a few pages in memory. */
type Drain = () => Promise<void>;

async function claimsSection(doc: Doc, batches: AsyncIterable<ReportClaim[]>, drain: Drain) {
  doc.addPage();
  doc.font(BOLD).fontSize(16);
  text(doc, "Claims by article");
  let current: string | null = null;
  for await (const batch of batches) {
    for (const claim of batch) {
      const key = claim.article ? String(claim.article.id) : "none";
      if (key !== current) {
        current = key;
        heading(doc, claim.article ? claim.article.title : "Claims without an article", 13, CLAIM_MIN_SPACE + 40);
        if (claim.article) {
          const about = [claim.article.outlet, claim.article.publishedAt && formatDate(claim.article.publishedAt), claim.article.url].filter(Boolean).join(" - ");
          doc.fillColor(MUTED);
          text(doc, about);
          doc.fillColor("black");
        }
      }
      claimBlock(doc, claim);
    }
    await drain();
  }
  if (current === null) {
    doc.moveDown(0.5).font(FONT).fontSize(10);
    text(doc, "No verdict has been published in this selection yet.");
  }
}

async function correctionsSection(doc: Doc, batches: AsyncIterable<ReportCorrection[]>, drain: Drain) {
  let first = true;
  for await (const batch of batches) {
    if (first) heading(doc, "Corrections", 14);
    first = false;
    for (const c of batch) {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 50) doc.addPage();
      doc.font(BOLD);
      text(doc, `${formatDate(c.createdAt)} - ${c.statement}`);
      doc.font(FONT);
      text(doc, `${c.note} (${c.previousRatingName ?? "no rating"} -> ${c.newRatingName ?? "withdrawn for re-check"})`, { paragraphGap: 4 });
    }
    await drain();
  }
}

/** "page N" in the bottom margin of each page as it starts (the total is not known while the file streams). */
function numberPages(doc: Doc) {
  let number = 0;
  const footer = () => {
    number++;
    const { x, y } = doc;
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.font(FONT).fontSize(8).fillColor(MUTED);
    doc.text(`Claimdesk verified-claims report - page ${number}`, doc.page.margins.left, doc.page.height - bottom / 2 - 4, { align: "center", width, lineBreak: false });
    doc.page.margins.bottom = bottom;
    doc.fillColor("black").font(FONT).fontSize(10);
    doc.x = x;
    doc.y = y;
  };
  doc.on("pageAdded", footer);
  footer();
}

/**
 * A pdfkit document whose standard fonts measure text through tables (pdf-font-metrics.ts): the same layout,
 * faster. Each page's dictionary is emptied once the page is written (the page tree keeps only its reference,
 * which is all the file's end needs): otherwise every page's dictionary, contents and resources objects stayed in
 * memory, about 1 KB a page, 60 MB for a report of 250,000 claims.
 */
export function reportDocument(options: PDFKit.PDFDocumentOptions): Doc {
  const doc = new PDFDocument(options);
  type Page = { dictionary: { data: object } };
  let written: Page | null = null;
  doc.on("pageAdded", () => {
    // The page before this one has been written (pages are not buffered).
    if (written && !options.bufferPages) written.dictionary.data = {};
    written = (doc as unknown as { page: Page }).page;
  });
  const chooseFont = doc.font.bind(doc) as (...args: unknown[]) => Doc;
  doc.font = ((...args: unknown[]) => {
    chooseFont(...args);
    useFastMetrics((doc as unknown as { _font: unknown })._font);
    return doc;
  }) as Doc["font"];
  return doc;
}

/**
 * The verified-claims report as a PDF, streamed as it is written: title, selection and date, the summary and
 * chart figures as tables, each claim grouped by article, and the corrections. Claims are read a batch at a
 * time and a batch is written only when the client has taken the last one, so memory stays bounded whatever the
 * report holds. Page contents are deflated (as pdfkit does by default): uncompressed, the text of 25,000 claims
 * made a 55 MB file.
 */
export function streamReportPdf(input: ReportPdfInput): ReadableStream<Uint8Array> {
  const doc = reportDocument({ size: "A4", margin: 50, info: { Title: "Verified-claims report", Creator: "Claimdesk" } });
  let waiting: (() => void) | null = null;
  let wanted = true;
  let cancelled = false;
  const drain: Drain = async () => {
    // Back to the event loop between batches: the database answers synchronously, and without this the
    // whole file would be written before the socket is given its first bytes.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!wanted) await new Promise<void>((resolve) => (waiting = resolve));
    // The client went away: stop reading claims for it.
    if (cancelled) throw new Error("The report download was cancelled.");
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      doc.on("data", (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 1) <= 0) wanted = false;
      });
      doc.on("end", () => controller.close());
      doc.on("error", (error) => controller.error(error));
      void (async () => {
        numberPages(doc);
        doc.font(BOLD).fontSize(20);
        text(doc, "Verified-claims report");
        doc.moveDown(0.3).font(FONT).fontSize(10).fillColor(MUTED);
        text(doc, `Generated ${formatDateTime(input.generatedAt)} by Claimdesk`);
        text(doc, `Selection: ${input.selection.length ? input.selection.join("; ") : "all published verdicts"}`);
        doc.fillColor("black");
        summarySection(doc, input.summary);
        await claimsSection(doc, input.claims, drain);
        await correctionsSection(doc, input.corrections, drain);
        doc.end();
      })().catch((error) => {
        if (!cancelled) controller.error(error);
      });
    },
    pull() {
      wanted = true;
      const resume = waiting;
      waiting = null;
      resume?.();
    },
    cancel() {
      cancelled = true;
      const resume = waiting;
      waiting = null;
      resume?.();
    },
  }, { highWaterMark: 1 << 20, size: (chunk) => chunk.byteLength });
}
