/**
 * Faster text measuring for pdfkit's standard fonts. pdfkit measures every word (to wrap lines) and every line
 * (to place it) glyph by glyph, looking each width and each kerning pair up by glyph name in large objects:
 * two thirds of the time of a report of thousands of claims. Here the same widths and pairs are read once
 * into tables indexed by character, and a font's `widthOfString` and `encode` read those: the same numbers,
 * so the same PDF.
 */
import "server-only";

/** What pdfkit's AFM font offers (not in its type definitions). */
interface AfmFont {
  name: string;
  encodeText(text: string): string[];
  characterToGlyph(code: number): string;
  widthOfGlyph(glyph: string): number;
  getKernPair(left: string, right: string | undefined): number;
}

/** pdfkit's StandardFont: a standard PDF font measured by its AFM metrics. */
interface StandardFont {
  font?: AfmFont;
  widthOfString(text: string, size: number, features?: unknown): number;
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
}

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** A font's widths and kerning pairs by glyph slot, and each character's slot, filled in as characters appear. */
class Metrics {
  private readonly slotOfCode = new Int16Array(65536).fill(-1);
  private readonly hexOfCode: string[] = [];
  private readonly glyphs: string[] = [];
  private readonly slotOfGlyph = new Map<string, number>();
  private widths: number[] = [];
  private kerns = new Map<number, number>();

  constructor(private readonly afm: AfmFont) {}

  private slot(code: number): number {
    const known = this.slotOfCode[code];
    if (known >= 0) return known;
    const glyph = this.afm.characterToGlyph(code);
    let slot = this.slotOfGlyph.get(glyph);
    if (slot === undefined) {
      slot = this.glyphs.push(glyph) - 1;
      this.slotOfGlyph.set(glyph, slot);
      this.widths[slot] = this.afm.widthOfGlyph(glyph);
    }
    this.slotOfCode[code] = slot;
    return slot;
  }

  private kern(left: number, right: number): number {
    const key = left * 65536 + right;
    let amount = this.kerns.get(key);
    if (amount === undefined) {
      amount = this.afm.getKernPair(this.glyphs[left], this.glyphs[right]);
      this.kerns.set(key, amount);
    }
    return amount;
  }

  /** The advance of each character: its width plus the kerning with the next one (none after the last). */
  advances(text: string): number[] {
    const advances = new Array<number>(text.length);
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const slot = this.slot(text.charCodeAt(i));
      if (previous >= 0) advances[i - 1] += this.kern(previous, slot);
      advances[i] = this.widths[slot];
      previous = slot;
    }
    return advances;
  }

  /** The sum of the advances, in thousandths of the font size. */
  width(text: string): number {
    let width = 0;
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const slot = this.slot(text.charCodeAt(i));
      if (previous >= 0) width += this.kern(previous, slot);
      width += this.widths[slot];
      previous = slot;
    }
    return width;
  }

  /** The hex codes pdfkit writes for each character (its WinAnsi byte). */
  hex(text: string): string[] {
    const out = new Array<string>(text.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out[i] = this.hexOfCode[code] ??= this.afm.encodeText(text[i])[0];
    }
    return out;
  }

  widthOfSlotAt(text: string, i: number): number {
    return this.widths[this.slot(text.charCodeAt(i))];
  }
}

/**
 * Makes `font` (the document's current font, `doc._font` after `doc.font(name)`) measure through tables.
 * Fonts that are not standard AFM fonts are left as they are. Idempotent.
 */
export function useFastMetrics(font: unknown): void {
  const standard = font as StandardFont & { fastMetrics?: true };
  if (!standard?.font || typeof standard.font.getKernPair !== "function" || standard.fastMetrics) return;
  const metrics = new Metrics(standard.font);
  standard.widthOfString = (text: string, size: number) => metrics.width(`${text}`) * (size / 1000);
  standard.encode = (text: string) => {
    const string = `${text}`;
    const advances = metrics.advances(string);
    const positions: GlyphPosition[] = new Array(string.length);
    for (let i = 0; i < string.length; i++)
      positions[i] = { xAdvance: advances[i], yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: metrics.widthOfSlotAt(string, i) };
    return [metrics.hex(string), positions];
  };
  standard.fastMetrics = true;
}
