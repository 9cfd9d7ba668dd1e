import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";
import { leadIsTopic, speakingWords } from "./headline-topic";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a headline's lead before its colon as its topic", () => {
  it("is no source when the article never has it say anything", () => {
    expect(who("Covid: 12 hospital trusts in Norland ran out of beds\n\nTwelve trusts ran out of beds on Monday.")[0]).toEqual([12, null, "unattributed"]);
    expect(who("Coral Reef: 90 percent of reefs suffering bleaching\n\nMost of the Coral Reef is bleached. The Coral Reef is vast.")[0]).toEqual([90, null, "unattributed"]);
  });
  it("is no source when the rest of the line names its own", () => {
    expect(who("Flu: 300 patients in hospital, says Norland Health Board\n\nThe board said 300 patients were in hospital.")[0]).toEqual([300, "Norland Health Board", "paraphrase"]);
  });
  it("stays the source for a person the article has speak, a body, a title or a source noun", () => {
    expect(who("Halvorsen: 40 jobs will go at the plant\n\nThe plant will cut 40 jobs, Halvorsen said on Monday.")[0]).toEqual([40, "Halvorsen", "paraphrase"]);
    expect(leadIsTopic("Police", "40 arrested after clashes", "")).toBe(false);
    expect(leadIsTopic("UNICEF", "40 children died", "")).toBe(false);
    expect(leadIsTopic("Minister", "40 schools to close", "")).toBe(false);
  });
  it("stays the source for a body or an acronym when the rest of the line has a participle, not a reporting verb", () => {
    expect(who("Norland Health Agency: 4,000 new cases reported in a week\n\nThe Norland Health Agency said on Monday that 4,000 new cases were recorded in the past week.")[0]).toEqual([4000, "Norland Health Agency", "paraphrase"]);
    expect(who("WHO: 4,000 new cases reported in a week\n\nThe World Health Organization (WHO) said on Monday that 4,000 new cases were recorded in the past week.")[0]).toEqual([4000, "World Health Organization", "paraphrase"]);
    expect(leadIsTopic("Flu", "4,000 new cases reported in a week", "")).toBe(true);
    expect(leadIsTopic("Flu", "300 in hospital, says Norland Health Board", "")).toBe(true);
    expect(leadIsTopic("Flu", "officials say 300 in hospital", "")).toBe(true);
    expect(leadIsTopic("Halvorsen", "4,000 new cases reported in a week", "The plant will cut 40 jobs, Halvorsen said.")).toBe(false);
    expect(leadIsTopic("Halvorsen", "40 jobs to go, says union", "The plant will cut 40 jobs, Halvorsen said.")).toBe(true);
  });
  it("reads the article for the words it has speak once, not once per headline line", () => {
    const text = Array.from({ length: 400 }, (_, i) => `Tello: ${i} jobs to go at the river plant`).join("\n\n");
    let reads = 0;
    const ctx = { articleText: () => (reads++, text) };
    for (let i = 0; i < 400; i++) expect(leadIsTopic("Tello", `${i} jobs to go at the river plant`, ctx)).toBe(true);
    expect(reads).toBe(1);
    const speaking = speakingWords("The plant will cut 40 jobs, Halvorsen said. Berg, 61, told the council. The cuts, according to the Orla Works Council, are final.");
    for (const w of ["Halvorsen", "Berg", "Orla", "Works", "Council"]) expect(speaking.has(w)).toBe(true);
    expect(speakingWords("Tello: 40 jobs to go at the river plant\n\nThe plant will cut 40 jobs.").has("Tello")).toBe(false);
  });
  it("stays the source for a one-word person or company the article has speak by any reporting verb, after a long aside", () => {
    expect(who("Tello: 300 jobs to go at Kestrel plant\n\nMayor Ana Tello insisted on Monday that 300 jobs would go at the Kestrel plant.")[0]).toEqual([300, "Tello", "paraphrase"]);
    expect(who("Orlando: 300 jobs to go at Kestrel plant\n\nOrlando plans to cut 300 jobs at its Kestrel plant, the carmaker said on Monday.")[0]).toEqual([300, "Orlando", "paraphrase"]);
    expect(who("Tello: 300 jobs to go at Kestrel plant\n\nAna Tello, who has led the council since 2019 and faces a vote in May, said 300 jobs would go.")[0]).toEqual([300, "Tello", "paraphrase"]);
    expect(who("Tello: 300 jobs to go at Kestrel plant\n\nAna Tello, 58, who has led the council since 2019, explained that 300 jobs would go.")[0]).toEqual([300, "Tello", "paraphrase"]);
    expect(who("Covid: 12 hospital trusts in Norland ran out of beds\n\nTwelve trusts ran out of beds on Monday, the health board noted.")[0]).toEqual([12, null, "unattributed"]);
  });

  it("reads a word back from its verb past up to two lower-case words and an aside of up to three parts of 120 characters", () => {
    const has = (text: string, word: string) => speakingWords(text).has(word);
    expect(has("Tello also quickly said it.", "Tello")).toBe(true);
    expect(has("Tello, 58, a former miner, of Orla, said it.", "Tello")).toBe(true);
    expect(has("Tello and not quite yet said it.", "Tello")).toBe(false); // three lower-case words
    expect(has("Tello, a, b, c, d, said it.", "Tello")).toBe(false); // four parts
    expect(has(`Tello,${"x".repeat(121)}, said it.`, "Tello")).toBe(false);
    expect(has(`Tello,${"x".repeat(120)}, said it.`, "Tello")).toBe(true);
    expect(has("Tello, aged 58. Then, he said it.", "Tello")).toBe(false); // a full stop ends the aside
    expect(has("(Tello) said it.", "Tello")).toBe(false);
    expect(has("Éva Ørsted\u00a0said it.", "Ørsted")).toBe(true);
  });
});
