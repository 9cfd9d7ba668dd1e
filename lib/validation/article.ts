/** Zod schemas of articles. */
import { z } from "zod";
import { zOptionalDate, zOptionalText, zOptionalUrl, zString, zText } from "./common";

export const MAX_ARTICLE_BODY = 5_000_000;

/** Where an article comes from: shared by the new-article form, the API and the file import. */
export const ARTICLE_SOURCE_FIELDS = {
  outlet: zText("Outlet", 120),
  url: zOptionalUrl("Article URL"),
  publishedAt: zOptionalDate("Published date"),
};

export const ZArticleCreate = z.object({
  title: zText("Title", 300),
  ...ARTICLE_SOURCE_FIELDS,
  byline: zOptionalText("Byline", 200),
  body: zString("Article text", { error: "Article text is required." })
    .max(MAX_ARTICLE_BODY, `Article text must be at most ${MAX_ARTICLE_BODY.toLocaleString("en-US")} characters.`)
    .refine((body) => body.trim().length > 0, "Article text is required.")
    .transform((body) => body.replace(/\r\n?/g, "\n")),
});
export type TArticleCreate = z.infer<typeof ZArticleCreate>;

/** "Add from url": the page's address. Checked by the fetcher itself, which says why an address cannot be fetched. */
export const ZArticleFromUrl = z.object({ url: zText("Article address", 2000) });
export type TArticleFromUrl = z.infer<typeof ZArticleFromUrl>;
