import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a body's seat before its name", () => {
  it("drops a seat of two words or more written with '-based'", () => {
    expect(who("The Cape Town-based Norland Rights Trust said 30 people were held.")).toEqual([[30, "Norland Rights Trust", "paraphrase"]]);
    expect(who("Costa Rica-based Verdant Watch said 12 rivers were polluted.")).toEqual([[12, "Verdant Watch", "paraphrase"]]);
    const text =
      "The raid was “one of the worst in a decade,” the New Haven-based Norland Rights Trust (NRT) said in a report on Monday. NRT said 30 people were held.";
    expect(who(text)).toEqual([
      [null, "Norland Rights Trust", "direct_quote"],
      [30, "Norland Rights Trust", "paraphrase"],
    ]);
  });

  it("keeps a one-word seat's rule and a body with no seat as they were", () => {
    expect(who("Kremlin-backed Rossiya said 40 people were held.")).toEqual([[40, "Rossiya", "paraphrase"]]);
    expect(who("The New Haven Rights Trust said 30 people were held.")).toEqual([[30, "New Haven Rights Trust", "paraphrase"]]);
    expect(who("The US-led coalition said 12 strikes hit the port.")).toEqual([[12, "US-led coalition", "paraphrase"]]);
  });
});

describe("a place's possessive before a body described in lower case", () => {
  it("drops the place, of one word or several, and a place noun's possessive", () => {
    expect(who("Norland's air force said it shot down 30 drones.")).toEqual([[30, "air force", "paraphrase"]]);
    expect(who("Rio de Palma's provincial government said in a post that 54 people had died.")).toEqual([[54, "provincial government", "paraphrase"]]);
    expect(who("Costa Verde's provincial government said 54 people had died.")).toEqual([[54, "provincial government", "paraphrase"]]);
    expect(who("The bridge fell, according to the county's publicity department. It said 12 people were hurt.")).toEqual([
      [null, "publicity department", "according_to"],
      [12, "publicity department", "paraphrase"],
    ]);
  });

  it("keeps a person's title, a company's body and a possessive that is part of a name", () => {
    expect(who("The governor's office said 3,000 residents were in shelters.")).toEqual([[3000, "governor's office", "paraphrase"]]);
    expect(who("The city's mayor said 300 homes were flooded.")).toEqual([[300, "city's mayor", "paraphrase"]]);
    expect(who("The Kandor Farmers' union said 30 farms were lost.")).toEqual([[30, "Kandor Farmers' union", "paraphrase"]]);
    expect(who("The company's board said profit rose 4%.")).toEqual([[4, "company's board", "paraphrase"]]);
  });
});

describe("counts and estimates as the subject of 'say'", () => {
  it("cites them as what they show, with the adjective that says which kind they are", () => {
    expect(who("Official estimates say more than 900 homes were destroyed.")).toEqual([[900, "official estimates", "according_to"]]);
    expect(who("Provisional results said the ruling party won 55% of the vote.")).toEqual([[55, "provisional results", "according_to"]]);
    expect(who("Preliminary figures show 40 people died in the storm.")).toEqual([[40, "preliminary figures", "according_to"]]);
    expect(who("The ministry's figures say 40 people died.")).toEqual([[40, "ministry", "according_to"]]);
  });

  it("leaves a word that says when, a report's words and people who say as they were", () => {
    expect(who("The latest figures say 40 people died.")).toEqual([[40, "latest figures", "according_to"]]);
    expect(who("The report said 40 people died.")).toEqual([[40, "report", "paraphrase"]]);
    expect(who("Analysts say 40% of firms will cut jobs.")).toEqual([[40, "analysts", "paraphrase"]]);
  });
});

describe("a subject carried to 'but said' after a verb that says nothing", () => {
  it("gives the body opening the sentence the figures of its coordinated 'said'", () => {
    expect(who("The cabinet did not set out what the scheme would cost, but said it needed $55 million for fertiliser.")).toEqual([
      [55_000_000, "cabinet", "paraphrase"],
    ]);
    expect(who("The commission published the results on Friday and said turnout was 61%.")).toEqual([[61, "commission", "paraphrase"]]);
    expect(who("Police sealed off the road and said 30 cars were towed.")).toEqual([[30, "police", "paraphrase"]]);
  });

  it("gives nothing to a subject that is no body, nor to a body's word before a verb that is not speech", () => {
    expect(who("The storm hit the coast on Monday and said 200 mm of rain could fall.")).toEqual([[200, null, "unattributed"]]);
    expect(who("The army withdrew from the town, but officials said 40 soldiers were missing.")).toEqual([[40, "officials", "paraphrase"]]);
  });
});

describe("advice as speech, and an unnamed source after 'say' described by a place", () => {
  it("reads 'recommend' and 'advise' as reporting verbs", () => {
    expect(who("The authorities recommend people drink at least 2 litres of water a day.")).toEqual([[2, "authorities", "paraphrase"]]);
    expect(who("Health officials advise people to drink 2 litres of water a day.")).toEqual([[2, "health officials", "paraphrase"]]);
    expect(who("Residents were advised to boil water for 3 days.")).toEqual([[3, null, "unattributed"]]);
  });

  it("keeps the source's noun after the place's name", () => {
    expect(who("Some 40 people have died in the floods this month, say the Norland authorities.")).toEqual([[40, "Norland authorities", "paraphrase"]]);
    expect(who("At least 40 people were hurt, said Vesta police.")).toEqual([[40, "Vesta police", "paraphrase"]]);
    expect(who("At least 40 people were hurt, said Jonas Weber.")).toEqual([[40, "Jonas Weber", "paraphrase"]]);
  });
});

describe("a statement referred back to", () => {
  it("is called as the article first described it, with 'an' as with 'the'", () => {
    const text = "The council approved 40 new homes, an official statement said. The scheme will cost $3 million, the statement said.";
    expect(who(text)).toEqual([
      [40, "official statement", "paraphrase"],
      [3_000_000, "official statement", "paraphrase"],
    ]);
  });

  it("drops a description that only says how long or how many", () => {
    const text = "The council approved 40 new homes, a brief statement said. The scheme will cost $3 million, the statement said.";
    expect(who(text)[1]).toEqual([3_000_000, "statement", "paraphrase"]);
  });
});

describe("a statement issued by a body, and a complaint filed by one", () => {
  it("gives a statement's figures to its issuer, without the issuer's seat", () => {
    expect(who("A statement issued by the Attorney General's Office in Valmora says he must pay $2.1 million.")).toEqual([
      [2_100_000, "Attorney General's Office", "paraphrase"],
    ]);
    expect(who("A statement released by the ministry in Dorra said 40 people died.")).toEqual([[40, "ministry", "paraphrase"]]);
    expect(who("A statement posted by the mayor's office said 40 roads were shut.")).toEqual([[40, "mayor's office", "paraphrase"]]);
  });

  it("keeps a statement's issuer with no seat, and a report's citation, as they were", () => {
    expect(who("A statement issued by the Harlow Water Board on Monday said 400 wells had run dry.")).toEqual([[400, "Harlow Water Board", "paraphrase"]]);
    expect(who("A report issued by the Harlow Water Board on Monday said 400 wells had run dry.")).toEqual([[400, "Harlow Water Board", "according_to"]]);
  });

  it("gives what a complaint alleges to the body that filed it, not the figures before it", () => {
    expect(who("In 2001, Harlan was ordered to pay $50,000 after the Trade Board filed a complaint alleging he had taken $32 million from investors.")).toEqual([
      [50_000, null, "unattributed"],
      [32_000_000, "Trade Board", "paraphrase"],
    ]);
    expect(who("He was arrested on charges alleging he stole 30 cars.")).toEqual([[30, null, "unattributed"]]);
  });
});

describe("verbs of acts that report no words", () => {
  it("makes no speaker of a state declared, a wrongdoing not admitted, a picture posted or a title added", () => {
    expect(who("Norland declared a national disaster on Monday.")).toEqual([]);
    expect(who("Harlan acknowledged no wrongdoing in the settlement. He paid $3 million.")).toEqual([[3_000_000, null, "unattributed"]]);
    expect(who("The governor posted a picture of 40 shops with their windows blown out.")).toEqual([[40, null, "unattributed"]]);
    expect(who("The decathlon was never in doubt, as Tomas Vidal added a European crown to his world title with 8,712 points.")).toEqual([
      [8712, null, "unattributed"],
    ]);
  });

  it("still reports a declaration with its own figures, a that-clause and a posted message", () => {
    expect(who("The governor, Lyle Varga, declared a state of emergency for 31 counties on Friday.")).toEqual([[31, "Lyle Varga", "paraphrase"]]);
    expect(who("The ministry declared that 40 people had died.")).toEqual([[40, "ministry", "paraphrase"]]);
    expect(who("Harlan admitted he took $4 million.")).toEqual([[4_000_000, "Harlan", "paraphrase"]]);
    expect(who("The governor posted on social media that 40 homes were destroyed.")).toEqual([[40, "governor", "paraphrase"]]);
    expect(who("The ministry added a warning that 300 homes could flood.")).toEqual([[300, "ministry", "paraphrase"]]);
  });
});

describe("words between a subject and its verb", () => {
  it("reads past a person's age and home town set off after the name", () => {
    expect(who("Dale Porter, 40, of Milford admitted last spring that he diverted more than $450,000 from a grant fund.")).toEqual([
      [450_000, "Dale Porter", "paraphrase"],
    ]);
    expect(who("Dale Porter, 40, of Milford said 3 men attacked him.")).toEqual([[3, "Dale Porter", "paraphrase"]]);
    expect(who("Dale Porter, 40, of Milford was charged with stealing 3 cars.")).toEqual([[3, null, "unattributed"]]);
  });

  it("reads past 'in a report' as past 'in a statement'", () => {
    expect(who("In mid-March, the trade ministry in a report had said exports would fall by nearly 9%.")).toEqual([[9, "trade ministry", "paraphrase"]]);
    expect(who("The ministry in a statement said 40 people died.")).toEqual([[40, "ministry", "paraphrase"]]);
  });

  it("takes a company described as a trade's giant for the company the article named", () => {
    expect(who("Harbor Soft Corp. reported results on Thursday. The software giant said earnings rose 23% in its first quarter.").slice(1)).toEqual([
      [23, "Harbor Soft Corp.", "paraphrase"],
    ]);
    expect(who("The oil giant said output rose 4%.")).toEqual([[4, "oil giant", "paraphrase"]]);
  });
});

describe("an acronym of a body named 'of' its country", () => {
  it("reads 'the EC' as the Electoral Commission of Norland", () => {
    const text = "The Electoral Commission of Norland declared the final results on Friday. The EC said turnout was 61%.";
    expect(who(text).slice(1)).toEqual([[61, "Electoral Commission of Norland", "paraphrase"]]);
  });

  it("keeps an acronym that spells none of the article's bodies, and one spelled with the place", () => {
    expect(who("The Electoral Commission of Norland met on Friday. The EB said turnout was 61%.").slice(-1)).toEqual([[61, "EB", "paraphrase"]]);
    expect(who("The Norland Electoral Commission met on Friday. The NEC said turnout was 61%.").slice(-1)).toEqual([[61, "Norland Electoral Commission", "paraphrase"]]);
  });
});

describe("a closing 'with X saying' that takes up the figure", () => {
  it("gives the sentence's figures to the source whose words take up the figure", () => {
    expect(who("The count of people unaccounted for reached 41, with the regional council saying the figure was still being checked.")).toEqual([
      [41, "regional council", "paraphrase"],
    ]);
    expect(who("At least 40 homes were destroyed, with officials saying the toll could rise.")).toEqual([[40, "officials", "paraphrase"]]);
  });

  it("leaves the figures before it alone when the words say something else, or come from passers-by", () => {
    expect(who("Around 55 passengers are unaccounted for after the barge overturned, with police saying nearly 30 hours into the hunt that the hull had split.")).toEqual([
      [55, null, "unattributed"],
      [30, null, "unattributed"],
    ]);
    expect(who("Prices rose 4% in May, with many residents saying the figure is too low.")).toEqual([[4, null, "unattributed"]]);
  });
});

describe("information and reports as documents", () => {
  it("cites information published by a body, and what a report or count reveals, as according_to", () => {
    expect(who("Information published by the Electoral Board gives the final count from all 318 polling stations.")).toEqual([
      [318, "Electoral Board", "according_to"],
    ]);
    expect(who("According to information from the ministry, 40 people died.")).toEqual([[40, "ministry", "according_to"]]);
    expect(who("Revenue rose 13%, the annual report revealed.")).toEqual([[13, "annual report", "according_to"]]);
  });

  it("keeps a person revealing, a statement revealing and an information minister as speakers", () => {
    expect(who("Police revealed 30 arrests had been made.")).toEqual([[30, "police", "paraphrase"]]);
    expect(who("The statement revealed that 30 people were held.")).toEqual([[30, "statement", "paraphrase"]]);
    expect(who("Information minister Jonas Weber said 40 people died.")).toEqual([[40, "Jonas Weber", "paraphrase"]]);
    expect(who("The ministry gave no information on the 40 people who died.")).toEqual([[40, null, "unattributed"]]);
  });
});

describe("a capitalised title of a portfolio, then its holder set off by commas", () => {
  it("gives the figures to the person named after the title", () => {
    expect(who("Varna Range Inspector General of Police (IGP), Arjun Mehta Rao, has said that jewellery worth Rs 26 crore was seized.")).toEqual([
      [260_000_000, "Arjun Mehta Rao", "paraphrase"],
    ]);
    expect(who("Inspector General of Police, Arjun Mehta, said 30 people were arrested.")).toEqual([[30, "Arjun Mehta", "paraphrase"]]);
  });

  it("keeps a body's town after its name, and titles already read, as they were", () => {
    expect(who("Dr Jitendra Kumar of CCL Hospital, Gandhinagar, said 30 people were treated.")).toEqual([[30, "Jitendra Kumar", "paraphrase"]]);
    expect(who("The Minister of Health, Jonas Weber, said 30 people died.")).toEqual([[30, "Jonas Weber", "paraphrase"]]);
  });
});
