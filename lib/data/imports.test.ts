import { beforeAll, describe, expect, it } from "vitest";
import { countRows, expectAudited, expectNothingWritten, expectRefused } from "./testing/harness";
import { makeActors, makeArticle, unique, type Actors } from "./testing/fixtures";
import { importArticleFile, importClaimCsv, previewClaimCsv } from "./imports";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const HEADER = "statement,speaker,speaker_kind,attribution,qualifier,value,unit,article_title";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

describe("previewClaimCsv", () => {
  it("refuses a viewer", async () => {
    await expectRefused(() => previewClaimCsv(actors.viewer, csv("A claim,,,,,,,")), "forbidden");
  });

  it("says what an import would do and writes nothing", async () => {
    const article = await makeArticle(actors.factchecker);
    const statement = unique("Exports rose");
    const text = csv(`${statement},,,unattributed,,,,${article.title}`, `${statement},,,unattributed,,,,${article.title}`, `Bad figure,,,unattributed,,12,,`);
    const preview = await expectNothingWritten(() => previewClaimCsv(actors.factchecker, text));
    expect(preview).toMatchObject({ total: 3, newCount: 1, repeatedCount: 1, existingCount: 0 });
    expect(preview.errors.map((e) => e.row)).toEqual([4]);
    expect(preview.sample[0]).toMatchObject({ statement, article: article.title, status: "new" });
  });
});

describe("importClaimCsv", () => {
  it("refuses a viewer and writes nothing", async () => {
    await expectRefused(() => importClaimCsv(actors.viewer, csv("A claim,,,,,,,")), "forbidden");
  });

  it("imports every new row with its own claim record (and one per new speaker), all in one transaction", async () => {
    const article = await makeArticle(actors.factchecker);
    const speaker = unique("Imported Speaker");
    const [first, second] = [unique("Imports fell"), unique("Tariffs doubled")];
    const text = csv(`${first},${speaker},person,direct_quote,exact,12,percent,${article.title}`, `${second},,,unattributed,,,,`);
    const { result } = await expectAudited(() => importClaimCsv(actors.factchecker, text), [
      { entity: "speaker", action: "create" },
      { entity: "claim", action: "create" },
      { entity: "claim", action: "create" },
    ]);
    expect(result).toMatchObject({ ok: true, created: 2, existing: 0, repeated: 0 });
    expect(await countRows("Claim", `"articleId" = ? AND statement = ?`, article.id, first)).toBe(1);

    // The same file again adds nothing.
    const again = await expectNothingWritten(() => importClaimCsv(actors.factchecker, text));
    expect(again).toMatchObject({ ok: true, created: 0, existing: 2 });
  });

  it("imports nothing when any row is invalid", async () => {
    const text = csv(`${unique("Fine row")},,,unattributed,,,,`, `Bad figure,,,unattributed,,12,,`);
    const outcome = await expectNothingWritten(() => importClaimCsv(actors.factchecker, text));
    expect(outcome.ok).toBe(false);
  });
});

describe("importArticleFile", () => {
  const file = (text: string, name = "story.md") => ({ bytes: new TextEncoder().encode(text), name });
  const fields = { outlet: "Test Wire" };

  it("refuses a viewer and writes nothing", async () => {
    await expectRefused(() => importArticleFile(actors.viewer, file("# Title\n\nAt least 17 trucks left."), fields), "forbidden");
  });

  it("stores the file's article, titled from its first line, with one audit record", async () => {
    const title = unique("Convoy leaves town");
    const { result } = await expectAudited(() => importArticleFile(actors.factchecker, file(`# ${title}\n\nThe ministry said at least 17 trucks left.`), fields), {
      entity: "article",
      action: "create",
      actorId: actors.factchecker.id,
    });
    expect(result).toMatchObject({ title, outlet: "Test Wire" });
    expect(result.body).toContain("at least 17 trucks");
  });

  it("refuses a file it cannot read, on the file field, and writes nothing", async () => {
    const error = await expectRefused(() => importArticleFile(actors.factchecker, { bytes: new Uint8Array([0, 1, 2, 255]), name: "x.txt" }, fields), "invalid");
    expect(error.fields).toHaveProperty("file");
  });
});
