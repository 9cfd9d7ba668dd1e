import { describe, expect, it } from "vitest";
import { documentDescription, trimAccordingPhrase } from "./document-phrase";

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

  it("names an unnamed document by its kind, not by when it came", () => {
    expect(documentDescription("the federal data")).toBe("federal data");
    expect(documentDescription("a new study")).toBe("study");
    expect(documentDescription("these initial results")).toBe("initial results");
    expect(documentDescription("data from the ministry")).toBe("data");
  });
});
