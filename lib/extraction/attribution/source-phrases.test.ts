import { describe, expect, it } from "vitest";
import { DATED_DOCUMENT, OFFICE_OF, RECORDED_ON, namedBody, placeGoesOn, titleOfBody } from "./source-phrases";

describe("phrases around a source", () => {
  it("tells a capitalised title of a body from a name", () => {
    expect(titleOfBody("Festival Director and Chair of Tulip Events")).toBe(true);
    expect(titleOfBody("Chief Executive")).toBe(true);
    expect(titleOfBody("Tulip Events")).toBe(false);
    expect(titleOfBody("Director of")).toBe(false);
  });
  it("reads the state after a town, and the town after a person's body, as part of an apposition", () => {
    expect(placeGoesOn("Delaware", "a clinic in Dover", true)).toBe(true);
    expect(placeGoesOn("Delaware", "a clinic in Dover", false)).toBe(false);
    expect(placeGoesOn("Dunmore", "Dr Tomas Berg of Lakeside Clinic", false)).toBe(true);
    expect(placeGoesOn("Dunmore", "the mayor said", true)).toBe(false);
  });
  it("reads a capitalised name ending in a document noun as a body", () => {
    expect(namedBody("U.S. Geological Survey")).toBe(true);
    expect(namedBody("new survey")).toBe(false);
  });
  it("finds a person's office, a dated document and a record a figure is read from", () => {
    expect(OFFICE_OF.exec("Prime Minister Jonas Lerner's office")?.slice(1)).toEqual(["Prime Minister Jonas Lerner", "office"]);
    expect(OFFICE_OF.test("the ministry's office")).toBe(false);
    expect("Tuesday's report".replace(DATED_DOCUMENT, "the ")).toBe("the report");
    expect("Harbor Board's report".replace(DATED_DOCUMENT, "the ")).toBe("Harbor Board's report");
    expect(RECORDED_ON.exec("The total recorded in the Land Registry database is 40.")?.[1]).toBe("Land Registry database");
  });
});
