import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { anyOf, bothOf, cutSearchText, markedPieces, MARK_CLOSE, MARK_OPEN, MAX_SEARCH_LENGTH, toFtsQuery } from "./search-query";

// The same tokenizer as the migration's tables, in memory: the queries are checked against FTS5 itself.
const fts = new Database(":memory:");
fts.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`);
const insert = fts.prepare(`INSERT INTO t (rowid, body) VALUES (?, ?)`);
const TEXTS = [
  "At least 17 trucks left Baghouz on Tuesday",
  "About 300 fighters remained in São Paulo",
  "The convoy had 20,000 trucks, the ministry said",
  "COVID-19 cases rose near the border",
  "Truckers said nothing",
];
TEXTS.forEach((text, i) => insert.run(i + 1, text));
const search = (q: string) => {
  const query = toFtsQuery(q);
  return query === null ? null : (fts.prepare(`SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid`).pluck().all(query) as number[]);
};
afterAll(() => fts.close());

describe("toFtsQuery", () => {
  it("requires every word, ignoring case and accents", () => {
    expect(search("trucks baghouz")).toEqual([1]);
    expect(search("SAO paulo ")).toEqual([2]);
    expect(search("trucks fighters ")).toEqual([]);
  });

  it("reads quoted text as a phrase, and an unclosed quote as a phrase to the end", () => {
    expect(search('"left Baghouz"')).toEqual([1]);
    expect(search('"Baghouz left"')).toEqual([]);
    expect(search('trucks "the ministry')).toEqual([3]);
  });

  it("matches a prefix with *, and the last word typed as a prefix too", () => {
    expect(search("bagh*")).toEqual([1]);
    expect(search("truck")).toEqual([1, 3, 5]);
    expect(search("truck ")).toEqual([]);
    expect(search('"truck"')).toEqual([]);
  });

  it("does not read a number as a prefix: 2000 is not 20000", () => {
    insert.run(100, "Some 20000 people");
    try {
      expect(search("2000")).toEqual([]);
      expect(search("20000")).toEqual([100]);
    } finally {
      fts.prepare(`DELETE FROM t WHERE rowid = 100`).run();
    }
  });

  it("reads words written with punctuation as the phrase of their parts", () => {
    expect(search("covid-19")).toEqual([4]);
    expect(search("20,000")).toEqual([3]);
    expect(search("20 000")).toEqual([3]);
  });

  it("treats operators, brackets and column names as text", () => {
    expect(toFtsQuery('NEAR(trucks left) OR body:x -fighters AND "')).toBe(`"NEAR trucks" AND "left" AND "OR" AND "body x" AND "fighters" AND ("AND" OR "AND"*)`);
    expect(search("trucks OR fighters")).toEqual([]);
  });

  it("gives nothing to search for when the text has no letters or digits", () => {
    for (const q of ["", "   ", "*", '"', '""', "-", "()", "(*)", "^", ":", "\u0301"]) expect(toFtsQuery(q), q).toBeNull();
  });

  it("cuts long text on whole characters", () => {
    const text = "😀".repeat(MAX_SEARCH_LENGTH + 10);
    expect(Array.from(cutSearchText(text))).toHaveLength(MAX_SEARCH_LENGTH);
    expect(cutSearchText(text)).not.toMatch(/[\ud800-\udbff]$/);
  });

  it("never makes a query FTS5 refuses, whatever is typed", () => {
    const typed = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.array(fc.constantFrom('"', "*", "-", "(", ")", "NEAR(", "AND", "OR", "NOT", ":", "^", "+", " ", "trucks", "é", "\u0301", "20,000", "😀"), { maxLength: 40 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(typed, (q) => {
        const query = toFtsQuery(q);
        if (query !== null) fts.prepare(`SELECT count(*) FROM t WHERE t MATCH ?`).get(query);
        const combined = bothOf(anyOf([query, toFtsQuery("20000", { automaticPrefix: false })]), query);
        if (combined !== null) fts.prepare(`SELECT count(*) FROM t WHERE t MATCH ?`).get(combined);
      }),
      { numRuns: 500 },
    );
  });
});

describe("markedPieces", () => {
  it("splits highlighted text into plain and marked pieces", () => {
    expect(markedPieces(`At least 17 ${MARK_OPEN}trucks${MARK_CLOSE} left ${MARK_OPEN}Bag${MARK_CLOSE}`)).toEqual([
      { text: "At least 17 ", mark: false },
      { text: "trucks", mark: true },
      { text: " left ", mark: false },
      { text: "Bag", mark: true },
    ]);
  });

  it("marks what FTS5 highlight() marks", () => {
    const row = fts.prepare(`SELECT highlight(t, 0, ?, ?) FROM t WHERE t MATCH ?`).pluck().get(MARK_OPEN, MARK_CLOSE, toFtsQuery("sao")) as string;
    expect(markedPieces(row).filter((p) => p.mark).map((p) => p.text)).toEqual(["São"]);
  });
});
