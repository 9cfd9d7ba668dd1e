import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { withoutDatelines } from "./article-context";
import { DATELINE } from "./names";

const byExpression = (s: string) => s.replace(new RegExp(DATELINE.source, "gmu"), " ");

describe("withoutDatelines", () => {
  it("puts each line's dateline, with the blank lines before it, as one space, as the expression does", () => {
    const texts = [
      "KESTREL BAY (Reuters) - Tarvik Ltd said sales rose 4 percent.",
      "Fares rose.\n\n\nPORT ELRIDGE, Varnland — Ships docked.\r\n\r\nVARNBURG (AP) --\nTolls fell.",
      "Jan. 5 (AP) - Rates held.\n\n  MARLOW -\n\nLONDON - Fees rose.",
      "\n\n\nMARLOW — Prices rose 5 percent.\u2028ORTON - Sales fell.",
      "Nothing here - at all.\n\nlower case - no.\n",
      "",
    ];
    for (const text of texts) expect(withoutDatelines(text)).toBe(byExpression(text));
  });
  it("reads a long run of blank lines once (the expression reads the rest of the run from each of its lines)", () => {
    const text = `Prices rose 5 percent, officials said.${"\n".repeat(50_000)}MARLOW — Sales fell 3 percent, the firm said.`;
    expect(withoutDatelines(text)).toBe("Prices rose 5 percent, officials said.\n Sales fell 3 percent, the firm said.");
    const claims = extractClaims(`Prices rose 5 percent, officials said.${"\n".repeat(50_000)}Sales fell 3 percent, the firm said.`);
    expect(claims.map((c) => [c.sentence, c.speaker])).toEqual([
      ["Prices rose 5 percent, officials said.", "officials"],
      ["Sales fell 3 percent, the firm said.", "firm"],
    ]);
  });
});
