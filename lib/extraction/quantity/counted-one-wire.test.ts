import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("a lone 'one' beside another count of the same noun", () => {
  it.each([
    ["Halvorsen admitted four counts of bribery and one count of perjury.", [[4, "count"], [1, "count"]]],
    ["The striker has two goals and one assist this season.", [[2, "goal"], [1, "assist"]]],
    ["Inspectors found six leaks in May and one leak in June.", [[6, "leak"], [1, "leak"]]],
    ["Mr Okafor pleaded guilty to one count each of theft and forgery.", [[1, "count"]]],
    ["The twins were given one vote each on the panel.", [[1, "vote"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    ["It rained for two days, and one day the bridge closed.", [[2, "day"]]],
    ["Two guards were hurt and one guard said the alarm failed.", [[2, "guard"]]],
    ["She has three sisters and one of them lives in Perth.", [[3, "sister"]]],
  ])("leaves the reference alone in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("'one more', 'one single', 'one extra' before a noun", () => {
  it.each([
    ["Ferreira still has one more title than his brother.", [[1, "title"]]],
    ["The scooter covers up to 90 km on one single charge.", [[90, "kilometer"], [1, "charge"]]],
    ["The council hired one additional inspector last year.", [[1, "inspector"]]],
    ["Each pupil gets one extra lesson a week.", [[1, "lesson per week"]]],
    ["Dubois has one more Davis Cup trophy than Moreau.", [[1, "trophy"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    "He asked the judge for one more chance.",
    "Let us try one more time before dawn.",
    "One more thing: the ferry is late.",
    "Not one single vote went to the mayor.",
    "The one extra thing they need is patience.",
    "Ministers want one single market for the islands.",
    "She took one more look at the map.",
    "It was one of the wettest springs in years.",
    "No one was hurt in the blaze.",
    "The neighbours helped one another after the storm.",
  ])("is no figure in %s", (s) => {
    expect(all(s)).toEqual([]);
  });
});

describe("a capitalised name between 'one' and its noun", () => {
  it("takes the lower-case noun after the name", () => {
    expect(all("Two militants and one Kurdish soldier were killed.")).toEqual([[2, "militant"], [1, "soldier"]]);
    expect(all("Police seized two shotguns and one Beretta pistol.")).toEqual([[2, "shotgun"], [1, "pistol"]]);
  });
  it("keeps the name when no lower-case noun follows", () => {
    expect(all("Police seized two shotguns and one Beretta.")).toEqual([[2, "shotgun"], [1, "beretta"]]);
  });
});

describe("'one of its/the NOUNs' with what befell it", () => {
  it.each([
    ["The navy said one of its frigates ran aground and later sank.", [[1, "frigate"]]],
    ["The navy said one of its frigates sank off Crete.", [[1, "frigate"]]],
    ["One of the hostages died in captivity.", [[1, "hostage"]]],
    ["Officials said that one of their supply trucks broke down near Gao.", [[1, "truck"]]],
    ["One of the protest organisers was arrested on Sunday.", [[1, "organiser"]]],
    ["Witnesses said one of the old ferries caught fire at the pier.", [[1, "ferry"]]],
    ["Police said one of the suspects was later detained in Tromso.", [[1, "suspect"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    "Customs made one of the biggest seizures in the port's history.",
    "Korba was one of the worst-hit towns in the flood.",
    "One of the most wanted smugglers was arrested in Oslo.",
    "One of the first ferries sank in 1912.",
    "One of the reasons was the cost of fuel.",
    "One of the officers said the road was closed.",
    "Any one of the boats could have sunk.",
    "One of the dead was a schoolteacher.",
    "One of its founders lives in Lagos.",
    "He is one of the few pilots trained for it.",
  ])("is no figure in %s", (s) => {
    expect(all(s)).toEqual([]);
  });
});

describe("an elliptical 'one' in a tally of the same group", () => {
  it.each([
    [
      "Eleven of the climbers died on the north face, one died in Zermatt, one in Saas Fee, and two in Arolla.",
      [[11, "climber"], [1, "climber"], [1, "climber"], [2, "climber"]],
    ],
    ["Six of the miners were rescued, and one died in hospital.", [[6, "miner"], [1, "miner"]]],
    ["The chain has 14 shops in Bristol, one in Bath and three in Swindon.", [[14, "shop"], [1, "shop"], [3, "shop"]]],
    ["Nine hikers were injured, including one who fell into a ravine.", [[9, "hiker"], [1, "hiker"]]],
    ["Eight people died, including one who was swept away.", [[8, "person"], [1, "person"]]],
    ["Seven of them were nurses, and one of them was a porter.", [[7, "nurse"], [1, "porter"]]],
    ["Four people were detained, including one woman.", [[4, "person"], [1, "woman"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    ["Rates rose 3 percent in Paris, one in Lyon.", [[3, "percent"]]],
    ["Six people were hurt, one of whom said the door jammed.", [[6, "person"]]],
    ["He opened 12 shops, but that one in Leeds failed.", [[12, "shop"]]],
    ["The firm listed 20 projects, including one of the largest in Kenya.", [[20, "project"]]],
    ["Twelve houses burned; one in Dover.", [[12, "house"]]],
  ])("leaves the reference alone in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("'N of them were NOUNs'", () => {
  it("counts the noun the copula names", () => {
    expect(all("Nearly 90 people were hurt and 12 of them were children.")).toEqual([[90, "person"], [12, "child"]]);
  });
  it("keeps the group's noun when the copula names a state", () => {
    expect(all("About 300 people were treated, and 40 of them were critical.")).toEqual([[300, "person"], [40, "person"]]);
  });
});

describe("'one of them was a NOUN' only beside 'N of them were NOUNs'", () => {
  it("leaves a lone reference alone", () => {
    expect(all("She won two races and one of them was a sprint.")).toEqual([[2, "race"]]);
    expect(all("Five of them were nurses, and one of them was a porter.")).toEqual([[5, "nurse"], [1, "porter"]]);
  });
});

describe("'including one' after a count", () => {
  it.each([
    ["Rescuers found 30 survivors, including one boy who had been trapped for days.", [[30, "survivor"], [1, "boy"]]],
    ["Six people died, including one nurse.", [[6, "person"], [1, "nurse"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["The board approved 40 schemes, including one worth $5 million.", [[40, "scheme"], [5000000, "dollar"]]],
    ["The audit lists 12 risks, including one that could halve output.", [[12, "risk"]]],
    ["Nine teams entered, including one from Chile.", [[9, "team"]]],
    ["The audit lists 12 risks, including one of the largest in years.", [[12, "risk"]]],
  ])("leaves the reference alone in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("a speaker after a lone 'one' and its noun", () => {
  it("is a source even with an adverb before the verb", () => {
    expect(all("The two men met, and one man later said the deal was off.")).toEqual([[2, "man"]]);
    expect(all("Four hikers were found, and one hiker quietly told police he had been lost.")).toEqual([[4, "hiker"]]);
  });
});

describe("a singular noun in -ing", () => {
  it("is counted after 'one'", () => {
    expect(all("Two houses and one building were destroyed.")).toEqual([[2, "house"], [1, "building"]]);
    expect(all("Officers logged one shooting and two stabbings.")).toEqual([[1, "shooting"], [2, "stabbing"]]);
  });
  it("an adjective in -ing is still no noun", () => {
    expect(all("Two guards were hurt and one remaining guard fled.")).toEqual([[2, "guard"], [1, "guard"]]);
    expect(all("One meeting was held in May.")).toEqual([]);
  });
});

describe("near-misses of the elliptical 'one'", () => {
  it.each([
    ["Three ministers quit, and one more is expected to follow.", [[3, "minister"]]],
    ["She has two brothers, one in Lagos and one in Accra.", [[2, "brother"]]],
    ["Four suspects were held; the one who fled is armed.", [[4, "suspect"]]],
    ["At one point, three firefighters entered the house.", [[3, "firefighter"]]],
    ["The two leaders spoke as one.", [[2, "leader"]]],
    ["Two people died, and one of the injured is in a coma.", [[2, "person"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("a capitalised name before the noun of a singular number or a share", () => {
  it.each([
    ["A third of Green voters backed the levy.", [[1 / 3, "voter"]]],
    ["Nearly half of Super League clubs made a loss.", [[0.5, "club"]]],
    ["Only one Liberal senator voted against it.", [[1, "senator"]]],
    ["At least one Airbus jet was grounded.", [[1, "jet"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("'one of them' or 'one of whom' with what befell it, after a count", () => {
  it.each([
    ["Four divers were rescued, and one of them later died.", [[4, "diver"], [1, "diver"]]],
    ["Six miners were trapped, one of whom died on Tuesday.", [[6, "miner"], [1, "miner"]]],
    ["Two aid workers were seized and one of them was later released.", [[2, "worker"], [1, "worker"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["Six miners were trapped, and one of them said the air was thin.", [[6, "miner"]]],
    ["Customs held 40 kg of resin and one of them died.", [[40, "kilogram"]]],
  ])("leaves the reference alone in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("'one of the N NOUNs' with what befell it", () => {
  it("counts one of the group and the group", () => {
    expect(all("Officials said one of the two pilots was killed.")).toEqual([[1, "pilot"], [2, "pilot"]]);
    expect(all("One of its 30 trams caught fire.")).toEqual([[1, "tram"], [30, "tram"]]);
  });
  it("is no figure for a ranking of N", () => {
    expect(all("It was one of the 10 biggest floods on record.")).toEqual([[10, "flood"]]);
  });
});

describe("'one count of' in court copy", () => {
  it.each([
    ["Both men were charged with one count of burglary.", [[1, "count"]]],
    ["She faces one count of perjury and two counts of fraud.", [[1, "count"], [2, "count"]]],
    ["He was convicted on one charge of arson.", [[1, "charge"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["By one count, 40 people died in the floods.", [[40, "person"]]],
    ["One count of the ballots put his lead at 50 votes.", [[50, "vote"]]],
    ["By one estimate, 300 homes were lost.", [[300, "home"]]],
  ])("is a source, not a count, in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});
