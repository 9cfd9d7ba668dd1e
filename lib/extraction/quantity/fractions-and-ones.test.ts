import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("fractions in words", () => {
  it.each([
    // "a century" is 100 years, so half of one is 50.
    ["The feud between the neighbouring clans lasted half a century.", [[50, "exact", "year"]]],
    ["The mill ran for more than half a century.", [[50, "more_than", "year"]]],
    // How far along a thing is: a share of the thing the sentence is about.
    ["The new terminal was only a quarter built when the money ran out.", [[0.25, "exact", "terminal"]]],
    ["By May the reservoir was three-quarters full.", [[0.75, "exact", "reservoir"]]],
    ["The hospital wing is nearly two-thirds complete.", [[2 / 3, "nearly", "wing"]]],
    // A share of a singular whole followed by its verb: the whole, not the verb.
    ["Three-quarters of the grant went to salaries.", [[0.75, "exact", "grant"]]],
    ["A third of the harvest was lost to hail.", [[1 / 3, "exact", "harvest"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    // A date or an age, not a span.
    ["Half a century ago the village had no road.", []],
    ["They restored a chapel that is half a century old.", []],
    // Shares of a noun keep it.
    ["A quarter of the flats are built of brick.", [[0.25, "exact", "flat"]]],
    ["He spent half a year in a clinic.", [[0.5, "exact", "year"]]],
  ])("keeps today's reading of %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("counts of one beside a state", () => {
  it.each([
    ["The collision left one dead and four injured.", [[1, "exact", "person"], [4, "exact", "person"]]],
    ["The shooting left one deceased and two wounded, police said.", [[1, "exact", "person"], [2, "exact", "person"]]],
    ["One dead, six hurt as bus overturns", [[1, "exact", "person"], [6, "exact", "person"]]],
    ["The landslide left one missing in the hills.", [[1, "exact", "person"]]],
    ["One was arrested at the scene.", [[1, "exact", "person"]]],
    ["One was detained after the match.", [[1, "exact", "person"]]],
    // A decade of lasting, like "a century".
    ["She chaired the board for a decade.", [[1, "exact", "decade"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    // Pronoun "one" stays none.
    ["No one was hurt in the fire.", []],
    ["One should never give up on a patient.", []],
    ["The one missing from the photo is his brother.", []],
    ["Each one arrested was later freed.", []],
    ["One dead end after another frustrated the inquiry.", []],
    // A decade framing a record, or as a date, is no span claimed.
    ["It was the worst harvest in a decade.", []],
    ["A decade later the mine closed.", []],
  ])("leaves alone %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("a share of one thing", () => {
  it.each([
    ["Half of one barn was torn away by the gale.", [[0.5, "exact", "barn"]]],
    ["The levy rose by half of one percent.", [[0.5, "exact", "percent"]]],
    ["A third of one village in the valley was flooded.", [[1 / 3, "exact", "village"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["Half of one million voters stayed home.", [[0.5, "exact", "voter"], [1e6, "exact", "voter"]]],
    ["Half of the barns were torn away by the gale.", [[0.5, "exact", "barn"]]],
  ])("keeps %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});
