/** "Add from url": fetch an article's page and read it into the new-article form's fields, for review before saving. */
import { assertCan } from "@/lib/access/authorize";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { readPageOffThread } from "./read-page-off-thread";
import { FetchRefusal, safeFetch, type SafeFetchOptions } from "./safe-fetch";

export interface ArticlePreview {
  title: string;
  outlet: string;
  /** the address the redirects led to: what the article is saved with */
  url: string;
  publishedAt: Date | null;
  byline: string | null;
  body: string;
  fetchedAt: Date;
}

/** Refusals as the form and the API show them: on the url field, with the fetcher's message. */
const onUrl = (message: string, cause?: unknown) => new AppError("invalid", message, { fields: { url: [message] }, cause });

/** Fetches and reads the page at `url` for someone who may add articles; nothing is saved. */
export async function previewArticleFromUrl(actor: Actor, url: string, options?: SafeFetchOptions): Promise<ArticlePreview> {
  assertCan(actor, "article.create");
  let page;
  try {
    page = await safeFetch(url, options);
  } catch (error) {
    if (error instanceof FetchRefusal) throw onUrl(error.userMessage, error);
    throw error;
  }
  const read = await readPageOffThread(page);
  if (!read.text.trim()) throw onUrl("No article text was found on that page.");
  return { title: read.title, outlet: read.outlet, url: page.finalUrl, publishedAt: read.publishedAt, byline: read.byline, body: read.text, fetchedAt: page.fetchedAt };
}
