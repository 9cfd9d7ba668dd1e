import { describe, expect, it } from "vitest";
import { figureKey, guessSpeakerKind, isRecordedBy, suggestionFingerprint } from "./suggestion";
import { extractClaims } from "./extract";

const fig = (qualifier: string | null, value: number | null, low: number | null = value, high: number | null = value) => ({ qualifier, value, low, high });

describe("suggestionFingerprint", () => {
  it("is stable across runs and distinct for two figures in one sentence", () => {
    const text = "Around 300 fighters are believed to be holed up in the enclave, along with several hundred civilians.";
    const first = extractClaims(text).map(suggestionFingerprint);
    const second = extractClaims(text).map(suggestionFingerprint);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(first.length);
    expect(first.length).toBe(2);
  });
});

describe("isRecordedBy", () => {
  const suggestion = { start: 10, end: 60, ...fig("at_least", 17, 17, null) };
  it("matches a claim over the same passage with the same figure", () => {
    expect(isRecordedBy(suggestion, { start: 12, end: 40, ...fig("at_least", 17, 17, null) })).toBe(true);
  });
  it("does not match another figure, another passage, or a claim without offsets", () => {
    expect(isRecordedBy(suggestion, { start: 12, end: 40, ...fig("exact", 17) })).toBe(false);
    expect(isRecordedBy(suggestion, { start: 70, end: 90, ...fig("at_least", 17, 17, null) })).toBe(false);
    expect(isRecordedBy(suggestion, { start: null, end: null, ...fig("at_least", 17, 17, null) })).toBe(false);
  });
  it("matches a statement without a figure only with a claim without a figure", () => {
    const plain = { start: 10, end: 60, ...fig(null, null) };
    expect(isRecordedBy(plain, { start: 10, end: 60, ...fig(null, null) })).toBe(true);
    expect(isRecordedBy(plain, { start: 10, end: 60, ...fig("exact", 3) })).toBe(false);
  });
});

describe("guessSpeakerKind", () => {
  it.each([
    ["Mustafa Bali", "person"],
    ["Zana Amedi", "person"],
    ["Associated Press", "organization"],
    ["Health Ministry", "organization"],
    ["World Health Organization", "organization"],
    ["UNHCR", "organization"],
    ["U.N.", "organization"],
  ])("%s is a %s", (name, kind) => {
    expect(guessSpeakerKind(name)).toBe(kind);
  });
});

describe("figureKey", () => {
  it("is the same for one figure in one sentence whatever the unit, and differs for another figure or sentence", () => {
    const base = { start: 0, end: 80, qualifier: "nearly", value: 20000, low: null, high: 20000 };
    expect(figureKey({ ...base, unit: "person" })).toBe(figureKey({ ...base, unit: "civilian" }));
    expect(figureKey(base)).not.toBe(figureKey({ ...base, value: 2000 }));
    expect(figureKey(base)).not.toBe(figureKey({ ...base, start: 81, end: 120 }));
  });
});
