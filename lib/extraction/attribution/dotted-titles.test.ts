import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";

const who = (s: string) => extractClaims(s).map((c) => [c.speaker, c.attribution]);

describe("a speaker's name drops the dotted titles of South Asian and Commonwealth copy", () => {
  it.each([
    ["Adv. Shahdeen Malik said 12 men were held.", "Shahdeen Malik"],
    ["Wg. Cdr. Asif Khan said 30 soldiers were killed.", "Asif Khan"],
    ["Sqn. Ldr. Tariq Aziz told reporters 4 jets were lost.", "Tariq Aziz"],
    ["Asst. Supt. Rekha Das said 9 people were arrested.", "Rekha Das"],
    ["Dir. Gen. Sana Mir told reporters 15 boats sank.", "Sana Mir"],
    ["Retd. Justice Abdul Matin said 20 cases were pending.", "Abdul Matin"],
  ])("%s", (s, name) => {
    expect(who(s)).toEqual([[name, "paraphrase"]]);
  });
  it("keeps 'Md.' and 'Mohd.', which write the name Mohammad", () => {
    expect(who("Md. Rafiq Hasan said 40 people died.")).toEqual([["Md. Rafiq Hasan", "paraphrase"]]);
    expect(who("Mohd. Ali said 5 shops burned.")).toEqual([["Mohd. Ali", "paraphrase"]]);
  });
  it("keeps the titles it dropped before", () => {
    expect(who("Capt. Ana Ruiz said 12 crew were rescued.")).toEqual([["Ana Ruiz", "paraphrase"]]);
  });
});
