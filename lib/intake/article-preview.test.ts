import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { parseAllowList } from "./address-check";
import { previewArticleFromUrl } from "./article-preview";
import { FIXTURE_ARTICLE_TITLE, startFixtureSite, type FixtureSite } from "./testing/fixture-site";

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

const checker: Actor = { id: "u-checker", name: "Chris Checker", email: "c@claimdesk.test", role: "factchecker" };
const viewer: Actor = { ...checker, id: "u-viewer", role: "viewer" };
const allow = { allow: parseAllowList("127.0.0.1") };

async function refusal(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("previewArticleFromUrl", () => {
  it("reads the fixture article through a redirect into the article form's fields", async () => {
    const preview = await previewArticleFromUrl(checker, `${site.origin}/moved`, allow);
    expect(preview).toMatchObject({
      title: FIXTURE_ARTICLE_TITLE,
      outlet: "Riverside Courier",
      url: `${site.origin}/article.html`,
      byline: "Jane Okafor",
    });
    expect(preview.publishedAt?.toISOString()).toBe("2026-11-28T09:30:00.000Z");
    expect(preview.body).toContain("at least 1,200 homes had been damaged");
  });

  it("refuses a viewer before fetching anything", async () => {
    const before = site.hits.get("/article.html") ?? 0;
    expect((await refusal(previewArticleFromUrl(viewer, `${site.origin}/article.html`, allow))).code).toBe("forbidden");
    expect(site.hits.get("/article.html") ?? 0).toBe(before);
  });

  it("turns each fetch refusal into a 422 on the url field with the fetcher's message", async () => {
    const privateAddress = await refusal(previewArticleFromUrl(checker, `${site.origin}/article.html`, { allow: parseAllowList("") }));
    expect(privateAddress.code).toBe("invalid");
    expect(privateAddress.fields?.url?.[0]).toMatch(/^That address points into this machine \(loopback\)/);
    const pdf = await refusal(previewArticleFromUrl(checker, `${site.origin}/report.pdf`, allow));
    expect(pdf.fields).toEqual({ url: ["Only web pages can be fetched: the address returned application/pdf."] });
    const redirect = await refusal(previewArticleFromUrl(checker, `${site.origin}/redirect-private`, allow));
    expect(redirect.userMessage).toContain("a private network (10.0.0.1)");
  });

  it("says so when the page has no text", async () => {
    site.setPage("/empty.html", "<html><head><title>Nothing</title></head><body></body></html>");
    expect((await refusal(previewArticleFromUrl(checker, `${site.origin}/empty.html`, allow))).userMessage).toBe("No article text was found on that page.");
  });
});
