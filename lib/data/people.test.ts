import { beforeAll, describe, expect, it } from "vitest";
import { expectNothingWritten } from "./testing/harness";
import { makeActors, makeUser, type Actors } from "./testing/fixtures";
import { searchPeople } from "./people";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
  await makeUser("factchecker", "Maria Lopez");
  await makeUser("editor", "Mario Rossi");
  await makeUser("factchecker", "Ann Marino");
  await makeUser("factchecker", "Marina Gone", false);
  for (let i = 0; i < 12; i++) await makeUser("viewer", `Mass Reader ${i}`);
});

describe("searchPeople", () => {
  it("finds active people by the start of their name or of a word in it, by name, never the one asking", async () => {
    const found = await expectNothingWritten(() => searchPeople(actors.viewer, "mari"));
    expect(found.map((p) => p.name)).toEqual(["Ann Marino", "Maria Lopez", "Mario Rossi"]);
    expect(found[2]).toMatchObject({ role: "editor" });
    expect((await searchPeople(actors.editor, "Eddie")).map((p) => p.id)).toEqual([]);
    expect((await searchPeople(actors.factchecker, "Eddie")).map((p) => p.id)).toEqual([actors.editor.id]);
  });

  it("answers a bounded number, whatever limit is asked for", async () => {
    expect(await searchPeople(actors.viewer, "mass", 100)).toHaveLength(8);
    expect(await searchPeople(actors.viewer, "mass", 3)).toHaveLength(3);
    expect(await searchPeople(actors.viewer, "", 8)).toHaveLength(8);
  });

  it("treats LIKE wildcards as text", async () => {
    expect(await searchPeople(actors.viewer, "%")).toEqual([]);
    expect(await searchPeople(actors.viewer, "_ari")).toEqual([]);
  });
});
