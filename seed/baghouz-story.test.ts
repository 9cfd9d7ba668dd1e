import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findConflicts, type TrackedReport } from "@/lib/figures/conflicts";
import { findQuantities } from "@/lib/extraction/quantity/parser";
import { SEED_ARTICLE_REPORTS, STORY_ARTICLES, STORY_TRACKERS } from "./baghouz-story";

/** The seed article's labelled claims that start the trackers, as the seed stores them. */
function seedArticleReports(): (TrackedReport & { tracker: string })[] {
  const labels = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "corpus", "baghouz-evacuation.json"), "utf8")).claims as { sentence: string; unit: string; qualifier: string; value: number | null; low: number | null; high: number | null }[];
  return SEED_ARTICLE_REPORTS.map((r, i) => {
    const label = labels.find((l) => l.sentence.startsWith(r.startsWith) && l.unit === r.unit)!;
    return { ...label, claimId: 100 + i, date: new Date("2019-02-20T00:00:00Z"), source: "Associated Press", tracker: r.tracker };
  });
}

function storyReports() {
  let id = 0;
  return [
    ...seedArticleReports(),
    ...STORY_ARTICLES.flatMap((a) => a.claims.map((c) => ({ ...c, claimId: ++id, date: new Date(`${c.asOf}T00:00:00Z`), source: c.speaker ?? a.outlet }))),
  ];
}

describe("the Baghouz story seed", () => {
  it("quotes every claim word for word from its article, with the figure the parser reads there", () => {
    for (const article of STORY_ARTICLES) {
      for (const claim of article.claims) {
        expect(article.body).toContain(claim.sentence);
        const found = findQuantities(claim.sentence).find((q) => q.unit === claim.unit);
        expect(found, claim.sentence).toMatchObject({ qualifier: claim.qualifier, value: claim.value, low: claim.low, high: claim.high });
      }
    }
  });

  it("tells a story with exactly the conflicts its header describes", () => {
    const reports = storyReports();
    const conflicts = (Object.keys(STORY_TRACKERS) as (keyof typeof STORY_TRACKERS)[]).flatMap((key) =>
      findConflicts(reports.filter((r) => r.tracker === key), STORY_TRACKERS[key].kind).map((c) => `${key}: ${c.kind} ${c.kind === "same_window" ? [c.first.source, c.second.source].sort().join(" / ") : `${c.first.source} / ${c.second.source}`}`),
    );
    expect(conflicts.sort()).toEqual([
      "civilians: cumulative_fall Associated Press / Hevi Ahmed",
      "civilians: same_window Hevi Ahmed / Mustafa Bali",
      "trucks: same_window Adnan Afrin / Associated Press",
      "trucks: same_window Adnan Afrin / The Euphrates Observer",
    ]);
  });
});
