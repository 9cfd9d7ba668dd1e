import { describe, expect, it } from "vitest";
import { parseNumberQuery, parseWrittenNumber, writtenForms } from "./number-query";

describe("numbers as written", () => {
  it("reads the same number however it is grouped or scaled", () => {
    for (const text of ["20000", "20,000", "20 000", "20k", "20K", "20 thousand", "20\u00a0000", "20'000"]) expect(parseWrittenNumber(text), text).toBe(20000);
    expect(parseWrittenNumber("1.5 million")).toBe(1_500_000);
    expect(parseWrittenNumber("2bn")).toBe(2e9);
    expect(parseWrittenNumber("3.25")).toBe(3.25);
  });

  it("is not fooled by text that only contains digits", () => {
    expect(parseWrittenNumber("20000 trucks")).toBeNull();
    expect(parseWrittenNumber("covid19")).toBeNull();
    expect(parseWrittenNumber("")).toBeNull();
    expect(parseNumberQuery("covid19 cases")).toEqual({ number: null, rest: "covid19 cases" });
  });

  it("splits a query into its number and the words around it", () => {
    expect(parseNumberQuery("20k trucks")).toEqual({ number: 20000, rest: "trucks" });
    expect(parseNumberQuery("nearly 1,500 people")).toEqual({ number: 1500, rest: "nearly people" });
    expect(parseNumberQuery("shelters")).toEqual({ number: null, rest: "shelters" });
  });

  it("lists the ways a number stands in a text", () => {
    expect(writtenForms(20000)).toEqual(["20000", "20,000", "20 000", "20\u00a0000"]);
    expect(writtenForms(240)).toEqual(["240"]);
  });
});
