import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("speeds and distances in the forms news prints", () => {
  it("spells 'kph', 'kmph', 'kmh' and 'mph' out, as a speed written in full reads", () => {
    expect(all("Gusts of up to 95 kph are expected along the coast.")).toEqual([[95, "kilometer per hour"]]);
    expect(all("Ferries halted as 85 kmph gusts hit the bay")).toEqual([[85, "kilometer per hour"]]);
    expect(all("Winds reached 70kph overnight.")).toEqual([[70, "kilometer per hour"]]);
    expect(all("The storm made landfall with winds near 300kmh.")).toEqual([[300, "kilometer per hour"]]);
    expect(all("Winds reached 60 mph overnight.")).toEqual([[60, "mile per hour"]]);
  });
  it("still names the speed written out or with a slash in full", () => {
    expect(all("Winds of 80 km/h battered the port.")).toEqual([[80, "kilometer per hour"]]);
    expect(all("Winds of 65 kilometres per hour battered the port.")).toEqual([[65, "kilometer per hour"]]);
    expect(all("The train runs at 90 km per hour.")).toEqual([[90, "kilometer per hour"]]);
  });
  it("reads a speed by the second", () => {
    expect(all("The meteor hit the air at 11 miles per second, officials estimated.")).toEqual([[11, "mile per second"]]);
    expect(all("Its twin travelled at 17 kilometers per second.")).toEqual([[17, "kilometer per second"]]);
    expect(all("The probe slowed to 40 meters per second.")).toEqual([[40, "meter per second"]]);
  });
  it("does not read 'a second' that starts another phrase as a speed", () => {
    expect(all("She swam 100 meters a second time after the false start.")).toEqual([[100, "meter"]]);
  });
  it("reads light-years as a distance, with or without the hyphen", () => {
    expect(all("The dwarf star lies 312 light-years away.")).toEqual([[312, "light-year"]]);
    expect(all("Astronomers found a rocky world 75 light years from the Sun.")).toEqual([[75, "light-year"]]);
    expect(all("The survey spotted planets at least 40 light-years away.")).toEqual([[40, "light-year"]]);
  });
  it("leaves years that are no distance alone", () => {
    expect(all("The light faded after 3 years of use.")).toEqual([[3, "year"]]);
    expect(all("Crews fitted 40 light poles in 2 years.")).toEqual([[40, "pole"], [2, "year"]]);
  });
});

describe("a currency named before its amount", () => {
  it("reads the money when its name comes first", () => {
    expect(all("The union's demand of taka 6,800 was rejected.")).toEqual([[6800, "taka"]]);
    expect(all("Strikers asked for taka 9,000 but the board offered taka 6,200.")).toEqual([[9000, "taka"], [6200, "taka"]]);
    expect(all("The board set aside Rupees 3.5 crore for the clinic.")).toEqual([[35000000, "rupee"]]);
    expect(all("Growers were paid rupees 420 per quintal.")).toEqual([[420, "rupee"]]);
  });
  it("leaves a year or a percentage after the name alone", () => {
    expect(all("The rupee 2019 series was withdrawn.").map(([, u]) => u)).not.toContain("rupee");
    expect(all("The rupee 0.4% weaker.")).toEqual([[0.4, "percent"]]);
    expect(all("Euro 2024 drew 2.7 million fans.")).toEqual([[2700000, "fan"]]);
  });
});

describe("the figures of a death toll", () => {
  it("counts deaths in a toll's old figure and in a toll named with 'of'", () => {
    expect(all("The ministry lifted its death toll from 23 after divers found more bodies.")).toEqual([[23, "death"]]);
    expect(all("Officials revised their toll from 17 on Tuesday.")).toEqual([[17, "death"]]);
    expect(all("The storm had a death toll of 80, officials said.")).toEqual([[80, "death"]]);
    expect(all("Medics said 27 people had died, up from an earlier death toll of 19.")).toEqual([[27, "person"], [19, "death"]]);
  });
  it("counts people when the toll is given as so many dead", () => {
    expect(all("A village elder put the toll at 17 dead.")).toEqual([[17, "person"]]);
    expect(all("Police put the toll at 12 dead and 30 injured.")).toEqual([[12, "person"], [30, "person"]]);
  });
  it("still counts deaths in a toll brought to a figure", () => {
    expect(all("The landslide death toll rose to 29 on Sunday.")).toEqual([[29, "death"]]);
    expect(all("New finds pushed the toll to 63.")).toEqual([[63, "death"]]);
  });
  it("counts deaths in a toll whose 'from' phrase names what killed, not what it counts", () => {
    expect(all("Death toll from Ostmark mudslides rises to 23")).toEqual([[23, "death"]]);
    expect(all("The death toll from two landslides that struck the Varn valley last week has risen to 14, officials said.")).toEqual([[2, "landslide"], [14, "death"]]);
    expect(all("The death toll from flash floods in the hill districts of Kessa, Dorrin and Palo has climbed to 212.")).toEqual([[212, "death"]]);
    expect(all("By Friday evening the toll had been put at 9.")).toEqual([[9, "death"]]);
    expect(all("The death toll from the mudslides has risen to 64, with hundreds of others still missing.")).toEqual([[64, "death"], [[200, 999], "person"]]);
    expect(all("Troops killed 14 rebels and captured dozens more.")).toEqual([[14, "rebel"], [[24, 99], "rebel"]]);
  });
  it("reads a toll without 'death' as one of deaths only when what killed, or nothing, follows it", () => {
    expect(all("The bridge toll was raised to 5 on Monday, the agency said.")).toEqual([[5, "bridge"]]);
    expect(all("The toll for trucks is 40 under the new rules, the agency said.")).toEqual([[40, "truck"]]);
    expect(all("The toll of injured rose to 112, police said.")).toEqual([[112, "person"]]);
    expect(all("The toll from the quake in Dassel stood at 48 on Monday.")).toEqual([[48, "death"]]);
    expect(all("The toll rose to 26 overnight.")).toEqual([[26, "death"]]);
  });
  it("gives a later figure with a noun phrase of its own its own noun", () => {
    expect(all("The death toll from the blast in the capital, the worst attack in years, rose to thirty, and the number of wounded rose to 112.")).toEqual([[30, "death"], [112, "person"]]);
    expect(all("The death toll from the flood in Orrin, Tesk and Vale rose to 57, and the number of wounded rose to 230.")).toEqual([[57, "death"], [230, "person"]]);
  });
  it("leaves the other counts of a toll's sentence alone", () => {
    expect(all("The death toll from the storms rose to 31, and 450 homes were flooded.")).toEqual([[31, "death"], [450, "home"]]);
    expect(all("The toll from the quake stood at 60, while 1,200 people were still in shelters.")).toEqual([[60, "death"], [1200, "person"]]);
    expect(all("Officials put the toll from the blast at 15 dead.")).toEqual([[15, "person"]]);
  });
});

describe("bare degrees in a sentence about one temperature scale", () => {
  it("reads them on that scale", () => {
    expect(all("Forecasters expect a high of 39 Celsius on Friday and a low of 24 degrees.")).toEqual([[39, "degree celsius"], [24, "degree celsius"]]);
    expect(all("Highs of 101F are due, and lows near 80 degrees.")).toEqual([[101, "degree fahrenheit"], [80, "degree fahrenheit"]]);
  });
  it("leaves degrees alone with no scale or with both", () => {
    expect(all("The probe turned by about 45 degrees as it passed.")).toEqual([[45, "degree"]]);
    expect(all("It was 104F (40C) at noon, and the mast leaned 30 degrees.")).toEqual([[104, "degree fahrenheit"], [40, "degree celsius"], [30, "degree"]]);
  });
});

describe("tiers of local government", () => {
  it("names local government areas and local councils in full", () => {
    expect(all("The state has 18 local government areas and 240 wards.")).toEqual([[18, "local government area"], [240, "ward"]]);
    expect(all("Floods reached 6 of the 17 Local Government Areas in the region.")).toEqual([[6, "local government area"], [17, "local government area"]]);
    expect(all("The drive reached 14 states and 63 local councils.")).toEqual([[14, "state"], [63, "local council"]]);
  });
  it("leaves other local things and councils as they were", () => {
    expect(all("Floods hit 14 councils in the north.")).toEqual([[14, "council"]]);
    expect(all("Voters elected 40 local councillors.")).toEqual([[40, "councillor"]]);
    expect(all("Residents of 12 local areas were moved.")).toEqual([[12, "area"]]);
    expect(all("The party won three local council seats.")).toEqual([[3, "seat"]]);
  });
});

describe("the counted noun past words that are no noun of it", () => {
  it("reads past 'all' after 'of'", () => {
    expect(all("Turnout was about a quarter of all registered voters.")).toEqual([[0.25, "voter"]]);
    expect(all("Amateurs made nearly two thirds of all confirmed comet finds.")).toEqual([[2 / 3, "find"]]);
    expect(all("Two of all 40 buses broke down.")).toEqual([[2, "bus"], [40, "bus"]]);
  });
  it("reads past the owner of the things counted", () => {
    expect(all("Two of the ferry’s rusty loading ramps gave way.")).toEqual([[2, "ramp"]]);
    expect(all("Three of the club's players were injured.")).toEqual([[3, "player"]]);
    expect(all("Two of the city's 40 buses broke down.")).toEqual([[2, "bus"], [40, "bus"]]);
    expect(all("Shipping earns more than half of Halden Holdings' yearly income.")).toEqual([[0.5, "income"]]);
    expect(all("Three of the rebels' camps were hit.")).toEqual([[3, "camp"]]);
    expect(all("Three of Vell's 20 mayors quit.")).toEqual([[3, "mayor"], [20, "mayor"]]);
  });
  it("does not take words in quotation marks for an owner", () => {
    expect(all("Three of the 'rebels' were caught.")).toEqual([[3, null]]);
  });
  it("does not take a verb in -s before an amount or an object for the head noun", () => {
    expect(all("Just one state-run jute mills owes Rs 2.7 crore to its weavers.")).toEqual([[1, "mill"], [27000000, "rupee"]]);
    expect(all("Rescuers pulled 11 flood victims out.")).toEqual([[11, "victim"]]);
    expect(all("Police found 40 measles cases this week.")).toEqual([[40, "case"]]);
  });
  it("does not take the verb after a share for its noun", () => {
    expect(all("The survey reached hundreds of riders, and under half think the new timetable works.")).toEqual([[[200, 999], "rider"], [0.5, "rider"]]);
    expect(all("Sales are now less than half the level they had in 2019.")).toEqual([[0.5, "level"]]);
  });
  it("counts the first of two nouns named together", () => {
    expect(all("The ferry carried more than 80 pupils and parents.")).toEqual([[80, "pupil"]]);
    expect(all("Crews struggled to reach 12 towns and districts.")).toEqual([[12, "town"]]);
  });
});

describe("a figure's noun from the rest of its sentence", () => {
  it("counts part of a group named after 'out of'", () => {
    expect(all("Counting is complete in 48 out of the 60 wards.")).toEqual([[48, "ward"], [60, "ward"]]);
  });
  it("counts a part and its whole after 'out of' over a base that is neither small nor round", () => {
    expect(all("Exactly 14,52,318 out of 17,06,941 pupils cleared the exam.")).toEqual([[1452318, "pupil"], [1706941, "pupil"]]);
    expect(all("Some 17 out of 24 districts reported shortages.")).toEqual([[17, "district"], [24, "district"]]);
    expect(all("The board said 312 out of 587 applicants were hired.")).toEqual([[312, "applicant"], [587, "applicant"]]);
  });
  it("keeps a proportion over a small or round base, or one of a number", () => {
    expect(all("Seven out of 10 farmers lack insurance.")).toEqual([[0.7, "farmer"]]);
    expect(all("Two out of three nurses plan to leave.")).toEqual([[0.666666666667, "nurse"]]);
    expect(all("Only 38 out of 100 firms replied.")).toEqual([[0.38, "firm"]]);
    expect(all("One out of 45 pupils is absent.")).toEqual([[0.0222222222222, "pupil"]]);
    expect(all("Three out of 40 pupils are absent.")).toEqual([[0.075, "pupil"]]);
    expect(all("One in 17 adults has the condition.")).toEqual([[0.0588235294118, "adult"]]);
  });
  it("counts people 'confirmed dead', 'feared dead' or 'reported killed'", () => {
    expect(all("The ferry capsized at dawn, with at least six confirmed dead.")).toEqual([[6, "person"]]);
    expect(all("Rescuers said 30 feared dead in the landslide.")).toEqual([[30, "person"]]);
    expect(all("Police confirmed 12 cases.")).toEqual([[12, "case"]]);
  });
  it("does not count a tally's describing word", () => {
    expect(all("The town logged 9 new infections while the total tally reached 96.")).toEqual([[9, "infection"], [96, "infection"]]);
    expect(all("The vote count stood at 4,120.")).toEqual([[4120, "vote"]]);
  });
  it("counts more of the one thing named before", () => {
    expect(all("The gale flattened a wooden barn, and damaged about 7 more, the farmer said.")).toEqual([[7, "barn"]]);
    expect(all("The storm destroyed one old bridge and damaged 4 more in the valley.")).toEqual([[4, "bridge"]]);
  });
  it("does not count who tells the figure", () => {
    expect(all("Officials say 9 were never vaccinated.")).toEqual([[9, null]]);
    expect(all("Registered voters in the district now stand at 48,210.")).toEqual([[48210, "voter"]]);
  });
});

describe("others beside a count of the dead", () => {
  it("counts the others as people", () => {
    expect(all("The death toll from the mudslide climbed to 8 on Monday, and at least 5 others are missing.")).toEqual([[8, "death"], [5, "person"]]);
    expect(all("The toll rose to 30 deaths and 12 others were injured.")).toEqual([[30, "death"], [12, "person"]]);
  });
  it("still counts others of things as those things", () => {
    expect(all("Ten schools closed and 4 others opened late.")).toEqual([[10, "school"], [4, "school"]]);
  });
});

describe("an amount restated in another currency in brackets", () => {
  it("is money in the currency the sentence named before", () => {
    expect(all("The firm said sales reached 3.1 billion rand ($170 million), and costs came to 2.8 billion ($150 million).")).toEqual([
      [3.1e9, "rand"], [170e6, "dollar"], [2.8e9, "rand"], [150e6, "dollar"],
    ]);
  });
  it("is not money when the sentence named no currency before it", () => {
    expect(all("Sales hit 400 ($5 million) in May.")).toEqual([[400, "sale"], [5e6, "dollar"]]);
  });
});

describe("a people named by capitalised words", () => {
  it("counts the people when the name ends its noun phrase", () => {
    expect(all("4,000 North Karvanese flee new clashes")).toEqual([[4000, "north karvanese"]]);
    expect(all("Relief groups say there are 3.1 million flood-hit Belmonis in need of food.")).toEqual([[3100000, "belmoni"]]);
    expect(all("An estimated 600,000 ethnic Ostrovis and moderate Kelts were killed.")).toEqual([[600000, "ostrovi"]]);
    expect(all("Officials took in more than 1,700 Tessaya seeking shelter.")).toEqual([[1700, "tessaya"]]);
    expect(all("Hundreds of Tessaya have reached the island this year.")).toEqual([[[200, 999], "tessaya"]]);
    expect(all("Dozens of displaced Karvanese arrived on Monday.")).toEqual([[[24, 99], "karvanese"]]);
  });
  it("keeps the noun a capitalised word describes", () => {
    expect(all("Border guards held 14 Karvanese nationals overnight.")).toEqual([[14, "national"]]);
    expect(all("The dealer sold 3 Velton cars and hired 500 Quarro employees.")).toEqual([[3, "car"], [500, "employee"]]);
    expect(all("The council sent 200 Belmoni police to the border.")).toEqual([[200, "police"]]);
    expect(all("The remaining 90 House of Delegates seats are allocated by list.")).not.toContainEqual([90, "house"]);
    expect(all("Some 40 percent of Karvanese agree.")).toEqual([[40, "percent"]]);
    expect(all("The chamber has 12 Velish and 3 Ostrani senators.")).not.toContainEqual([12, "velish"]);
    expect(all("Some 300 Velish, Ostrani and Karvanese elders met.")).not.toContainEqual([300, "velish"]);
  });
  it("reads no name from a title-case headline, a day or a single count", () => {
    expect(all("Police Arrest 9 Over Staged Kidnap")).toEqual([[9, "person"]]);
    expect(all("Flu Outbreak: 12 Deaths, 1,300 Cases Recorded in 20 Districts")).toEqual([[12, "death"], [1300, "case"], [20, "district"]]);
    expect(all("Valley Flood Deaths Rise to 11 with 9 Missing")).not.toContainEqual([9, "missing"]);
    expect(all("Rina Marsh has won one more Grand Prix trophy than her sister.")).toEqual([[1, "trophy"]]);
  });
});

describe("a level a subject changed to counts the subject's noun", () => {
  it("reads the plural subject of a verb of change", () => {
    expect(all("Condo sales slipped 2.1% to a rate of 3.15 million in May.")).toEqual([[2.1, "percent"], [3150000, "sale"]]);
    expect(all("Regionally, new-car registrations in the North rose 4% in May to an annual pace of 820,000.")).toEqual([[4, "percent"], [820000, "registration"]]);
    expect(all("Total cycling injuries fell 9% to 4,120.")).toEqual([[9, "percent"], [4120, "injury"]]);
    expect(all("Rail closures, which peaked in 2019, dropped sharply from 310 to 95 last year.")).toEqual([[310, "closure"], [95, "closure"]]);
    expect(all("The number of appeals climbed 6% on the previous three months to 2,870.")).toEqual([[6, "percent"], [3, "month"], [2870, "appeal"]]);
  });
  it("keeps a subject's preposition or participle object out, and a noun written in a clause like it", () => {
    expect(all("The number of people hurt on ferries in the bay dipped 12% to 214.")).toEqual([[12, "percent"], [214, "person"]]);
    expect(all("Pupils sitting advanced exams increased by 0.8% from 41,200 to 41,530.")).toEqual([[0.8, "percent"], [41200, "pupil"], [41530, "pupil"]]);
    expect(all("Northern sales jumped 21% to 48,300 units, while southern sales dropped 13% to 20,150.")).toEqual([[21, "percent"], [48300, "unit"], [13, "percent"], [20150, "unit"]]);
  });
  it("leaves a level with its own noun, money or a price alone", () => {
    expect(all("Sales rose 3% to 2.4 million vehicles.")).toEqual([[3, "percent"], [2400000, "vehicle"]]);
    expect(all("Exports rose 4% to $310 million.")).toEqual([[4, "percent"], [310000000, "dollar"]]);
    expect(all("The index rose 1.2% to 4,410.55.")).toEqual([[1.2, "percent"], [4410.55, null]]);
  });
});

describe("a list of names with their counts in brackets", () => {
  it("counts the plural noun the sentence names before the list, or a death toll's deaths", () => {
    expect(all("The most measles cases were in North Fennick (4,210), Lower Tarn (3,980) and Osby (2,115).")).toEqual([[4210, "case"], [3980, "case"], [2115, "case"]]);
    expect(all("Flu deaths were highest in the east, notably in Carrow Vale (31) and East Ledmere (22).")).toEqual([[31, "death"], [22, "death"]]);
    expect(all("The third-highest death toll was in South Ardley (64), followed by the Brenn Valley (59).")).toEqual([[64, "death"], [59, "death"]]);
  });
  it("keeps a name's plural out, and a noun that only names the places listed", () => {
    expect(all("Among the hardest hit are the districts of Rell Vale (3,864 displaced) and Homa Mist (2,046).")).toEqual([[3864, "person"], [2046, "person"]]);
    expect(all("The Western Isles (120) reported the most cases.")).not.toContainEqual([120, "isle"]);
  });
});

describe("initials with full stops before the counted noun", () => {
  it("reads past the initials to the noun", () => {
    expect(all("The survey of 1,140 U.S. adults ran for a week.")).toEqual([[1140, "adult"]]);
    expect(all("Four U.N agencies say the camp is full.")).toEqual([[4, "agency"]]);
    expect(all("Officials said 14 E.U. diplomats left.")).toEqual([[14, "diplomat"]]);
  });
  it("keeps money named after the initials, and initials that end the phrase", () => {
    expect(all("The fee is 30 U.S. dollars.")).toEqual([[30, "dollar"]]);
    expect(all("He owes 40 U.S. in fees.")).not.toContainEqual([40, "fee"]);
  });
});

describe("a noun raised or brought to its figure", () => {
  it("counts a plural noun raised to the figure, past a phrase of where or from what", () => {
    expect(all("Two more deaths were reported on Sunday, raising the fatalities from the fever in the delta to 41.")).toContainEqual([41, "fatality"]);
    expect(all("Nine bodies were found in the valley, taking the death toll there to 212.")).toContainEqual([212, "death"]);
    expect(all("The new cases brought the admissions since March to 1,300.")).toContainEqual([1300, "admission"]);
  });
  it("leaves a figure with its own noun alone", () => {
    expect(all("Late results took the opposition to 58 seats.")).toEqual([[58, "seat"]]);
  });
});

describe("a level a transitive verb's object changed to counts the object, not the subject", () => {
  it("skips the subject when an object stands between the verb and the figure", () => {
    expect(all("Ferry operators cut sailings to 12 a day.")).toEqual([[12, "sailing per day"]]);
    expect(all("Airlines raised fares 5% to 320 on Monday.")).toEqual([[5, "percent"], [320, "fare"]]);
    expect(all("Farmers cut herds to 40 head on average.")).toEqual([[40, "herd"]]);
    const units = all("Central banks raised interest rates to 5.25 in May, and investors lowered their forecasts to 3.").map(([, u]) => u);
    expect(units).not.toContain("bank");
    expect(units).not.toContain("investor");
    expect(all("Dairy co-ops in Velmora slashed their orders to 310.")[0][1]).not.toBe("co-op");
  });
  it("still reads the subject when nothing is the verb's object", () => {
    expect(all("Weekend sailings were cut to 9 a day.")).toEqual([[9, "sailing per day"]]);
    expect(all("Grazing herds fell a further 4% to 1,260.")).toEqual([[4, "percent"], [1260, "herd"]]);
    expect(all("Ferry bookings rose again in June to 5,430.")).toEqual([[5430, "booking"]]);
  });
});

describe("a bare figure a percentage names", () => {
  it("is a percent, whether the percentage comes before it or after it", () => {
    expect(all("The Reform Party polled 2,130,441 votes with a vote percentage of 31.4.")).toEqual([[2130441, "vote"], [31.4, "percent"]]);
    expect(all("Class 12 pupils recorded 88.31 passing percentage in the board exams.")).toEqual([[12, "pupil"], [88.31, "percent"]]);
    expect(all("From 80.2 per cent in 2015, the pass percentage rose steadily to 89.9 this year.")).toEqual([[80.2, "percent"], [89.9, "percent"]]);
  });
  it("leaves a counted noun after a percentage and a percentage point alone", () => {
    expect(all("The percentage of schools with power rose, and 340 schools got new roofs.")).toEqual([[340, "school"]]);
    expect(all("Turnout fell by 2.5 percentage points.")).toEqual([[2.5, "percentage point"]]);
  });
});

describe("percent abbreviations joined to the figure by a hyphen", () => {
  it("reads '-pct', '-pc' and '-per-cent' after the figure as percent", () => {
    expect(all("Exports from Varna fell 12.4-pct in March.")).toEqual([[12.4, "percent"]]);
    expect(all("The council approved a 3-pc rise in fees.")).toEqual([[3, "percent"]]);
    expect(all("Turnout rose 7-per-cent on the last poll.")).toEqual([[7, "percent"]]);
  });
  it("leaves computers counted in PCs and a spaced 'pct point' as they are", () => {
    expect(all("The school bought 40 PCs for its library.")).toEqual([[40, "pc"]]);
    expect(all("Yields rose 0.3 pct point on Tuesday.")).toEqual([[0.3, "percentage point"]]);
  });
});

describe("fils, a currency written the same in the plural", () => {
  it("keeps 'fils' whole and reads it as money", () => {
    expect(all("Drivers now pay 70 fils per litre.")).toEqual([[70, "fils per liter"]]);
    expect(all("The stamp costs 250 fils.")).toEqual([[250, "fils"]]);
  });
  it("leaves other words in -ils as plurals", () => {
    expect(all("The board met 4 councils.")).toEqual([[4, "council"]]);
  });
});

describe("a cubed or squared length is one unit", () => {
  it.each([
    ["Crews at Fenmoor poured 18,000 cubic yards of concrete.", [[18_000, "cubic yard"]]],
    ["The reservoir holds 700 cubic metres of water and 35 cubic feet of gas.", [[700, "cubic meter"], [35, "cubic foot"]]],
    ["The glacier lost 2 cubic miles of ice.", [[2, "cubic mile"]]],
    ["The old engine was 302 cubic inches.", [[302, "cubic inch"]]],
    ["Dredgers move 900 cubic yards a day.", [[900, "cubic yard per day"]]],
    ["The stamp is 4 square inches; the yard is 60 square yards.", [[4, "square inch"], [60, "square yard"]]],
  ])("%s", (s, want) => {
    expect(findQuantities(s).map((m) => [m.value, m.unit])).toEqual(want);
  });
  it("leaves 'cubic' before a noun that is no length as it is", () => {
    expect(findQuantities("Jewellers sold 40 cubic zirconia stones.").map((m) => m.unit)).toEqual(["stone"]);
  });
});
