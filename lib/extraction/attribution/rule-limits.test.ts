import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);
/** The speaker of the figure `value` in an invented text. */
const speakerOf = (text: string, value: number) => extractClaims(text).find((c) => c.quantity?.value === value)?.speaker;

describe("'the union' and a body of members", () => {
  it("is never an employers', owners' or professionals' body", () => {
    const tail = " said the strike cost members $4 million a day. The union said 3,000 workers had joined the walkout.";
    for (const body of ["Harlow Employers Federation", "Vestan Manufacturers Association", "Vestan Bankers Association", "Harlow Hospital Physicians Association", "Vestan Retailers Association", "Harlow Shipowners Federation"]) {
      expect(speakerOf(`Thousands of dock workers walked off the job on Monday. The ${body}${tail}`, 3000)).toBe("union");
    }
  });

  it("is a workers' trade body", () => {
    expect(speakerOf("The Harlow Nurses Federation met on Monday. The union said 40 nurses were on strike.", 40)).toBe("Harlow Nurses Federation");
    expect(speakerOf("The Vestan Miners Association met on Monday. The union said 300 miners were on strike.", 300)).toBe("Vestan Miners Association");
  });
});

describe("'the county'", () => {
  it("is no county named only as a club, a place, or after the reference", () => {
    expect(speakerOf("Floods closed Pride Park, the home of Derby County, on Saturday. About 300 homes in Derbyshire were flooded, according to the county.", 300)).toBe("county");
    expect(speakerOf("Officials in Multnomah said the number of homeless people rose to 5,228, up from 4,015, according to the county. Many came from Clackamas County.", 5228)).toBe("county");
    expect(speakerOf("The man moved from Cowlitz County to Portland in 2019. Multnomah's homeless count rose to 5,228, according to the county.", 5228)).toBe("county");
    expect(speakerOf("A bus from Vale County crashed on Monday. The survey showed 318 homeless people, according to the county.", 318)).toBe("county");
  });

  it("is a county named before as a speaker or a government", () => {
    expect(speakerOf("Cowlen County officials said the roads were shut. The survey showed 318 homeless people, according to the county.", 318)).toBe("Cowlen County");
    expect(speakerOf("Cowlen County said the roads were shut. The survey showed 318 homeless people, according to the county.", 318)).toBe("Cowlen County");
    expect(speakerOf("Cowlen County's budget is tight. The survey showed 318 homeless people, according to the county.", 318)).toBe("Cowlen County");
  });
});

describe("a relative clause after 'verb of/about' the topic", () => {
  it("stays the speaker's after a verb of warning and when it looks ahead", () => {
    expect(who("The weather service warned of the storm, which could bring up to 300 millimetres of rain.")).toEqual([[300, "weather service", "paraphrase"]]);
    expect(who("The ministry warned about the shortage, which could leave 40,000 homes without power by March.")).toEqual([[40_000, "ministry", "paraphrase"]]);
    expect(who("Analysts cautioned about the bill, which would raise taxes by 12 percent.")).toEqual([[12, "analysts", "paraphrase"]]);
    expect(who("Police warned of the scam, which has cost victims $3 million this year.")).toEqual([[3_000_000, "police", "paraphrase"]]);
    expect(speakerOf("Dr Lena Ortiz warned of the risks of the drug, which raises the chance of a stroke by 40 percent.", 40)).toBe("Lena Ortiz");
    expect(who("The mayor said of the storm, which could bring 300 millimetres of rain, that roads would close.")[0][1]).toBe("mayor");
  });

  it("is the writer's after 'said of'", () => {
    expect(who("“We were lucky,” the mayor said of the storm, which killed 40 people.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("an opening 'when' clause", () => {
  it("is no frame when it is conditional or general", () => {
    expect(speakerOf("When the reservoir reaches 90 percent, the authority said it would open the gates.", 90)).toBe("authority");
    expect(speakerOf("When inflation falls below 2 percent, the central bank said it would cut rates.", 2)).toBe("central bank");
    expect(speakerOf("When the river rises above 12 metres, the agency said, it will order evacuations.", 12)).toBe("agency");
    expect(speakerOf("When the toll passes 100, the ministry said, it will declare an emergency.", 100)).toBe("ministry");
    expect(speakerOf("When prices rise 10 percent, the agency said, demand falls by 2 percent.", 10)).toBe("agency");
  });

  it("is a frame when it recalls a dated past event", () => {
    expect(who("In 2020, when 40 people died, the ministry said it would build a sea wall.")).toEqual([[40, null, "unattributed"]]);
    expect(speakerOf("When 12 boats sank last year, the coastguard said it would buy new radios.", 12)).toBeNull();
  });
});

describe("a body whose name closes with a title word", () => {
  it("is a body when an office word comes before the title", () => {
    for (const title of ["Attorney General", "Auditor General", "Inspector General"]) {
      const lower = title.toLowerCase();
      expect(speakerOf(`The Office of the ${title} said 40 people were charged. The ${lower}'s office said 12 pleaded guilty.`, 12)).toBe(`Office of the ${title}`);
    }
  });

  it("narrows a headline's speaker to the body", () => {
    const claims = extractClaims("Pension fund lost $3 billion, auditor says\n\nThe Office of the State Comptroller said the fund lost $3 billion last year.");
    expect(claims[0].speaker).toBe("Office of the State Comptroller");
  });
});

describe("a name with 'and the' inside", () => {
  it("stays whole when its first part is no complete name", () => {
    for (const body of ["Ministry of Finance and the Public Service", "Ministry of Defence and the Armed Forces", "Ministry of Labour and the Public Service", "Ministry of Health and the Family Welfare Board", "Commission on Human Rights and the Administration of Justice"]) {
      expect(speakerOf(`Jamaica's ${body} said the deficit fell to 3 percent. The ${body.split(" ")[0].toLowerCase()} said debt was 94 percent of output.`, 94)).toBe(body);
    }
  });
});

describe("'stating'", () => {
  it("reports only after a body's act, not after a thing", () => {
    expect(who("The protesters carried banners stating that 300 jobs had been lost.")).toEqual([[300, null, "unattributed"]]);
    expect(who("Officers discovered documents stating that 300 weapons had been sold.")).toEqual([[300, null, "unattributed"]]);
    expect(who("The Norland Red Crescent opened 4 shelters, stating that 300 families had moved in.")[1]).toEqual([300, "Norland Red Crescent", "paraphrase"]);
  });
});

describe("', saying' after a body's act", () => {
  it("is no source after a refusal or a denial", () => {
    expect(who("The Harlow Police Department declined to comment, saying nothing about the 40 arrests reported by residents.")).toEqual([[40, null, "unattributed"]]);
    expect(who("The Harlow Police Department refused to confirm the figure, stating it could not verify reports of 40 deaths.")).toEqual([[40, null, "unattributed"]]);
  });

  it("takes the whole name", () => {
    expect(speakerOf("Reporters without Borders ranked the country 140th, saying 12 journalists were jailed.", 12)).toBe("Reporters without Borders");
  });
});

describe("'was quoted by X as saying'", () => {
  it("takes the subject of the passive from its own clause (not the reporting clause before it), never a denied one", () => {
    expect(speakerOf("Reuters said the minister was quoted by state TV as saying 40 people died.", 40)).toBe("minister");
    expect(speakerOf("According to Reuters, the minister was quoted by state TV as saying 40 people died.", 40)).toBe("minister");
    expect(who("None of the ministers was quoted by state TV as saying 40 people died.")).toEqual([[40, null, "unattributed"]]);
    expect(who("No official was quoted by the Harbour Times as saying 40 people died.")).toEqual([[40, null, "unattributed"]]);
    expect(speakerOf("The minister was quoted by the Harbour Times as saying that 300 jobs would go.", 300)).toBe("minister");
  });
});

describe("'In X's words'", () => {
  it("ends at a clause the writer adds", () => {
    expect(who("In Churchill's words, never was so much owed by so many to so few, and 40 pilots died that week.")).toEqual([[40, null, "unattributed"]]);
    expect(who("In Churchill's words, never was so much owed by so many to so few; 40 pilots died that week.")).toEqual([[40, null, "unattributed"]]);
    expect(who("In the mayor's words, 40 homes are lost.")).toEqual([[40, "mayor", "paraphrase"]]);
  });
});
