import { describe, expect, it } from "vitest";
import fc from "fast-check";
import PDFDocument from "pdfkit";
import { useFastMetrics } from "./pdf-font-metrics";
import { reportDocument } from "./report-pdf";

type Font = { widthOfString(text: string, size: number): number; encode(text: string): [string[], unknown[]] };
const fontOf = (doc: PDFKit.PDFDocument, name: string) => (doc.font(name) as unknown as { _font: Font })._font;

const SAMPLES = [
  "",
  "A",
  "AVAVA To Wa Yo ff fi",
  "At least 17 trucks left Baghouz, \"=cmd\" said the spokesman — 20,000 civilians.",
  "Café São Tomé Kraków Müller: €5 ‘quoted’ “twice” … • ™ Œuvre",
  "Unmapped: 中文 ✓ \u0000\t\n",
];

describe("fast metrics for standard fonts", () => {
  it.each(["Helvetica", "Helvetica-Bold", "Times-Roman"])("measure and encode %s exactly as pdfkit does", (name) => {
    const plain = fontOf(new PDFDocument({ autoFirstPage: false }), name);
    const fast = fontOf(new PDFDocument({ autoFirstPage: false }), name);
    useFastMetrics(fast);
    expect(fast.widthOfString).not.toBe(plain.widthOfString);
    const same = (text: string) => {
      expect(fast.widthOfString(text, 11)).toBe(plain.widthOfString(text, 11));
      expect(fast.encode(text)).toEqual(plain.encode(text));
    };
    SAMPLES.forEach(same);
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), same), { numRuns: 300 });
  });

  it("lay out wrapped, justified and continued text on several pages into the very bytes pdfkit writes alone", async () => {
    const draw = (doc: PDFKit.PDFDocument) => {
      const chunks: Buffer[] = [];
      doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
      for (let i = 0; i < 40; i++) {
        doc.font(i % 2 ? "Helvetica-Bold" : "Helvetica").fontSize(9 + (i % 4));
        doc.text(`${SAMPLES[i % SAMPLES.length]} ${"Wavy Tokyo AVA fi ".repeat(i)} claim ${i}`, { align: i % 3 ? "left" : "justify", continued: i % 5 === 0 });
        if (i % 10 === 9) doc.addPage();
      }
      doc.end();
      return done;
    };
    const options = { compress: false, info: { CreationDate: new Date("2026-01-01T00:00:00Z") } };
    const [plain, fast] = [await draw(new PDFDocument(options)), await draw(reportDocument(options))];
    expect(fast.length).toBeGreaterThan(5000);
    expect(plain.toString("latin1").match(/\/Type \/Page\b/g)!.length).toBeGreaterThanOrEqual(4);
    expect(fast.equals(plain)).toBe(true);
  });

  it("are what the report's documents use, for every font they choose", () => {
    const doc = reportDocument({ autoFirstPage: false });
    for (const name of ["Helvetica", "Helvetica-Bold"]) expect(fontOf(doc, name)).toHaveProperty("fastMetrics", true);
  });
});
