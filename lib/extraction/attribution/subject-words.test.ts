import { describe, expect, it } from "vitest";
import { CITING, CLAIMED_THING, PERSON_ROLE, STATED_IN, isDemonym, withoutStatus } from "./subject-words";

describe("words around a subject", () => {
  it("drops status words only before a name", () => {
    expect(withoutStatus("state-run Pelita news agency")).toBe("Pelita news agency");
    expect(withoutStatus("semi-official Fars news agency")).toBe("Fars news agency");
    expect(withoutStatus("state news agency")).toBe("state news agency");
    expect(withoutStatus("Japan's Kyodo news agency")).toBe("Kyodo news agency");
    expect(withoutStatus("Japan's state news agency")).toBe("Japan's state news agency");
  });

  it("reads a nationality written with 'the' before or after the verb", () => {
    expect(isDemonym("Australian", "The Australian ", " she won")).toBe(true);
    expect(isDemonym("Spaniard", "“We won,” ", " the 24-year-old Spaniard.")).toBe(true);
    expect(isDemonym("Australian", "Australian ", " she won")).toBe(false);
    expect(isDemonym("Taliban", "The Taliban ", " 4 died")).toBe(false);
  });

  it("tells a thing claimed from a claim", () => {
    expect(CLAIMED_THING.test(" a record $4 million prize — the largest ever awarded")).toBe(true);
    expect(CLAIMED_THING.test(" his third title,")).toBe(true);
    expect(CLAIMED_THING.test(" the attack killed 30 people.")).toBe(false);
    expect(CLAIMED_THING.test(" 40 soldiers died.")).toBe(false);
  });

  it("reads roles and impersonal reports", () => {
    expect(PERSON_ROLE.exec("the defending champion")?.[1]).toBe("champion");
    expect(PERSON_ROLE.test("the spokesman")).toBe(false);
    expect(STATED_IN.exec("In 2022, it was stated in Parliament that 40 died.")?.[1]).toBe("Parliament");
    expect(STATED_IN.test("It was said that 5 died.")).toBe(false);
    expect(CITING.exec("4 died, Xinhua said, citing local officials.")?.[1]).toBe("local officials");
    expect(CITING.exec("4 died, it said, citing the U.S. Labor Department.")?.[1]).toBe("the U.S. Labor Department");
  });
});
