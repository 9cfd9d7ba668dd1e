import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

const speakers = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

describe("an acronym the article gives a body", () => {
  it("is that body, though a titled person's title has the same initials", () => {
    const text =
      "Coastal Defence Adviser Tomas Verel visited the port on Monday.\n\n" +
      "The Coastal Defence Agency (CDA) runs the patrols.\n\n" +
      "The CDA said 46 boats were checked.";
    expect(speakers(text)).toEqual([[46, "Coastal Defence Agency"]]);
  });

  it("is that body when the titled person was quoted before, too", () => {
    const text =
      "The Rural Party (RP) won the vote.\n\n" +
      "Regional Prosecutor Mira Tolland said 17 cases were open.\n\n" +
      "The RP said 29 seats were won.";
    expect(speakers(text)).toEqual([
      [17, "Mira Tolland"],
      [29, "Rural Party"],
    ]);
  });

  it("is still the titled person when no body goes by it", () => {
    const text = "Water Cabinet Secretary Lena Ostrow inspected the quay.\n\nThe CS said 12 berths were closed.";
    expect(speakers(text)).toEqual([[12, "Lena Ostrow"]]);
  });
});
