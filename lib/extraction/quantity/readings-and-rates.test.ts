// Quake readings named by "magnitude" on either side, oil shorthand glued to the figure, and currency levels.
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("magnitude readings", () => {
  it("reads 'N magnitude' as the quake's magnitude, not a count of what follows", () => {
    expect(all("A 6.3 magnitude tremor shook the valley, and 40 homes collapsed.")).toEqual([[6.3, "magnitude"], [40, "home"]]);
    expect(all("Officials said 12 people were hurt by the 5.8 magnitude quake.")).toEqual([[12, "person"], [5.8, "magnitude"]]);
  });
  it("reads 'magnitude N quakes' as a magnitude, while a plain count of quakes stays a count", () => {
    expect(all("The ridge has seen magnitude 4 earthquakes before.")).toEqual([[4, "magnitude"]]);
    expect(all("Seismologists logged 3 earthquakes overnight.")).toEqual([[3, "earthquake"]]);
  });
  it("does not take a large number before the word for a reading", () => {
    expect(findQuantities("The 100 magnitude labels were printed.")[0]?.unit).not.toBe("magnitude");
  });
});

describe("oil shorthand glued to the figure", () => {
  it("reads b/d, mb/d and bpd written without a space", () => {
    expect(all("Exports climbed by 85,000b/d to 2.41mb/d in June.")).toEqual([[85000, "barrel per day"], [2410000, "barrel per day"]]);
    expect(all("The field pumps 640,000bpd.")).toEqual([[640000, "barrel per day"]]);
  });
  it("keeps a glued b after money as a billion", () => {
    expect(all("The deal was worth $7b.")).toEqual([[7e9, "dollar"]]);
  });
});

describe("currency levels", () => {
  it("reads 'N a dollar' as a level in the currency that is the subject", () => {
    expect(all("The peso opened at 17.45 a dollar.")).toEqual([[17.45, "peso"]]);
  });
  it("prices a level in the moving currency, not in the one it is measured against", () => {
    expect(all("The rupee slipped against the yen to 0.61 per yen from 0.63.")).toEqual([[0.61, "rupee"], [0.63, "rupee"]]);
    expect(all("The lira weakened against the dollar to 32.4.")).toEqual([[32.4, "lira"]]);
  });
  it("reads a level printed like a rate in a sentence whose subject is the currency", () => {
    expect(all("The ringgit slipped to 4.6120 from the previous close of 4.5985.")).toEqual([[4.612, "ringgit"], [4.5985, "ringgit"]]);
    expect(all("Steel shipments rose to 4.61 from 4.59.").map(([, u]) => u)).not.toContain("ringgit");
  });
  it("counts paise as money", () => {
    expect(all("It closed 9 paise lower.")).toEqual([[9, "paisa"]]);
  });
});

describe("amounts of stuff or ground by a span of time", () => {
  it("keeps the span of a measured amount, as of a count", () => {
    expect(all("The glacier shed 45 gigatons of ice per year over the decade.")).toEqual([[45, "gigaton per year"]]);
    expect(all("The new ferries can sail between 180 and 220 kilometres a day.")).toEqual([[[180, 220], "kilometer per day"]]);
    expect(all("Storm drains in Port Vell cope with up to 60 mm per hour.")).toEqual([[60, "millimeter per hour"]]);
    expect(all("Each household may draw 90 litres of water a week.")).toEqual([[90, "liter per week"]]);
    expect(all("Clinics in the valley saw 12 cases of cholera a day.")).toEqual([[12, "case per day"]]);
  });
  it("leaves spans of time, percentages, readings, speeds and dated figures without a rate", () => {
    expect(all("Nurses worked 14 hours a day during the surge.")).toEqual([[14, "hour"]]);
    expect(all("Rents rose 6% a year in Tarrow.")).toEqual([[6, "percent"]]);
    expect(all("The river rose 2 metres a day after the dam broke.")).toEqual([[2, "meter"]]);
    expect(all("Winds reached 90 mph an hour after landfall.")).toEqual([[90, "mile per hour"]]);
    expect(all("She had walked 8 km a day earlier.")).toEqual([[8, "kilometer"]]);
    expect(all("The mill moved 30 tonnes of the grain a year ago.")).toEqual([[30, "tonne"]]);
  });
});

describe("US dollars written so in a rate", () => {
  it("keeps 'us dollar' in a rate whose money is written US$ or USD", () => {
    expect(all("Marlow crude settled at USD 61.40 a barrel.")).toEqual([[61.4, "us dollar per barrel"]]);
    expect(all("Power for next month traded at US$31.20 per megawatt-hour.")).toEqual([[31.2, "us dollar per megawatt-hour"]]);
  });
  it("leaves a plain dollar sign and a sum in US dollars as they are", () => {
    expect(all("Marlow crude settled at $61.40 a barrel.")).toEqual([[61.4, "dollar per barrel"]]);
    expect(all("The port earned US$12 million last year.")).toEqual([[12e6, "dollar"]]);
  });
});

describe("prices by the measure in other forms", () => {
  it("reads a measure after a slash as a rate", () => {
    expect(all("Tomatoes sold at Rs 60/kg in Varsi market.")).toEqual([[60, "rupee per kilogram"]]);
    expect(all("Diesel touched $4.20/gallon on Monday.")).toEqual([[4.2, "dollar per gallon"]]);
  });
  it("keeps a price offered by the litre a rate, and a span given a deadline", () => {
    expect(all("Depots offered fuel at 540 rupees per litre.")).toEqual([[540, "rupee per liter"]]);
    expect(all("Officials gave 120 families a week to leave.")).toEqual([[120, "family"]]);
    expect(all("The helpline is open 24/7.")).toEqual([]);
  });
});

describe("money by a span of time", () => {
  it("keeps the span of money paid or earned by the week, month or year, and of the level it changed from", () => {
    expect(all("Tenants in Elm Row now pay $540 per week.")).toEqual([[540, "dollar per week"]]);
    expect(all("The kit deal is worth £25m a year to the club.")).toEqual([[25e6, "pound per year"]]);
    expect(all("Food vouchers were cut to $9 a month from $11 per person.")).toEqual([[9, "dollar per month"], [11, "dollar per month"]]);
    expect(all("The levy is £300 a year, up from £250.")).toEqual([[300, "pound per year"], [250, "pound per year"]]);
  });
  it("leaves money dated by a span, and a later sum that is not the old level, as sums", () => {
    expect(all("Profit was $8 million, against $6 million a year earlier.")).toEqual([[8e6, "dollar"], [6e6, "dollar"]]);
    expect(all("Income up to Rs.400,000 per annum is taxed, and the rebate rose to Rs.3,000.")).toEqual([[400000, "rupee per year"], [3000, "rupee"]]);
  });
  it("leaves money placed in time by 'a quarter century ago' or 'a week out from' as a sum", () => {
    expect(all("The Kesh dam cost $40 million a quarter century ago, engineers said.")).toEqual([[40e6, "dollar"]]);
    expect(all("The campaign spent $2 million a week out from polling day in Ardley.")).toEqual([[2e6, "dollar"]]);
  });
  it("keeps the span of money paid by the week out of a wage", () => {
    expect(all("Porters in Velsby pay $3 a week out of their wages.")).toEqual([[3, "dollar per week"]]);
  });
});

describe("the oil and gas trade's shorthand with its scale", () => {
  it("reads barrels and cubic feet a day and the scale the shorthand holds", () => {
    expect(all("Output in Vestan rose 1.8% to 5.15 MMbbl/d in March.")).toEqual([[1.8, "percent"], [5150000, "barrel per day"]]);
    expect(all("The field produces 300 Mbbl/d and 45 MMcf/d.")).toEqual([[300000, "barrel per day"], [45000000, "cubic foot per day"]]);
    expect(all("Gas output topped the prior high of 110.4 Bcf/d in August.")).toEqual([[110400000000, "cubic foot per day"]]);
    expect(all("Reserves are put at 12 Tcf, and sales at 155 bcm.")).toEqual([[12000000000000, "cubic foot"], [155000000000, "cubic meter"]]);
  });
  it("leaves megabytes and kilobits alone", () => {
    expect(all("The file is 40 MB.")).toEqual([[40, null]]);
    expect(all("The link runs at 300 kb/s.")).toEqual([[300, null]]);
  });
});

describe("prices and yields by a measure written short", () => {
  it("reads /bbl as per barrel and /ha, /acre after a mass as a yield", () => {
    expect(all("Brent rose to nearly $49/bbl, up from $44/bbl.")).toEqual([[49, "dollar per barrel"], [44, "dollar per barrel"]]);
    expect(all("Yields reached 10.1t/ha, against 7.7 tonnes per hectare last year.")).toEqual([[10.1, "tonne per hectare"], [7.7, "tonne per hectare"]]);
    expect(all("Heavy land could do about 3t/acre.")).toEqual([[3, "tonne per acre"]]);
    expect(all("Farmland sells for $3,000 an acre.")).toEqual([[3000, "dollar per acre"]]);
  });

  it("leaves areas and amounts that are no rate alone", () => {
    expect(all("The farm covers 400 hectares and 30 acres of woodland.")).toEqual([[400, "hectare"], [30, "acre"]]);
    expect(all("Crews moved 300 tonnes, and 12 hectares burned.")).toEqual([[300, "tonne"], [12, "hectare"]]);
  });
});

describe("money after one measure of a thing priced", () => {
  it("is by that measure", () => {
    expect(all("On Monday a barrel of Brent oil cost $96.55, $3.54 more than on Friday.")).toEqual([[96.55, "dollar per barrel"], [3.54, "dollar per barrel"]]);
    expect(all("The price of a barrel of crude has fallen from about $120 to $80.")).toEqual([[120, "dollar per barrel"], [80, "dollar per barrel"]]);
    expect(all("Exports rose to $4 billion as the price of a barrel of crude fell to $70.")).toEqual([[4000000000, "dollar"], [70, "dollar per barrel"]]);
  });

  it("leaves money beside a measure that is not priced", () => {
    expect(all("A barrel of oil was spilled, and the fine was $40,000.")).toEqual([[40000, "dollar"]]);
    expect(all("One tonne of grain was lost in a $2 million fire.")).toEqual([[1, "tonne"], [2000000, "dollar"]]);
  });
});

describe("a rate by a round base", () => {
  it.each([
    ["The crash rate on Varn roads was 1.7 per 100 million miles driven.", [[1.7, "per 100 million mile"]]],
    ["Tessa County logged 4.6 deaths per 100,000 people last year.", [[4.6, "death per 100,000 person"]]],
    ["The state posted a rate of 1.3 fatalities per 100 million vehicle miles.", [[1.3, "fatality per 100 million mile"]]],
    ["Heating oil costs $6 per 1,000 gallons in Brisk.", [[6, "dollar per 1,000 gallon"]]],
    ["Cases climbed from 2.1 to 2.8 per 100,000 residents.", [[2.1, "per 100,000 resident"], [2.8, "per 100,000 resident"]]],
    ["Deaths fell from 9 deaths to 7 deaths per 1,000 births.", [[9, "death per 1,000 birth"], [7, "death per 1,000 birth"]]],
  ])("gives the base to the rate's unit, not a figure of its own: %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it("drops a base after a rate that is no figure", () => {
    expect(all("The ward has one nurse per 1,000 patients.")).toEqual([]);
  });
  it("leaves a base that is not round, not exact or not after 'per' as a figure", () => {
    expect(all("The side scored 5 goals per 12 games.")).toEqual([[5, "goal"], [12, "game"]]);
    expect(all("Loans reached 40 per about 100 homes.")).toEqual([[40, "loan"], [100, "home"]]);
    expect(all("It killed 12 people in 100 villages.")).toEqual([[12, "person"], [100, "village"]]);
  });
});
