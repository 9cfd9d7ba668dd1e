import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { peopleOfBody } from "./people-of-body";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("people of a body as an unnamed source", () => {
  it("keeps a body's officials or staff as written, not the body", () => {
    const text = "Floods hit Velmar\n\nThe Velmar Weather Service said 3 rivers burst their banks. Velmar Weather Service meteorologists said 80 mm of rain fell. United Nations officials said 40 people died.";
    expect(who(text)).toEqual([
      [3, "Velmar Weather Service", "paraphrase"],
      [80, "Velmar Weather Service meteorologists", "paraphrase"],
      [40, "United Nations officials", "paraphrase"],
    ]);
  });
  it("leaves the body itself, and a body's kind after its name, as before", () => {
    expect(who("The Norland Red Cross said 14 shelters opened. The Norland Red Cross said 9 more would open.").map((c) => c[1])).toEqual(["Norland Red Cross", "Norland Red Cross"]);
    expect(peopleOfBody("officials")).toBe(true);
    expect(peopleOfBody("meteorologists")).toBe(true);
    expect(peopleOfBody("union")).toBe(false);
    expect(peopleOfBody("agency")).toBe(false);
  });
  it("reads a body's headquarters, papers or registers as the body, not as its people", () => {
    expect(who("The Norland Police headquarters said 40 officers were hurt.")).toEqual([[40, "Norland Police", "paraphrase"]]);
    for (const w of ["headquarters", "numbers", "papers", "registers", "orders", "lists"]) expect(peopleOfBody(w)).toBe(false);
    for (const w of ["workers", "volunteers", "economists", "physicians"]) expect(peopleOfBody(w)).toBe(true);
  });
});
