import { describe, expect, it } from "vitest";
import { documentDescription, documentKind, trimAccordingPhrase } from "./document-phrase";

describe("document phrases", () => {
  it("ends an 'according to' phrase at its document noun", () => {
    expect(trimAccordingPhrase("these initial results only four parties have cleared the threshold")).toBe("these initial results");
    expect(trimAccordingPhrase("federal data released today")).toBe("federal data");
    expect(trimAccordingPhrase("figures published on Thursday by the Joint Council")).toBe("figures published on Thursday by the Joint Council");
    expect(trimAccordingPhrase("the results of the count")).toBe("the results of the count");
    expect(trimAccordingPhrase("the Harbour Board")).toBe("the Harbour Board");
    expect(trimAccordingPhrase("figures received Monday from informed sources")).toBe("figures received Monday from informed sources");
    expect(trimAccordingPhrase("data received today")).toBe("data");
  });

  it("names an unnamed document as written, without its determiner", () => {
    expect(documentDescription("the federal data")).toBe("federal data");
    expect(documentDescription("a new study")).toBe("new study");
    expect(documentDescription("Recent reports")).toBe("recent reports");
    expect(documentDescription("New research")).toBe("new research");
    expect(documentDescription("the same report")).toBe("report");
    expect(documentDescription("a separate survey")).toBe("survey");
    expect(documentDescription("these initial results")).toBe("initial results");
    expect(documentDescription("data from the ministry")).toBe("data");
  });

  it("finds an issuer by the document's kind, whatever says when it came", () => {
    expect(documentKind("New figures")).toBe("figures");
    expect(documentKind("the latest official data")).toBe("official data");
  });
});
