/** The key that makes two speaker names the same: case, accents, punctuation and spacing folded. */
export function normalizeSpeakerName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
