/** Text helpers every layer may use, pure. */

/**
 * `text` cut to at most `max` UTF-16 units (the unit the schemas' length limits count) at a character
 * boundary: an emoji at the cut is dropped whole rather than halved into an unpaired surrogate.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1] ?? "") && /[\udc00-\udfff]/.test(text[max] ?? "") ? max - 1 : max;
  return text.slice(0, Math.max(0, end));
}
