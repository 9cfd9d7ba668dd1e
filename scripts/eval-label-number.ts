/** How the extractor evaluation compares an extracted number with a hand-written label's. */

/**
 * A label's number as written: a fraction a label can only print rounded ("two-thirds" → 0.6667) matches the
 * exact value when that rounds to it (three or more decimals written); other numbers must be equal.
 */
export function sameLabelNumber(got: number | null, label: number | null): boolean {
  if (got === label) return true;
  if (got === null || label === null) return false;
  const decimals = /\.(\d+)$/.exec(String(label))?.[1].length ?? 0;
  return decimals >= 3 && Math.abs(got - label) <= 0.5 * 10 ** -decimals;
}
