import { describe, expect, it } from "vitest";
import { bestClaimMatch, normalizeStatement, statementSimilarity } from "./claim-match";

const SEED =
  "Nearly 20,000 civilians had left the shrinking area in recent weeks before the evacuation halted last week when the extremists closed all the roads out of the tiny area.";

describe("normalizeStatement", () => {
  it("folds case, accents, punctuation and thousands separators", () => {
    expect(normalizeStatement("  Nearly 20,000 Civilians — left  Zürich! ")).toBe("nearly 20000 civilians left zurich");
    expect(normalizeStatement("It cost 1.5 million")).toBe("it cost 1 5 million");
  });
});

describe("statementSimilarity", () => {
  it("is 1 for the same words and 0 for none shared", () => {
    expect(statementSimilarity("a b c", "C, B. A!")).toBe(1);
    expect(statementSimilarity("a b", "c d")).toBe(0);
    expect(statementSimilarity("", "a")).toBe(0);
  });
});

describe("bestClaimMatch", () => {
  const claims = [
    { id: 1, statement: "The storm destroyed at least 240 homes." },
    { id: 2, statement: SEED },
    { id: 3, statement: "Unemployment fell to 4 percent." },
  ];

  it("matches a statement that is equal once normalised", () => {
    expect(bestClaimMatch(SEED.toUpperCase().replace("20,000", "20000"), claims)).toEqual({ claim: claims[1], score: 1 });
  });

  it("matches a reworded statement that shares most of its words", () => {
    const reworded = "Nearly 20,000 civilians left the shrinking area in recent weeks before the evacuation was halted last week when extremists closed the roads out of the tiny area";
    expect(bestClaimMatch(reworded, claims)?.claim.id).toBe(2);
  });

  it("keeps a statement about something else unlinked", () => {
    expect(bestClaimMatch("The storm damaged some homes in the north of the country last year.", claims)).toBeNull();
    expect(bestClaimMatch("", claims)).toBeNull();
  });

  it("prefers the most similar claim, then the oldest", () => {
    const twins = [{ id: 9, statement: "Prices rose 5 percent" }, { id: 4, statement: "Prices rose 5 percent" }];
    expect(bestClaimMatch("prices rose 5 percent", twins)?.claim.id).toBe(4);
  });
});
