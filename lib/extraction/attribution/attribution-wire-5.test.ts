import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a possessive owner before up to three words and a document noun", () => {
  it("is the source of the document", () => {
    expect(who("According to the government's most recent figures, 4,000 people are homeless.")).toEqual([[4000, "government", "according_to"]]);
    expect(who("According to the ministry's latest monthly data, 612 schools closed.")).toEqual([[612, "ministry", "according_to"]]);
    expect(who("Exports fell 3%, the ministry's most recent monthly data show.")).toEqual([[3, "ministry", "according_to"]]);
  });

  it("leaves a document with no owner as the document", () => {
    expect(who("According to a new and very detailed study, 4,000 people are homeless.")).toEqual([[4000, "new and very detailed study", "according_to"]]);
  });
});

describe("\"Official\" before a capitalised word", () => {
  it("is part of the name when the word is no title", () => {
    expect(who("The law takes effect in 30 days, according to Official Gazette.")).toEqual([[30, "Official Gazette", "according_to"]]);
    expect(who("According to the Velmar Election Board decision published in the Official Gazette, 12 seats changed hands.")).toEqual([[12, "Official Gazette", "according_to"]]);
  });

  it("stays a title before a person", () => {
    expect(who("The bill passed with 30 votes, Official Spokesman Tom Hale said.")).toEqual([[30, "Tom Hale", "paraphrase"]]);
    expect(who("The bill passed with 30 votes, according to Official Spokesman Tom Hale.")).toEqual([[30, "Tom Hale", "according_to"]]);
  });
});

describe("a common adjective opening the sentence before a body's name", () => {
  it("is no part of the name", () => {
    expect(who("Separate Velmar Crime Survey (VCS) figures, which are based on interviews, show a 5% fall.")).toEqual([[5, "Velmar Crime Survey", "according_to"]]);
    expect(who("Other Marlow Police figures showed 40 arrests.")).toEqual([[40, "Marlow Police", "according_to"]]);
    expect(who("Further Marlow Police figures showed 40 arrests.")).toEqual([[40, "Marlow Police", "according_to"]]);
    expect(who("The Velmar Statistics Office said prices rose. New Velmar Statistics Office data show a 5% fall.")[1]).toEqual([5, "Velmar Statistics Office", "according_to"]);
  });

  it("keeps \"New\" that opens a name", () => {
    expect(who("New Zealand Treasury figures show a 5% fall.")).toEqual([[5, "New Zealand Treasury", "according_to"]]);
    expect(who("New York Police Department figures showed 40 arrests.")).toEqual([[40, "New York Police Department", "according_to"]]);
  });
});

describe("a named body's document with a participle phrase after it", () => {
  it("is the body's, not the outlets' that passed it on", () => {
    expect(who("Cases rose by 300, according to a Health Ministry note published by state media.")).toEqual([[300, "Health Ministry", "according_to"]]);
    expect(who("Fees rose 12%, according to the Port Authority notice posted on its website.")).toEqual([[12, "Port Authority", "according_to"]]);
  });

  it("leaves a capitalised publisher and a person's note to the rules before", () => {
    expect(who("Fees rose 12%, according to a Port Authority notice published by Reuters.")).toEqual([[12, "Reuters", "according_to"]]);
    expect(who("Fees rose 12%, according to a Health Ministry official quoted by state media.")[0][1]).not.toBe("Health Ministry");
  });
});

describe("a named body's document that concluded that ...", () => {
  it("is according to the body", () => {
    expect(who("On Thursday, a Pentagon investigation concluded that at least 105 civilians died.")).toEqual([[105, "Pentagon", "according_to"]]);
    expect(who("A report by the Velmar Audit Office concluded that 40 schools were unsafe.")).toEqual([[40, "Velmar Audit Office", "according_to"]]);
  });

  it("is a person's paraphrase, and a meeting that concluded says nothing", () => {
    expect(who("Marcus Hale concluded that 40 schools were unsafe.")).toEqual([[40, "Marcus Hale", "paraphrase"]]);
    expect(who("The talks concluded on Friday with 40 delegates leaving.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("an owner's estimate, assessment or forecast that was that ...", () => {
  it("is the owner's paraphrase", () => {
    expect(who("The National Weather Service's preliminary estimate was that winds reached 200 mph.")).toEqual([[200, "National Weather Service", "paraphrase"]]);
    expect(who("The ministry's early assessment is that 40 homes were destroyed.")).toEqual([[40, "ministry", "paraphrase"]]);
  });

  it("leaves an estimate no one owns and other nouns that were that ...", () => {
    expect(who("The estimate was that 40 homes were destroyed.")).toEqual([[40, null, "unattributed"]]);
    expect(who("The storm's worst effect was that 40 homes were destroyed.")).toEqual([[40, null, "unattributed"]]);
    expect(who("The problem is that 40 homes were destroyed.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("a named body's data that a relative clause opens on", () => {
  it("is according to the body", () => {
    expect(who("The Government is likely to use Treasury figures which show families are nearly A$4000 worse off.")).toEqual([[4000, "Treasury", "according_to"]]);
    expect(who("The Government is likely to use Treasury figures that show families are A$4000 worse off.")).toEqual([[4000, "Treasury", "according_to"]]);
    expect(who("Labor will point to Velmar Statistics Office data, which show 40,000 jobs were lost.")).toEqual([[40_000, "Velmar Statistics Office", "according_to"]]);
  });

  it("leaves data no body is named with, and \"that show\" as a noun", () => {
    expect(who("The opposition cited figures which show families are A$4000 worse off.")).toEqual([[4000, null, "unattributed"]]);
    expect(who("Marcus Hale cited figures that show 40,000 jobs were lost.")).toEqual([[40_000, "Marcus Hale", "paraphrase"]]);
    expect(who("He watched that show 40 times.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("heads, chiefs or bosses of a kind of body", () => {
  it("are a source as written", () => {
    expect(who("Some university heads have warned that 10,000 jobs could be lost.")).toEqual([[10_000, "university heads", "paraphrase"]]);
    expect(who("Hospital chiefs said 300 beds would close.")).toEqual([[300, "hospital chiefs", "paraphrase"]]);
    expect(who("Many school heads say 200 teachers will leave.")).toEqual([[200, "school heads", "paraphrase"]]);
  });

  it("are no source with no body before them", () => {
    expect(who("Some heads have warned that 10,000 jobs could be lost.")).toEqual([[10_000, null, "unattributed"]]);
    expect(who("Heads of state said 300 beds would close.")).toEqual([[300, null, "unattributed"]]);
  });
});

describe("a source described by what it is doing", () => {
  it("is the source before the participle, not the thing it works on", () => {
    expect(who("The army said 3 died. A Velmar government committee investigating violence from Oct. 1-7 found that 149 civilians were killed.")[1]).toEqual([149, "Velmar government committee", "paraphrase"]);
    expect(who("A Velmar police team monitoring the border said 40 people crossed.")).toEqual([[40, "Velmar police team", "paraphrase"]]);
    expect(who("Officials overseeing the count said 40 people crossed.")).toEqual([[40, "officials", "paraphrase"]]);
  });

  it("leaves what a committee found that is no finding", () => {
    expect(who("The committee found 40 boxes in the basement.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("\"it\" speaking after a sentence that opened on a body", () => {
  it("is that body", () => {
    expect(who("Velmar Metropolitan University is facing a deficit. Last month, it announced plans to cut 400 jobs.")).toEqual([[400, "Velmar Metropolitan University", "paraphrase"]]);
    expect(who("The army said 3 died. The Velmar Transport Authority has raised fares. It said 40 routes would close.")[1]).toEqual([40, "Velmar Transport Authority", "paraphrase"]);
  });

  it("stays the body quoted before when the sentence before opened on no body", () => {
    expect(who("The army said 3 died. Velmar City was flooded. It said 40 more were missing.")[1]).toEqual([40, "army", "paraphrase"]);
  });
});

describe("a headline credited to a description with a lower-case role", () => {
  it("keeps the description, whoever the article names with it", () => {
    expect(who("Velmar official: floods cost $40 million\n\nVelmar finance official Dan Colby said the floods were costly.")[0]).toEqual([40_000_000, "Velmar official", "paraphrase"]);
    expect(who("US official: sanctions costing Norland $60 billion\n\nUS official Dan Colby said sanctions were working.")[0]).toEqual([60_000_000_000, "US official", "paraphrase"]);
  });

  it("still gives a capitalised title to the person the article names with it", () => {
    expect(who("Grain exports up 30% this year: Trade Minister\n\nTrade Minister Ana Lopes said on Monday that exports rose 30% this year.")[0]).toEqual([30, "Ana Lopes", "paraphrase"]);
  });
});

describe("a poll's expectations with the data they come from closing the sentence", () => {
  it("are according to the data's source, count and figure alike", () => {
    expect(who("Eight analysts on average had expected a loss of Rs 10.96 billion, according to Velmar Data figures.")).toEqual([
      [8, "Velmar Data", "according_to"],
      [10_960_000_000, "Velmar Data", "according_to"],
    ]);
    expect(who("Twelve analysts polled by Kestrel Wire had expected a loss of $4 million, according to Marlow Analytics data.")).toEqual([
      [12, "Marlow Analytics", "according_to"],
      [4_000_000, "Marlow Analytics", "according_to"],
    ]);
  });

  it("stay the respondents' when an outlet relaying them closes the sentence", () => {
    expect(who("Economists surveyed by Pell Wire predicted a 0.4% rise, according to KTVN.")).toEqual([[0.4, "economists surveyed by Pell Wire", "paraphrase"]]);
  });
});

describe("a place's possessive in lower case before a body of two words", () => {
  it("is dropped, however the verb is written", () => {
    expect(who("Burglaries have halved over the last five years, the county's police force has said.")).toEqual([[5, "police force", "paraphrase"]]);
    expect(who("Burglaries fell 40 percent, the region's police force has said.")).toEqual([[40, "police force", "paraphrase"]]);
    expect(who("Burglaries fell 40 percent, the county's police force said.")).toEqual([[40, "police force", "paraphrase"]]);
  });

  it("stays with a person's title after the body", () => {
    expect(who("Burglaries fell 40 percent, the county's police force chief has said.")).toEqual([[40, "county's police force chief", "paraphrase"]]);
  });
});
