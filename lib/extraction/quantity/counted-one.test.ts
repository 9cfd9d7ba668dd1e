import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("a lone one that counts", () => {
  it.each([
    ["Rangers found one hiker and three dogs in the gully.", [[1, "hiker"], [3, "dog"]]],
    ["Customs seized one shotgun, four rifles and 90 cartridges.", [[1, "shotgun"], [4, "rifle"], [90, "cartridge"]]],
    ["Three ferries and one tug ran aground.", [[3, "ferry"], [1, "tug"]]],
    ["One more climber was rescued on Tuesday.", [[1, "climber"]]],
    ["One barn has burned and two more are threatened.", [[1, "barn"], [2, "barn"]]],
    ["Inspectors said one new infection was confirmed overnight.", [[1, "infection"]]],
    ["The challenger trails by a one-point margin.", [[1, "point"]]],
    ["The mayor kept a slim one-percentage-point edge.", [[1, "percentage point"]]],
    ["A three-percentage-point swing is needed.", [[3, "percentage point"]]],
    ["The bank made a 50-basis-point cut.", [[50, "basis point"]]],
    ["Offices are in Leeds (four), York (two) and Hull (one).", [[4, "office"], [2, "office"], [1, "office"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    "One analyst called the plan reckless.",
    "It was one of the wettest winters on record.",
    "One official described the mood as tense.",
    "He took one look at the bill and left.",
    "One day the river simply rose.",
    "He asked for one more chance.",
    "We will try one more time.",
  ])("is no figure in %s", (s) => {
    expect(all(s)).toEqual([]);
  });

  it("takes the list's noun when shared out", () => {
    expect(all("New branches are in Ayr (two), while Oban and Troon have one each.")).toEqual([[2, "branch"], [1, "branch"]]);
  });
});

describe("the subject of what happened", () => {
  it("a single word between a figure and a verb of casualty is what it counts", () => {
    expect(all("Two guards were hurt, and four Houthis died in the raid.")).toEqual([[2, "guard"], [4, "houthi"]]);
  });
  it("a second casualty figure in its own clause counts the first one's noun", () => {
    expect(all("Three firefighters were injured on Friday and about five were treated in hospital.").map(([, u]) => u)).toEqual(["firefighter", "firefighter"]);
    expect(all("About 80 homes were destroyed and 12 were killed.")).toEqual([[80, "home"], [12, "person"]]);
    expect(all("In all 90 workers from 12 firms were evacuated and 30 remain missing.").at(-1)).toEqual([30, "person"]);
  });
  it("counts nouns that have no plural form", () => {
    expect(all("Surveyors recorded 312 species and 40 aircraft.")).toEqual([[312, "species"], [40, "aircraft"]]);
  });
});

describe("a one after another count", () => {
  it("counts with what befell it, taking the count's noun", () => {
    expect(all("Nine climbers were rescued and one died.")).toEqual([[9, "climber"], [1, "climber"]]);
  });
  it("not when it only starts a reference", () => {
    expect(all("Police held 4 men, and one officer said more raids would follow.")).toEqual([[4, "man"]]);
  });
  it("a count behind or ahead of another counts the same", () => {
    expect(all("The team has 41 points, six behind the leaders.")).toEqual([[41, "point"], [6, "point"]]);
  });
});

describe("a lone 'one' before a noun that is a tally itself", () => {
  const all = (s: string) => findQuantities(s).map((m) => [m.value, m.unit]);
  it("counts one injury, one death, one arrest", () => {
    expect(all('"One injury (minor) with firefighters treating patient.')).toEqual([[1, "injury"]]);
    expect(all("One death was linked to the outbreak.")).toEqual([[1, "death"]]);
    expect(all("There was one arrest.")).toEqual([[1, "arrest"]]);
  });
  it("leaves 'in one case' and other nouns alone", () => {
    expect(all("In one case, a woman was robbed.")).toEqual([]);
    expect(all("One man carried a crutch.")).toEqual([]);
  });
});

describe("a 'one' whose noun and verb are left out before a patient's condition", () => {
  it("counts what the count before it counted", () => {
    expect(all("Four hikers were listed in critical condition and one fair.")).toEqual([[4, "hiker"], [1, "hiker"]]);
    expect(all("Three climbers were in serious condition and one stable.")).toEqual([[3, "climber"], [1, "climber"]]);
  });
  it("a fair that is a thing is not a patient", () => {
    expect(all("She ran one fair in Dunmere.")).toEqual([]);
    expect(all("Two stalls were sold and one fair was cancelled.").map(([v]) => v)).toEqual([2]);
  });
});

describe("a lone one found, named by its befalling, or set apart in a tally", () => {
  it("counts 'one' found, the death or rescue of one, one of a count 'including one by', a noun in -al or -ian", () => {
    expect(all("By noon one body was found in the reeds.")).toEqual([[1, "body"]]);
    expect(all("Medics are confirming the death of one hiker.")).toEqual([[1, "hiker"]]);
    expect(all("Six town hearings took place, including one by the mayor.")).toEqual([[6, "hearing"], [1, "hearing"]]);
    expect(all("Each permit will be issued to one individual per household.")).toEqual([[1, "individual"]]);
    expect(all("The blast killed one civilian and two guards.")).toEqual([[1, "civilian"], [2, "guard"]]);
    expect(all("Divers say one sailor from the trawler was rescued at dawn.")).toEqual([[1, "sailor"]]);
    expect(all("One driver in the front car died on Monday.")).toEqual([[1, "driver"]]);
  });
  it("a source, a finding or a reference stays none", () => {
    expect(all("One study found that it works.")).toEqual([]);
    expect(all("One official said the plan was sound.")).toEqual([]);
    expect(all("Officials blamed the death of one of the guards on the storm.")).toEqual([]);
    expect(all("One individual case was cited.")).toEqual([]);
    expect(all("One woman from the village said she was afraid.")).toEqual([]);
    expect(all("One paper in the journal was retracted.")).toEqual([]);
  });
});

describe("a sentence that opens on 'One' and a death or injury", () => {
  it("counts the one", () => {
    expect(all("One was confirmed dead and 4,200 residents fled the floods.").map(([v]) => v)).toEqual([1, 4200]);
    expect(all("One died and 12 were hurt.").map(([v]) => v)).toEqual([1, 12]);
  });
  it("leaves a speaker, a thing or a part of a group alone", () => {
    expect(all("One said he was afraid.")).toEqual([]);
    expect(all("One was destroyed.")).toEqual([]);
    expect(all("No one died.")).toEqual([]);
    expect(all("Officials said one died.")).toEqual([]);
  });
});

describe("a lone one with how badly it was hurt or its state", () => {
  it.each([
    ["Nine walkers suffered minor cuts and one ranger was seriously injured.", [[9, "walker"], [1, "ranger"]]],
    ["One cyclist was critically injured in the crash.", [[1, "cyclist"]]],
    ["Medics said one climber was in critical condition and four were stable.", [[1, "climber"], [4, "climber"]]],
    ["Five porters and one paramedic were hurt when the shell hit the depot.", [[5, "porter"], [1, "paramedic"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    "One witness reportedly said the car was speeding.",
    "One critic was blunt about the plan.",
    "One day the river rose quickly.",
    "One topic was widely discussed.",
  ])("%s: no figure", (s) => {
    expect(all(s)).toEqual([]);
  });
});

describe("a lone one with a name in commas before what befell it", () => {
  it("counts one suspect named in commas who was arrested", () => {
    expect(all("Police said one suspect, Ade Bello, was arrested on Friday and four others fled.")).toEqual([[1, "suspect"], [4, "suspect"]]);
  });
  it.each(["One resident, Tam Brekke, said the water rose fast.", "One witness, Sol Varga, was adamant."])("a named source or a description stays none: %s", (s) => {
    expect(all(s)).toEqual([]);
  });
});
